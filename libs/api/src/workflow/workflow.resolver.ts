import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { HouseholdStage } from '../common/enums';
import { countyRowKey } from '../common/global-id';
import { payloadType } from '../common/payload';
import { UserError } from '../common/user-error';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { actorOf, type CensusContext } from '../server/context';
import { HouseholdEvent } from './household-event.entity';
import { ReturnReason, toReturnReasons } from './return-reasons';
import {
  ApproveHouseholdsInput,
  HouseholdStageInput,
  MAX_BULK_APPROVE,
  ReturnHouseholdInput,
} from './workflow.inputs';

const StagePayload = payloadType(
  Household,
  'household',
  'HouseholdStagePayload',
  'Result of a workflow step of a household.',
);

@ObjectType({ simpleResolvers: true, description: 'One household of a bulk approval.' })
class ApproveHouseholdOutcome {
  @Field(() => ID, { description: 'The global ID as given in the input.' })
  id!: string;

  @Field(() => Household, { nullable: true, description: 'The household after approval; null when refused.' })
  household!: Household | null;

  @Field(() => [UserError], { description: 'Why this household was not approved; empty when it was.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a bulk approval (批量通过).' })
class ApproveHouseholdsPayload {
  @Field(() => [ApproveHouseholdOutcome], { description: 'One outcome per item, in input order.' })
  results!: ApproveHouseholdOutcome[];

  @Field(() => Int, { description: 'How many households were approved.' })
  approvedCount!: number;

  @Field(() => [UserError], {
    description: 'Why the whole input was refused (no items, too many); nothing was changed then.',
  })
  userErrors!: UserError[];
}

const FILLERS = [Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER] as const;
const REVIEWERS = [Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN] as const;

/** 登记流程: LISTED → ENUMERATING → SUBMITTED → APPROVED, or RETURNED (with a reason) → SUBMITTED again. */
@Resolver(() => Household)
export class WorkflowResolver {
  @Allow(...FILLERS)
  @Mutation(() => StagePayload, { description: '开始登记: LISTED → ENUMERATING.' })
  startEnumeration(
    @Arg('input', { description: 'The household.' }) input: HouseholdStageInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.workflow.step('start', input.id, input.expectedVersion, actorOf(context));
  }

  @Allow(...FILLERS)
  @Mutation(() => StagePayload, {
    description:
      '短表上报: → SUBMITTED after every completeness check passes; otherwise every problem is answered at once.',
  })
  submitHousehold(
    @Arg('input', { description: 'The household.' }) input: HouseholdStageInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.workflow.step('submit', input.id, input.expectedVersion, actorOf(context));
  }

  @Allow(...REVIEWERS)
  @Mutation(() => StagePayload, { description: '审核通过: SUBMITTED → APPROVED.' })
  approveHousehold(
    @Arg('input', { description: 'The household.' }) input: HouseholdStageInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.workflow.step('approve', input.id, input.expectedVersion, actorOf(context));
  }

  @Allow(...REVIEWERS)
  @Mutation(() => ApproveHouseholdsPayload, {
    description:
      `批量通过: SUBMITTED → APPROVED for up to ${MAX_BULK_APPROVE} households. Each item is approved or refused on ` +
      'its own (its own transaction, audited like approveHousehold), with its coded userErrors.',
  })
  async approveHouseholds(
    @Arg('input', { description: 'The households with the versions read.' }) input: ApproveHouseholdsInput,
    @Ctx() context: CensusContext,
  ): Promise<ApproveHouseholdsPayload> {
    const { results, userErrors } = await context.services.workflow.approveMany(
      input.items,
      actorOf(context),
    );
    return Object.assign(new ApproveHouseholdsPayload(), {
      results: results.map((result) => Object.assign(new ApproveHouseholdOutcome(), result)),
      approvedCount: results.filter((result) => result.household !== null).length,
      userErrors,
    });
  }

  @Allow(...REVIEWERS)
  @Mutation(() => StagePayload, {
    description:
      '退回: SUBMITTED or APPROVED → RETURNED, with the reason for the enumerator (text, preset reasons by item, or both).',
  })
  returnHousehold(
    @Arg('input', { description: 'The household and the reason.' }) input: ReturnHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.workflow.step('return', input.id, input.expectedVersion, actorOf(context), {
      reason: input.reason,
      reasons: input.reasons,
    });
  }

  @FieldResolver(() => [ReturnReason], {
    description:
      '退回原因 by item of the latest return, while the household is RETURNED (empty otherwise, or when the return ' +
      'gave only text: see returnReason).',
  })
  async returnReasons(
    @Root() household: Household,
    @Ctx() { loaders }: CensusContext,
  ): Promise<ReturnReason[]> {
    if (household.stage !== HouseholdStage.RETURNED) return [];
    const events = await loaders.eventsByHousehold.load(countyRowKey(household.countyCode, household.rowId));
    const last = [...events].reverse().find((event) => event.toStage === HouseholdStage.RETURNED);
    return last ? toReturnReasons(last.countyCode, last.storedReasons) : [];
  }

  @FieldResolver(() => [HouseholdEvent], {
    description: '登记流程记录: every stage change of the household, oldest first.',
  })
  history(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<HouseholdEvent[]> {
    return loaders.eventsByHousehold.load(countyRowKey(household.countyCode, household.rowId));
  }
}

@Resolver(() => HouseholdEvent)
export class HouseholdEventReasonsResolver {
  @FieldResolver(() => [ReturnReason], {
    description: '退回原因 by item of a return; empty for other steps.',
  })
  reasons(@Root() event: HouseholdEvent): ReturnReason[] {
    return toReturnReasons(event.countyCode, event.storedReasons);
  }
}

@Resolver(() => ReturnReason)
export class ReturnReasonResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person concerned; null for the household, or when the person was deleted since.',
  })
  person(@Root() reason: ReturnReason, @Ctx() { loaders }: CensusContext): Promise<Person | null> | null {
    return reason.personRowId
      ? loaders.personById.load(countyRowKey(reason.countyCode, reason.personRowId))
      : null;
  }
}
