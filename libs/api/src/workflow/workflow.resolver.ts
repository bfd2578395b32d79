import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { countyRowKey } from '../common/global-id';
import { payloadType } from '../common/payload';
import { Household } from '../households/household.entity';
import { actorOf, type CensusContext } from '../server/context';
import { HouseholdEvent } from './household-event.entity';
import { HouseholdStageInput, ReturnHouseholdInput } from './workflow.inputs';

const StagePayload = payloadType(
  Household,
  'household',
  'HouseholdStagePayload',
  'Result of a workflow step of a household.',
);

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
  @Mutation(() => StagePayload, {
    description: '退回: SUBMITTED or APPROVED → RETURNED, with the reason for the enumerator.',
  })
  returnHousehold(
    @Arg('input', { description: 'The household and the reason.' }) input: ReturnHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.workflow.step('return', input.id, input.expectedVersion, actorOf(context), {
      reason: input.reason,
    });
  }

  @FieldResolver(() => [HouseholdEvent], {
    description: '登记流程记录: every stage change of the household, oldest first.',
  })
  history(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<HouseholdEvent[]> {
    return loaders.eventsByHousehold.load(countyRowKey(household.countyCode, household.rowId));
  }
}
