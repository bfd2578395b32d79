import type { DataSource } from 'typeorm';

import { maskCitizenId } from '@census/rules';

import type { Actor } from '../auth/principal';
import { query } from '../common/sql';
import { coded, UserErrorCode } from '../common/user-error';
import type { ImportResult, ImportRowError } from '../imports/import.types';
import {
  applyImportBatch,
  checkImportBatch,
  screenImportRows,
  storedImportResult,
} from '../imports/import-batch';
import { rowError } from '../imports/import-rows';
import type { FieldCrypto } from '../privacy/field-crypto';
import type { ImportRegistryInput } from './registry.types';
import { type RegistryRow, validateRegistryRow } from './registry.validation';

export const REGISTRY_IMPORT_KIND = 'REGISTRY';

/**
 * 公安推送: stores batches of the police registry push. A batch is validated row by row (bad rows are rejected,
 * good ones kept) and applied in ONE transaction together with its `import_batch` row, in a fixed handful of
 * statements whatever its size.
 */
export class RegistryService {
  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  async importRegistry(input: ImportRegistryInput, actor: Actor): Promise<ImportResult> {
    const { key, source } = checkImportBatch(input);
    // A key applied before (by anyone: the key names the batch, not the caller) answers its stored result.
    const stored = await storedImportResult(this.db, key, REGISTRY_IMPORT_KIND, actor.accountId);
    if (stored) return stored;
    const checked = await this.check(input, actor);
    return applyImportBatch(
      this.db,
      { key, kind: REGISTRY_IMPORT_KIND, source, actor },
      checked,
      async (tx, valid, batchKey) => {
        await this.rejectEarlierRowsOfFile(tx, checked, source ?? null, actor.scope.counties);
        return this.upsert(tx, valid, batchKey, source ?? null);
      },
    );
  }

  /** Row checks, then zone existence and scope and duplicate IDs within the batch (imports/import-batch.ts). */
  private check(
    input: ImportRegistryInput,
    actor: Actor,
  ): Promise<{ rejected: ImportRowError[]; valid: RegistryRow[] }> {
    const checked = input.rows.map((row) => ({
      row: row.row,
      rawZoneCode: row.zoneCode,
      ...validateRegistryRow(row),
    }));
    return screenImportRows(this.db, checked, actor, {
      field: 'citizenId',
      identity: (r) => r.citizenId,
      message: (r, first) =>
        coded('import.duplicateCitizenId', { masked: maskCitizenId(r.citizenId), first, earlier: 'batch' }),
    });
  }

  /**
   * The same ID in an EARLIER batch of the same file (same source fingerprint, another row) is an in-file
   * duplicate too; the same row of the same file is a re-run and counts as already present. Runs inside the batch's
   * transaction under a lock on the source, so batches of one file sent concurrently still see each other. Moves
   * such rows from `checked.valid` to `checked.rejected` (the arrays the batch result is computed from).
   */
  private async rejectEarlierRowsOfFile(
    tx: Parameters<typeof query>[0],
    checked: { rejected: ImportRowError[]; valid: RegistryRow[] },
    source: string | null,
    /** The importer's counties (its rows lie in them): null for an office above the county, searched everywhere. */
    counties: readonly string[] | null,
  ): Promise<void> {
    if (!source || !checked.valid.length) return;
    await query(tx, `SELECT pg_advisory_xact_lock(hashtext('registry-import:' || $1))`, [source]);
    const stored = await query<{ hash: Buffer; row: number }>(
      tx,
      `SELECT citizen_id_hash AS hash, import_row AS row FROM registry_person
        WHERE ${counties === null ? '' : 'county_code = ANY($3::text[]) AND'}
              citizen_id_hash = ANY($1::bytea[]) AND import_source = $2`,
      [
        checked.valid.map((row) => this.crypto.digest(row.citizenId)),
        source,
        ...(counties === null ? [] : [counties]),
      ],
    );
    const storedRow = new Map(stored.map((s) => [s.hash.toString('hex'), s.row]));
    for (let i = checked.valid.length - 1; i >= 0; i--) {
      const row = checked.valid[i];
      const earlier = storedRow.get(this.crypto.digest(row.citizenId).toString('hex'));
      if (earlier !== undefined && earlier !== row.row) {
        const message = coded('import.duplicateCitizenId', {
          masked: maskCitizenId(row.citizenId),
          first: earlier,
          earlier: 'file',
        });
        checked.rejected.push(rowError(row.row, 'citizenId', UserErrorCode.DUPLICATE, message));
        checked.valid.splice(i, 1);
      }
    }
    checked.rejected.sort((a, b) => a.row - b.row);
  }

  /**
   * One multi-row upsert: new persons are inserted, known ones updated only when an item differs (the ID is the
   * same by its hash, so it is not re-sealed then). Answers how many rows were inserted or changed.
   */
  private async upsert(
    tx: Parameters<typeof query>[0],
    valid: RegistryRow[],
    key: string,
    source: string | null,
  ): Promise<number> {
    // Rows in hash order: concurrent batches sharing persons lock their rows in the same order (no deadlocks).
    const rows = valid
      .map((row) => ({ ...row, hash: this.crypto.digest(row.citizenId) }))
      .sort((a, b) => Buffer.compare(a.hash, b.hash));
    const changed = await query<{ id: string }>(
      tx,
      `INSERT INTO registry_person AS r (county_code, citizen_id_sealed, citizen_id_hash, citizen_id_masked, name, sex, birth_date,
                                         address, registry_household_number, zone_code, import_key, import_source, import_row)
       SELECT county_key(u.zone), u.sealed, u.hash, u.masked, u.name, u.sex::sex, u.birth_date::date, u.address, u.household, u.zone, $10,
              $11, u.source_row
         FROM unnest($1::bytea[], $2::bytea[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $12::int[]) AS u(sealed, hash, masked, name, sex, birth_date, address, household, zone, source_row)
       ON CONFLICT (county_code, citizen_id_hash) DO UPDATE
          SET name = EXCLUDED.name, sex = EXCLUDED.sex, birth_date = EXCLUDED.birth_date, address = EXCLUDED.address,
              registry_household_number = EXCLUDED.registry_household_number, zone_code = EXCLUDED.zone_code,
              import_key = EXCLUDED.import_key, import_source = EXCLUDED.import_source,
              import_row = EXCLUDED.import_row, updated_at = now()
        WHERE (r.name, r.sex, r.birth_date, r.address, r.registry_household_number, r.zone_code)
              IS DISTINCT FROM
              (EXCLUDED.name, EXCLUDED.sex, EXCLUDED.birth_date, EXCLUDED.address, EXCLUDED.registry_household_number,
               EXCLUDED.zone_code)
       RETURNING r.id`,
      [
        rows.map((r) => this.crypto.seal(r.citizenId)),
        rows.map((r) => r.hash),
        rows.map((r) => maskCitizenId(r.citizenId)),
        rows.map((r) => r.name),
        rows.map((r) => r.sex),
        rows.map((r) => r.birthDate),
        rows.map((r) => r.address),
        rows.map((r) => r.registryHouseholdNumber),
        rows.map((r) => r.zoneCode),
        key,
        source,
        rows.map((r) => r.row),
      ],
    );
    return changed.length;
  }
}
