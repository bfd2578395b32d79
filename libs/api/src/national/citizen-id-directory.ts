import type { DataSource, EntityManager } from 'typeorm';

import { query } from '../common/sql';
import { withinZone } from '../common/subtree';

type Queryable = DataSource | EntityManager;

/** What the directory needs of a person row. */
export interface ListedPerson {
  countyCode: string;
  rowId: string;
  citizenIdHash: Buffer | null;
}

/**
 * Keeps the national directory in step with one person's citizen ID, in the transaction that writes the person:
 * `before` is the row as it was (null for a new person), `after` as it is now (null for a deleted one). Every
 * statement names one citizen ID hash (one shard of the directory on Citus); the `duplicate` mark of every row of
 * a touched ID is recomputed, so that a county's duplicates are found without searching the whole directory.
 */
export async function syncCitizenIdDirectory(
  tx: EntityManager,
  before: ListedPerson | null,
  after: ListedPerson | null,
): Promise<void> {
  const same = (a: ListedPerson | null, b: ListedPerson | null) =>
    a?.countyCode === b?.countyCode &&
    a?.rowId === b?.rowId &&
    (a?.citizenIdHash ?? null) !== null &&
    (b?.citizenIdHash ?? null) !== null &&
    a!.citizenIdHash!.equals(b!.citizenIdHash!);
  if (same(before, after) || (!before?.citizenIdHash && !after?.citizenIdHash)) return;
  const touched: Buffer[] = [];
  if (before?.citizenIdHash) {
    await query(
      tx,
      `DELETE FROM citizen_id_directory WHERE citizen_id_hash = $1 AND county_code = $2 AND person_id = $3`,
      [before.citizenIdHash, before.countyCode, before.rowId],
    );
    touched.push(before.citizenIdHash);
  }
  if (after?.citizenIdHash) {
    await query(
      tx,
      `INSERT INTO citizen_id_directory (citizen_id_hash, county_code, person_id) VALUES ($1, $2, $3)
       ON CONFLICT (citizen_id_hash, county_code, person_id) DO NOTHING`,
      [after.citizenIdHash, after.countyCode, after.rowId],
    );
    if (!touched.some((hash) => hash.equals(after.citizenIdHash!))) touched.push(after.citizenIdHash);
  }
  for (const hash of touched) await markDuplicates(tx, hash);
}

/** Sets `duplicate` on every row of one citizen ID: whether it is listed in more than one county. */
async function markDuplicates(tx: Queryable, hash: Buffer): Promise<void> {
  await query(
    tx,
    `UPDATE citizen_id_directory d SET duplicate = m.many
       FROM (SELECT count(DISTINCT county_code) > 1 AS many FROM citizen_id_directory WHERE citizen_id_hash = $1) m
      WHERE d.citizen_id_hash = $1 AND d.duplicate IS DISTINCT FROM m.many`,
    [hash],
  );
}

/**
 * Adds many persons to the directory at once (a bulk load), in the caller's transaction: two statements whatever
 * their number.
 */
export async function addToCitizenIdDirectory(
  tx: Queryable,
  persons: readonly ListedPerson[],
): Promise<void> {
  const listed = persons.filter((person) => person.citizenIdHash !== null);
  if (!listed.length) return;
  const hashes = listed.map((person) => person.citizenIdHash);
  await query(
    tx,
    `INSERT INTO citizen_id_directory (citizen_id_hash, county_code, person_id)
     SELECT * FROM unnest($1::bytea[], $2::text[], $3::bigint[])
     ON CONFLICT (citizen_id_hash, county_code, person_id) DO NOTHING`,
    [hashes, listed.map((person) => person.countyCode), listed.map((person) => person.rowId)],
  );
  await query(
    tx,
    `UPDATE citizen_id_directory d SET duplicate = TRUE
       FROM (SELECT citizen_id_hash FROM citizen_id_directory WHERE citizen_id_hash = ANY($1::bytea[])
              GROUP BY citizen_id_hash HAVING count(DISTINCT county_code) > 1) m
      WHERE d.citizen_id_hash = m.citizen_id_hash AND NOT d.duplicate`,
    [hashes],
  );
}

/**
 * Fills the directory anew from every person with a citizen ID (after a bulk load or a change of the hash key):
 * one statement per step, in the caller's transaction.
 */
export async function rebuildCitizenIdDirectory(db: Queryable): Promise<void> {
  await query(db, `DELETE FROM citizen_id_directory`);
  await query(
    db,
    `INSERT INTO citizen_id_directory (citizen_id_hash, county_code, person_id)
     SELECT citizen_id_hash, county_code, id FROM person WHERE citizen_id_hash IS NOT NULL`,
  );
  await query(
    db,
    `UPDATE citizen_id_directory d SET duplicate = TRUE
       FROM (SELECT citizen_id_hash FROM citizen_id_directory GROUP BY citizen_id_hash
              HAVING count(DISTINCT county_code) > 1) m
      WHERE d.citizen_id_hash = m.citizen_id_hash`,
  );
}

/** A citizen ID listed in `county` and in other counties too. */
export interface ListedElsewhere {
  hash: Buffer;
  county: string;
  otherCounties: string[];
}

/**
 * Step one of the national duplicate check (跨县重复登记): the citizen IDs listed in a county of `zoneCode` (the
 * county itself when the zone is at or below a county) and in another county too, with the other counties. Reads
 * only the directory rows marked `duplicate` (a partial index); the persons themselves are then read in each
 * county (reconciliation.sql.ts). This is the deliberate cross-county statement of the national check: on Citus
 * the directory is distributed by the hash, and the self-join on it stays on each shard.
 */
export async function listedElsewhere(
  db: Queryable,
  county: string | null,
  zoneCode: string,
): Promise<ListedElsewhere[]> {
  const where = county === null ? withinZone('d.county_code', '$1') : 'd.county_code = $1';
  return query<ListedElsewhere>(
    db,
    `SELECT d.citizen_id_hash AS hash, d.county_code AS county,
            array_agg(DISTINCT o.county_code ORDER BY o.county_code) AS "otherCounties"
       FROM citizen_id_directory d
       JOIN citizen_id_directory o ON o.citizen_id_hash = d.citizen_id_hash AND o.county_code <> d.county_code
      WHERE d.duplicate AND ${where}
      GROUP BY d.citizen_id_hash, d.county_code
      ORDER BY d.county_code, d.citizen_id_hash`,
    [county ?? zoneCode],
  );
}
