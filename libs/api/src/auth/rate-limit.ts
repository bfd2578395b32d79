import type { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import { codedError } from '../common/coded-error';
import { query } from '../common/sql';

/**
 * Limits attempts at a guarded action (a login, a self-report code) per key (a username, a code, a client
 * address): at most `maxAttempts` failures in a window of `windowSeconds` from the first one.
 *
 * The counters live in PostgreSQL (`attempt_counter`), so every API process (API_WORKERS > 1) counts the same
 * attempts. An attempt is taken with one atomic upsert BEFORE the slow work (a password hash, a code look-up):
 * parallel requests each take their own, and once the limit is reached the rest are refused without being
 * evaluated. A successful attempt is then given back (`release`) or clears the key (`reset`).
 */
export class AttemptLimiter {
  constructor(
    private readonly db: DataSource,
    /** Prefix of the keys, e.g. `login-user`. */
    private readonly name: string,
    readonly maxAttempts: number,
    readonly windowSeconds: number,
  ) {}

  /** Takes one attempt for `key`; answers 0 when it may proceed, else the seconds until it may try again. */
  async take(key: string): Promise<number> {
    const [row] = await query<{ attempts: number; wait: number }>(
      this.db,
      `INSERT INTO attempt_counter AS c (key, attempts, window_start) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE c.attempts + 1 END,
         window_start = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN now() ELSE c.window_start END
       RETURNING c.attempts,
                 greatest(1, ceil(extract(epoch FROM c.window_start + make_interval(secs => $2) - now())))::int AS wait`,
      [this.keyOf(key), this.windowSeconds],
    );
    return row.attempts > this.maxAttempts ? row.wait : 0;
  }

  /** The attempt taken succeeded: it does not count as a failure. */
  async release(key: string): Promise<void> {
    await query(this.db, `UPDATE attempt_counter SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [
      this.keyOf(key),
    ]);
  }

  /** The key proved itself (the right password): forget its failures. */
  async reset(key: string): Promise<void> {
    await query(this.db, `DELETE FROM attempt_counter WHERE key = $1`, [this.keyOf(key)]);
  }

  private keyOf(key: string): string {
    // Keys come from callers (usernames of any length, addresses): bounded, and without NUL for PostgreSQL.
    return `${this.name}:${key.split(String.fromCharCode(0)).join('').slice(0, 200)}`;
  }
}

/** Removes counters whose window ended long ago (a day), so the table stays small. */
export async function pruneAttemptCounters(db: DataSource): Promise<number> {
  const rows = await query(
    db,
    `WITH gone AS (DELETE FROM attempt_counter WHERE window_start < now() - interval '1 day' RETURNING 1) SELECT * FROM gone`,
  );
  return rows.length;
}

/** The coded error of a refused attempt, in Chinese first. */
export function throttled(what: 'login' | 'selfReport', seconds: number, reason: string): GraphQLError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const messageCode = what === 'login' ? 'auth.throttledLogin' : 'auth.throttledSelfReport';
  return codedError(
    messageCode,
    { minutes, retryAfterSeconds: seconds },
    { code: 'THROTTLED', reason, retryAfterSeconds: seconds },
  );
}
