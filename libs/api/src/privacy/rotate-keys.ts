import type { DataSource } from 'typeorm';

import { rebuildCitizenIdDirectory } from '../national/citizen-id-directory';
import { FieldCrypto, type FieldKeys } from './field-crypto';
import { verifyFieldKeys } from './key-check';

/**
 * Every sealed value with its keyed hash (none for the sealed long-form answers, which are never looked up), and how
 * the hash's input was normalized from the value.
 */
const SEALED_COLUMNS: readonly { table: string; sealed: string; hash: string | null }[] = [
  { table: 'person', sealed: 'citizen_id_sealed', hash: 'citizen_id_hash' },
  { table: 'registry_person', sealed: 'citizen_id_sealed', hash: 'citizen_id_hash' },
  { table: 'household', sealed: 'phone_sealed', hash: 'phone_hash' },
  { table: 'grid_household', sealed: 'phone_sealed', hash: 'phone_hash' },
  { table: 'household', sealed: 'long_form_sealed', hash: null },
  { table: 'person', sealed: 'long_form_sealed', hash: null },
];

export interface RotationSummary {
  /** Values re-sealed per `table.column`. */
  resealed: Record<string, number>;
  /** Self-report codes withdrawn (their hashes cannot be made again without the codes). */
  selfReportCodesWithdrawn: number;
}

/**
 * Re-seals every citizen ID and phone number from `from` to `to` keys and recomputes their keyed hashes, in one
 * transaction: it commits whole or not at all. `from` must be the keys of the database's check values. When the
 * hash key changes, issued self-report codes are withdrawn (only their hashes are kept); staff issue new ones.
 * Change-feed and progress triggers are disabled for it: no value a reader sees changes. Stop the API first.
 * Rows are read and written one county at a time (every statement names its county, one partition or node), and
 * the national citizen-ID directory is refilled with the new hashes.
 */
export async function rotateFieldKeys(
  dataSource: DataSource,
  from: FieldKeys,
  to: FieldKeys,
  log: (line: string) => void = () => {},
  batchSize = 5000,
): Promise<RotationSummary> {
  await verifyFieldKeys(dataSource, from);
  const oldCrypto = new FieldCrypto(from);
  const newCrypto = new FieldCrypto(to);
  const hashKeyChanges = !from.hashKey.equals(to.hashKey);
  return dataSource.transaction(async (tx) => {
    const summary: RotationSummary = { resealed: {}, selfReportCodesWithdrawn: 0 };
    for (const { table, sealed, hash } of SEALED_COLUMNS) {
      // ACCESS EXCLUSIVE: nothing else reads or writes the table until the new values are committed.
      await tx.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      const counties = await tx.query<{ county: string }[]>(
        `SELECT DISTINCT county_code AS county FROM ${table} ORDER BY 1`,
      );
      let done = 0;
      for (const { county } of counties)
        for (let after = '0'; ;) {
          const rows = await tx.query<{ id: string; sealed: Buffer; hash: Buffer | null }[]>(
            `SELECT t.id::text AS id, t.${sealed} AS sealed, ${hash ? `t.${hash}` : 'NULL::bytea'} AS hash FROM ${table} t
            WHERE t.county_code = $2 AND t.id > $1 AND t.${sealed} IS NOT NULL ORDER BY t.id LIMIT ${batchSize}`,
            [after, county],
          );
          if (rows.length === 0) break;
          const ids: string[] = [];
          const sealedValues: Buffer[] = [];
          const hashes: (Buffer | null)[] = [];
          for (const row of rows) {
            let value: string;
            try {
              value = oldCrypto.open(row.sealed);
            } catch {
              throw new Error(
                `${table}.${sealed} of row ${row.id} cannot be opened with the old DATA_ENCRYPTION_KEY.`,
              );
            }
            ids.push(row.id);
            sealedValues.push(newCrypto.seal(value));
            hashes.push(row.hash && rehash(oldCrypto, newCrypto, value, row.hash, `${table} ${row.id}`));
          }
          await tx.query(
            `UPDATE ${table} t SET ${sealed} = v.sealed${hash ? `, ${hash} = v.hash` : ''}
             FROM unnest($1::bigint[], $2::bytea[], $3::bytea[]) AS v(id, sealed, hash)
            WHERE t.county_code = $4 AND t.id = v.id`,
            [ids, sealedValues, hashes, county],
          );
          done += rows.length;
          after = rows[rows.length - 1].id;
        }
      if (hashKeyChanges && table === 'household' && sealed === 'phone_sealed') {
        const [{ withdrawn }] = await tx.query<{ withdrawn: number }[]>(
          `WITH w AS (UPDATE household SET self_report_code_hash = NULL, self_report_issued_at = NULL
                       WHERE self_report_code_hash IS NOT NULL RETURNING 1)
           SELECT count(*)::int AS withdrawn FROM w`,
        );
        summary.selfReportCodesWithdrawn = withdrawn;
        log(`household: ${withdrawn} self-report codes withdrawn`);
      }
      await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      summary.resealed[`${table}.${sealed}`] = done;
      log(`${table}.${sealed}: ${done} re-sealed`);
    }
    if (hashKeyChanges) await rebuildCitizenIdDirectory(tx);
    await tx.query('DELETE FROM key_check');
    await verifyFieldKeys(tx, to);
    return summary;
  });
}

/** The hash of `value` under the new key, made of the same normalized input as the stored hash under the old one. */
function rehash(from: FieldCrypto, to: FieldCrypto, value: string, stored: Buffer, where: string): Buffer {
  for (const input of [value, value.trim().toUpperCase(), value.replace(/\D/g, '')]) {
    if (from.digest(input).equals(stored)) return to.digest(input);
  }
  throw new Error(`The keyed hash of ${where} does not match its sealed value under the old DATA_HASH_KEY.`);
}
