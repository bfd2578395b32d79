import type { EntityManager } from 'typeorm';

import { query } from '../common/sql';
import { householdAddress } from '../sources/address';

/**
 * Recomputes the normalized address of households (of one household, or of every household of a building) after
 * a change of building, unit or building address. The normalizer is TypeScript, so this cannot be a trigger. The
 * household or building is one of `countyCode`: both statements name it (a household's building is of its county).
 */
export async function refreshHouseholdAddresses(
  tx: EntityManager,
  countyCode: string,
  by: { householdId: string } | { buildingId: string },
): Promise<void> {
  const rows = await query<{ id: string; unit: string | null; number: string; address: string | null }>(
    tx,
    `SELECT h.id, h.unit, h.number, b.address
       FROM household h LEFT JOIN building b ON b.county_code = h.county_code AND b.id = h.building_id
      WHERE h.county_code = $1 AND ${'householdId' in by ? 'h.id' : 'h.building_id'} = $2`,
    [countyCode, 'householdId' in by ? by.householdId : by.buildingId],
  );
  if (!rows.length) return;
  await query(
    tx,
    `UPDATE household h SET normalized_address = u.address
       FROM unnest($2::bigint[], $3::text[]) AS u(id, address)
      WHERE h.county_code = $1 AND h.id = u.id AND h.normalized_address IS DISTINCT FROM u.address`,
    [countyCode, rows.map((r) => r.id), rows.map((r) => householdAddress(r.address, r.unit, r.number))],
  );
}
