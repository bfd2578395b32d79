import type { DataSource } from 'typeorm';

import {
  BEIJING_TIME_ZONE,
  beijingDayStart,
  childLevel,
  countRefusedItems,
  countyKeyOf,
  paceOf,
  submittedShare,
  ZONE_CODE_LENGTH,
  zoneLevelOfCode,
} from '@census/rules';

import type { Scope } from '../auth/principal';
import { countyMatch } from '../common/key-loader';
import { query, readQuery, SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import type { ProblemCategory } from '../problems/problem.enums';
import { type CategoryCount, DailyProgress, EnumeratorProgress, Progress, TrendDay } from './progress.types';

/** The code length of a zone's children, or null for a small zone (no children). */
export function childCodeLength(code: string): number | null {
  const level = zoneLevelOfCode(code);
  const child = level && childLevel(level);
  return child ? ZONE_CODE_LENGTH[child] : null;
}

/** Most days `Progress.daily` answers at once. */
export const MAX_DAILY_DAYS = 62;

/** Most days `Progress.trend` answers at once (about four months: a whole census registration period). */
export const MAX_TREND_DAYS = 120;

/** The Beijing day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Every Beijing day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push(day);
  return days;
}

/** SQL: the moment the Beijing day after the day parameter `d` starts (the end of day `d`). */
const dayEnd = (d: string) => `((${d}::date + 1)::timestamp AT TIME ZONE '${BEIJING_TIME_ZONE}')`;

/** The figures of a trend day, summed over small zones. */
const TREND_SUMS = `coalesce(sum(households), 0)::int AS households,
       coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
       coalesce(sum(persons), 0)::int AS persons,
       coalesce(sum(submitted_households + approved_households), 0)::int AS submitted,
       coalesce(sum(approved_households), 0)::int AS approved,
       coalesce(sum(self_reported_done_households), 0)::int AS "selfReported"`;

type TrendRow = Omit<TrendDay, 'date'> & { key: string; date: string };

/** Trend rows grouped by key, one item per day from `from` to `to` (zeros where no small zone had a row yet). */
export function trendDays(rows: TrendRow[], key: string, from: string, to: string): TrendDay[] {
  const byDate = new Map(rows.filter((row) => row.key === key).map((row) => [row.date, row]));
  return daysBetween(from, to).map((date) => {
    const row = byDate.get(date);
    return Object.assign(new TrendDay(), {
      date,
      households: row?.households ?? 0,
      enteredHouseholds: row?.enteredHouseholds ?? 0,
      persons: row?.persons ?? 0,
      submitted: row?.submitted ?? 0,
      approved: row?.approved ?? 0,
      selfReported: row?.selfReported ?? 0,
    });
  });
}

const ROLLUP_SUMS = {
  households: 'households',
  ordinaryHouseholds: 'ordinary_households',
  vacantHouseholds: 'vacant_households',
  awayHouseholds: 'away_households',
  deceasedHouseholds: 'deceased_households',
  submittedOnly: 'submitted_households',
  approvedHouseholds: 'approved_households',
  returnedHouseholds: 'returned_households',
  selfReportedHouseholds: 'self_reported_households',
  selfReportedSubmittedHouseholds: 'self_reported_done_households',
  enteredHouseholds: 'entered_households',
  residentHouseholds: 'resident_households',
  visitedHouseholds: 'visited_households',
  repeatedFailureHouseholds: 'repeated_failure_households',
  refusingHouseholds: 'refusing_households',
  enteredPersons: 'persons',
  enteredRegisteredPersons: 'registered_persons',
  residentPersons: 'resident_persons',
  livingAwayPersons: 'living_away_persons',
  floatingPersons: 'floating_persons',
  longFormHouseholds: 'long_form_households',
  longFormSubmittedHouseholds: 'long_form_submitted_households',
  longFormRefusedItems: 'long_form_refused_items',
} as const;

type FigureRow = Record<
  keyof typeof ROLLUP_SUMS | 'censusZones' | 'smallZones' | 'enumerators' | 'supervisors',
  number
> & {
  zoneCode: string;
  registryHouseholds: number;
  registryPersons: number;
  problems: { category: ProblemCategory; count: number }[] | null;
};

function toProgress(row: FigureRow, day: string | null): Progress {
  const progress = new Progress();
  progress.day = day;
  progress.asOf = day === null ? new Date() : beijingDayStart(nextDay(day));
  const submitted = row.submittedOnly + row.approvedHouseholds;
  Object.assign(progress, {
    zoneCode: row.zoneCode,
    registryHouseholds: row.registryHouseholds,
    registryPersons: row.registryPersons,
    residentHouseholds: row.residentHouseholds,
    residentPersons: row.residentPersons,
    enteredHouseholds: row.enteredHouseholds,
    enteredPersons: row.enteredPersons,
    enteredRegisteredPersons: row.enteredRegisteredPersons,
    enteredResidentPersons: row.residentPersons,
    ordinaryHouseholds: row.ordinaryHouseholds,
    vacantHouseholds: row.vacantHouseholds,
    awayHouseholds: row.awayHouseholds,
    deceasedHouseholds: row.deceasedHouseholds,
    selfReportedHouseholds: row.selfReportedHouseholds,
    selfReportedSubmittedHouseholds: row.selfReportedSubmittedHouseholds,
    selfReportRate:
      submitted === 0 ? null : Math.round((row.selfReportedSubmittedHouseholds / submitted) * 1000) / 10,
    submittedHouseholds: submitted,
    approvedHouseholds: row.approvedHouseholds,
    returnedHouseholds: row.returnedHouseholds,
    households: row.households,
    censusZones: row.censusZones,
    smallZones: row.smallZones,
    enumerators: row.enumerators,
    supervisors: row.supervisors,
    visitedHouseholds: row.visitedHouseholds,
    repeatedFailureHouseholds: row.repeatedFailureHouseholds,
    refusingHouseholds: row.refusingHouseholds,
    openProblemsByCategory: (row.problems ?? []) as CategoryCount[],
    livingAwayPersons: row.livingAwayPersons,
    floatingPersons: row.floatingPersons,
    longFormHouseholds: row.longFormHouseholds,
    longFormSubmittedHouseholds: row.longFormSubmittedHouseholds,
    longFormRefusedItems: row.longFormRefusedItems,
  } satisfies Partial<Progress>);
  return progress;
}

/**
 * `<alias>county_code = $n AND ` naming the county of `root` when it is a county or lies inside one, so that the
 * figures of a county-or-below zone read only that county's partition (its node under Citus); empty for a zone
 * above the county (a city, a province, the nation): those figures are the deliberate cross-county reads.
 */
function countyTerm(root: string, params: SqlParams): (alias?: string) => string {
  const county = countyKeyOf(root);
  const param = county === null ? null : params.add(county);
  return (alias = '') => (param === null ? '' : `${alias}county_code = ${param} AND `);
}

/**
 * Reads progress figures. Callers pass zones already checked against the scope: a zone the caller covers has
 * its whole subtree in scope, so the figures need no further filtering.
 */
export class ProgressService {
  constructor(private readonly db: DataSource) {}

  /**
   * Long-form refusals by item now in the subtree of each of `roots` (zones the caller covers), in ONE statement:
   * every long-form item listed for each root, 0 when none (countRefusedItems' keys). Counted on read from the rows
   * with refusals only (`long_form_refused > 0`, a partial index led by the county), in sampled households; the
   * roll-up keeps the totals (`longFormRefusedItems`) but not the items.
   */
  async longFormRefusals(
    roots: readonly string[],
  ): Promise<Map<string, { item: string; refused: number }[]>> {
    const params = new SqlParams();
    const zones = params.add([...new Set(roots)]);
    const counties = countyMatch(
      roots.map((root) => countyKeyOf(root)),
      params,
    );
    const county = (alias: string) => (counties ? `${alias}.county_code ${counties} AND ` : '');
    const rows = await query<{ root: string; item: string; refused: number }>(
      this.db,
      `SELECT z.root, r.item, count(*)::int AS refused
         FROM unnest(${zones}::text[]) AS z(root)
         JOIN LATERAL (
           SELECT 'household.' || e.key AS item
             FROM household h CROSS JOIN LATERAL jsonb_each(h.long_form) e
            WHERE ${county('h')}h.long_form_refused > 0 AND ${withinZone('h.small_zone_code', 'z.root')}
              AND h.long_form_sampled AND e.value ? 'refused'
           UNION ALL
           SELECT 'person.' || e.key
             FROM person p
             JOIN household h ON h.county_code = p.county_code AND h.id = p.household_id
            CROSS JOIN LATERAL jsonb_each(p.long_form) e
            WHERE ${county('p')}${county('h')}p.long_form_refused > 0
              AND ${withinZone('p.small_zone_code', 'z.root')} AND h.long_form_sampled AND e.value ? 'refused'
         ) r ON TRUE
        GROUP BY z.root, r.item`,
      params.values,
    );
    const items = Object.keys(countRefusedItems([]));
    return new Map(
      roots.map((root) => {
        const counted = new Map(
          rows.filter((row) => row.root === root).map((row) => [row.item, row.refused]),
        );
        return [root, items.map((item) => ({ item, refused: counted.get(item) ?? 0 }))];
      }),
    );
  }

  /**
   * ONE statement for the figures of `root` (groupLength = root.length) or of each of its direct children
   * (groupLength = the child code length): every source is grouped by the prefix `substr(code, 1, groupLength)`
   * of its zone code within the subtree range of `root` (nine digits for the townships directly under a city).
   */
  async figures(
    root: string,
    children: boolean,
    childLength: number,
    day: string | null = null,
  ): Promise<Progress[]> {
    return this.figureRows(root, children ? 'children' : 'root', childLength, day);
  }

  /**
   * The figures of `root` and of each of its direct children in ONE statement: every source is read once and
   * grouped twice (GROUPING SETS: by child, and as a whole), for a progress page that shows both. Null root when
   * the zone does not exist.
   */
  async figuresWithChildren(
    root: string,
    childLength: number,
    day: string | null = null,
  ): Promise<{ root: Progress | null; children: Progress[] }> {
    const rows = await this.figureRows(root, 'both', childLength, day);
    const [first, ...rest] = rows;
    return first?.zoneCode === root ? { root: first, children: rest } : { root: null, children: rows };
  }

  private async figureRows(
    root: string,
    shape: 'root' | 'children' | 'both',
    childLength: number,
    day: string | null,
  ): Promise<Progress[]> {
    const params = new SqlParams();
    const z = params.add(root);
    const len = shape === 'root' ? '' : params.add(childLength);
    const county = countyTerm(root, params)();
    // A past day: each small zone's latest daily row up to that day (its figures at the end of the day), and the
    // problems open at that moment; today: the live roll-up.
    const d = day === null ? null : params.add(day);
    const end = d === null ? null : dayEnd(d);
    const rollup =
      d === null
        ? `progress_rollup WHERE ${county}${withinZone('small_zone_code', z)}`
        : `(SELECT DISTINCT ON (county_code, small_zone_code) * FROM progress_daily
             WHERE ${county}${withinZone('small_zone_code', z)} AND day <= ${d}::date
             ORDER BY county_code, small_zone_code, day DESC) daily`;
    const open =
      end === null
        ? `status <> 'RESOLVED'`
        : `created_at < ${end} AND (resolved_at IS NULL OR resolved_at >= ${end})`;
    // The key `k` of a row: the root itself when only the root is asked (no key per row to compute: half of the
    // statement's time over a county's 3,800 small zones), else its child's code. A city's children are its
    // counties and, in a city without counties (东莞 4419), its townships, whose codes keep 00 as the county
    // segment: those group by their nine digits.
    const key = (column: string) =>
      shape === 'root'
        ? `${z}::text`
        : childLength === 6
          ? `substr(${column}, 1, CASE WHEN substr(${column}, 5, 2) = '00' THEN 9 ELSE ${len}::int END)`
          : `substr(${column}, 1, ${len}::int)`;
    // Grouping by `k`: each group's code and whether it is the root as a whole. With both, GROUPING SETS add the
    // whole subtree's group to the children's (a key equal to the root, from the root's own zone row, is not it).
    const both = shape === 'both';
    const grouped = both
      ? `CASE WHEN grouping(k) = 1 THEN ${z}::text ELSE k END AS code, grouping(k) = 1 AS whole`
      : `k AS code, ${shape === 'root'} AS whole`;
    const groupBy = (also = '') =>
      both ? `GROUPING SETS ((k${also ? `, ${also}` : ''}), (${also}))` : `k${also ? `, ${also}` : ''}`;
    const sums = Object.entries(ROLLUP_SUMS)
      .map(([alias, column]) => `coalesce(sum(${column}), 0)::int AS "${alias}"`)
      .join(', ');
    const picks = Object.keys(ROLLUP_SUMS)
      .map((alias) => `coalesce(r."${alias}", 0) AS "${alias}"`)
      .join(', ');
    const zones = {
      root: `SELECT code, true AS whole FROM zone WHERE code = ${z}`,
      children: `SELECT code, false AS whole FROM zone WHERE parent_code = ${z}`,
      both: `SELECT code, code = ${z} AS whole FROM zone WHERE code = ${z} OR parent_code = ${z}`,
    }[shape];
    const on = (alias: string) => `${alias}.code = g.code AND ${alias}.whole = g.whole`;
    // A prepared statement (its text depends only on the shape): dashboards ask the same figures over and over.
    const rows = await readQuery<FigureRow>(
      this.db,
      `WITH g AS (
         ${zones}
       ), r AS (
         SELECT ${grouped}, ${sums}
           FROM (SELECT ${key('small_zone_code')} AS k, * FROM ${rollup}) s GROUP BY ${groupBy()}
       ), zc AS (
         SELECT ${grouped},
                count(*) FILTER (WHERE level = 'CENSUS_ZONE')::int AS census_zones,
                count(*) FILTER (WHERE level = 'SMALL_ZONE')::int AS small_zones
           FROM (SELECT ${key('code')} AS k, level FROM zone WHERE ${withinZone('code', z)}) s
          GROUP BY ${groupBy()}
       ), held AS (
         -- (child, account) for every active enumerator or supervisor holding a zone of the subtree, and for the
         -- active supervisor of every active enumerator holding one.
         SELECT ${key('az.zone_code')} AS k, a.id, a.role
           FROM account_zone az JOIN account a ON a.id = az.account_id AND a.active
          WHERE ${withinZone('az.zone_code', z)} AND a.role IN ('ENUMERATOR', 'SUPERVISOR')
         UNION
         SELECT ${key('az.zone_code')}, s.id, s.role
           FROM account_zone az
           JOIN account e ON e.id = az.account_id AND e.active AND e.role = 'ENUMERATOR'
           JOIN account s ON s.id = e.supervisor_id AND s.active AND s.role = 'SUPERVISOR'
          WHERE ${withinZone('az.zone_code', z)}
       ), acc AS (
         -- Distinct accounts: one holding zones of two children counts once for the whole.
         SELECT ${grouped}, count(DISTINCT id) FILTER (WHERE role = 'ENUMERATOR')::int AS enumerators,
                count(DISTINCT id) FILTER (WHERE role = 'SUPERVISOR')::int AS supervisors
           FROM held GROUP BY ${groupBy()}
       ), pr AS (
         SELECT code, whole,
                json_agg(json_build_object('category', category, 'count', n) ORDER BY category) AS problems
           FROM (SELECT ${grouped}, category, count(*)::int AS n
                   FROM (SELECT ${key('zone_code')} AS k, category FROM problem
                          WHERE ${county}${withinZone('zone_code', z)} AND ${open}) s
                  GROUP BY ${groupBy('category')}) c
          GROUP BY code, whole
       ), rp AS (
         -- Live counts over the zone_code range (an index range of registry_person_zone_code_idx), not a rollup.
         SELECT ${grouped}, count(*)::int AS persons,
                count(DISTINCT registry_household_number)::int AS households
           FROM (SELECT ${key('zone_code')} AS k, registry_household_number FROM registry_person
                  WHERE ${county}${withinZone('zone_code', z)}) s
          GROUP BY ${groupBy()}
       )
       SELECT g.code AS "zoneCode", ${picks},
              coalesce(rp.households, 0) AS "registryHouseholds", coalesce(rp.persons, 0) AS "registryPersons",
              coalesce(zc.census_zones, 0) AS "censusZones", coalesce(zc.small_zones, 0) AS "smallZones",
              coalesce(acc.enumerators, 0) AS "enumerators", coalesce(acc.supervisors, 0) AS "supervisors",
              pr.problems
         FROM g LEFT JOIN r ON ${on('r')} LEFT JOIN zc ON ${on('zc')}
         LEFT JOIN acc ON ${on('acc')} LEFT JOIN pr ON ${on('pr')}
         LEFT JOIN rp ON ${on('rp')}
        ORDER BY g.whole DESC, g.code`,
      params.values,
    );
    return rows.map((row) => toProgress(row, day));
  }

  /** The figures of `root` now, or at the end of the past Beijing day `day`. */
  async progress(root: string, day: string | null = null): Promise<Progress | null> {
    const [progress] = await this.figures(root, false, root.length, day);
    return progress ?? null;
  }

  /** Per enumerator holding zones of the subtree, in one statement; behind pace is decided against the peers. */
  async enumerators(root: string, scope: Scope, day: string | null = null): Promise<EnumeratorProgress[]> {
    const params = new SqlParams();
    const z = params.add(root);
    const county = countyTerm(root, params);
    const d = day === null ? null : params.add(day);
    const before = (column: string) => (d === null ? '' : ` AND ${column} < ${dayEnd(d)}`);
    const rollup =
      d === null
        ? `progress_rollup r ON ${county('r.')}${withinZone('r.small_zone_code', 'held.code')}`
        : `LATERAL (SELECT DISTINCT ON (small_zone_code) * FROM progress_daily
                     WHERE ${county()}${withinZone('small_zone_code', 'held.code')} AND day <= ${d}::date
                     ORDER BY small_zone_code, day DESC) r ON TRUE`;
    const rows = await query<Omit<EnumeratorProgress, 'account' | 'submittedShare' | 'behindPace'>>(
      this.db,
      `WITH e AS (
         SELECT a.id, array_agg(DISTINCT az.zone_code ORDER BY az.zone_code) AS zones
           FROM account a JOIN account_zone az ON az.account_id = a.id
          WHERE a.role = 'ENUMERATOR' AND a.active AND ${withinZone('az.zone_code', z)}
            AND ${scope.condition('az.zone_code', params)}
          GROUP BY a.id
       )
       SELECT e.id AS "accountRowId", e.zones AS "smallZones", f.*,
              GREATEST(
                (SELECT max(he.at) FROM unnest(e.zones) held(code)
                   JOIN household_event he ON ${county('he.')}${withinZone('he.small_zone_code', 'held.code')}
                                         AND he.actor_id = e.id${before('he.at')}),
                (SELECT max(v.visited_at) FROM unnest(e.zones) held(code)
                   JOIN visit v ON ${county('v.')}${withinZone('v.small_zone_code', 'held.code')}
                                AND v.enumerator_id = e.id${before('v.visited_at')})
              ) AS "lastActivityAt"
         FROM e CROSS JOIN LATERAL (
           SELECT coalesce(sum(r.households), 0)::int AS households,
                  coalesce(sum(r.submitted_households + r.approved_households), 0)::int AS submitted,
                  coalesce(sum(r.approved_households), 0)::int AS approved,
                  coalesce(sum(r.returned_households), 0)::int AS returned,
                  coalesce(sum(r.self_reported_households), 0)::int AS "selfReported"
             FROM unnest(e.zones) held(code)
             JOIN ${rollup}
         ) f
        ORDER BY e.zones[1], e.id`,
      params.values,
    );
    // Behind pace against the enumerators of the subtree, by the same rule as the team page.
    const { behind } = paceOf(rows);
    return rows.map((row, index) => {
      const item = Object.assign(new EnumeratorProgress(), row, { account: null });
      item.accountRowId = String(row.accountRowId);
      item.submittedShare = submittedShare(row);
      item.behindPace = behind[index];
      return item;
    });
  }

  /** Per Beijing-time day from `from` to `to` (inclusive), in one statement. */
  async daily(root: string, from: string, to: string): Promise<DailyProgress[]> {
    const params = new SqlParams();
    const z = params.add(root);
    const f = params.add(from);
    const t = params.add(to);
    const county = countyTerm(root, params)();
    const end = `((${t}::date + 1)::timestamp AT TIME ZONE '${BEIJING_TIME_ZONE}')`;
    const start = `(${f}::date::timestamp AT TIME ZONE '${BEIJING_TIME_ZONE}')`;
    const day = (column: string) => `(${column} AT TIME ZONE '${BEIJING_TIME_ZONE}')::date`;
    const rows = await query<DailyProgress>(
      this.db,
      `WITH days AS (
         SELECT d::date AS day FROM generate_series(${f}::date, ${t}::date, interval '1 day') d
       ), ev AS (
         SELECT ${day('at')} AS day, household_id, to_stage, by_resident
           FROM household_event WHERE ${county}${withinZone('small_zone_code', z)} AND at < ${end}
       ), first_submit AS (
         SELECT household_id, min(day) AS day FROM ev WHERE to_stage = 'SUBMITTED' GROUP BY household_id
       ), per_day AS (
         SELECT day,
                count(DISTINCT household_id) FILTER (WHERE to_stage = 'SUBMITTED')::int AS submitted,
                count(DISTINCT household_id) FILTER (WHERE to_stage = 'APPROVED')::int AS approved,
                count(DISTINCT household_id) FILTER (WHERE to_stage = 'SUBMITTED' AND by_resident)::int AS self_reported
           FROM ev WHERE day >= ${f}::date GROUP BY day
       ), visits AS (
         SELECT ${day('visited_at')} AS day, count(*)::int AS visits
           FROM visit WHERE ${county}${withinZone('small_zone_code', z)} AND visited_at >= ${start} AND visited_at < ${end}
          GROUP BY 1
       )
       SELECT to_char(days.day, 'YYYY-MM-DD') AS date,
              coalesce(per_day.submitted, 0) AS submitted,
              (SELECT count(*)::int FROM first_submit WHERE first_submit.day <= days.day) AS "submittedCumulative",
              coalesce(per_day.approved, 0) AS approved,
              coalesce(per_day.self_reported, 0) AS "selfReported",
              coalesce(visits.visits, 0) AS visits
         FROM days LEFT JOIN per_day USING (day) LEFT JOIN visits USING (day)
        ORDER BY days.day`,
      params.values,
    );
    return rows.map((row) => Object.assign(new DailyProgress(), row));
  }

  /**
   * The daily figures of the small zones of `root` from `from` to `to` (Beijing days): per day, each small zone's
   * latest progress_daily row up to that day, summed by `key` (an SQL expression over `live`, the spans joined with
   * the days, or over what `join` adds). One statement, whatever the number of days or groups.
   */
  private async trendRows(
    root: string,
    from: string,
    to: string,
    build: (params: SqlParams, z: string) => { with?: string; join?: string; key: string },
  ): Promise<TrendRow[]> {
    const params = new SqlParams();
    const z = params.add(root);
    const f = params.add(from);
    const t = params.add(to);
    const county = countyTerm(root, params)();
    const group = build(params, z);
    return query<TrendRow>(
      this.db,
      `WITH spans AS (
         SELECT small_zone_code, day AS since,
                lead(day) OVER (PARTITION BY county_code, small_zone_code ORDER BY day) AS until,
                households, entered_households, persons, submitted_households, approved_households,
                self_reported_done_households
           FROM progress_daily WHERE ${county}${withinZone('small_zone_code', z)} AND day <= ${t}::date
       ), live AS (
         -- Each row on the days of the range it holds for (from its day to the day before the next row).
         SELECT d::date AS day, spans.* FROM spans
          CROSS JOIN LATERAL generate_series(greatest(spans.since, ${f}::date),
                                             least(coalesce(spans.until - 1, ${t}::date), ${t}::date),
                                             interval '1 day') d
       )${group.with ? `, ${group.with}` : ''}
       SELECT ${group.key} AS key, to_char(live.day, 'YYYY-MM-DD') AS date, ${TREND_SUMS}
         FROM live ${group.join ?? ''}
        GROUP BY 1, live.day ORDER BY 1, live.day`,
      params.values,
    );
  }

  /** 趋势: the zone's figures on each day from `from` to `to`. */
  async trend(root: string, from: string, to: string): Promise<TrendDay[]> {
    const rows = await this.trendRows(root, from, to, (_params, z) => ({ key: `${z}::text` }));
    return trendDays(rows, root, from, to);
  }

  /** 下级趋势: each direct child zone's figures on each day (ordered by code), in one statement. */
  async childTrends(
    root: string,
    childLength: number,
    from: string,
    to: string,
  ): Promise<{ zoneCode: string; days: TrendDay[] }[]> {
    const rows = await this.trendRows(root, from, to, (params, z) => {
      const len = params.add(childLength);
      // As in `figures`: a city's townships without a county keep 00 as the county segment (nine digits).
      const key = `substr(live.small_zone_code, 1, CASE WHEN ${len}::int = 6 AND substr(live.small_zone_code, 5, 2) = '00' THEN 9 ELSE ${len}::int END)`;
      return {
        with: `g AS (SELECT code FROM zone WHERE parent_code = ${z})`,
        join: `JOIN g ON g.code = ${key}`,
        key: 'g.code',
      };
    });
    const childCodes = await this.childCodes(root);
    return childCodes.map((zoneCode) => ({ zoneCode, days: trendDays(rows, zoneCode, from, to) }));
  }

  private async childCodes(root: string): Promise<string[]> {
    const rows = await query<{ code: string }>(
      this.db,
      'SELECT code FROM zone WHERE parent_code = $1 ORDER BY code',
      [root],
    );
    return rows.map((row) => row.code);
  }

  /**
   * 普查员趋势: for each active enumerator holding zones of the subtree (in the caller's scope), the figures of
   * the zones held now on each day. Assignments keep no history: a zone handed over counts for its present holder.
   */
  async enumeratorTrends(
    root: string,
    scope: Scope,
    from: string,
    to: string,
  ): Promise<{ accountRowId: string; smallZones: string[]; days: TrendDay[] }[]> {
    const rows = await this.trendRows(root, from, to, (params, z) => ({
      with: `e AS (
         SELECT a.id, array_agg(DISTINCT az.zone_code ORDER BY az.zone_code) AS zones
           FROM account a JOIN account_zone az ON az.account_id = a.id
          WHERE a.role = 'ENUMERATOR' AND a.active AND ${withinZone('az.zone_code', z)}
            AND ${scope.condition('az.zone_code', params)}
          GROUP BY a.id
       )`,
      join: `JOIN (SELECT e.id, held.code FROM e CROSS JOIN LATERAL unnest(e.zones) held(code)) eh
               ON ${withinZone('live.small_zone_code', 'eh.code')}`,
      key: 'eh.id::text',
    }));
    const held = await this.heldZones(root, scope);
    return held.map(({ id, zones }) => ({
      accountRowId: id,
      smallZones: zones,
      days: trendDays(rows, id, from, to),
    }));
  }

  private async heldZones(root: string, scope: Scope): Promise<{ id: string; zones: string[] }[]> {
    const params = new SqlParams();
    const z = params.add(root);
    return query<{ id: string; zones: string[] }>(
      this.db,
      `SELECT a.id::text AS id, array_agg(DISTINCT az.zone_code ORDER BY az.zone_code) AS zones
         FROM account a JOIN account_zone az ON az.account_id = a.id
        WHERE a.role = 'ENUMERATOR' AND a.active AND ${withinZone('az.zone_code', z)}
          AND ${scope.condition('az.zone_code', params)}
        GROUP BY a.id ORDER BY min(az.zone_code), a.id`,
      params.values,
    );
  }
}
