import type { EntityManager } from 'typeorm';

import { query } from '../common/sql';
import { householdAddress } from '../sources/address';

/**
 * Recomputes the normalized address of households (of one household, or of every household of a building) after
 * a change of building, unit or building address. The normalizer is TypeScript, so this cannot be a trigger.
 */
export async function refreshHouseholdAddresses(
  tx: EntityManager,
  by: { householdId: string } | { buildingId: string },
): Promise<void> {
  const rows = await query<{ id: string; unit: string | null; number: string; address: string | null }>(
    tx,
    `SELECT h.id, h.unit, h.number, b.address FROM household h LEFT JOIN building b ON b.id = h.building_id
      WHERE ${'householdId' in by ? 'h.id' : 'h.building_id'} = $1`,
    ['householdId' in by ? by.householdId : by.buildingId],
  );
  if (!rows.length) return;
  await query(
    tx,
    `UPDATE household h SET normalized_address = u.address
       FROM unnest($1::bigint[], $2::text[]) AS u(id, address)
      WHERE h.id = u.id AND h.normalized_address IS DISTINCT FROM u.address`,
    [rows.map((r) => r.id), rows.map((r) => householdAddress(r.address, r.unit, r.number))],
  );
}
