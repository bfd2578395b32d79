import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { payloadType } from '../common/payload';
import { UserError } from '../common/user-error';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';

@ObjectType({ description: '自主填报码: a self-report code handed to a household at listing; shown once.' })
export class SelfReportCodePayload {
  @Field(() => String, {
    nullable: true,
    description: 'The code (XXXXX-XXXXX); print it or show it as a QR code now.',
  })
  code!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text for a QR code: the self-report address with the code.',
  })
  qrPayload!: string | null;

  @Field(() => Household, { nullable: true, description: 'The household.' })
  household!: Household | null;

  @Field(() => [UserError], { description: 'Why no code was issued; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'A self-report session for one household.' })
export class SelfReportSessionPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token of the session.' })
  token!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the session ends at the latest.' })
  expiresAt!: Date | null;

  @Field(() => Household, { nullable: true, description: 'The household whose form the session may fill.' })
  household!: Household | null;

  @Field(() => [UserError], { description: 'Why no session was opened; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'The household to issue a self-report code for.' })
export class IssueSelfReportCodeInput {
  @Field(() => ID, { description: 'Global ID of the household.' })
  householdId!: string;
}

@InputType({ description: 'Code and phone number of a household.' })
export class StartSelfReportInput {
  @Field({ description: '自主填报码 as printed (dashes and spaces do not matter).' })
  code!: string;

  @Field({ description: 'The phone number the enumerator recorded for the household.' })
  phone!: string;
}

@InputType({ description: "Submission of the household's own form." })
export class SubmitSelfReportInput {
  @Field(() => Int, { description: 'The household version the resident read.' })
  expectedVersion!: number;
}

export const SelfHouseholdPayload = payloadType(
  Household,
  'household',
  'SelfReportHouseholdPayload',
  'Result of a self-report change of the household.',
);
export const SelfPersonPayload = payloadType(
  Person,
  'person',
  'SelfReportPersonPayload',
  'Result of a self-report change of a person.',
);
