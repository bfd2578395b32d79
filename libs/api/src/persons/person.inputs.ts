import { Field, ID, InputType, Int } from 'type-graphql';

import {
  Education,
  Ethnicity,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  Relationship,
  Sex,
  Whereabouts,
} from '../common/enums';
import { VersionedChangeInput } from '../common/versioned-input';

@InputType({ description: 'Filter of a person list; all given conditions must hold.' })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only persons in the zone with this code or below it.',
  })
  zoneCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only persons of this household.' })
  householdId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '户籍人口: only persons registered (or not registered) here.',
  })
  registered?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '常住人口: only persons resident (or not resident) here.',
  })
  resident?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only persons whose name starts with this text.' })
  nameStartsWith?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only the person with exactly this citizen ID number.',
  })
  citizenId?: string | null;
}

/** The short-form person items (D1-D12) shared by create and update. */
@InputType()
export abstract class PersonItemsInput {
  @Field(() => String, {
    nullable: true,
    description: 'D3 公民身份号码: 18 characters; must agree with D4 and D5.',
  })
  citizenId?: string | null;

  @Field(() => Ethnicity, { nullable: true, description: 'D6 民族.' })
  ethnicity?: Ethnicity | null;

  @Field(() => Whereabouts, { nullable: true, description: 'D7 普查时点居住地.' })
  whereabouts?: Whereabouts | null;

  @Field(() => String, {
    nullable: true,
    description: 'D8 户口登记地: division code (county level or below).',
  })
  registrationPlaceCode?: string | null;

  @Field(() => LeftRegistrationDuration, { nullable: true, description: 'D9 离开户口登记地时间.' })
  leftRegistrationDuration?: LeftRegistrationDuration | null;

  @Field(() => LeftRegistrationReason, { nullable: true, description: 'D10 离开户口登记地原因.' })
  leftRegistrationReason?: LeftRegistrationReason | null;

  @Field(() => Education, { nullable: true, description: 'D11 受教育程度.' })
  education?: Education | null;

  @Field(() => Boolean, { nullable: true, description: 'D12 是否识字.' })
  literate?: boolean | null;
}

@InputType({ description: 'A person of a household (short form R601).' })
export class CreatePersonInput extends PersonItemsInput {
  @Field(() => ID, { description: 'Global ID of the household.' })
  householdId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional check: the small zone the client believes the household is in; rejected when it differs.',
  })
  smallZoneCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Line within the household; the next free line when omitted.',
  })
  lineNumber?: number | null;

  @Field({ description: 'D1 姓名.' })
  name!: string;

  @Field(() => Relationship, { description: 'D2 与户主关系.' })
  relationship!: Relationship;

  @Field(() => Sex, { description: 'D4 性别.' })
  sex!: Sex;

  @Field(() => Int, { description: 'D5 出生年.' })
  birthYear!: number;

  @Field(() => Int, { description: 'D5 出生月 (1-12).' })
  birthMonth!: number;

  @Field({ defaultValue: true, description: '户籍人口: registered in this household.' })
  registered!: boolean;

  @Field({ defaultValue: true, description: '常住人口: usually lives in this household.' })
  resident!: boolean;
}

@InputType({
  description: 'Changes to a person; omitted items stay as they are, null clears an optional item.',
})
export class UpdatePersonInput extends PersonItemsInput {
  @Field(() => ID, { description: 'Global ID of the person.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version the client read; the update fails with CONFLICT if it moved.',
  })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'Move the person to this household (same small zone).' })
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: 'D1 姓名.' })
  name?: string | null;

  @Field(() => Relationship, { nullable: true, description: 'D2 与户主关系.' })
  relationship?: Relationship | null;

  @Field(() => Sex, { nullable: true, description: 'D4 性别.' })
  sex?: Sex | null;

  @Field(() => Int, { nullable: true, description: 'D5 出生年.' })
  birthYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'D5 出生月 (1-12).' })
  birthMonth?: number | null;

  @Field(() => Boolean, { nullable: true, description: '户籍人口.' })
  registered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '常住人口.' })
  resident?: boolean | null;
}

@InputType({ description: 'A person to delete.' })
export class DeletePersonInput extends VersionedChangeInput('person', 'delete') {}
