import { Field, Float, GraphQLISODateTime, ID, Int } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation, Unique } from 'typeorm';

import { Building } from '../buildings/building.entity';
import {
  countyCheck,
  CountyKey,
  CountyReference,
  IdentityKey,
  NodeObjectType,
  zoneCodeColumn,
} from '../common/columns';
import {
  DwellingType,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  RegistrationMethod,
} from '../common/enums';
import { countyRowGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';
import { Zone, ZoneReference } from '../zones/zone.entity';

const count = (name: string) => ({ name, type: 'smallint' as const, default: 0 });

@NodeObjectType('户: a household of a small zone, with the short-form household items H1-H7.')
@Index('household_long_form_refused_idx', ['countyCode', 'smallZoneCode'], {
  where: '"long_form_refused" > 0',
})
@Check(...countyCheck('household', 'small_zone_code'))
@Entity({ name: 'household' })
@Unique('household_small_zone_number_key', ['countyCode', 'smallZoneCode', 'number'])
@Index('household_self_report_code_key', ['countyCode', 'selfReportCodeHash'], { unique: true })
// The review queue (reviewQueue): submitted households of a county's subtree, counted from the index alone.
@Index('household_submitted_idx', ['countyCode', 'smallZoneCode', 'rowId'], {
  where: `"stage" = 'SUBMITTED'`,
})
@Check('household_number_digits', `"number" ~ '^[0-9]{3}$' AND "number" <> '000'`)
@Check(
  'household_counts_range',
  `"present_male" BETWEEN 0 AND 999 AND "present_female" BETWEEN 0 AND 999 AND "absent_male" BETWEEN 0 AND 999 ` +
    `AND "absent_female" BETWEEN 0 AND 999 AND "births_male" BETWEEN 0 AND 999 AND "births_female" BETWEEN 0 AND 999 ` +
    `AND "deaths_male" BETWEEN 0 AND 999 AND "deaths_female" BETWEEN 0 AND 999`,
)
export class Household extends VersionedRow implements Node {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Field({ description: '普查小区代码: 15-digit code of the small zone.' })
  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @ZoneReference('small_zone_code', 'household_zone_fk')
  smallZone?: Relation<Zone>;

  @Field({ description: '户编号: 3-digit household number, unique within the small zone (001-999).' })
  @Column({ type: 'char', length: 3 })
  number!: string;

  @Index('household_building_id_idx')
  @Column({ name: 'building_id', type: 'bigint', nullable: true })
  buildingRowId!: string | null;

  @CountyReference(() => Building, 'building_id', 'household_building_fk', { nullable: true })
  building?: Relation<Building> | null;

  @Field(() => String, {
    nullable: true,
    description: '住房单元编号: housing unit within the building, if any.',
  })
  @Column({ type: 'varchar', length: 10, nullable: true })
  unit!: string | null;

  @Field(() => HouseholdKind, { description: '户别 (H1): family (家庭户) or collective (集体户) household.' })
  @Column({ type: 'enum', enum: HouseholdKind, enumName: 'household_kind', default: HouseholdKind.FAMILY })
  kind!: HouseholdKind;

  @Field(() => HouseholdStatus, {
    description: '住户状态: ordinary, vacant, whole household away or deceased.',
  })
  @Index('household_status_idx')
  @Column({
    type: 'enum',
    enum: HouseholdStatus,
    enumName: 'household_status',
    default: HouseholdStatus.ORDINARY,
  })
  status!: HouseholdStatus;

  @Field(() => RegistrationMethod, { description: '登记方式: self-report (自主填报) or by the enumerator.' })
  @Column({
    name: 'registration_method',
    type: 'enum',
    enum: RegistrationMethod,
    enumName: 'registration_method',
    default: RegistrationMethod.ENUMERATOR,
  })
  registrationMethod!: RegistrationMethod;

  @Field(() => HouseholdStage, {
    description: '登记阶段: listed, enumerating, submitted, approved or returned.',
  })
  @Index('household_stage_idx')
  @Column({ type: 'enum', enum: HouseholdStage, enumName: 'household_stage', default: HouseholdStage.LISTED })
  stage!: HouseholdStage;

  @Field(() => Int, {
    description: 'H2 本户应登记人数: males who slept here the night before the reference moment.',
  })
  @Column(count('present_male'))
  presentMale!: number;

  @Field(() => Int, {
    description: 'H2 本户应登记人数: females who slept here the night before the reference moment.',
  })
  @Column(count('present_female'))
  presentFemale!: number;

  @Field(() => Int, { description: 'H2 户口在本户但未住本户: registered males absent that night.' })
  @Column(count('absent_male'))
  absentMale!: number;

  @Field(() => Int, { description: 'H2 户口在本户但未住本户: registered females absent that night.' })
  @Column(count('absent_female'))
  absentFemale!: number;

  @Field(() => Int, { description: 'H3 出生人口: male births in the census year.' })
  @Column(count('births_male'))
  birthsMale!: number;

  @Field(() => Int, { description: 'H3 出生人口: female births in the census year.' })
  @Column(count('births_female'))
  birthsFemale!: number;

  @Field(() => Int, { description: 'H4 死亡人口: male deaths in the census year.' })
  @Column(count('deaths_male'))
  deathsMale!: number;

  @Field(() => Int, { description: 'H4 死亡人口: female deaths in the census year.' })
  @Column(count('deaths_female'))
  deathsFemale!: number;

  @Field(() => DwellingType, { nullable: true, description: 'H5 住房类型: type of dwelling.' })
  @Column({
    name: 'dwelling_type',
    type: 'enum',
    enum: DwellingType,
    enumName: 'dwelling_type',
    nullable: true,
  })
  dwellingType!: DwellingType | null;

  @Field(() => Float, { nullable: true, description: 'H6 住房建筑面积: floor area in square metres.' })
  @Column({ name: 'floor_area', type: 'numeric', precision: 7, scale: 2, nullable: true })
  floorArea!: number | null;

  @Field(() => Int, { nullable: true, description: 'H7 住房间数: number of rooms.' })
  @Column({ type: 'smallint', nullable: true })
  rooms!: number | null;

  /** 联系电话, sealed (AES-256-GCM); clients read it through `phone`, masked unless the role needs it. */
  @Column({ name: 'phone_sealed', type: 'bytea', nullable: true })
  phoneSealed!: Buffer | null;

  /** The masked form (138****5678), kept at write time so that lists never need to decrypt. */
  @Column({ name: 'phone_masked', type: 'varchar', length: 20, nullable: true })
  phoneMasked!: string | null;

  /** Keyed hash of the digits of the phone number, for exact lookups (self-report sign-in). */
  @Index('household_phone_hash_idx')
  @Column({ name: 'phone_hash', type: 'bytea', nullable: true })
  phoneHash!: Buffer | null;

  @Field(() => String, {
    nullable: true,
    description: '备注: enumerator note (required later for vacant and away).',
  })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '退回原因: why a supervisor returned the household (while RETURNED).',
  })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  /**
   * The household's address normalized like meter and grid addresses (sources/address.ts): building address, unit
   * and number, kept at write time so that reconciliation can match them in SQL.
   */
  @Index('household_normalized_address_idx')
  @Column({ name: 'normalized_address', type: 'varchar', length: 240, nullable: true })
  normalizedAddress!: string | null;

  /** Keyed hash of the household's self-report code (自主填报码); the code itself is shown once, when issued. */
  @Column({ name: 'self_report_code_hash', type: 'bytea', nullable: true })
  selfReportCodeHash!: Buffer | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '自主填报码发放时间: when the current self-report code was issued.',
  })
  @Column({ name: 'self_report_issued_at', type: 'timestamptz', nullable: true })
  selfReportIssuedAt!: Date | null;

  /**
   * 长表户: whether the household fills the long form, from its number and the small zone's start
   * (households/long-form-sample.ts), set at insert; null only for a row written outside the API (filled in at the next
   * start). An office may move it in or out by hand (`setLongFormSample`, audited).
   */
  @Column({ name: 'long_form_sampled', type: 'boolean', nullable: true })
  longFormSampled!: boolean | null;

  /**
   * The household's long-form answers (H8-H18) that are not sealed, and for every item a refusal as `{ refused: true }`
   * or, for a sealed item answered, `{ sealed: true }` (its value is in `long_form_sealed`).
   */
  @Column({ name: 'long_form', type: 'jsonb', nullable: true })
  longForm!: Record<string, unknown> | null;

  /** The values of the sealed long-form answers (H17, H18, vehicles), as JSON sealed with AES-256-GCM. */
  @Column({ name: 'long_form_sealed', type: 'bytea', nullable: true })
  longFormSealed!: Buffer | null;

  /**
   * How many of the row's long-form items are refused (`{ refused: true }` in `long_form`), written with the answers:
   * the progress roll-up adds these up without opening the jsonb, and refusals by item read only rows where it is > 0.
   */
  @Column({ name: 'long_form_refused', type: 'integer', default: 0 })
  longFormRefused!: number;

  @Field(() => ID, { description: 'Opaque global ID.' })
  get id(): string {
    return countyRowGlobalId('Household', this.countyCode, this.rowId);
  }
}
