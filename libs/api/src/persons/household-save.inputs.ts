import { Field, ID, InputType, Int } from 'type-graphql';

import { Relationship, Sex } from '../common/enums';
import { UpdateHouseholdInput } from '../households/household.inputs';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../receipts/receipts';
import { PersonItemsInput } from './person.inputs';

@InputType({
  description:
    'One person of a `saveHousehold`: without `id` a new person; with `id` and `expectedVersion` a change of that ' +
    'person (omitted items stay, null clears an optional item); with `delete: true` its removal.',
})
export class SavePersonInput extends PersonItemsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of a person of this household; none for a new one.',
  })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a change or removal: the version the client read; CONFLICT if it moved.',
  })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True to delete the person named by `id`.' })
  delete?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'New person: line within the household; the next free one when omitted.',
  })
  lineNumber?: number | null;

  @Field(() => String, { nullable: true, description: 'D1 姓名 (required for a new person).' })
  name?: string | null;

  @Field(() => Relationship, { nullable: true, description: 'D2 与户主关系 (required for a new person).' })
  relationship?: Relationship | null;

  @Field(() => Sex, { nullable: true, description: 'D4 性别 (required for a new person).' })
  sex?: Sex | null;

  @Field(() => Int, { nullable: true, description: 'D5 出生年 (required for a new person).' })
  birthYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'D5 出生月 1-12 (required for a new person).' })
  birthMonth?: number | null;

  @Field(() => Boolean, { nullable: true, description: '户籍人口 (a new person: true when omitted).' })
  registered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '常住人口 (a new person: true when omitted).' })
  resident?: boolean | null;
}

@InputType({
  description:
    'The whole short form of one household in one change: its items (as in `updateHousehold`) and its persons ' +
    'to add, change or delete. All or nothing.',
})
export class SaveHouseholdInput extends UpdateHouseholdInput {
  @Field(() => [SavePersonInput], {
    defaultValue: [],
    description:
      'Persons to add, change or delete; a problem is located as ["input", "persons", index, item].',
  })
  persons!: SavePersonInput[];

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}
