import type { DataSource } from 'typeorm';

import { BEIJING_TIME_ZONE, countyKeyOf } from '@census/rules';

import type { Scope } from '../auth/principal';
import { query, SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import type { ProblemCategory } from '../problems/problem.enums';
import { type CategoryCount, DailyProgress, EnumeratorProgress, Progress } from './progress.types';

/** Most days `Progress.daily` answers at once. */
export const MAX_DAILY_DAYS = 62;

/** Enumerators with fewer households are never called behind pace. */
export const BEHIND_PACE_MIN_HOUSEHOLDS = 10;
/** Behind pace: share submitted below this fraction of the peers' median share. */
export const BEHIND_PACE_FRACTION = 0.5;

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

function toProgress(row: FigureRow): Progress {
  const progress = new Progress();
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

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Reads progress figures. Callers pass zones already checked against the scope: a zone the caller covers has
 * its whole subtree in scope, so the figures need no further filtering.
 */
export class ProgressService {
  constructor(private readonly db: DataSource) {}

  /**
   * ONE statement for the figures of `root` (groupLength = root.length) or of each of its direct children
   * (groupLength = the child code length): every source is grouped by the prefix `substr(code, 1, groupLength)`
   * of its zone code within the subtree range of `root` (nine digits for the townships directly under a city).
   */
  async figures(root: string, children: boolean, childLength: number): Promise<Progress[]> {
    const params = new SqlParams();
    const z = params.add(root);
    const len = params.add(children ? childLength : root.length);
    const county = countyTerm(root, params)();
    // A city's children are its counties and, in a city without counties (东莞 4419), its townships, whose codes
    // keep 00 as the county segment: those group by their nine digits.
    const key = (column: string) =>
      `substr(${column}, 1, CASE WHEN ${len}::int = 6 AND substr(${column}, 5, 2) = '00' THEN 9 ELSE ${len}::int END)`;
    const sums = Object.entries(ROLLUP_SUMS)
      .map(([alias, column]) => `coalesce(sum(${column}), 0)::int AS "${alias}"`)
      .join(', ');
    const picks = Object.keys(ROLLUP_SUMS)
      .map((alias) => `coalesce(r."${alias}", 0) AS "${alias}"`)
      .join(', ');
    const rows = await query<FigureRow>(
      this.db,
      `WITH g AS (
         SELECT code FROM zone WHERE ${children ? `parent_code = ${z}` : `code = ${z}`}
       ), r AS (
         SELECT ${key('small_zone_code')} AS code, ${sums}
           FROM progress_rollup WHERE ${county}${withinZone('small_zone_code', z)} GROUP BY 1
       ), zc AS (
         SELECT ${key('code')} AS code,
                count(*) FILTER (WHERE level = 'CENSUS_ZONE')::int AS census_zones,
                count(*) FILTER (WHERE level = 'SMALL_ZONE')::int AS small_zones
           FROM zone WHERE ${withinZone('code', z)} GROUP BY 1
       ), held AS (
         -- (group, account) for every active enumerator or supervisor holding a zone of the subtree, and for the
         -- active supervisor of every active enumerator holding one.
         SELECT ${key('az.zone_code')} AS code, a.id, a.role
           FROM account_zone az JOIN account a ON a.id = az.account_id AND a.active
          WHERE ${withinZone('az.zone_code', z)} AND a.role IN ('ENUMERATOR', 'SUPERVISOR')
         UNION
         SELECT ${key('az.zone_code')}, s.id, s.role
           FROM account_zone az
           JOIN account e ON e.id = az.account_id AND e.active AND e.role = 'ENUMERATOR'
           JOIN account s ON s.id = e.supervisor_id AND s.active AND s.role = 'SUPERVISOR'
          WHERE ${withinZone('az.zone_code', z)}
       ), acc AS (
         SELECT code, count(*) FILTER (WHERE role = 'ENUMERATOR')::int AS enumerators,
                count(*) FILTER (WHERE role = 'SUPERVISOR')::int AS supervisors
           FROM held GROUP BY code
       ), pr AS (
         SELECT code, json_agg(json_build_object('category', category, 'count', n) ORDER BY category) AS problems
           FROM (SELECT ${key('zone_code')} AS code, category, count(*)::int AS n
                   FROM problem WHERE ${county}${withinZone('zone_code', z)} AND status <> 'RESOLVED' GROUP BY 1, 2) c
          GROUP BY code
       ), rp AS (
         -- Live counts over the zone_code range (an index range of registry_person_zone_code_idx), not a rollup.
         SELECT ${key('zone_code')} AS code, count(*)::int AS persons,
                count(DISTINCT registry_household_number)::int AS households
           FROM registry_person WHERE ${county}${withinZone('zone_code', z)} GROUP BY 1
       )
       SELECT g.code AS "zoneCode", ${picks},
              coalesce(rp.households, 0) AS "registryHouseholds", coalesce(rp.persons, 0) AS "registryPersons",
              coalesce(zc.census_zones, 0) AS "censusZones", coalesce(zc.small_zones, 0) AS "smallZones",
              coalesce(acc.enumerators, 0) AS "enumerators", coalesce(acc.supervisors, 0) AS "supervisors",
              pr.problems
         FROM g LEFT JOIN r ON r.code = g.code LEFT JOIN zc ON zc.code = g.code
         LEFT JOIN acc ON acc.code = g.code LEFT JOIN pr ON pr.code = g.code
         LEFT JOIN rp ON rp.code = g.code
        ORDER BY g.code`,
      params.values,
    );
    return rows.map(toProgress);
  }

  async progress(root: string): Promise<Progress | null> {
    const [progress] = await this.figures(root, false, root.length);
    return progress ?? null;
  }

  /** Per enumerator holding zones of the subtree, in one statement; behind pace is decided against the peers. */
  async enumerators(root: string, scope: Scope): Promise<EnumeratorProgress[]> {
    const params = new SqlParams();
    const z = params.add(root);
    const county = countyTerm(root, params);
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
                                         AND he.actor_id = e.id),
                (SELECT max(v.visited_at) FROM unnest(e.zones) held(code)
                   JOIN visit v ON ${county('v.')}${withinZone('v.small_zone_code', 'held.code')}
                                AND v.enumerator_id = e.id)
              ) AS "lastActivityAt"
         FROM e CROSS JOIN LATERAL (
           SELECT coalesce(sum(r.households), 0)::int AS households,
                  coalesce(sum(r.submitted_households + r.approved_households), 0)::int AS submitted,
                  coalesce(sum(r.approved_households), 0)::int AS approved,
                  coalesce(sum(r.returned_households), 0)::int AS returned,
                  coalesce(sum(r.self_reported_households), 0)::int AS "selfReported"
             FROM unnest(e.zones) held(code)
             JOIN progress_rollup r ON ${county('r.')}${withinZone('r.small_zone_code', 'held.code')}
         ) f
        ORDER BY e.zones[1], e.id`,
      params.values,
    );
    const shares = rows.filter((r) => r.households > 0).map((r) => r.submitted / r.households);
    const peerMedian = shares.length ? median(shares) : 0;
    return rows.map((row) => {
      const item = Object.assign(new EnumeratorProgress(), row, { account: null });
      item.accountRowId = String(row.accountRowId);
      item.submittedShare = row.households ? row.submitted / row.households : 0;
      item.behindPace =
        row.households >= BEHIND_PACE_MIN_HOUSEHOLDS &&
        item.submittedShare < BEHIND_PACE_FRACTION * peerMedian;
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
}
