import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { registerEnum } from '../common/enums';
import { payloadType } from '../common/payload';
import { VersionedChangeInput } from '../common/versioned-input';
import { Household } from '../households/household.entity';
import type { Person } from '../persons/person.entity';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../receipts/receipts';

/** Where a sampled household's long form stands. */
export enum LongFormStatus {
  NOT_SAMPLED = 'NOT_SAMPLED',
  NOT_STARTED = 'NOT_STARTED',
  INCOMPLETE = 'INCOMPLETE',
  COMPLETE = 'COMPLETE',
}

registerEnum(LongFormStatus, 'LongFormStatus', '长表状态: where the long form of a household stands.', {
  NOT_SAMPLED: 'The household is not in the long-form sample.',
  NOT_STARTED: 'Sampled; nothing answered yet.',
  INCOMPLETE: 'Sampled; some items are missing or wrong (submitting lists them).',
  COMPLETE: 'Sampled; every applicable item is answered or refused, and every check passes.',
});

export enum LongFormAnswerState {
  ANSWERED = 'ANSWERED',
  REFUSED = 'REFUSED',
}

registerEnum(LongFormAnswerState, 'LongFormAnswerState', 'What became of one long-form item.', {
  ANSWERED: 'Answered.',
  REFUSED: 'The person was asked and declined (拒答): recorded as such, not missing.',
});

@ObjectType({ description: 'One recorded item of a long form: an answer or a refusal.' })
export class LongFormItemAnswer {
  @Field({ description: "The item, as the form's labels name it: 'person.occupation' (C20 职业)." })
  item!: string;

  @Field({ description: "The item's field in LongFormAnswerInput: 'occupation'." })
  field!: string;

  @Field(() => LongFormAnswerState, { description: 'Answered, or refused (拒答).' })
  state!: LongFormAnswerState;

  @Field(() => String, {
    nullable: true,
    description:
      "The answer as LongFormAnswerInput takes it: an option's name ('MARRIED'), a number ('1500'), a year-month " +
      "('2001-05'), sons and daughters ('1,2'). Null for a refusal, and for a sealed item read masked.",
  })
  value!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The answer in words in the request's language (the option's label, 拒答); null when masked.",
  })
  text!: string | null;

  @Field({
    description: 'Sealed at rest (occupation, industry, marriage, housing source and cost, vehicles).',
  })
  sealed!: boolean;

  @Field({ description: 'True when the value is withheld: a sealed item read without `unmasked: true`.' })
  masked!: boolean;
}

/** The long-form options in force in a zone: the nearest setting of a county or township office above it. */
@ObjectType({
  description:
    '长表附加项目: the optional long-form items in force in a zone, set by the county or township office ' +
    '(setLongFormOptions); a township setting overrides the county one; nothing set: off.',
})
export class LongFormOptions {
  @Field({ description: '车辆: the vehicle items (附1 汽车数) are asked of family households.' })
  vehicles!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The code of the zone (this one or one above) whose office setting applies; null: the default.',
  })
  setInZoneCode!: string | null;
}

@InputType({
  description: '长表附加项目: what a county or township office adds to the long form of its zone.',
})
export class SetLongFormOptionsInput {
  @Field({ description: 'The county or township the setting is for (its whole subtree).' })
  zoneCode!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: '车辆: true asks the vehicle items, false does not; null follows the office above.',
  })
  vehicles!: boolean | null;
}

/** `Household.longForm`: resolved from the household row. */
@ObjectType({ description: '长表: the long form of a household (about one household in ten is sampled).' })
export class HouseholdLongForm {
  household!: Household;

  @Field({
    description:
      'In the long-form sample: chosen by the system from the household number and the small zone (docs/long-form.md), ' +
      'changed only by an office (setLongFormSample, audited).',
  })
  sampled!: boolean;
}

/** `Person.longForm`: resolved from the person row. */
@ObjectType({ description: "长表: a person's long-form items (C12-C28)." })
export class PersonLongForm {
  person!: Person;
}

@InputType({
  description:
    'One long-form item: its `field` and either `value` (text as LongFormItemAnswer.value shows it) or `refused: true`.',
})
export class LongFormAnswerInput {
  @Field({ description: "The item's field: 'occupation', 'housingSource' (see LONG_FORM_ITEMS)." })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The answer.' })
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the person declined to answer (拒答).' })
  refused?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: the item stays as stored (answered, refused or not answered), with no value sent: how a phone that ' +
      'holds a sealed answer only masked saves the other items without reading it unmasked.',
  })
  kept?: boolean | null;
}

@InputType({ description: "One person's long-form answers in a saveLongForm: replaces what the person had." })
export class PersonLongFormInput {
  @Field(() => ID, { description: 'Global ID of a person of the household.' })
  id!: string;

  @Field(() => [LongFormAnswerInput], {
    description: "The person's items; an item left out is not answered.",
  })
  answers!: LongFormAnswerInput[];
}

@InputType({
  description:
    "A sampled household's long form in one change: the household items (when given, they replace the stored ones) " +
    "and the persons given (each replaces that person's). Incomplete answers may be saved; wrong ones are refused, " +
    'every problem at once with its place.',
})
export class SaveLongFormInput extends VersionedChangeInput('household', 'change') {
  @Field(() => [LongFormAnswerInput], {
    nullable: true,
    description: 'H8-H18 and vehicles; omitted: the household items stay as they are.',
  })
  household?: LongFormAnswerInput[] | null;

  @Field(() => [PersonLongFormInput], { defaultValue: [], description: 'Persons whose items change.' })
  persons!: PersonLongFormInput[];

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An office moves a household into or out of the long-form sample, with a reason.' })
export class SetLongFormSampleInput extends VersionedChangeInput('household', 'change') {
  @Field({ description: 'True: into the sample; false: out of it.' })
  sampled!: boolean;

  @Field({ description: 'Why (1-500 characters); kept in the audit log.' })
  reason!: string;
}

export const LongFormPayload = payloadType(
  Household,
  'household',
  'LongFormPayload',
  "Result of a change of a household's long form or of its place in the sample.",
);

/** Counters of one item's refusals (progress). */
@ObjectType({ description: 'Refusals (拒答) of one long-form item.' })
export class LongFormRefusalCount {
  @Field({ description: "The item: 'person.occupation' (C20 职业)." })
  item!: string;

  @Field(() => Int, { description: 'Persons or households that refused it.' })
  refused!: number;
}
