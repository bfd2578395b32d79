import type { DataSource } from 'typeorm';

import { BEIJING_TIME_ZONE, canonicalZoneCode, countyKeyOf, paceOf, submittedShare } from '@census/rules';

import type { Scope } from '../auth/principal';
import { codedError } from '../common/coded-error';
import type { Page } from '../common/connection';
import type { RegistrationMethod } from '../common/enums';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { Household } from '../households/household.entity';
import { EnumeratorProgress } from '../progress/progress.types';

/** The review queue's conditions, checked (IDs resolved to row IDs). */
export interface QueueConditions {
  zoneCode?: string | null;
  /** Row ID of the enumerator account; '0' for an ID that names none (matches nothing). */
  enumeratorRowId?: string | null;
  /** Beijing days, inclusive. */
  submittedFrom?: string | null;
  submittedTo?: string | null;
  registrationMethod?: RegistrationMethod | null;
}

/** A household of the queue with the moment it was (last) submitted. */
export type QueuedHousehold = Household & { submittedAt: Date };

const dayStart = (d: string) => `(${d}::date::timestamp AT TIME ZONE '${BEIJING_TIME_ZONE}')`;

function encodeCursor(household: QueuedHousehold): string {
  return Buffer.from(
    JSON.stringify([household.submittedAt.toISOString(), household.countyCode, household.rowId]),
    'utf8',
  ).toString('base64url');
}

function decodeCursor(cursor: string): [string, string, string] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === 3 &&
      typeof values[0] === 'string' &&
      /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$/.test(values[0]) &&
      !Number.isNaN(Date.parse(values[0])) &&
      typeof values[1] === 'string' &&
      /^[0-9]{6}$/.test(values[1]) &&
      typeof values[2] === 'string' &&
      /^[0-9]{1,18}$/.test(values[2])
    )
      return values as [string, string, string];
  } catch {
    // fall through
  }
  throw codedError(
    'input.badCursor',
    { argument: 'after', value: cursor },
    { code: 'BAD_USER_INPUT', argumentName: 'after' },
  );
}

/**
 * 审核: the review queue and the supervisor's team. Both are scoped by the caller's scope in SQL and name the
 * counties they read (the scope's, or the zone filter's).
 */
export class ReviewService {
  constructor(private readonly db: DataSource) {}

  /**
   * Households at stage SUBMITTED in scope, newest submission first (the latest SUBMITTED event; a household
   * without one counts from its last change). One statement for the page, one for `totalCount` when asked.
   */
  async queue(
    scope: Scope,
    conditions: QueueConditions,
    first: number,
    after: string | null,
  ): Promise<Page<QueuedHousehold>> {
    const from = (params: SqlParams, withCursor: boolean) => {
      const where = [`t.stage = 'SUBMITTED'`, scope.condition('t.small_zone_code', params, 't.county_code')];
      // The one county the rows lie in, when known (the zone filter's or the scope's): the events' too.
      let county = scope.counties?.length === 1 ? scope.counties[0] : null;
      if (conditions.zoneCode != null) {
        const code = canonicalZoneCode(conditions.zoneCode);
        const zoneCounty = code === null ? null : countyKeyOf(code);
        if (zoneCounty !== null) where.push(`t.county_code = ${params.add(zoneCounty)}`);
        where.push(withinZone('t.small_zone_code', params.add(code ?? '-')));
        county = zoneCounty ?? county;
      }
      // The submission time is read only where it is used: the page's order and cursor, the day filters. Without
      // them the count reads the submitted households' index alone (household_submitted_idx).
      const needsAt = withCursor || conditions.submittedFrom != null || conditions.submittedTo != null;
      const eventCounty = county === null || !needsAt ? '' : `e.county_code = ${params.add(county)} AND `;
      if (conditions.enumeratorRowId != null) {
        // The small zones the enumerator holds (account_zone is reference data, not county-owned).
        where.push(
          `t.small_zone_code IN (SELECT az.zone_code FROM account_zone az
                                 WHERE az.account_id = ${params.add(conditions.enumeratorRowId)}::bigint)`,
        );
      }
      if (conditions.registrationMethod != null)
        where.push(`t.registration_method = ${params.add(conditions.registrationMethod)}`);
      if (conditions.submittedFrom != null)
        where.push(`s.at >= ${dayStart(params.add(conditions.submittedFrom))}`);
      if (conditions.submittedTo != null)
        where.push(`s.at < ${dayStart(params.add(conditions.submittedTo))} + interval '1 day'`);
      if (withCursor && after !== null) {
        const [at, county, id] = decodeCursor(after);
        where.push(
          `(s.at, t.county_code, t.id) < (${params.add(at)}::timestamptz, ${params.add(county)}, ${params.add(id)}::bigint)`,
        );
      }
      const submitted = needsAt
        ? `CROSS JOIN LATERAL (
           SELECT coalesce(max(e.at), t.updated_at) AS at FROM household_event e
            WHERE ${eventCounty}e.county_code = t.county_code AND e.household_id = t.id
              AND e.to_stage = 'SUBMITTED') s`
        : '';
      return `FROM household t ${submitted}
        WHERE ${where.join(' AND ')}`;
    };
    const params = new SqlParams();
    const sql = from(params, true);
    const rows = await query<Record<string, unknown> & { submittedAt: Date }>(
      this.db,
      `SELECT ${selectList(this.db, Household, 't')}, s.at AS "submittedAt" ${sql}
        ORDER BY s.at DESC, t.county_code DESC, t.id DESC LIMIT ${params.add(first + 1)}`,
      params.values,
    );
    const nodes = rows.slice(0, first).map((row) => {
      const household = hydrate(Household, row) as QueuedHousehold;
      household.submittedAt = new Date(row.submittedAt);
      return household;
    });
    return {
      nodes,
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      cursorOf: encodeCursor,
      count: async () => {
        const countParams = new SqlParams();
        const countSql = from(countParams, false);
        const [{ count }] = await query<{ count: number }>(
          this.db,
          `SELECT count(*)::int AS count ${countSql}`,
          countParams.values,
        );
        return count;
      },
    };
  }

  /**
   * 团队: one row per active enumerator of the supervisor whose small zones lie in the caller's scope, with the
   * roll-up's figures of those zones (one statement whatever the team's size), and behind pace decided against the
   * team's median share by the rule the zone's pace table uses (paceOf, docs/progress.md).
   */
  async team(
    scope: Scope,
    supervisorRowId: string,
  ): Promise<{ median: number | null; members: EnumeratorProgress[] }> {
    const params = new SqlParams();
    const supervisor = params.add(supervisorRowId);
    // The scope's counties name the partitions of the roll-up, events and visits (none for a cross-county scope).
    const county =
      scope.counties === null
        ? null
        : scope.counties.length === 1
          ? `= ${params.add(scope.counties[0])}`
          : `= ANY(${params.add([...scope.counties])}::text[])`;
    const counties = county === null ? '' : `r.county_code ${county} AND `;
    const eventCounties = county === null ? '' : `he.county_code ${county} AND `;
    const visitCounties = county === null ? '' : `v.county_code ${county} AND `;
    const rows = await query<{
      accountRowId: string;
      smallZones: string[];
      households: number;
      submitted: number;
      approved: number;
      returned: number;
      selfReported: number;
      lastActivityAt: Date | null;
    }>(
      this.db,
      `WITH e AS (
         SELECT a.id, array_agg(DISTINCT az.zone_code ORDER BY az.zone_code) AS zones
           FROM account a JOIN account_zone az ON az.account_id = a.id
          WHERE a.role = 'ENUMERATOR' AND a.active AND a.supervisor_id = ${supervisor}::bigint
            AND ${scope.condition('az.zone_code', params)}
          GROUP BY a.id
       ), f AS (
         SELECT e.id, e.zones, s.*,
                GREATEST(
                  (SELECT max(he.at) FROM unnest(e.zones) held(code)
                     JOIN household_event he ON ${eventCounties}${withinZone('he.small_zone_code', 'held.code')}
                                           AND he.actor_id = e.id),
                  (SELECT max(v.visited_at) FROM unnest(e.zones) held(code)
                     JOIN visit v ON ${visitCounties}${withinZone('v.small_zone_code', 'held.code')}
                                  AND v.enumerator_id = e.id)
                ) AS "lastActivityAt"
           FROM e CROSS JOIN LATERAL (
             SELECT coalesce(sum(r.households), 0)::int AS households,
                    coalesce(sum(r.submitted_households + r.approved_households), 0)::int AS submitted,
                    coalesce(sum(r.approved_households), 0)::int AS approved,
                    coalesce(sum(r.returned_households), 0)::int AS returned,
                    coalesce(sum(r.self_reported_households), 0)::int AS "selfReported"
               FROM unnest(e.zones) held(code)
               JOIN progress_rollup r ON ${counties}${withinZone('r.small_zone_code', 'held.code')}
           ) s
       )
       SELECT f.id::text AS "accountRowId", f.zones AS "smallZones", f.households, f.submitted, f.approved,
              f.returned, f."selfReported", f."lastActivityAt"
         FROM f
        ORDER BY f.zones[1], f.id`,
      params.values,
    );
    // Behind pace against the team, by the same rule as the zone's pace table (@census/rules, pace.ts).
    const { median, behind } = paceOf(rows);
    const members = rows.map((row, index) =>
      Object.assign(new EnumeratorProgress(), row, {
        account: null,
        submittedShare: submittedShare(row),
        behindPace: behind[index],
      }),
    );
    return { median, members };
  }
}
