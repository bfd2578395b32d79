import { Field, GraphQLISODateTime, ID } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';

import {
  countyCheck,
  CountyKey,
  CountyReference,
  IdentityKey,
  NodeObjectType,
  zoneCodeColumn,
} from '../common/columns';
import { countyRowGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { Household } from '../households/household.entity';
import { VisitMethod, VisitOutcome, VisitSlot } from './visit.enums';

/** 入户记录: one attempt to reach a household, whatever came of it. Visits are facts: never edited, never deleted. */
@NodeObjectType('入户记录: a visit (or call) to a household and its outcome.')
@Check(...countyCheck('visit', 'small_zone_code'))
@Entity({ name: 'visit' })
@Index('visit_household_idx', ['householdRowId', 'visitedAt'])
@Index('visit_zone_idx', ['smallZoneCode', 'visitedAt'])
export class Visit implements Node {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Column({ name: 'household_id', type: 'bigint' })
  householdRowId!: string;

  @CountyReference(() => Household, 'household_id', 'visit_household_fk')
  household?: Relation<Household>;

  @Field({ description: '普查小区代码 of the household.' })
  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @Field(() => GraphQLISODateTime, { description: '入户时间: when the visit or call took place.' })
  @Column({ name: 'visited_at', type: 'timestamptz' })
  visitedAt!: Date;

  @Field(() => VisitSlot, { description: '入户时段: part of the day (off-hours visits are 错时入户).' })
  @Column({ type: 'enum', enum: VisitSlot, enumName: 'visit_slot' })
  slot!: VisitSlot;

  @Field(() => VisitMethod, { description: '入户方式: in person, by appointment or by phone.' })
  @Column({ type: 'enum', enum: VisitMethod, enumName: 'visit_method' })
  method!: VisitMethod;

  @Field(() => VisitOutcome, { description: '入户结果.' })
  @Column({ type: 'enum', enum: VisitOutcome, enumName: 'visit_outcome' })
  outcome!: VisitOutcome;

  @Field(() => String, { nullable: true, description: '备注.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'enumerator_id', type: 'bigint', nullable: true })
  enumeratorRowId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the visit was recorded.' })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return countyRowGlobalId('Visit', this.countyCode, this.rowId);
  }
}
