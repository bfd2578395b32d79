import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';

import { countyCheck, CountyKey, IdentityKey, zoneCodeColumn } from '../common/columns';
import { HouseholdStage } from '../common/enums';
import type { StoredReturnReason } from './return-reasons';

/** One step of a household through the workflow, kept forever: who moved it, when, from where to where, why. */
@ObjectType({
  // Plain fields read the property directly, without type-graphql's per-field middleware wrapper.
  simpleResolvers: true,
  description: '登记流程记录: a stage change of a household.',
})
@Check(...countyCheck('household_event', 'small_zone_code'))
@Entity({ name: 'household_event' })
@Index('household_event_household_idx', ['householdRowId', 'at'])
@Index('household_event_zone_idx', ['smallZoneCode', 'at'])
export class HouseholdEvent {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Column({ name: 'household_id', type: 'bigint' })
  householdRowId!: string;

  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the stage changed.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'bigint', nullable: true })
  actorRowId!: string | null;

  @Field(() => HouseholdStage, {
    nullable: true,
    description: 'Stage before the change (null when the household was created).',
  })
  @Column({
    name: 'from_stage',
    type: 'enum',
    enum: HouseholdStage,
    enumName: 'household_stage',
    nullable: true,
  })
  fromStage!: HouseholdStage | null;

  @Field(() => HouseholdStage, { description: 'Stage after the change.' })
  @Column({ name: 'to_stage', type: 'enum', enum: HouseholdStage, enumName: 'household_stage' })
  toStage!: HouseholdStage;

  @Field(() => String, { nullable: true, description: '退回原因: why a supervisor returned the household.' })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** 退回原因 by item (a return's reasons: code, person, item, note); `reasons` of the GraphQL type reads them. */
  @Column({ name: 'reasons', type: 'jsonb', nullable: true })
  storedReasons!: StoredReturnReason[] | null;

  @Field({ description: '自主填报: the change was made by the household itself through self-report.' })
  @Column({ name: 'by_resident', type: 'boolean', default: false })
  byResident!: boolean;
}
