import type { DataSource } from 'typeorm';

import type { Actor } from '../auth/principal';
import { query } from '../common/sql';
import { coded } from '../common/user-error';
import type { ImportResult } from '../imports/import.types';
import {
  applyImportBatch,
  checkImportBatch,
  screenImportRows,
  storedImportResult,
} from '../imports/import-batch';
import type { FieldCrypto } from '../privacy/field-crypto';
import { sealPhoneColumns } from '../privacy/sealed-phone';
import type { ImportElectricityInput, ImportGridInput } from './source-import.types';
import { type GridRow, type MeterRow, validateGridRow, validateMeterRow } from './source-import.validation';

export const ELECTRICITY_IMPORT_KIND = 'ELECTRICITY';
export const GRID_IMPORT_KIND = 'GRID';

type Queryable = Parameters<typeof query>[0];

/**
 * 用电信息 and 网格摸排: stores batches of electricity usage and grid screening lists with the semantics of the
 * registry push (`importRegistry`): rows checked one by one, a batch applied at most once per idempotency key
 * (the `import_batch` table is shared), in ONE transaction and a fixed handful of statements whatever its size.
 */
export class SourceImportService {
  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  async importElectricity(
    input: ImportElectricityInput,
    actor: Actor,
    now = new Date(),
  ): Promise<ImportResult> {
    const { key, source } = checkImportBatch(input);
    const stored = await storedImportResult(this.db, key, ELECTRICITY_IMPORT_KIND, actor.accountId);
    if (stored) return stored;
    const checked = input.rows.map((row) => ({
      row: row.row,
      rawZoneCode: row.zoneCode,
      ...validateMeterRow(row, now),
    }));
    const result = await screenImportRows(this.db, checked, actor, {
      field: 'meterId',
      identity: (r) => `${r.meterId}\u0000${r.month}`,
      message: (r, first) => coded('import.duplicateMeter', { meter: r.meterId, month: r.month, first }),
    });
    return applyImportBatch(
      this.db,
      { key, kind: ELECTRICITY_IMPORT_KIND, source, actor },
      result,
      (tx, valid, k) => this.upsertMeters(tx, valid, k),
    );
  }

  async importGrid(input: ImportGridInput, actor: Actor): Promise<ImportResult> {
    const { key, source } = checkImportBatch(input);
    const stored = await storedImportResult(this.db, key, GRID_IMPORT_KIND, actor.accountId);
    if (stored) return stored;
    const checked = input.rows.map((row) => ({
      row: row.row,
      rawZoneCode: row.zoneCode,
      ...validateGridRow(row),
    }));
    const result = await screenImportRows(this.db, checked, actor, {
      field: 'address',
      identity: (r) => `${r.zoneCode}\u0000${r.gridId}\u0000${r.normalizedAddress}`,
      message: (r, first) =>
        coded('import.duplicateGridAddress', { address: r.address, grid: r.gridId, first }),
    });
    return applyImportBatch(this.db, { key, kind: GRID_IMPORT_KIND, source, actor }, result, (tx, valid, k) =>
      this.upsertGrid(tx, valid, k),
    );
  }

  /** One multi-row upsert keyed by meter and month; answers how many rows were inserted or changed. */
  private async upsertMeters(tx: Queryable, valid: MeterRow[], key: string): Promise<number> {
    // Key order: concurrent batches sharing meters lock their rows in the same order (no deadlocks).
    const rows = [...valid].sort((a, b) =>
      a.meterId === b.meterId ? a.month.localeCompare(b.month) : a.meterId < b.meterId ? -1 : 1,
    );
    const changed = await query<{ id: string }>(
      tx,
      `INSERT INTO meter_reading AS m (county_code, meter_id, month, address, normalized_address, usage, zone_code,
                                       import_key)
       SELECT county_key(u.zone), u.meter_id, u.month, u.address, u.normalized, u.usage::electricity_usage, u.zone, $7
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
              AS u(meter_id, month, address, normalized, usage, zone)
       ON CONFLICT (county_code, meter_id, month) DO UPDATE
          SET address = EXCLUDED.address, normalized_address = EXCLUDED.normalized_address, usage = EXCLUDED.usage,
              zone_code = EXCLUDED.zone_code, import_key = EXCLUDED.import_key, updated_at = now()
        WHERE (m.address, m.usage, m.zone_code) IS DISTINCT FROM (EXCLUDED.address, EXCLUDED.usage, EXCLUDED.zone_code)
       RETURNING m.id`,
      [
        rows.map((r) => r.meterId),
        rows.map((r) => r.month),
        rows.map((r) => r.address),
        rows.map((r) => r.normalizedAddress),
        rows.map((r) => r.usage),
        rows.map((r) => r.zoneCode),
        key,
      ],
    );
    return changed.length;
  }

  /**
   * One multi-row upsert keyed by zone, grid and normalized address; a known household is updated (phone
   * re-sealed) only when its spelling, persons or phone differ. Answers how many rows were inserted or changed.
   */
  private async upsertGrid(tx: Queryable, valid: GridRow[], key: string): Promise<number> {
    const identity = (r: GridRow) => `${r.zoneCode}\u0000${r.gridId}\u0000${r.normalizedAddress}`;
    const rows = [...valid]
      .map((r) => ({ ...r, id: identity(r), phoneColumns: sealPhoneColumns(this.crypto, r.phone) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const changed = await query<{ id: string }>(
      tx,
      `INSERT INTO grid_household AS g (county_code, grid_id, address, normalized_address, persons, phone_sealed, phone_hash,
                                        phone_masked, zone_code, import_key)
       SELECT county_key(u.zone), u.grid_id, u.address, u.normalized, ARRAY(SELECT jsonb_array_elements_text(u.persons::jsonb)),
              u.sealed, u.hash, u.masked, u.zone, $9
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::bytea[], $7::text[], $8::text[])
              AS u(grid_id, address, normalized, persons, sealed, hash, masked, zone)
       ON CONFLICT (county_code, zone_code, grid_id, normalized_address) DO UPDATE
          SET address = EXCLUDED.address, persons = EXCLUDED.persons, phone_sealed = EXCLUDED.phone_sealed,
              phone_hash = EXCLUDED.phone_hash, phone_masked = EXCLUDED.phone_masked,
              import_key = EXCLUDED.import_key, updated_at = now()
        WHERE (g.address, g.persons, g.phone_hash, g.phone_masked)
              IS DISTINCT FROM (EXCLUDED.address, EXCLUDED.persons, EXCLUDED.phone_hash, EXCLUDED.phone_masked)
       RETURNING g.id`,
      [
        rows.map((r) => r.gridId),
        rows.map((r) => r.address),
        rows.map((r) => r.normalizedAddress),
        rows.map((r) => JSON.stringify(r.persons)),
        rows.map((r) => r.phoneColumns.sealed),
        rows.map((r) => r.phoneColumns.hash),
        rows.map((r) => r.phoneColumns.masked),
        rows.map((r) => r.zoneCode),
        key,
      ],
    );
    return changed.length;
  }
}
