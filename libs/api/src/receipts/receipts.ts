import { createHash } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { Actor } from '../auth/principal';
import { query } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'A key the client makes for this change (a UUID): sent again with the same key, the change is applied once and ' +
  'the first result answered again. Use a new key for every change.';

/** Longest idempotency key accepted (a UUID is 36 characters). */
export const MAX_IDEMPOTENCY_KEY = 100;

/** What a mutation run once answers: its payload, and (when applied) what its receipt keeps for a replay. */
export interface Applied<P> {
  payload: P;
  receipt?: Record<string, unknown>;
}

/** Thrown to roll the transaction back after a rejected change: it answers the payload, with nothing written. */
class Rejected<P> extends Error {
  constructor(readonly payload: P) {
    super('rejected');
  }
}

function inputHash(mutation: string, input: object): Buffer {
  const { idempotencyKey: _key, ...rest } = input as { idempotencyKey?: unknown };
  return createHash('sha256').update(mutation).update('\0').update(JSON.stringify(rest)).digest();
}

/**
 * Runs a change in one transaction, all or nothing: when its payload has user errors, everything it wrote is rolled
 * back. With an idempotency key (and a staff account), the change is applied at most once per account and key: the
 * first run claims the key in the same transaction, and a later run with the key answers `replay` of what the first
 * kept (a concurrent one waits for the first to commit). The same key with another input is refused.
 */
export async function applyOnce<P extends { userErrors: UserError[] }>(
  db: DataSource,
  actor: Actor,
  mutation: string,
  input: { idempotencyKey?: string | null },
  reject: (errors: UserError[]) => P,
  run: (tx: EntityManager) => Promise<Applied<P>>,
  replay: (tx: EntityManager, receipt: Record<string, unknown>) => Promise<P>,
): Promise<P> {
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)) {
    return reject([
      userError(
        'idempotencyKey',
        UserErrorCode.OUT_OF_RANGE,
        coded('request.idempotencyKeyLength', { max: MAX_IDEMPOTENCY_KEY, length: key.length }),
      ),
    ]);
  }
  const hash = inputHash(mutation, input);
  try {
    return await db.transaction(async (tx) => {
      if (key !== null && actor.accountId !== null) {
        const claimed = await query<{ claimed: number }>(
          tx,
          `INSERT INTO mutation_receipt (account_id, idempotency_key, mutation, input_hash) VALUES ($1, $2, $3, $4)
           ON CONFLICT (account_id, idempotency_key) DO NOTHING RETURNING 1 AS claimed`,
          [actor.accountId, key, mutation, hash],
        );
        if (!claimed.length) {
          const [first] = await query<{
            mutation: string;
            input_hash: Buffer;
            result: Record<string, unknown>;
          }>(
            tx,
            `SELECT mutation, input_hash, result FROM mutation_receipt WHERE account_id = $1 AND idempotency_key = $2`,
            [actor.accountId, key],
          );
          if (first.mutation !== mutation || !first.input_hash.equals(hash)) {
            return reject([
              userError('idempotencyKey', UserErrorCode.DUPLICATE, coded('request.idempotencyKeyReused')),
            ]);
          }
          return replay(tx, first.result);
        }
      }
      const { payload, receipt } = await run(tx);
      if (payload.userErrors.length) throw new Rejected(payload);
      if (key !== null && actor.accountId !== null) {
        await query(
          tx,
          `UPDATE mutation_receipt SET result = $3 WHERE account_id = $1 AND idempotency_key = $2`,
          [actor.accountId, key, receipt ?? {}],
        );
      }
      return payload;
    });
  } catch (error) {
    if (error instanceof Rejected) return error.payload as P;
    throw error;
  }
}
