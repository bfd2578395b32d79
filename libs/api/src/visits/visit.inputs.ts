import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';

import { VersionedChangeInput } from '../common/versioned-input';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../receipts/receipts';
import { AppointmentStatus, VisitMethod, VisitOutcome, VisitSlot } from './visit.enums';

@InputType({ description: 'A visit (or call) to record.' })
export class RecordVisitInput {
  @Field(() => ID, { description: 'Global ID of the household.' })
  householdId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it took place (not in the future).' })
  visitedAt!: Date;

  @Field(() => VisitSlot, {
    nullable: true,
    description: 'Part of the day; derived from visitedAt (Beijing time) when omitted.',
  })
  slot?: VisitSlot | null;

  @Field(() => VisitMethod, {
    defaultValue: VisitMethod.IN_PERSON,
    description: 'How the household was contacted.',
  })
  method!: VisitMethod;

  @Field(() => VisitOutcome, { description: 'What came of it.' })
  outcome!: VisitOutcome;

  @Field(() => String, { nullable: true, description: 'Note (at most 2000 characters).' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An appointment agreed with a household.' })
export class ScheduleAppointmentInput {
  @Field(() => ID, { description: 'Global ID of the household.' })
  householdId!: string;

  @Field(() => GraphQLISODateTime, { description: 'The agreed time.' })
  plannedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who to ask for and how to reach them.' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;
}

@InputType({ description: 'Changes to an appointment.' })
export class UpdateAppointmentInput extends VersionedChangeInput('appointment', 'update') {
  @Field(() => AppointmentStatus, { nullable: true, description: 'New status.' })
  status?: AppointmentStatus | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'New time (moves a planned appointment).' })
  plannedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'New note.' })
  note?: string | null;
}
