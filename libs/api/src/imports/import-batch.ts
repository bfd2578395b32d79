import { type GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';

import type { CodedMessage, MessageCode, MessageParams } from '@census/rules';

import type { Actor } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { query } from '../common/sql';
import { UserErrorCode } from '../common/user-error';
import {
  type ImportResult,
  type ImportRowError,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  MAX_IMPORT_ROWS,
} from './import.types';
import { rowError, zoneNotYoursMessage } from './import-rows';

/** An ImportResult as stored in `import_batch.result` (without `replayed`). */
export type StoredImportResult = Omit<ImportResult, 'replayed'>;

type Queryable = Parameters<typeof query>[0];

export function badImportInput(messageCode: MessageCode, params: MessageParams = {}): GraphQLError {
  return codedError(messageCode, params, { code: 'BAD_USER_INPUT' });
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
    throw badImportInput('import.keyLength', { max: MAX_IDEMPOTENCY_KEY_LENGTH, length: key.length });
  }
  if (input.rows.length > MAX_IMPORT_ROWS) {
    throw badImportInput('import.tooManyRows', { max: MAX_IMPORT_ROWS, rows: input.rows.length });
  }
  const source = input.source?.trim() || null;
  if (source && source.length > 200)
    throw badImportInput('import.sourceTooLong', { length: source.length, max: 200 });
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
    throw codedError('import.keyTaken', {}, { code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_TAKEN' });
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

/** A row checked on its own: its problems, its zone code when well-formed, and the row as stored when it has none. */
export interface CheckedImportRow<Row> {
  row: number;
  /** The zone code as the input gave it, for messages. */
  rawZoneCode: string;
  errors: ImportRowError[];
  zoneCode: string | null;
  normalized: Row | null;
}

/** What makes two rows of a batch the same: `identity`, reported on `field` with `message` for the later row. */
export interface BatchDuplicates<Row> {
  field: string;
  identity: (row: Row) => string;
  message: (row: Row, firstRow: number) => CodedMessage;
}

/**
 * Screens the rows of a batch once each was checked on its own: zone existence and scope (one statement), then
 * duplicates within the batch. Only rows that pass every other check compete for an identity: the first such row is
 * kept, later ones are rejected.
 */
export async function screenImportRows<Row>(
  db: Queryable,
  checked: CheckedImportRow<Row>[],
  actor: Actor,
  duplicates: BatchDuplicates<Row>,
): Promise<{ rejected: ImportRowError[]; valid: Row[] }> {
  const codes = [...new Set(checked.flatMap((c) => (c.zoneCode ? [c.zoneCode] : [])))];
  const usable = await usableImportZones(db, codes, actor);
  const firstRowOf = new Map<string, number>();
  const rejected: ImportRowError[] = [];
  const valid: Row[] = [];
  for (const c of checked) {
    const errors = [...c.errors];
    if (c.zoneCode && !usable.has(c.zoneCode)) {
      const message = zoneNotYoursMessage(c.rawZoneCode.trim());
      errors.push(rowError(c.row, 'zoneCode', UserErrorCode.OUT_OF_SCOPE, message));
    }
    if (errors.length === 0 && c.normalized) {
      const id = duplicates.identity(c.normalized);
      const first = firstRowOf.get(id);
      if (first === undefined) firstRowOf.set(id, c.row);
      else {
        const message = duplicates.message(c.normalized, first);
        errors.push(rowError(c.row, duplicates.field, UserErrorCode.DUPLICATE, message));
      }
    }
    if (errors.length) rejected.push(...errors);
    else if (c.normalized) valid.push(c.normalized);
  }
  return { rejected, valid };
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
