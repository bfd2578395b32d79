import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, Info, Query, Resolver, Root } from 'type-graphql';

import type { MessageCode, MessageParams } from '@census/rules';
import { beijingDay, canonicalZoneCode } from '@census/rules';

import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { connectionType, PageArgs } from '../common/connection';
import { DateScalar } from '../common/date-scalar';
import { pageOfList } from '../common/list-page';
import { selectsField } from '../common/selection';
import { LongFormRefusalCount } from '../long-form/long-form.types';
import type { CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { childCodeLength, MAX_DAILY_DAYS, MAX_TREND_DAYS } from './progress.service';
import {
  DailyProgress,
  EnumeratorProgress,
  EnumeratorTrend,
  Progress,
  ProgressReport,
  ProgressTrend,
  TrendDay,
  ZoneTrend,
} from './progress.types';
import { assembleReport } from './report-assembly';

export const EnumeratorProgressConnection = connectionType(
  EnumeratorProgress,
  'EnumeratorProgress',
  'A page of enumerator progress, ordered by first zone held.',
);

/** Enumerator progress is ordered by first zone, then account: the cursor is that pair. */
const enumeratorKey = (row: EnumeratorProgress) => [row.smallZones[0] ?? '', row.accountRowId];
function compareEnumerators([zoneA, idA]: string[], [zoneB, idB]: string[]): number {
  if (zoneA !== zoneB) return zoneA < zoneB ? -1 : 1;
  const [a, b] = [
    BigInt(/^[0-9]{1,19}$/.test(idA) ? idA : '0'),
    BigInt(/^[0-9]{1,19}$/.test(idB) ? idB : '0'),
  ];
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The canonical code of a zone the caller covers (its whole subtree is in scope), or null. */
function coveredZone(input: string, context: CensusContext): string | null {
  const code = canonicalZoneCode(input);
  return code && scopeOf(context.auth.principal).covers(code) ? code : null;
}

const badInput = (messageCode: MessageCode, params: MessageParams = {}) =>
  codedError(messageCode, params, { code: 'BAD_USER_INPUT' });

/** The past Beijing day `day` stands for, or null for today or a later day (the figures of now). */
function pastDay(day: string | null | undefined): string | null {
  return day && day < beijingDay(new Date()) ? day : null;
}

@Resolver(() => Progress)
export class ProgressResolver {
  @Allow('STAFF')
  @Query(() => Progress, {
    nullable: true,
    description:
      '进展情况: progress figures of the zone and everything below it. Null when the zone does not exist or lies ' +
      'outside the zones you hold (the two are indistinguishable).',
  })
  progress(
    @Arg('zoneCode', { description: 'Zone code: canonical or the 12-digit padded official form.' })
    zoneCode: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description:
        '数据截至: a Beijing day (YYYY-MM-DD): the figures at the end of that day, exact from the daily snapshots ' +
        '(docs/progress.md). Omitted, today or a later day: the figures now.',
    })
    asOf: string | null,
    @Ctx() context: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Progress | null> | null {
    const code = coveredZone(zoneCode, context);
    if (!code) return null;
    const childLength = childCodeLength(code);
    // A page showing the zone with its children reads both in one statement.
    if (childLength !== null && selectsField(info, 'children')) {
      return context.services.progress
        .figuresWithChildren(code, childLength, pastDay(asOf))
        .then(({ root, children }) => root && Object.assign(root, { childFigures: children }));
    }
    return context.services.progress.progress(code, pastDay(asOf));
  }

  @Allow('STAFF')
  @Query(() => ProgressReport, {
    nullable: true,
    description:
      '进展情况汇报: the progress report of the zone in Chinese Markdown with its figures. Null when the zone does ' +
      'not exist or lies outside the zones you hold. asOf in a past Beijing day reports the figures at the end of ' +
      'that day (exact, from the daily snapshots); omitted, today or later: now.',
  })
  async progressReport(
    @Arg('zoneCode', { description: 'Zone code: canonical or the 12-digit padded official form.' })
    zoneCode: string,
    @Arg('asOf', () => GraphQLISODateTime, {
      nullable: true,
      description:
        'A moment of the day to report: a moment of a past Beijing day gives the figures at the end of that day; ' +
        'omitted, today or later: now.',
    })
    asOf: Date | null,
    @Ctx() context: CensusContext,
  ): Promise<ProgressReport | null> {
    const day = pastDay(asOf ? beijingDay(asOf) : null);
    const code = coveredZone(zoneCode, context);
    if (!code) return null;
    const [figures, zone] = await Promise.all([
      context.services.progress.progress(code, day),
      context.loaders.zoneByCode.load(code),
    ]);
    if (!figures || !zone) return null;
    const enumerators = await context.services.progress.enumerators(
      code,
      scopeOf(context.auth.principal),
      day,
    );
    const behind = enumerators.filter((e) => e.behindPace);
    const accounts = await Promise.all(behind.map((e) => context.loaders.accountById.load(e.accountRowId)));
    const report = new ProgressReport();
    report.zone = zone;
    report.figures = figures;
    return Object.assign(
      report,
      await assembleReport(context, {
        zone,
        figures,
        asOf: figures.asOf,
        behindPace: accounts.map((account, i) => account?.name ?? `#${behind[i].accountRowId}`),
      }),
    );
  }

  @FieldResolver(() => [LongFormRefusalCount], {
    description:
      '长表拒答 by item: every long-form item with its refusals in the sampled households of the subtree, as of now ' +
      '(also for a past day: no history is kept by item). One statement for every zone of the request.',
  })
  longFormRefusals(
    @Root() progress: Progress,
    @Ctx() { loaders }: CensusContext,
  ): Promise<LongFormRefusalCount[]> {
    return loaders.longFormRefusals.load(progress.zoneCode);
  }

  @FieldResolver(() => Zone, { nullable: true, description: 'The zone the figures are about.' })
  zone(@Root() progress: Progress, @Ctx() { loaders }: CensusContext): Promise<Zone | null> {
    return loaders.zoneByCode.load(progress.zoneCode);
  }

  @FieldResolver(() => [Progress], {
    description:
      '下级进度: the figures of each direct child zone (all in your scope), ordered by code; read in one statement. ' +
      'A plain list, bounded by the code structure (at most 999 children, a few dozen in practice: 34 provinces, ' +
      'the cities of a province, the small zones of a village).',
  })
  async children(@Root() progress: Progress, @Ctx() { services }: CensusContext): Promise<Progress[]> {
    if (progress.childFigures) return progress.childFigures;
    const childLength = childCodeLength(progress.zoneCode);
    if (childLength === null) return [];
    return services.progress.figures(progress.zoneCode, true, childLength, progress.day);
  }

  @FieldResolver(() => [EnumeratorProgress], {
    description:
      '普查员进度 (named enumeratorProgress because the figure `enumerators` is the count): each active enumerator holding zones in the subtree, ordered by first zone; peers for ' +
      'behindPace are the enumerators of this list.',
    deprecationReason:
      'Use `enumeratorProgressConnection`: the same rows a page at a time (a province holds thousands of enumerators).',
  })
  async enumeratorProgress(
    @Root() progress: Progress,
    @Ctx() context: CensusContext,
  ): Promise<EnumeratorProgress[]> {
    return this.enumeratorRows(progress, context);
  }

  @FieldResolver(() => EnumeratorProgressConnection, {
    description:
      '普查员进度: each active enumerator holding zones in the subtree, ordered by first zone, a page at a time; ' +
      'behindPace compares with all enumerators of the subtree, not only those of the page. The figures are ' +
      'computed for the whole subtree in one statement, the page is cut from them.',
  })
  async enumeratorProgressConnection(
    @Root() progress: Progress,
    @Args() page: PageArgs,
    @Ctx() context: CensusContext,
  ) {
    const rows = await context.services.progress.enumerators(
      progress.zoneCode,
      scopeOf(context.auth.principal),
      progress.day,
    );
    const paged = pageOfList(rows, page, enumeratorKey, compareEnumerators);
    const accounts = await Promise.all(
      paged.nodes.map((row) => context.loaders.accountById.load(row.accountRowId)),
    );
    paged.nodes.forEach((row, i) => (row.account = accounts[i]));
    return EnumeratorProgressConnection.of(paged);
  }

  private async enumeratorRows(progress: Progress, context: CensusContext): Promise<EnumeratorProgress[]> {
    const rows = await context.services.progress.enumerators(
      progress.zoneCode,
      scopeOf(context.auth.principal),
      progress.day,
    );
    const accounts = await Promise.all(rows.map((row) => context.loaders.accountById.load(row.accountRowId)));
    rows.forEach((row, i) => (row.account = accounts[i]));
    return rows;
  }

  @FieldResolver(() => [DailyProgress], {
    description: `每日进度: one item per calendar day (Beijing time) from \`from\` to \`to\`, at most ${MAX_DAILY_DAYS} days.`,
  })
  daily(
    @Root() progress: Progress,
    @Arg('from', () => DateScalar, { description: 'First day (YYYY-MM-DD, Beijing time).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day, included (YYYY-MM-DD, Beijing time).' })
    to: string,
    @Ctx() { services }: CensusContext,
  ): Promise<DailyProgress[]> {
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days < 1) throw badInput('progress.rangeReversed');
    if (days > MAX_DAILY_DAYS) throw badInput('progress.rangeTooLong', { max: MAX_DAILY_DAYS });
    return services.progress.daily(progress.zoneCode, from, to);
  }

  @FieldResolver(() => ProgressTrend, {
    description: `进度趋势: the figures at the end of each Beijing day from \`from\` to \`to\` (at most ${MAX_TREND_DAYS} days; days after today are left out), for the zone, its child zones and its enumerators.`,
  })
  trend(
    @Root() progress: Progress,
    @Arg('from', () => DateScalar, { description: 'First day (YYYY-MM-DD, Beijing time).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day, included (YYYY-MM-DD, Beijing time).' })
    to: string,
  ): ProgressTrend {
    if (to < from)
      throw codedError(
        'progress.trendReversed',
        { from, to },
        { code: 'BAD_USER_INPUT', reason: 'TREND_REVERSED' },
      );
    // Days after today have no figures yet: the range ends today at the latest.
    const today = beijingDay(new Date());
    const last = to > today && from <= today ? today : to;
    const days = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_TREND_DAYS) {
      throw codedError(
        'progress.trendTooLong',
        { days, max: MAX_TREND_DAYS },
        { code: 'BAD_USER_INPUT', reason: 'TREND_TOO_LONG' },
      );
    }
    const trend = new ProgressTrend();
    trend.zoneCode = progress.zoneCode;
    trend.from = from;
    trend.to = last;
    return trend;
  }
}

/** The days of a trend: each field one statement, whatever the number of days, child zones or enumerators. */
@Resolver(() => ProgressTrend)
export class ProgressTrendResolver {
  @FieldResolver(() => [TrendDay], { description: 'The zone itself: one item per day.' })
  days(@Root() trend: ProgressTrend, @Ctx() { services }: CensusContext): Promise<TrendDay[]> {
    return services.progress.trend(trend.zoneCode, trend.from, trend.to);
  }

  @FieldResolver(() => [ZoneTrend], {
    description: '下级趋势: each direct child zone (a county page: its townships), ordered by code.',
  })
  async children(@Root() trend: ProgressTrend, @Ctx() { services }: CensusContext): Promise<ZoneTrend[]> {
    const childLength = childCodeLength(trend.zoneCode);
    if (childLength === null) return [];
    const rows = await services.progress.childTrends(trend.zoneCode, childLength, trend.from, trend.to);
    return rows.map((row) => Object.assign(new ZoneTrend(), row));
  }

  @FieldResolver(() => [EnumeratorTrend], {
    description:
      '普查员趋势: each active enumerator holding zones in the subtree (a township page), ordered by first zone; ' +
      'the zones they hold now, on every day of the range.',
  })
  async enumerators(@Root() trend: ProgressTrend, @Ctx() context: CensusContext): Promise<EnumeratorTrend[]> {
    const rows = await context.services.progress.enumeratorTrends(
      trend.zoneCode,
      scopeOf(context.auth.principal),
      trend.from,
      trend.to,
    );
    const accounts = await Promise.all(rows.map((row) => context.loaders.accountById.load(row.accountRowId)));
    return rows.map((row, i) => Object.assign(new EnumeratorTrend(), row, { account: accounts[i] }));
  }
}

@Resolver(() => ZoneTrend)
export class ZoneTrendResolver {
  @FieldResolver(() => Zone, { nullable: true, description: 'The child zone (batched).' })
  zone(@Root() trend: ZoneTrend, @Ctx() { loaders }: CensusContext): Promise<Zone | null> {
    return loaders.zoneByCode.load(trend.zoneCode);
  }
}
