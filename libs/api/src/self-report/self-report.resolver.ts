import { GraphQLError } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { Role } from '../accounts/role';
import { Allow } from '../auth/access';
import { rowIdOf } from '../common/global-id';
import { DeletePayload, payloadType } from '../common/payload';
import { UserError } from '../common/user-error';
import { Household } from '../households/household.entity';
import { UpdateHouseholdInput } from '../households/household.inputs';
import { Person } from '../persons/person.entity';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from '../persons/person.inputs';
import { actorOf, type CensusContext } from '../server/context';
import { SelfReportService } from './self-report.service';

@ObjectType({ description: '自主填报码: a self-report code handed to a household at listing; shown once.' })
class SelfReportCodePayload {
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
class SelfReportSessionPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token of the session.' })
  token!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the session ends at the latest.' })
  expiresAt!: Date | null;

  @Field(() => Household, { nullable: true, description: 'The household whose form the session may fill.' })
  household!: Household | null;

  @Field(() => [UserError], { description: 'Why no session was opened; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Code and phone number of a household.' })
class StartSelfReportInput {
  @Field({ description: '自主填报码 as printed (dashes and spaces do not matter).' })
  code!: string;

  @Field({ description: 'The phone number the enumerator recorded for the household.' })
  phone!: string;
}

@InputType({ description: "Submission of the household's own form." })
class SubmitSelfReportInput {
  @Field(() => Int, { description: 'The household version the resident read.' })
  expectedVersion!: number;
}

const SelfHouseholdPayload = payloadType(
  Household,
  'household',
  'SelfReportHouseholdPayload',
  'Result of a self-report change of the household.',
);
const SelfPersonPayload = payloadType(
  Person,
  'person',
  'SelfReportPersonPayload',
  'Result of a self-report change of a person.',
);

function resident(context: CensusContext) {
  const { principal } = context.auth;
  if (principal.kind !== 'resident')
    throw new GraphQLError('Self-report sessions only.', { extensions: { code: 'FORBIDDEN' } });
  return {
    ...principal,
    actor: SelfReportService.residentActor(principal.smallZoneCode, principal.householdId),
  };
}

/** A resident may only name its own household (or its persons); anything else looks like it does not exist. */
function notFound(field: string, id: string) {
  return {
    node: null,
    userErrors: [
      Object.assign(new UserError(), {
        field: ['input', field],
        code: 'NOT_FOUND',
        message: `${id} does not exist.`,
      }),
    ],
  };
}

@Resolver()
export class SelfReportResolver {
  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER)
  @Mutation(() => SelfReportCodePayload, {
    description: '发放自主填报码: issues (or replaces) the self-report code of a household.',
  })
  issueSelfReportCode(
    @Arg('householdId', () => ID, { description: 'Global ID of the household.' }) householdId: string,
    @Ctx() context: CensusContext,
  ) {
    return context.services.selfReport.issue(householdId, actorOf(context));
  }

  @Allow('ANYONE')
  @Mutation(() => SelfReportSessionPayload, {
    description: '自主填报登录: exchanges a code and the household phone number for a session.',
  })
  startSelfReport(
    @Arg('input', { description: 'Code and phone.' }) input: StartSelfReportInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.selfReport.start(input.code, input.phone, context.clientKey);
  }

  @Allow('RESIDENT')
  @Query(() => Household, { description: "The self-reporting household's own form." })
  async selfReportHousehold(@Ctx() context: CensusContext): Promise<Household> {
    const household = await context.loaders.householdById.load(resident(context).householdId);
    if (!household)
      throw new GraphQLError('The household no longer exists.', { extensions: { code: 'UNAUTHENTICATED' } });
    return household;
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfHouseholdPayload, {
    description:
      "Changes the household items of the own form; status, kind and building are the enumerator's and answer a " +
      'userError when given.',
  })
  async selfReportUpdateHousehold(
    @Arg('input', { description: 'The changes; id is the own household.' }) input: UpdateHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (rowIdOf(input.id, 'Household') !== self.householdId) return notFound('id', input.id);
    // Status, kind and building are the enumerator's findings at listing, not the resident's to change.
    const enumeratorItems = (['status', 'kind', 'buildingId'] as const).filter(
      (item) => input[item] !== undefined && input[item] !== null,
    );
    if (enumeratorItems.length > 0) {
      return {
        node: null,
        userErrors: enumeratorItems.map((item) =>
          Object.assign(new UserError(), {
            field: ['input', item],
            code: 'INVALID',
            message: `${item} is recorded by the enumerator; a self-report cannot change it.`,
          }),
        ),
      };
    }
    return context.services.households.update(input, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfPersonPayload, { description: 'Adds a person to the own form.' })
  async selfReportCreatePerson(
    @Arg('input', { description: 'The person; householdId is the own household.' }) input: CreatePersonInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (rowIdOf(input.householdId, 'Household') !== self.householdId)
      return notFound('householdId', input.householdId);
    return context.services.persons.create(input, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfPersonPayload, { description: 'Changes a person of the own form.' })
  async selfReportUpdatePerson(
    @Arg('input', { description: 'The changes.' }) input: UpdatePersonInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (
      !(await context.services.selfReport.isOwnPerson(input.id, self.householdId)) ||
      (input.householdId != null && rowIdOf(input.householdId, 'Household') !== self.householdId)
    ) {
      return notFound('id', input.id);
    }
    return context.services.persons.update(input, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => DeletePayload, { description: 'Removes a person from the own form.' })
  async selfReportDeletePerson(
    @Arg('input', { description: 'The person.' }) input: DeletePersonInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (!(await context.services.selfReport.isOwnPerson(input.id, self.householdId)))
      return { deletedId: null, userErrors: notFound('id', input.id).userErrors };
    return context.services.persons.delete(input, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfHouseholdPayload, {
    description:
      '提交: submits the own form; the household then counts as self-reported and the session ends.',
  })
  selfReportSubmit(
    @Arg('input', { description: 'The version read.' }) input: SubmitSelfReportInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    return context.services.workflow.step(
      'submit',
      `${Buffer.from(`Household:${self.householdId}`).toString('base64url')}`,
      input.expectedVersion,
      self.actor,
      {
        byResident: true,
      },
    );
  }
}
