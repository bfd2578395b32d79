import { type GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { MAX_BIGINT } from '../common/global-id';
import { query, SqlParams } from '../common/sql';
import { type ChangeOperation, type ChangeType } from './change-log-entry.entity';

/** Days the change log keeps its entries (CHANGE_LOG_RETENTION_DAYS): a census runs about two months. */
export const DEFAULT_RETENTION_DAYS = 90;

/** Most changes one page may hold. */
export const MAX_CHANGES_PAGE = 1000;

/**
 * A position in the change feed: every entry at or before it has been delivered. Entries are ordered by
 * (txid, id): the writing transaction's ID, then the order in which the transaction wrote them.
 */
export interface FeedPosition {
  txid: bigint;
  id: bigint;
  /** The database incarnation the position was handed out in (1 for cursors of before incarnations). */
  incarnation?: number;
  /**
   * The county whose feed the position is in (a county reader's cursor, `chg3`); absent for a position in the
   * feed of every county (`chg1`, `chg2`). See "The change feed per county" in docs/integration.md.
   */
  county?: string;
  /**
   * A multi-county reader's cursor (`chg4`): its position in each county's feed. `txid` and `id` are then the
   * oldest of them.
   */
  counties?: ReadonlyMap<string, { txid: bigint; id: bigint }>;
}

export interface ChangeRow {
  id: string;
  txid: string;
  type: ChangeType;
  operation: ChangeOperation;
  entityKey: string;
  householdRowId: string | null;
  /** The county of the entity (county_key of zoneCode). */
  countyCode: string;
  zoneCode: string;
  version: number | null;
  recordedAt: Date;
}

/** A row of the feed statement: an entry (all null when there is none) and the feed's state. */
type FeedRow = ChangeRow & {
  horizon: string;
  prunedTxid: string | null;
  prunedId: string | null;
  incarnation: number | null;
  restoredTxid: string | null;
};

export interface ChangePage {
  changes: ChangeRow[];
  endCursor: string;
  hasMore: boolean;
}

/**
 * Cursors name the database incarnation too (`chg2`; `chg1` cursors are of the first incarnation), and a county
 * reader's cursor names its county (`chg3:<incarnation>:<county>:<txid>:<id>`).
 */
const CURSOR_PREFIX = 'chg2';
const COUNTY_CURSOR_PREFIX = 'chg3';
/** A multi-county reader's cursor: `chg4:<incarnation>:<county>.<txid>.<id>,<county>.<txid>.<id>...`. */
const VECTOR_CURSOR_PREFIX = 'chg4';
/** Most counties a vector cursor holds (an account holds a few counties at most). */
const MAX_CURSOR_COUNTIES = 40;

export function encodeCursor({ txid, id, county, counties }: FeedPosition, incarnation = 1): string {
  const text = counties
    ? `${VECTOR_CURSOR_PREFIX}:${incarnation}:${[...counties]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([code, at]) => `${code}.${at.txid}.${at.id}`)
        .join(',')}`
    : county
      ? `${COUNTY_CURSOR_PREFIX}:${incarnation}:${county}:${txid}:${id}`
      : `${CURSOR_PREFIX}:${incarnation}:${txid}:${id}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

function notACursor(): GraphQLError {
  return codedError('changes.badCursor', {}, { code: 'BAD_USER_INPUT', argumentName: 'after' });
}

/** A vector cursor's text after `chg4:`, or null when it is none. */
function decodeVector(text: string): FeedPosition | null {
  const match = /^chg4:([1-9][0-9]{0,8}):((?:[0-9]{6}\.[0-9]{1,19}\.[0-9]{1,19},?)+)$/.exec(text);
  if (!match || match[2].endsWith(',')) return null;
  const counties = new Map<string, { txid: bigint; id: bigint }>();
  for (const part of match[2].split(',')) {
    const [code, txid, id] = part.split('.');
    if (counties.has(code) || BigInt(txid) > MAX_BIGINT || BigInt(id) > MAX_BIGINT) return null;
    counties.set(code, { txid: BigInt(txid), id: BigInt(id) });
  }
  if (counties.size > MAX_CURSOR_COUNTIES) return null;
  const oldest = [...counties.values()].reduce((a, b) => (before(b, a) ? b : a));
  return { ...oldest, incarnation: Number(match[1]), counties };
}

/** Whether position `a` lies before `b` in (txid, id) order. */
function before(a: { txid: bigint; id: bigint }, b: { txid: bigint; id: bigint }): boolean {
  return a.txid < b.txid || (a.txid === b.txid && a.id < b.id);
}

/** The position a cursor names; throws BAD_USER_INPUT naming the argument for anything else. */
export function decodeCursor(cursor: string | null | undefined): FeedPosition {
  if (cursor === null || cursor === undefined || cursor === '') return { txid: 0n, id: 0n };
  const text = /^[A-Za-z0-9_-]{1,3000}$/.test(cursor)
    ? Buffer.from(cursor, 'base64url').toString('utf8')
    : '';
  if (text.startsWith(`${VECTOR_CURSOR_PREFIX}:`)) {
    const vector = decodeVector(text);
    if (!vector) throw notACursor();
    return vector;
  }
  const match =
    /^(?:chg1|chg2:([1-9][0-9]{0,8})|chg3:([1-9][0-9]{0,8}):([0-9]{6})):([0-9]{1,19}):([0-9]{1,19})$/.exec(
      text,
    );
  // Both parts are bigints in SQL: a larger number is no position the feed ever answered.
  if (!match || BigInt(match[4]) > MAX_BIGINT || BigInt(match[5]) > MAX_BIGINT) throw notACursor();
  const position: FeedPosition = {
    txid: BigInt(match[4]),
    id: BigInt(match[5]),
    incarnation: Number(match[1] ?? match[2] ?? 1),
  };
  if (match[3]) position.county = match[3];
  return position;
}

/**
 * The county whose feed a reader follows: its one county when every zone it holds lies in one county (a county
 * office, a township office, the county system); null for a reader across counties, which follows the feed of every
 * county it holds in one order (one database server; see docs/integration.md).
 */
export function feedCountyOf(scope: Scope): string | null {
  return scope.counties?.length === 1 ? scope.counties[0] : null;
}

function otherCounty(): GraphQLError {
  return codedError(
    'changes.otherCountyCursor',
    {},
    { code: 'BAD_USER_INPUT', reason: 'OTHER_COUNTY', argumentName: 'after' },
  );
}

/**
 * The position `after` names in the feed of `county` (null: the one order of every county). A global position
 * (`chg1`, `chg2`, the cursors handed out before the feed was per county) is also a position of each county's
 * feed: on one database server a county's entries are a subsequence of the one (txid, id) order; so is a county
 * cursor for a reader across counties. A county cursor only continues its own county's feed, and a vector cursor
 * only the feeds of its counties.
 */
function positionIn(after: FeedPosition, county: string | null): FeedPosition {
  if (after.counties) {
    const at = county === null ? undefined : after.counties.get(county);
    if (!at) throw otherCounty();
    return { ...at, incarnation: after.incarnation };
  }
  if (after.county === undefined || after.county === county || county === null) return after;
  throw otherCounty();
}

/** The position of a multi-county reader in each of its counties' feeds. */
function positionsIn(
  after: FeedPosition,
  counties: readonly string[],
): Map<string, { txid: bigint; id: bigint }> {
  return new Map(
    counties.map((county) => {
      if (after.counties) {
        const at = after.counties.get(county);
        if (!at) throw otherCounty();
        return [county, at];
      }
      return [county, { txid: after.txid, id: after.id }];
    }),
  );
}

/**
 * Whether a position of an earlier incarnation still holds after a restore: only when it lies within what the
 * backup held for sure (at or below the horizon when the backup began) and comes from the incarnation just before.
 */
function survivesRestore(
  after: FeedPosition,
  current: { incarnation: number; restoredTxid: string | null },
): boolean {
  const incarnation = after.incarnation ?? 1;
  if (incarnation === current.incarnation) return true;
  if (after.txid === 0n && after.id === 0n) return true; // the start of the feed
  return (
    incarnation === current.incarnation - 1 &&
    current.restoredTxid !== null &&
    after.txid <= BigInt(current.restoredTxid)
  );
}

/**
 * The change feed. Why a consumer sees every committed change exactly once, although transactions commit in
 * another order than they started writing:
 *
 * - The triggers stamp each entry with its transaction's ID (`pg_current_xact_id()`), assigned when the
 *   transaction first writes. Entries are delivered in (txid, id) order.
 * - A page only holds entries whose transaction is older than the oldest transaction still running
 *   (`pg_snapshot_xmin(pg_current_snapshot())`, the horizon). Such a transaction has ended: its entries are all
 *   visible (committed) or gone for good (rolled back), and no transaction can ever again write an entry with a
 *   txid below the horizon, since new transactions get higher IDs. So once the cursor passes a position, nothing
 *   can appear behind it.
 * - A plain sequence number would not do: a transaction that takes number 7 and commits after the one that took
 *   number 8 would be skipped by a reader that already moved past 8.
 *
 * The price: while a writing transaction stays open, entries of later transactions wait behind it (a long
 * import batch delays the feed by its duration). Read-only transactions (exports, reports) hold nothing back.
 */
export class ChangeFeedService {
  constructor(
    private readonly db: DataSource,
    /** How long entries are kept; pruneOld deletes older ones. */
    readonly retentionDays = DEFAULT_RETENTION_DAYS,
  ) {}

  async page(
    scope: Scope,
    after: FeedPosition,
    first: number,
    types: readonly ChangeType[] | null,
  ): Promise<ChangePage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) {
      throw codedError(
        'input.pageSize',
        { argument: 'first', min: 1, max: MAX_CHANGES_PAGE, value: first },
        { code: 'BAD_USER_INPUT', argumentName: 'first' },
      );
    }
    if (scope.counties !== null && scope.counties.length > 1)
      return this.vectorPage(scope, scope.counties, after, first, types);
    const county = feedCountyOf(scope);
    const at = positionIn(after, county);
    const params = new SqlParams();
    // A county reader reads its county's entries only (index change_log_county_position_idx), on the county's
    // node under Citus: its positions are of that node's transaction IDs.
    const inCounty = county === null ? '' : `c.county_code = ${params.add(county)} AND`;
    const txid = params.add(at.txid.toString());
    const id = params.add(at.id.toString());
    const typeFilter =
      types && types.length > 0 ? `AND c.type = ANY(${params.add(types)}::change_type[])` : '';
    const limit = params.add(first + 1);
    const rows = await query<FeedRow>(
      this.db,
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid)
       SELECT c.id, c.txid, c.type, c.operation, c.entity_key AS "entityKey", c.household_id AS "householdRowId",
              c.county_code AS "countyCode", c.zone_code AS "zoneCode", c.version, c.recorded_at AS "recordedAt", horizon.txid AS horizon,
              r.pruned_txid AS "prunedTxid", r.pruned_id AS "prunedId",
              f.incarnation, f.restored_txid AS "restoredTxid"
         FROM horizon
         LEFT JOIN change_log_retention r ON TRUE
         LEFT JOIN feed_incarnation f ON TRUE
         LEFT JOIN LATERAL (
           SELECT * FROM change_log c
            WHERE ${inCounty} (c.txid, c.id) > (${txid}::bigint, ${id}::bigint)
              AND c.txid < horizon.txid
              AND ${scope.condition('c.zone_code', params, 'c.county_code')}
              ${typeFilter}
            ORDER BY c.txid, c.id
            LIMIT ${limit}) c ON TRUE`,
      params.values,
    );
    const incarnation = this.checkStillKept(at, rows[0]);
    const horizon = BigInt(rows[0].horizon);
    const changes = rows.filter((row) => row.id !== null);
    const hasMore = changes.length > first;
    if (hasMore) changes.length = first;
    const last = changes.at(-1);
    let end: FeedPosition = last ? { txid: BigInt(last.txid), id: BigInt(last.id) } : at;
    // Everything below the horizon that matches has been returned: the next page may start at the horizon.
    if (!hasMore && horizon > end.txid) end = { txid: horizon, id: 0n };
    const endCursor = encodeCursor({ txid: end.txid, id: end.id, county: county ?? undefined }, incarnation);
    return { changes, endCursor, hasMore };
  }

  /**
   * A page for a reader of several counties (all known): each county's feed is read after its own position (one
   * statement, each county's part naming it), the entries are delivered county by county, and the cursor is the
   * vector of the positions reached. Each county's entries delivered are a prefix of its feed after its position,
   * so exactly-once holds per county, also when the counties' positions are of different nodes.
   */
  private async vectorPage(
    scope: Scope,
    counties: readonly string[],
    after: FeedPosition,
    first: number,
    types: readonly ChangeType[] | null,
  ): Promise<ChangePage> {
    const positions = positionsIn(after, counties);
    const params = new SqlParams();
    const codes = params.add([...positions.keys()]);
    const txids = params.add([...positions.values()].map((at) => at.txid.toString()));
    const ids = params.add([...positions.values()].map((at) => at.id.toString()));
    const typeFilter =
      types && types.length > 0 ? `AND c.type = ANY(${params.add(types)}::change_type[])` : '';
    const limit = params.add(first + 1);
    const rows = await query<FeedRow>(
      this.db,
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid)
       SELECT c.id, c.txid, c.type, c.operation, c.entity_key AS "entityKey", c.household_id AS "householdRowId",
              c.county_code AS "countyCode", c.zone_code AS "zoneCode", c.version, c.recorded_at AS "recordedAt",
              horizon.txid AS horizon, r.pruned_txid AS "prunedTxid", r.pruned_id AS "prunedId",
              f.incarnation, f.restored_txid AS "restoredTxid"
         FROM horizon
         LEFT JOIN change_log_retention r ON TRUE
         LEFT JOIN feed_incarnation f ON TRUE
         LEFT JOIN LATERAL (
           SELECT c.* FROM unnest(${codes}::text[], ${txids}::bigint[], ${ids}::bigint[]) AS pos(county, txid, id)
           CROSS JOIN LATERAL (
             SELECT * FROM change_log c
              WHERE c.county_code = pos.county AND (c.txid, c.id) > (pos.txid, pos.id)
                AND c.txid < horizon.txid
                AND ${scope.condition('c.zone_code', params, 'c.county_code')}
                ${typeFilter}
              ORDER BY c.txid, c.id
              LIMIT ${limit}) c
         ) c ON TRUE
        ORDER BY c.county_code, c.txid, c.id`,
      params.values,
    );
    const oldest = [...positions.values()].reduce((a, b) => (before(b, a) ? b : a));
    const incarnation = this.checkStillKept({ ...oldest, incarnation: after.incarnation }, rows[0]);
    const horizon = BigInt(rows[0].horizon);
    const fetched = rows.filter((row) => row.id !== null);
    const changes = fetched.slice(0, first);
    const hasMore = fetched.length > first;
    const end = new Map(positions);
    for (const county of positions.keys()) {
      const delivered = changes.filter((row) => row.countyCode === county);
      const all = fetched.filter((row) => row.countyCode === county);
      const last = delivered.at(-1);
      if (last) end.set(county, { txid: BigInt(last.txid), id: BigInt(last.id) });
      // Every entry of the county below the horizon was delivered: it may go on from the horizon.
      const at = end.get(county)!;
      if (delivered.length === all.length && all.length <= first && horizon > at.txid)
        end.set(county, { txid: horizon, id: 0n });
    }
    const endCursor = encodeCursor({ txid: 0n, id: 0n, counties: end }, incarnation);
    return { changes, endCursor, hasMore };
  }

  /**
   * Throws CURSOR_EXPIRED when the changes after `at` are no longer reliable (restored from a backup taken before
   * it) or no longer kept (pruned); answers the current incarnation.
   */
  private checkStillKept(at: FeedPosition, row: FeedRow): number {
    const { prunedTxid, prunedId } = row;
    const incarnation = { incarnation: row.incarnation ?? 1, restoredTxid: row.restoredTxid };
    if (!survivesRestore(at, incarnation)) {
      throw codedError(
        'changes.restored',
        {},
        { code: 'CURSOR_EXPIRED', reason: 'RESTORED', argumentName: 'after' },
      );
    }
    if (prunedTxid !== null && prunedId !== null) {
      const pruned = { txid: BigInt(prunedTxid), id: BigInt(prunedId) };
      if (before(at, pruned)) {
        throw codedError(
          'changes.retention',
          { days: this.retentionDays },
          { code: 'CURSOR_EXPIRED', reason: 'RETENTION', argumentName: 'after' },
        );
      }
    }
    return incarnation.incarnation;
  }

  /**
   * The current horizon as a cursor: a consumer starting here sees every change committed from now on. A county
   * reader's cursor names its county.
   */
  async currentCursor(scope: Scope): Promise<string> {
    return this.cursorAtHorizon(scope.counties);
  }

  /**
   * The current horizon as a cursor of the feed of `counties` (one county: its cursor; several: a vector cursor),
   * or of every county's feed (null).
   */
  async cursorAtHorizon(counties: readonly string[] | null): Promise<string> {
    const [row] = await query<{ txid: string; incarnation: number | null }>(
      this.db,
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid,
              (SELECT incarnation FROM feed_incarnation) AS incarnation`,
    );
    const at = { txid: BigInt(row.txid), id: 0n };
    const position: FeedPosition =
      counties === null || counties.length === 0
        ? at
        : counties.length === 1
          ? { ...at, county: counties[0] }
          : { ...at, counties: new Map(counties.map((county) => [county, at])) };
    return encodeCursor(position, row.incarnation ?? 1);
  }

  /**
   * Deletes the entries older than the retention, as a prefix of the feed order: the longest run of released
   * entries, from the start of the feed, that were all recorded before the cutoff (a cursor before its end then
   * answers CURSOR_EXPIRED). The first young or unreleased entry is found by walking the (txid, id) index from the
   * start, so a log with nothing old costs one index probe. One process at a time (advisory lock); answers the
   * number of entries deleted.
   */
  async pruneOld(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.retentionDays * 86_400_000);
    return this.db.transaction(async (tx) => {
      const [lock] = await query<{ locked: boolean }>(
        tx,
        `SELECT pg_try_advisory_xact_lock(hashtext('census change_log prune')) AS locked`,
      );
      if (!lock.locked) return 0;
      // The last entry before the first one that must stay (all entries, when none must stay). Two branches, and
      // the first one's bound as two scalar values: only then is the row comparison an index condition. With
      // `NOT EXISTS (…) OR (c.txid, c.id) < (SELECT …)` (or a join to keep) the backward walk read the whole log:
      // 15.4 million entries, 2.6-4.8 s, in the 10M-person scale run; now a few index pages.
      const [last] = await query<{ txid: string; id: string }>(
        tx,
        `WITH keep AS (
           SELECT txid, id FROM change_log
            WHERE recorded_at >= $1 OR txid >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            ORDER BY txid, id LIMIT 1)
         SELECT txid::text, id::text FROM (
           (SELECT c.txid, c.id FROM change_log c
             WHERE (c.txid, c.id) < ((SELECT txid FROM keep), (SELECT id FROM keep))
             ORDER BY c.txid DESC, c.id DESC LIMIT 1)
           UNION ALL
           (SELECT c.txid, c.id FROM change_log c WHERE NOT EXISTS (SELECT 1 FROM keep)
             ORDER BY c.txid DESC, c.id DESC LIMIT 1)) last`,
        [cutoff],
      );
      if (!last) return 0;
      const deleted = await query<{ n: number }>(
        tx,
        `WITH gone AS (DELETE FROM change_log WHERE (txid, id) <= ($1::bigint, $2::bigint) RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [last.txid, last.id],
      );
      await query(
        tx,
        `INSERT INTO change_log_retention (id, pruned_txid, pruned_id, pruned_at) VALUES (1, $1, $2, now())
         ON CONFLICT (id) DO UPDATE SET pruned_txid = excluded.pruned_txid, pruned_id = excluded.pruned_id,
                                        pruned_at = excluded.pruned_at`,
        [last.txid, last.id],
      );
      return deleted[0].n;
    });
  }
}
