import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { Account } from '../accounts/account.entity';
import { Allow, staffOf } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { MAX_PAGE_SIZE } from '../common/connection';
import { DateScalar } from '../common/date-scalar';
import { HouseholdStage, RegistrationMethod } from '../common/enums';
import { countyRowKey, rowIdOf } from '../common/global-id';
import { Household } from '../households/household.entity';
import { HouseholdConnection } from '../households/household.resolver';
import { EnumeratorProgress } from '../progress/progress.types';
import type { CensusContext } from '../server/context';
import type { QueuedHousehold } from './review.service';

@InputType({ description: '审核队列 filter; all given conditions must hold.' })
export class ReviewQueueFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only households in this zone (e.g. a small zone) or below.',
  })
  zoneCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only households in the small zones this enumerator holds.',
  })
  enumeratorId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only households submitted on or after this Beijing day (YYYY-MM-DD).',
  })
  submittedFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only households submitted on or before this Beijing day (YYYY-MM-DD).',
  })
  submittedTo?: string | null;

  @Field(() => RegistrationMethod, {
    nullable: true,
    description: 'Only self-reported (自主填报) or only enumerator-registered (入户登记) households.',
  })
  registrationMethod?: RegistrationMethod | null;
}

@ObjectType({ simpleResolvers: true, description: '团队: a supervisor and the progress of its enumerators.' })
export class Team {
  @Field(() => Account, { description: '普查指导员: the supervisor.' })
  supervisor!: Account;

  @Field(() => GraphQLISODateTime, { description: '数据截至: the moment of the figures (now).' })
  asOf!: Date;

  @Field(() => Float, {
    nullable: true,
    description:
      "The team's median share submitted (0-1) over enumerators holding households; null for none.",
  })
  medianSubmittedShare!: number | null;

  @Field(() => [EnumeratorProgress], {
    description:
      "每个普查员: the supervisor's active enumerators whose small zones you see, by first small zone; behindPace " +
      'compares with the median of this team (docs/progress.md).',
  })
  members!: EnumeratorProgress[];
}

const REVIEWERS = [Role.SUPERVISOR, Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN] as const;

@Resolver(() => Household)
export class ReviewResolver {
  @Allow(...REVIEWERS)
  @Query(() => HouseholdConnection, {
    description:
      '审核队列: households at stage SUBMITTED in your zones, newest submission first, filtered. Forward pages only ' +
      '(first/after).',
  })
  async reviewQueue(
    @Arg('filter', () => ReviewQueueFilter, { nullable: true, description: 'Conditions; all when omitted.' })
    filter: ReviewQueueFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Page size, 0 to ${MAX_PAGE_SIZE} (default 50).`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last item of the previous page.',
    })
    after: string | null,
    @Ctx() context: CensusContext,
  ) {
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw codedError(
        'input.pageSize',
        { argument: 'first', min: 0, max: MAX_PAGE_SIZE, value: size },
        { code: 'BAD_USER_INPUT', argumentName: 'first', limit: MAX_PAGE_SIZE },
      );
    }
    const f = filter ?? {};
    const page = await context.services.review.queue(
      scopeOf(context.auth.principal),
      {
        zoneCode: f.zoneCode,
        enumeratorRowId: f.enumeratorId == null ? null : (rowIdOf(f.enumeratorId, 'Account') ?? '0'),
        submittedFrom: f.submittedFrom,
        submittedTo: f.submittedTo,
        registrationMethod: f.registrationMethod,
      },
      size,
      after ?? null,
    );
    for (const household of page.nodes) {
      context.loaders.householdById.prime(countyRowKey(household.countyCode, household.rowId), household);
    }
    return HouseholdConnection.of(page);
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: '上报时间: when the household was last submitted (短表上报); null if never.',
  })
  async submittedAt(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<Date | null> {
    const known = (household as Partial<QueuedHousehold>).submittedAt;
    if (known) return known;
    const events = await loaders.eventsByHousehold.load(countyRowKey(household.countyCode, household.rowId));
    const last = [...events].reverse().find((event) => event.toStage === HouseholdStage.SUBMITTED);
    return last?.at ?? null;
  }

  @Allow(...REVIEWERS)
  @Query(() => Team, {
    nullable: true,
    description:
      "团队: a supervisor's enumerators with their progress. A supervisor sees its own team (supervisorId omitted); " +
      'an office names a supervisor it may see. Null for an unknown or hidden supervisor.',
  })
  async team(
    @Arg('supervisorId', () => ID, {
      nullable: true,
      description: 'The supervisor; omitted for your own team.',
    })
    supervisorId: string | null,
    @Ctx() context: CensusContext,
  ): Promise<Team | null> {
    const staff = staffOf(context);
    let rowId: string | null;
    if (staff.role === Role.SUPERVISOR) {
      rowId = supervisorId == null ? staff.accountId : rowIdOf(supervisorId, 'Account');
      if (rowId !== staff.accountId) return null;
    } else {
      if (supervisorId == null)
        throw codedError(
          'team.supervisorRequired',
          {},
          { code: 'BAD_USER_INPUT', argumentName: 'supervisorId' },
        );
      rowId = rowIdOf(supervisorId, 'Account');
    }
    const supervisor = rowId === null ? null : await context.loaders.accountById.load(rowId);
    if (!supervisor || supervisor.role !== Role.SUPERVISOR) return null;
    const { median, members } = await context.services.review.team(staff.scope, supervisor.rowId);
    const accounts = await Promise.all(
      members.map((member) => context.loaders.accountById.load(member.accountRowId)),
    );
    members.forEach((member, i) => (member.account = accounts[i]));
    return Object.assign(new Team(), { supervisor, asOf: new Date(), medianSubmittedShare: median, members });
  }
}
