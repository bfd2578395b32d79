import { Field, ID, Int } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation, Unique } from 'typeorm';

import {
  countyCheck,
  CountyKey,
  CountyReference,
  IdentityKey,
  NodeObjectType,
  zoneCodeColumn,
} from '../common/columns';
import {
  Education,
  Ethnicity,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  Relationship,
  Sex,
  Whereabouts,
} from '../common/enums';
import { countyRowGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { VersionedRow } from '../common/row';
import { Household } from '../households/household.entity';
import { Zone, ZoneReference } from '../zones/zone.entity';

@NodeObjectType('人口: a person of a household, with the short-form items D1-D12 (R601).')
@Index('person_long_form_refused_idx', ['countyCode', 'smallZoneCode'], { where: '"long_form_refused" > 0' })
@Check(...countyCheck('person', 'small_zone_code'))
@Entity({ name: 'person' })
@Unique('person_household_line_key', ['countyCode', 'householdRowId', 'lineNumber'])
@Index('person_small_zone_code_idx', ['smallZoneCode', 'rowId'])
@Index('person_citizen_id_hash_idx', ['citizenIdHash'])
@Check('person_birth_month_range', `"birth_month" BETWEEN 1 AND 12`)
@Check('person_birth_year_range', `"birth_year" BETWEEN 1880 AND 2100`)
export class Person extends VersionedRow implements Node {
  @CountyKey()
  countyCode!: string;

  @IdentityKey()
  rowId!: string;

  @Column({ name: 'household_id', type: 'bigint' })
  householdRowId!: string;

  @CountyReference(() => Household, 'household_id', 'person_household_fk')
  household?: Relation<Household>;

  /** Copied from the household so that subtree filters on persons need no join. */
  @Field({ description: '普查小区代码: 15-digit code of the small zone of the household.' })
  @Column(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  @ZoneReference('small_zone_code', 'person_zone_fk')
  smallZone?: Relation<Zone>;

  @Field(() => Int, {
    description: '人员序号: order of the person within the household (1 is listed first).',
  })
  @Column({ name: 'line_number', type: 'smallint' })
  lineNumber!: number;

  @Field({ description: 'D1 姓名: name.' })
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Field(() => Relationship, { description: 'D2 与户主关系: relationship to the head of household.' })
  @Column({ type: 'enum', enum: Relationship, enumName: 'relationship' })
  relationship!: Relationship;

  /** D3 公民身份号码, sealed (AES-256-GCM); clients read it through `citizenId`, masked unless the role needs it. */
  @Column({ name: 'citizen_id_sealed', type: 'bytea', nullable: true })
  citizenIdSealed!: Buffer | null;

  /** The masked form (110105********1234), kept at write time so that lists never need to decrypt. */
  @Column({ name: 'citizen_id_masked', type: 'varchar', length: 18, nullable: true })
  citizenIdMasked!: string | null;

  /** Keyed hash (HMAC-SHA-256) of the citizen ID for exact lookups and duplicate checks. */
  @Column({ name: 'citizen_id_hash', type: 'bytea', nullable: true })
  citizenIdHash!: Buffer | null;

  @Field(() => Sex, { description: 'D4 性别: sex.' })
  @Column({ type: 'enum', enum: Sex, enumName: 'sex' })
  sex!: Sex;

  @Field(() => Int, { description: 'D5 出生年月: year of birth.' })
  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear!: number;

  @Field(() => Int, { description: 'D5 出生年月: month of birth (1-12).' })
  @Column({ name: 'birth_month', type: 'smallint' })
  birthMonth!: number;

  @Field(() => Ethnicity, { nullable: true, description: 'D6 民族: ethnic group.' })
  @Column({ type: 'enum', enum: Ethnicity, enumName: 'ethnicity', nullable: true })
  ethnicity!: Ethnicity | null;

  @Field(() => Whereabouts, {
    nullable: true,
    description: 'D7 普查时点居住地: where the person was at the reference moment.',
  })
  @Column({ type: 'enum', enum: Whereabouts, enumName: 'whereabouts', nullable: true })
  whereabouts!: Whereabouts | null;

  @Field(() => String, {
    nullable: true,
    description:
      'D8 户口登记地: division code of the place of household registration (null: 户口待定, not registered).',
  })
  @Column({ name: 'registration_place_code', type: 'varchar', length: 12, collation: 'C', nullable: true })
  registrationPlaceCode!: string | null;

  @Field(() => LeftRegistrationDuration, {
    nullable: true,
    description: 'D9 离开户口登记地时间: time since leaving it.',
  })
  @Column({
    name: 'left_registration_duration',
    type: 'enum',
    enum: LeftRegistrationDuration,
    enumName: 'left_registration_duration',
    nullable: true,
  })
  leftRegistrationDuration!: LeftRegistrationDuration | null;

  @Field(() => LeftRegistrationReason, {
    nullable: true,
    description: 'D10 离开户口登记地原因: why the person left it.',
  })
  @Column({
    name: 'left_registration_reason',
    type: 'enum',
    enum: LeftRegistrationReason,
    enumName: 'left_registration_reason',
    nullable: true,
  })
  leftRegistrationReason!: LeftRegistrationReason | null;

  @Field(() => Education, {
    nullable: true,
    description: 'D11 受教育程度: highest level of education (age 3 and over).',
  })
  @Column({ type: 'enum', enum: Education, enumName: 'education', nullable: true })
  education!: Education | null;

  @Field(() => Boolean, { nullable: true, description: 'D12 是否识字: literate (age 15 and over).' })
  @Column({ type: 'boolean', nullable: true })
  literate!: boolean | null;

  @Field({ description: '户籍人口: the person is registered (户口) in this household.' })
  @Column({ type: 'boolean', default: true })
  registered!: boolean;

  @Field({ description: '常住人口: the person usually lives in this household.' })
  @Column({ type: 'boolean', default: true })
  resident!: boolean;

  /**
   * The person's long-form answers (C12-C28) that are not sealed, and for every item a refusal as `{ refused: true }`
   * or, for a sealed item answered, `{ sealed: true }` (its value is in `long_form_sealed`).
   */
  @Column({ name: 'long_form', type: 'jsonb', nullable: true })
  longForm!: Record<string, unknown> | null;

  /** The values of the sealed long-form answers (C19, C20, C24, C25), as JSON sealed with AES-256-GCM. */
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
    return countyRowGlobalId('Person', this.countyCode, this.rowId);
  }
}
