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
import { VersionedRow } from '../common/row';
import { Household } from '../households/household.entity';
import { AppointmentStatus, VisitSlot } from './visit.enums';

/** 预约入户: a time agreed with the household for a visit. */
@NodeObjectType('预约: an appointment with a household.')
@Check(...countyCheck('appointment', 'small_zone_code'))
@Entity({ name: 'appointment' })
@Index('appointment_household_idx', ['householdRowId', 'plannedAt'])
@Index('appointment_zone_idx', ['smallZoneCode', 'plannedAt'])
export class Appointment extends VersionedRow implements Node {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Column({ name: 'household_id', type: 'bigint' })
  householdRowId!: string;

  @CountyReference(() => Household, 'household_id', 'appointment_household_fk')
  household?: Relation<Household>;

  @Field({ description: '普查小区代码 of the household.' })
  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @Field(() => GraphQLISODateTime, { description: '预约时间: the agreed time.' })
  @Column({ name: 'planned_at', type: 'timestamptz' })
  plannedAt!: Date;

  @Field(() => VisitSlot, { description: '时段 of the agreed time.' })
  @Column({ type: 'enum', enum: VisitSlot, enumName: 'visit_slot' })
  slot!: VisitSlot;

  @Field(() => String, { nullable: true, description: '联系人及方式: who to ask for, how to reach them.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true, description: '备注.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => AppointmentStatus, { description: '预约状态.' })
  @Column({
    type: 'enum',
    enum: AppointmentStatus,
    enumName: 'appointment_status',
    default: AppointmentStatus.PLANNED,
  })
  status!: AppointmentStatus;

  @Column({ name: 'enumerator_id', type: 'bigint', nullable: true })
  enumeratorRowId!: string | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return countyRowGlobalId('Appointment', this.countyCode, this.rowId);
  }
}
