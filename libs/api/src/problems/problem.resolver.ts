import {
  Arg,
  Args,
  createUnionType,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { Account } from '../accounts/account.entity';
import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { Building } from '../buildings/building.entity';
import { connectionType, PageArgs } from '../common/connection';
import { countyRowKey } from '../common/global-id';
import { NO_FILTER } from '../common/page-loader';
import { payloadType } from '../common/payload';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { Problem } from './problem.entity';
import {
  EscalateProblemInput,
  ProblemFilter,
  ReportProblemInput,
  ResolveProblemInput,
} from './problem.inputs';
import { PROBLEM_LIST, subjectKey } from './problem.loaders';
import { problemListFilter } from './problem.service';

export const ProblemSubject = createUnionType({
  name: 'ProblemSubject',
  description: '疑难问题对象: what a problem is about: a zone, a building, a household or a person.',
  types: () => [Zone, Building, Household, Person] as const,
  // No custom resolveType: type-graphql's default one resolves by class, synchronously, which the compiled
  // (graphql-jit) executor needs (type-graphql wraps custom ones in an async function).
});

export const ProblemConnection = connectionType(
  Problem,
  'Problem',
  'A page of problems, ordered by zone and then in the order they were recorded.',
);
const ProblemPayload = payloadType(Problem, 'problem', 'ProblemPayload', 'Result of a problem mutation.', {
  name: 'Problem',
  spec: PROBLEM_LIST,
});

@Resolver(() => Problem)
export class ProblemResolver {
  @Allow('STAFF')
  @Query(() => ProblemConnection, {
    description: '疑难问题: problems recorded on file matching the filter, ordered by zone and then by age.',
  })
  async problems(
    @Arg('filter', () => ProblemFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: ProblemFilter | null,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return ProblemConnection.of(await loaders.problems('', problemListFilter(filter), page));
  }

  @FieldResolver(() => ProblemSubject, {
    description: '对象: the zone, building, household or person the problem is about.',
  })
  async subject(
    @Root() problem: Problem,
    @Ctx() { loaders }: CensusContext,
  ): Promise<Zone | Building | Household | Person> {
    const { type, key } = problem.subjectRef;
    switch (type) {
      case 'Zone':
        return (await loaders.zoneByCode.load(key))!;
      case 'Building':
        return (await loaders.buildingById.load(key))!;
      case 'Household':
        return (await loaders.householdById.load(key))!;
      case 'Person':
        return (await loaders.personById.load(key))!;
    }
  }

  @FieldResolver(() => Zone, {
    description:
      '区划: the zone the problem belongs to (the small zone of its subject, or the subject zone).',
  })
  async zone(@Root() problem: Problem, @Ctx() { loaders }: CensusContext): Promise<Zone> {
    return (await loaders.zoneByCode.load(problem.zoneCode))!;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: '登记人: the account that recorded the problem; null when it holds none of your zones.',
  })
  reportedBy(@Root() problem: Problem, @Ctx() { loaders }: CensusContext): Promise<Account | null> {
    return loaders.accountById.load(problem.reportedByRowId);
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description:
      '上报人: the account that escalated it; null if not escalated or it holds none of your zones.',
  })
  escalatedBy(@Root() problem: Problem, @Ctx() { loaders }: CensusContext): Promise<Account | null> | null {
    return problem.escalatedByRowId ? loaders.accountById.load(problem.escalatedByRowId) : null;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: '处理人: the account that resolved it; null if not resolved or it holds none of your zones.',
  })
  resolvedBy(@Root() problem: Problem, @Ctx() { loaders }: CensusContext): Promise<Account | null> | null {
    return problem.resolvedByRowId ? loaders.accountById.load(problem.resolvedByRowId) : null;
  }

  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Mutation(() => ProblemPayload, {
    description: '记录疑难问题: records a difficult case about a zone, building, household or person (OPEN).',
  })
  reportProblem(
    @Arg('input', { description: 'The items of the change.' }) input: ReportProblemInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.problems.report(input, actorOf(context));
  }

  @Allow(Role.ENUMERATOR, Role.SUPERVISOR)
  @Mutation(() => ProblemPayload, {
    description: '上报: hands an OPEN problem to the supervisor or census office (ESCALATED).',
  })
  escalateProblem(
    @Arg('input', { description: 'The items of the change.' }) input: EscalateProblemInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.problems.escalate(input, actorOf(context));
  }

  @Allow(Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN)
  @Mutation(() => ProblemPayload, {
    description: '解决: closes an OPEN or ESCALATED problem with its resolution (RESOLVED, final).',
  })
  resolveProblem(
    @Arg('input', { description: 'The items of the change.' }) input: ResolveProblemInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.problems.resolve(input, actorOf(context));
  }
}

const SUBJECT_PROBLEMS = 'problems recorded about it, oldest first (all statuses).';
const SUBJECT_PROBLEMS_DEPRECATION =
  'Use `problemsConnection`: the same problems as a page that `reportProblem` results can be added to.';

@Resolver(() => Building)
export class BuildingProblemsResolver {
  @FieldResolver(() => [Problem], {
    description: `疑难问题: ${SUBJECT_PROBLEMS}`,
    deprecationReason: SUBJECT_PROBLEMS_DEPRECATION,
  })
  problems(@Root() building: Building, @Ctx() { loaders }: CensusContext): Promise<Problem[]> {
    return loaders.problemsBySubject.load(
      subjectKey('Building', countyRowKey(building.countyCode, building.rowId)),
    );
  }

  @FieldResolver(() => ProblemConnection, { description: `疑难问题: ${SUBJECT_PROBLEMS}` })
  async problemsConnection(
    @Root() building: Building,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return ProblemConnection.of(await loaders.problemsOfBuilding(building.rowId, NO_FILTER, page));
  }
}

@Resolver(() => Household)
export class HouseholdProblemsResolver {
  @FieldResolver(() => [Problem], {
    description: `疑难问题: ${SUBJECT_PROBLEMS}`,
    deprecationReason: SUBJECT_PROBLEMS_DEPRECATION,
  })
  problems(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<Problem[]> {
    return loaders.problemsBySubject.load(
      subjectKey('Household', countyRowKey(household.countyCode, household.rowId)),
    );
  }

  @FieldResolver(() => ProblemConnection, { description: `疑难问题: ${SUBJECT_PROBLEMS}` })
  async problemsConnection(
    @Root() household: Household,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return ProblemConnection.of(await loaders.problemsOfHousehold(household.rowId, NO_FILTER, page));
  }
}

@Resolver(() => Person)
export class PersonProblemsResolver {
  @FieldResolver(() => [Problem], {
    description: `疑难问题: ${SUBJECT_PROBLEMS}`,
    deprecationReason: SUBJECT_PROBLEMS_DEPRECATION,
  })
  problems(@Root() person: Person, @Ctx() { loaders }: CensusContext): Promise<Problem[]> {
    return loaders.problemsBySubject.load(
      subjectKey('Person', countyRowKey(person.countyCode, person.rowId)),
    );
  }

  @FieldResolver(() => ProblemConnection, { description: `疑难问题: ${SUBJECT_PROBLEMS}` })
  async problemsConnection(
    @Root() person: Person,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return ProblemConnection.of(await loaders.problemsOfPerson(person.rowId, NO_FILTER, page));
  }
}
