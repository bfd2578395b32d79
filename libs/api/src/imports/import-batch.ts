import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import type { Actor } from '../auth/principal';
import { query } from '../common/sql';
import {
  type ImportResult,
  type ImportRowError,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  MAX_IMPORT_ROWS,
} from './import.types';

/** An ImportResult as stored in `import_batch.result` (without `replayed`). */
export type StoredImportResult = Omit<ImportResult, 'replayed'>;

type Queryable = Parameters<typeof query>[0];

export function badImportInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The batch-level checks every import shares; answers the trimmed key and source. */
export function checkImportBatch(input: {
  idempotencyKey: string;
  source?: string | null;
  rows: unknown[];
}): {
  key: string;
  source: string | null;
} {
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw badImportInput(
      `The idempotency key must have 1-${MAX_IDEMPOTENCY_KEY_LENGTH} characters; it has ${key.length}.`,
    );
  }
  if (input.rows.length > MAX_IMPORT_ROWS) {
    throw badImportInput(
      `A batch holds at most ${MAX_IMPORT_ROWS} rows; this one has ${input.rows.length}. Split it.`,
    );
  }
  const source = input.source?.trim() || null;
  if (source && source.length > 200)
    throw badImportInput(`The source has ${source.length} characters; at most 200.`);
  return { key, source };
}

/**
 * The stored result of a key this caller applied with this kind of import (replayed = true), or null when the key
 * is new. A key used by another account or for another kind of import is refused: its result is not the caller's
 * to see, and the caller's batch would never be applied under it.
 */
export async function storedImportResult(
  db: Queryable,
  key: string,
  kind: string,
  accountId: string | null,
): Promise<ImportResult | null> {
  const [row] = await query<{ result: StoredImportResult; kind: string; accountId: string | null }>(
    db,
    `SELECT result, kind, account_id AS "accountId" FROM import_batch WHERE idempotency_key = $1`,
    [key],
  );
  if (!row) return null;
  if (row.kind !== kind || row.accountId !== accountId) {
    throw new GraphQLError(
      '该幂等键已被另一批导入使用，请换一个。This idempotency key was used by another import; choose another one.',
      { extensions: { code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_TAKEN' } },
    );
  }
  return { ...row.result, replayed: true };
}

/** Zones usable by an import: existing census zones or small zones among `codes` that the actor covers. */
export async function usableImportZones(db: Queryable, codes: string[], actor: Actor): Promise<Set<string>> {
  const existing = codes.length
    ? await query<{ code: string }>(
        db,
        `SELECT code FROM zone WHERE code = ANY($1::text[]) AND level IN ('CENSUS_ZONE', 'SMALL_ZONE')`,
        [codes],
      )
    : [];
  return new Set(existing.map((z) => z.code).filter((code) => actor.scope.covers(code)));
}

/**
 * Applies a checked batch at most once per key: claims the key in `import_batch`, runs `upsert` (which answers how
 * many rows it inserted or changed) and stores the result, all in ONE transaction. A concurrent call with the same
 * key waits on the key's primary key, then answers the stored result without touching anything.
 */
export function applyImportBatch<Row>(
  db: DataSource,
  batch: { key: string; kind: string; source: string | null; actor: Actor },
  checked: { rejected: ImportRowError[]; valid: Row[] },
  upsert: (tx: Queryable, valid: Row[], key: string) => Promise<number>,
): Promise<ImportResult> {
  const { key, kind, source, actor } = batch;
  const { rejected, valid } = checked;
  return db.transaction(async (tx) => {
    const claimed = await query(
      tx,
      `INSERT INTO import_batch (idempotency_key, kind, account_id, source, result) VALUES ($1, $2, $3, $4, '{}')
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING 1`,
      [key, kind, actor.accountId, source],
    );
    if (!claimed.length) {
      const other = await storedImportResult(tx, key, kind, actor.accountId);
      if (!other) throw new Error(`Import batch '${key}' is claimed but has no result.`);
      return other;
    }
    const accepted = valid.length ? await upsert(tx, valid, key) : 0;
    const result: StoredImportResult = {
      idempotencyKey: key,
      accepted,
      alreadyPresent: valid.length - accepted,
      rejected,
    };
    await query(tx, `UPDATE import_batch SET result = $2 WHERE idempotency_key = $1`, [
      key,
      JSON.stringify(result),
    ]);
    return { ...result, replayed: false };
  });
}
