import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, Query, Resolver, Root } from 'type-graphql';

import type { MessageCode, MessageParams } from '@census/rules';
import { canonicalZoneCode, childLevel, ZONE_CODE_LENGTH, zoneLevelOfCode } from '@census/rules';

import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { connectionType, PageArgs } from '../common/connection';
import { DateScalar } from '../common/date-scalar';
import { pageOfList } from '../common/list-page';
import type { CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { MAX_DAILY_DAYS } from './progress.service';
import { DailyProgress, EnumeratorProgress, Progress, ProgressReport } from './progress.types';
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

/** How far in the past `asOf` may lie and still count as "now" (clock skew, slow clients). */
const AS_OF_TOLERANCE_MS = 5 * 60 * 1000;

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
    @Ctx() context: CensusContext,
  ): Promise<Progress | null> | null {
    const code = coveredZone(zoneCode, context);
    return code ? context.services.progress.progress(code) : null;
  }

  @Allow('STAFF')
  @Query(() => ProgressReport, {
    nullable: true,
    description:
      '进展情况汇报: the progress report of the zone in Chinese Markdown with its figures. Null when the zone does ' +
      'not exist or lies outside the zones you hold. This first version reports the present only: asOf may be ' +
      'omitted or "now" (up to 5 minutes in the past); an earlier asOf is rejected, because past figures cannot ' +
      'yet be rebuilt exactly.',
  })
  async progressReport(
    @Arg('zoneCode', { description: 'Zone code: canonical or the 12-digit padded official form.' })
    zoneCode: string,
    @Arg('asOf', () => GraphQLISODateTime, {
      nullable: true,
      description: 'Moment of the figures; only now is supported (omit it).',
    })
    asOf: Date | null,
    @Ctx() context: CensusContext,
  ): Promise<ProgressReport | null> {
    const now = new Date();
    if (asOf && asOf.getTime() < now.getTime() - AS_OF_TOLERANCE_MS) {
      throw badInput('progress.pastNotSupported');
    }
    const code = coveredZone(zoneCode, context);
    if (!code) return null;
    const [figures, zone] = await Promise.all([
      context.services.progress.progress(code),
      context.loaders.zoneByCode.load(code),
    ]);
    if (!figures || !zone) return null;
    const enumerators = await context.services.progress.enumerators(code, scopeOf(context.auth.principal));
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
        asOf: now,
        behindPace: accounts.map((account, i) => account?.name ?? `#${behind[i].accountRowId}`),
      }),
    );
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
    const level = zoneLevelOfCode(progress.zoneCode);
    const child = level && childLevel(level);
    if (!child) return [];
    return services.progress.figures(progress.zoneCode, true, ZONE_CODE_LENGTH[child]);
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
}
