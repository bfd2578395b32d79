import { Field, GraphQLISODateTime, ID } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';

import { Account } from '../accounts/account.entity';
import { Building } from '../buildings/building.entity';
import {
  countyCheck,
  CountyKey,
  CountyReference,
  IdentityKey,
  ManyToOneOver,
  NodeObjectType,
  zoneCodeColumn,
} from '../common/columns';
import { countyRowGlobalId, countyRowKey } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { Zone, ZoneReference } from '../zones/zone.entity';
import { ProblemCategory, ProblemStatus, type ProblemSubjectType, RefusedItem } from './problem.enums';

const account = (name: string, nullable = true) => ({ name, type: 'bigint' as const, nullable });

/**
 * A difficult case recorded on file (疑难问题记录在案), about exactly one subject: a zone, a building, a household
 * or a person. `zone_code` is the zone the problem belongs to, and what scopes and subtree filters use: the small
 * zone of a building, household or person subject, or the subject zone itself (of any level).
 */
@NodeObjectType(
  '疑难问题: a difficult case recorded on file (refusal, item refusal, whereabouts unknown, address not found, ' +
    'sources disagree), about one zone, building, household or person.',
)
@Check(...countyCheck('problem', 'zone_code'))
@Entity({ name: 'problem' })
@Index('problem_zone_idx', ['zoneCode', 'rowId'])
@Index('problem_status_zone_idx', ['status', 'zoneCode', 'rowId'])
@Index('problem_category_zone_idx', ['category', 'zoneCode', 'rowId'])
@Check(
  'problem_one_subject',
  `num_nonnulls("subject_zone_code", "building_id", "household_id", "person_id") = 1`,
)
@Check(
  'problem_subject_zone',
  `("subject_zone_code" IS NULL AND length("zone_code") = 15) OR "subject_zone_code" = "zone_code"`,
)
@Check('problem_text_length', `char_length("text") BETWEEN 1 AND 2000`)
@Check(
  'problem_notes_length',
  `char_length("escalation_note") BETWEEN 1 AND 2000 AND char_length("resolution") BETWEEN 1 AND 2000`,
)
@Check('problem_refused_items', `("category" = 'ITEM_REFUSAL') = (cardinality("refused_items") > 0)`)
@Check(
  'problem_status_stamps',
  `("status" = 'OPEN') = ("escalated_at" IS NULL AND "resolved_at" IS NULL) ` +
    `AND ("status" = 'RESOLVED') = ("resolved_at" IS NOT NULL) ` +
    `AND ("resolved_at" IS NULL) = ("resolution" IS NULL) AND ("resolved_at" IS NULL) = ("resolved_by" IS NULL) ` +
    `AND ("escalated_at" IS NULL) = ("escalated_by" IS NULL)`,
)
export class Problem extends VersionedRow implements Node {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Field({
    description:
      '区划代码: the zone the problem belongs to: the small zone of its building, household or person, or the ' +
      'subject zone itself.',
  })
  @Column(zoneCodeColumn('zone_code'))
  zoneCode!: string;

  @ZoneReference('zone_code', 'problem_zone_fk', { onDelete: 'CASCADE' })
  zone?: Relation<Zone>;

  /** Set when the subject is a zone (then equal to `zone_code`). */
  @Index('problem_subject_zone_code_idx')
  @Column({ ...zoneCodeColumn('subject_zone_code'), nullable: true })
  subjectZoneCode!: string | null;

  @ZoneReference('subject_zone_code', 'problem_subject_zone_fk', { onDelete: 'CASCADE', nullable: true })
  subjectZone?: Relation<Zone> | null;

  @Index('problem_building_id_idx')
  @Column({ name: 'building_id', type: 'bigint', nullable: true })
  buildingRowId!: string | null;

  @CountyReference(() => Building, 'building_id', 'problem_building_fk', {
    onDelete: 'CASCADE',
    nullable: true,
  })
  building?: Relation<Building> | null;

  @Index('problem_household_id_idx')
  @Column({ name: 'household_id', type: 'bigint', nullable: true })
  householdRowId!: string | null;

  @CountyReference(() => Household, 'household_id', 'problem_household_fk', {
    onDelete: 'CASCADE',
    nullable: true,
  })
  household?: Relation<Household> | null;

  @Index('problem_person_id_idx')
  @Column({ name: 'person_id', type: 'bigint', nullable: true })
  personRowId!: string | null;

  @CountyReference(() => Person, 'person_id', 'problem_person_fk', { onDelete: 'CASCADE', nullable: true })
  person?: Relation<Person> | null;

  @Field(() => ProblemCategory, { description: '类别: kind of difficult case.' })
  @Column({ type: 'enum', enum: ProblemCategory, enumName: 'problem_category' })
  category!: ProblemCategory;

  /** Read as text[] (see `selectList`): node-postgres has no parser for arrays of a custom enum. */
  @Field(() => [RefusedItem], {
    description: '拒绝填报的项目: the items refused for privacy; empty unless the category is ITEM_REFUSAL.',
  })
  @Column({ name: 'refused_items', type: 'enum', enum: RefusedItem, enumName: 'refused_item', array: true })
  refusedItems!: RefusedItem[];

  @Field({
    description: '情况说明: what happened, in the words of the person recording it (1-2000 characters).',
  })
  @Column({ type: 'text' })
  text!: string;

  @Field(() => ProblemStatus, { description: '处理状态: open, escalated or resolved.' })
  @Column({ type: 'enum', enum: ProblemStatus, enumName: 'problem_status', default: ProblemStatus.OPEN })
  status!: ProblemStatus;

  @Column(account('reported_by', false))
  reportedByRowId!: string;

  @ManyToOneOver(() => Account, 'reported_by', 'problem_reported_by_fk')
  reportedBy?: Relation<Account>;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '上报时间: when it was escalated, if it was.',
  })
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column(account('escalated_by'))
  escalatedByRowId!: string | null;

  @ManyToOneOver(() => Account, 'escalated_by', 'problem_escalated_by_fk', { nullable: true })
  escalatedBy?: Relation<Account> | null;

  @Field(() => String, { nullable: true, description: '上报说明: note given when it was escalated.' })
  @Column({ name: 'escalation_note', type: 'text', nullable: true })
  escalationNote!: string | null;

  @Field(() => String, { nullable: true, description: '处理结果: how it was resolved; null until resolved.' })
  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '解决时间: when it was resolved.' })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column(account('resolved_by'))
  resolvedByRowId!: string | null;

  @ManyToOneOver(() => Account, 'resolved_by', 'problem_resolved_by_fk', { nullable: true })
  resolvedBy?: Relation<Account> | null;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return countyRowGlobalId('Problem', this.countyCode, this.rowId);
  }

  /** The subject as a global-ID type and key. */
  get subjectRef(): { type: ProblemSubjectType; key: string } {
    if (this.buildingRowId)
      return { type: 'Building', key: countyRowKey(this.countyCode, this.buildingRowId) };
    if (this.householdRowId)
      return { type: 'Household', key: countyRowKey(this.countyCode, this.householdRowId) };
    if (this.personRowId) return { type: 'Person', key: countyRowKey(this.countyCode, this.personRowId) };
    return { type: 'Zone', key: this.subjectZoneCode ?? this.zoneCode };
  }
}
