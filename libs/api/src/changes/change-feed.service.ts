import { GraphQLError } from 'graphql';
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
}

export interface ChangeRow {
  id: string;
  txid: string;
  type: ChangeType;
  operation: ChangeOperation;
  entityKey: string;
  householdRowId: string | null;
  zoneCode: string;
  version: number | null;
  recordedAt: Date;
}

export interface ChangePage {
  changes: ChangeRow[];
  endCursor: string;
  hasMore: boolean;
}

/** Cursors name the database incarnation too (`chg2`); `chg1` cursors are of the first incarnation. */
const CURSOR_PREFIX = 'chg2';

export function encodeCursor({ txid, id }: FeedPosition, incarnation = 1): string {
  return Buffer.from(`${CURSOR_PREFIX}:${incarnation}:${txid}:${id}`, 'utf8').toString('base64url');
}

/** The position a cursor names; throws BAD_USER_INPUT naming the argument for anything else. */
export function decodeCursor(cursor: string | null | undefined): FeedPosition {
  if (cursor === null || cursor === undefined || cursor === '') return { txid: 0n, id: 0n };
  const text = /^[A-Za-z0-9_-]{1,100}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^(?:chg1|chg2:([1-9][0-9]{0,8})):([0-9]{1,19}):([0-9]{1,19})$/.exec(text);
  // Both parts are bigints in SQL: a larger number is no position the feed ever answered.
  if (!match || BigInt(match[2]) > MAX_BIGINT || BigInt(match[3]) > MAX_BIGINT) {
    throw new GraphQLError(
      '参数 after 不是变更流的游标，请传入变更流返回的 endCursor。 ' +
        'Argument "after" is not a change-feed cursor: pass an endCursor the feed returned.',
      {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
      },
    );
  }
  return { txid: BigInt(match[2]), id: BigInt(match[3]), incarnation: Number(match[1] ?? 1) };
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
      throw new GraphQLError(`Argument "first" must be between 1 and ${MAX_CHANGES_PAGE}; got ${first}.`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
      });
    }
    const params = new SqlParams();
    const txid = params.add(after.txid.toString());
    const id = params.add(after.id.toString());
    const typeFilter =
      types && types.length > 0 ? `AND c.type = ANY(${params.add(types)}::change_type[])` : '';
    const limit = params.add(first + 1);
    const rows = await query<
      ChangeRow & {
        horizon: string;
        prunedTxid: string | null;
        prunedId: string | null;
        incarnation: number | null;
        restoredTxid: string | null;
      }
    >(
      this.db,
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid)
       SELECT c.id, c.txid, c.type, c.operation, c.entity_key AS "entityKey", c.household_id AS "householdRowId",
              c.zone_code AS "zoneCode", c.version, c.recorded_at AS "recordedAt", horizon.txid AS horizon,
              r.pruned_txid AS "prunedTxid", r.pruned_id AS "prunedId",
              f.incarnation, f.restored_txid AS "restoredTxid"
         FROM horizon
         LEFT JOIN change_log_retention r ON TRUE
         LEFT JOIN feed_incarnation f ON TRUE
         LEFT JOIN LATERAL (
           SELECT * FROM change_log c
            WHERE (c.txid, c.id) > (${txid}::bigint, ${id}::bigint)
              AND c.txid < horizon.txid
              AND ${scope.condition('c.zone_code', params)}
              ${typeFilter}
            ORDER BY c.txid, c.id
            LIMIT ${limit}) c ON TRUE`,
      params.values,
    );
    const { prunedTxid, prunedId } = rows[0];
    const incarnation = { incarnation: rows[0].incarnation ?? 1, restoredTxid: rows[0].restoredTxid };
    if (!survivesRestore(after, incarnation)) {
      throw codedError(
        'changes.restored',
        {},
        { code: 'CURSOR_EXPIRED', reason: 'RESTORED', argumentName: 'after' },
      );
    }
    if (prunedTxid !== null && prunedId !== null) {
      const pruned = { txid: BigInt(prunedTxid), id: BigInt(prunedId) };
      if (after.txid < pruned.txid || (after.txid === pruned.txid && after.id < pruned.id)) {
        throw codedError(
          'changes.retention',
          { days: this.retentionDays },
          { code: 'CURSOR_EXPIRED', reason: 'RETENTION', argumentName: 'after' },
        );
      }
    }
    const horizon = BigInt(rows[0].horizon);
    const changes = rows.filter((row) => row.id !== null);
    const hasMore = changes.length > first;
    if (hasMore) changes.length = first;
    const last = changes.at(-1);
    let end: FeedPosition = last ? { txid: BigInt(last.txid), id: BigInt(last.id) } : after;
    // Everything below the horizon that matches has been returned: the next page may start at the horizon.
    if (!hasMore && horizon > end.txid) end = { txid: horizon, id: 0n };
    return { changes, endCursor: encodeCursor(end, incarnation.incarnation), hasMore };
  }

  /** The current horizon as a cursor: a consumer starting here sees every change committed from now on. */
  async currentCursor(): Promise<string> {
    const [row] = await query<{ txid: string; incarnation: number | null }>(
      this.db,
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid,
              (SELECT incarnation FROM feed_incarnation) AS incarnation`,
    );
    return encodeCursor({ txid: BigInt(row.txid), id: 0n }, row.incarnation ?? 1);
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
      // The last entry before the first one that must stay (all entries, when none must stay).
      const [last] = await query<{ txid: string; id: string }>(
        tx,
        `WITH keep AS (
           SELECT txid, id FROM change_log
            WHERE recorded_at >= $1 OR txid >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            ORDER BY txid, id LIMIT 1)
         SELECT c.txid::text, c.id::text FROM change_log c
          WHERE NOT EXISTS (SELECT 1 FROM keep) OR (c.txid, c.id) < (SELECT txid, id FROM keep)
          ORDER BY c.txid DESC, c.id DESC LIMIT 1`,
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
