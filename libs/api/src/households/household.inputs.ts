import { Field, Float, ID, InputType, Int } from 'type-graphql';

import {
  DwellingType,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  RegistrationMethod,
} from '../common/enums';
import { VersionedChangeInput } from '../common/versioned-input';

@InputType({ description: 'Filter of a household list; all given conditions must hold.' })
export class HouseholdFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only households in the zone with this code or below it.',
  })
  zoneCode?: string | null;

  @Field(() => [HouseholdStatus], {
    nullable: true,
    description: 'Only households with one of these statuses.',
  })
  status?: HouseholdStatus[] | null;

  @Field(() => [HouseholdStage], { nullable: true, description: 'Only households at one of these stages.' })
  stage?: HouseholdStage[] | null;

  @Field(() => HouseholdKind, { nullable: true, description: 'Only family or only collective households.' })
  kind?: HouseholdKind | null;

  @Field(() => RegistrationMethod, {
    nullable: true,
    description: 'Only self-reported or only enumerator-registered households.',
  })
  registrationMethod?: RegistrationMethod | null;

  @Field(() => ID, { nullable: true, description: 'Only households in this building.' })
  buildingId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Search text (at most 50 characters): an 11-digit phone number (spaces and dashes allowed) finds the ' +
      'household with that phone; other text finds households whose address (building address, unit, number) or ' +
      "head of household's name (户主 姓名) contains it.",
  })
  search?: string | null;
}

/** The short-form household items shared by create and update. */
@InputType()
export abstract class HouseholdItemsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of the building (same small zone); null for none.',
  })
  buildingId?: string | null;

  @Field(() => String, { nullable: true, description: '住房单元编号: housing unit within the building.' })
  unit?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'H2: males who slept here the night before the reference moment.',
  })
  presentMale?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'H2: females who slept here the night before the reference moment.',
  })
  presentFemale?: number | null;

  @Field(() => Int, { nullable: true, description: 'H2: registered males absent that night.' })
  absentMale?: number | null;

  @Field(() => Int, { nullable: true, description: 'H2: registered females absent that night.' })
  absentFemale?: number | null;

  @Field(() => Int, { nullable: true, description: 'H3: male births in the census year.' })
  birthsMale?: number | null;

  @Field(() => Int, { nullable: true, description: 'H3: female births in the census year.' })
  birthsFemale?: number | null;

  @Field(() => Int, { nullable: true, description: 'H4: male deaths in the census year.' })
  deathsMale?: number | null;

  @Field(() => Int, { nullable: true, description: 'H4: female deaths in the census year.' })
  deathsFemale?: number | null;

  @Field(() => DwellingType, { nullable: true, description: 'H5 住房类型.' })
  dwellingType?: DwellingType | null;

  @Field(() => Float, { nullable: true, description: 'H6 住房建筑面积 in m2 (up to 2 decimals).' })
  floorArea?: number | null;

  @Field(() => Int, { nullable: true, description: 'H7 住房间数.' })
  rooms?: number | null;

  @Field(() => String, { nullable: true, description: '联系电话: mobile or landline with area code.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '备注: note.' })
  note?: string | null;
}

@InputType({ description: 'A household found at listing (摸底). It starts at stage LISTED.' })
export class CreateHouseholdInput extends HouseholdItemsInput {
  @Field({ description: '普查小区代码: 15-digit code of the small zone.' })
  smallZoneCode!: string;

  @Field(() => String, {
    nullable: true,
    description: '户编号: 3-digit number; when omitted, the highest number in the small zone plus one.',
  })
  number?: string | null;

  @Field(() => HouseholdKind, { defaultValue: HouseholdKind.FAMILY, description: '户别 (H1).' })
  kind!: HouseholdKind;

  @Field(() => HouseholdStatus, { defaultValue: HouseholdStatus.ORDINARY, description: '住户状态.' })
  status!: HouseholdStatus;

  @Field(() => RegistrationMethod, { defaultValue: RegistrationMethod.ENUMERATOR, description: '登记方式.' })
  registrationMethod!: RegistrationMethod;
}

@InputType({
  description: 'Changes to a household; omitted items stay as they are, null clears an optional item.',
})
export class UpdateHouseholdInput extends HouseholdItemsInput {
  @Field(() => ID, { description: 'Global ID of the household.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version the client read; the update fails with CONFLICT if it moved.',
  })
  expectedVersion!: number;

  @Field(() => HouseholdKind, { nullable: true, description: '户别 (H1).' })
  kind?: HouseholdKind | null;

  @Field(() => HouseholdStatus, { nullable: true, description: '住户状态.' })
  status?: HouseholdStatus | null;
}

@InputType({ description: 'A household to delete; only a household without persons can be deleted.' })
export class DeleteHouseholdInput extends VersionedChangeInput('household', 'delete') {}
