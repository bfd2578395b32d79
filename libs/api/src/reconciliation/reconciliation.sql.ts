import { countyKeyOf } from '@census/rules';

import type { Scope } from '../auth/principal';
import { SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { WorklistKind, type WorklistOutcome, WorklistStatus } from './reconciliation.enums';
import { zoneOfKey } from './worklist-key';

/** What one worklist read asks for. */
export interface WorklistRequest {
  zoneCode: string;
  kinds: readonly WorklistKind[];
  status: readonly WorklistStatus[] | null;
  /** Only closed items with one of these outcomes. */
  outcomes?: readonly WorklistOutcome[] | null;
  /** Only the item with this key (closing, reopening). */
  key?: string;
  /** Only the items with these keys (closing several at once). */
  keys?: readonly string[];
  /** Keyset cursor: items with a key after this one. */
  after?: string | null;
  /** Keyset cursor: items with a key before this one. */
  before?: string | null;
  /** Most items to read: the first ones, or the last ones when `backward` (still answered in key order). */
  first: number;
  backward?: boolean;
  /**
   * For CROSS_COUNTY_DUPLICATE: the citizen IDs (keyed hashes) of persons listed in a county of the zone that are
   * listed in another county too, found first in the national directory (national/citizen-id-directory.ts).
   */
  duplicates?: readonly CrossCountyDuplicate[];
}

/** A citizen ID listed in `county` and in `otherCounties` too. */
export interface CrossCountyDuplicate {
  hash: Buffer;
  county: string;
  otherCounties: readonly string[];
}

/**
 * 摸底比对 in ONE statement: the candidate items of the zone are computed from the current data with set-based CTEs
 * (one per kind), joined with their stored outcomes, filtered by the caller's scope, counted and paged by key.
 * The answer is a single row: `total` and the page as a JSON array (`items`).
 *
 * Matching is by the citizen ID's keyed hash, county-wide: a registry person listed in another zone of the county
 * counts as listed (the worklist shows what nobody has listed, not what was listed elsewhere). Every table is read
 * in the county of the zone (`county_code = $n`, one partition or node) when the zone is a county or lies inside
 * one, and joined on county_code; a zone above the county (a city, a province) is the deliberate cross-county read.
 */
export function worklistStatement(
  request: WorklistRequest,
  scope: Scope,
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const items = worklistItems(request, scope, p);
  // Ordered by zone, kind and key (the zone and kind are parts of the key, so the cursor stays the key).
  const position = (key: string) => {
    const parsed = zoneOfKey(key)!;
    return `(${p.add(parsed.zoneCode)}::text COLLATE "C", ${p.add(parsed.kind)}::text COLLATE "C", ${p.add(key)}::text COLLATE "C")`;
  };
  const order = `(v."zoneCode" COLLATE "C", v.kind COLLATE "C", v.key)`;
  const bounds = [
    ...(request.after ? [`${order} > ${position(request.after)}`] : []),
    ...(request.before ? [`${order} < ${position(request.before)}`] : []),
  ];
  const after = bounds.length ? `WHERE ${bounds.join(' AND ')}` : '';
  const direction = request.backward ? 'DESC' : 'ASC';
  const limit = p.add(request.first);
  const sorted = (dir: string) => `v."zoneCode" COLLATE "C" ${dir}, v.kind COLLATE "C" ${dir}, v.key ${dir}`;
  const text = `${items}
SELECT (SELECT count(*)::int FROM visible) AS total,
       (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY ${sorted('ASC')}), '[]'::jsonb)
          FROM (SELECT * FROM visible v ${after} ORDER BY ${sorted(direction)} LIMIT ${limit}) v) AS items`;
  return { text, values: p.values };
}

/**
 * 汇总: the items of a zone counted per child zone, kind and outcome (null while open), in one statement whatever
 * the number of children. An item whose zone lies above the children (a registry household pushed for a census
 * zone, counted on a census zone's page) is counted under the zone itself.
 */
export function worklistRollupStatement(
  request: Pick<WorklistRequest, 'zoneCode' | 'kinds' | 'duplicates'>,
  scope: Scope,
): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const items = worklistItems({ ...request, status: null, first: 0 }, scope, p);
  const zone = p.add(request.zoneCode);
  const text = `${items}
SELECT coalesce(c.code, ${zone}::text) AS "zoneCode", v.kind, v.outcome, count(*)::int AS count
  FROM visible v
  LEFT JOIN zone c
    ON c.parent_code = ${zone}::text AND v."zoneCode" >= c.code AND v."zoneCode" < c.code || ':'
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3`;
  return { text, values: p.values };
}

/**
 * The CTEs of the items of a request, down to `visible` (the items in the caller's scope with their stored
 * outcomes), with their parameters added to `p`.
 */
function worklistItems(request: WorklistRequest, scope: Scope, p: SqlParams): string {
  const zone = p.add(request.zoneCode);
  const kinds = p.add(request.kinds);
  const wants = (kind: WorklistKind) => `'${kind}' = ANY(${kinds}::text[])`;
  const inZone = (column: string) => withinZone(column, zone);
  const county = countyKeyOf(request.zoneCode);
  const countyParam = county === null ? null : p.add(county);
  /** `<alias>.county_code = $n AND ` for a zone at or below the county; nothing above it. */
  const inCounty = (alias: string) =>
    countyParam === null ? '' : `${alias}.county_code = ${countyParam} AND `;
  const duplicates = request.duplicates ?? [];
  const duplicateHashes = p.add(duplicates.map((d) => d.hash));
  const duplicateCounties = p.add(duplicates.map((d) => d.county));
  const duplicateOthers = p.add(duplicates.map((d) => d.otherCounties.join(',')));
  const conditions = [scope.condition('i.zone_code', p)];
  if (request.status?.length) {
    const open = request.status.includes(WorklistStatus.OPEN);
    const closed = request.status.includes(WorklistStatus.CLOSED);
    if (open !== closed) conditions.push(open ? 'o.item_key IS NULL' : 'o.item_key IS NOT NULL');
  }
  if (request.outcomes?.length) conditions.push(`o.outcome::text = ANY(${p.add(request.outcomes)}::text[])`);
  if (request.key !== undefined) conditions.push(`i.key = ${p.add(request.key)}`);
  if (request.keys !== undefined) conditions.push(`i.key = ANY(${p.add(request.keys)}::text[])`);
  const householdInScope = scope.condition('h.small_zone_code', p, 'h.county_code');

  return `
WITH
-- Registry persons registered in the zone, each with its listed counterpart (county-wide) if there is one.
registry AS (
  SELECT r.county_code, r.citizen_id_hash, r.citizen_id_masked, r.name, r.address, r.registry_household_number,
         r.zone_code, lp.id AS person_id, lp.registered AS person_registered, lp.resident AS person_resident
    FROM registry_person r
    LEFT JOIN LATERAL (
      SELECT p.id, p.registered, p.resident FROM person p
       WHERE ${inCounty('p')}p.county_code = r.county_code AND p.citizen_id_hash = r.citizen_id_hash
       ORDER BY p.id LIMIT 1
    ) lp ON TRUE
   WHERE ${inCounty('r')}${inZone('r.zone_code')}
),
-- Listed persons of the zone, each marked when the registry push holds their citizen ID.
listed AS (
  SELECT p.county_code, p.id, p.household_id, p.small_zone_code, p.name, p.registered, p.resident, p.whereabouts,
         p.citizen_id_hash,
         EXISTS (SELECT 1 FROM registry_person r
                  WHERE ${inCounty('r')}r.county_code = p.county_code AND r.citizen_id_hash = p.citizen_id_hash)
           AS in_registry
    FROM person p
   WHERE ${inCounty('p')}${inZone('p.small_zone_code')}
),

-- 公安有户、摸底无户: a registry 户号 none of whose persons is listed anywhere.
registry_household_not_listed AS (
  SELECT '${WorklistKind.REGISTRY_HOUSEHOLD_NOT_LISTED}' AS kind,
         '${WorklistKind.REGISTRY_HOUSEHOLD_NOT_LISTED}:' || r.registry_household_number || '@' || r.zone_code AS key,
         r.zone_code, r.registry_household_number, NULL::text AS household_id, NULL::text AS person_id,
         jsonb_build_object(
           'address', min(r.address),
           'persons', jsonb_agg(jsonb_build_object('name', r.name, 'citizenId', r.citizen_id_masked)
                                ORDER BY r.citizen_id_masked, r.name)
         ) AS facts
    FROM registry r
   WHERE ${wants(WorklistKind.REGISTRY_HOUSEHOLD_NOT_LISTED)}
   GROUP BY r.zone_code, r.registry_household_number
  HAVING bool_and(r.person_id IS NULL)
),

-- The small zones of the zone that a registry push covers: registry rows were loaded for the small zone itself or
-- for its census zone (the import takes these two levels; its township is accepted too). Without that, every
-- listed household of a small zone nobody pushed would read as "公安无人".
covered AS (
  SELECT z.code FROM zone z
   WHERE ${wants(WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY)}
     AND z.level = 'SMALL_ZONE' AND ${inZone('z.code')}
     AND EXISTS (SELECT 1 FROM registry_person c
                  WHERE ${inCounty('c')}c.county_code = county_key(z.code)
                    AND c.zone_code IN (z.code, left(z.code, 12), left(z.code, 9)))
),

-- 摸底有户、公安无人: an ordinary listed household with persons, none of whom is in the registry push, in a small
-- zone the push covers.
listed_household_without_registry AS (
  SELECT '${WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY}' AS kind,
         '${WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY}:' || h.number || '@' || h.small_zone_code AS key,
         h.small_zone_code AS zone_code, NULL::text AS registry_household_number, h.id::text AS household_id,
         NULL::text AS person_id,
         jsonb_build_object(
           'number', h.number,
           'phone', h.phone_masked,
           'persons', jsonb_agg(jsonb_build_object('name', l.name, 'hasId', l.citizen_id_hash IS NOT NULL)
                                ORDER BY l.id)
         ) AS facts
    FROM household h
    JOIN listed l ON l.county_code = h.county_code AND l.household_id = h.id
   WHERE ${wants(WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY)}
     AND h.status = 'ORDINARY' AND ${inCounty('h')}${inZone('h.small_zone_code')}
     AND h.small_zone_code IN (SELECT code FROM covered)
   GROUP BY h.county_code, h.id
  HAVING NOT bool_or(l.in_registry)
),

-- 人户分离: listed persons registered here but not living here, found from the listing of the zone or from the
-- registry persons of the zone (whose counterpart may be listed in another zone).
away AS (
  SELECT l.county_code, l.id AS person_id FROM listed l
   WHERE l.registered AND NOT l.resident
  UNION
  SELECT r.county_code, r.person_id FROM registry r
   WHERE r.person_id IS NOT NULL AND r.person_registered AND NOT r.person_resident
),
living_away AS (
  SELECT '${WorklistKind.LIVING_AWAY}' AS kind,
         '${WorklistKind.LIVING_AWAY}:' || a.person_id || '@' || z.zone_code AS key,
         z.zone_code, r.registry_household_number, p.household_id::text AS household_id, p.id::text AS person_id,
         jsonb_build_object(
           'name', p.name,
           'whereabouts', p.whereabouts,
           'number', h.number,
           'phone', CASE WHEN ${householdInScope} THEN h.phone_masked END,
           'listedHere', ${inZone('p.small_zone_code')},
           'registryAddress', r.address
         ) AS facts
    FROM away a
    JOIN person p ON ${inCounty('p')}p.county_code = a.county_code AND p.id = a.person_id
    JOIN household h ON ${inCounty('h')}h.county_code = p.county_code AND h.id = p.household_id
    LEFT JOIN registry_person r
      ON ${inCounty('r')}r.county_code = p.county_code AND r.citizen_id_hash = p.citizen_id_hash
   CROSS JOIN LATERAL (
     SELECT CASE WHEN ${inZone('p.small_zone_code')} THEN p.small_zone_code ELSE r.zone_code END AS zone_code
   ) z
   WHERE ${wants(WorklistKind.LIVING_AWAY)}
),

-- 用电信息 against the listing: a household's latest meter reading, found by the normalized address (kept on the
-- household at write time, sources/address.ts) within the meter's zone.
metered AS (
  SELECT DISTINCT ON (h.id) h.id, h.number, h.status, h.small_zone_code, m.meter_id, m.month, m.usage, m.address
    FROM household h
    JOIN meter_reading m ON ${inCounty('m')}m.county_code = h.county_code AND m.normalized_address = h.normalized_address
                        AND h.small_zone_code >= m.zone_code AND h.small_zone_code < m.zone_code || ':'
   WHERE (${wants(WorklistKind.METER_NO_USE_BUT_ORDINARY)} OR ${wants(WorklistKind.METER_USE_BUT_VACANT)})
     AND ${inCounty('h')}${inZone('h.small_zone_code')} AND h.status IN ('ORDINARY', 'VACANT')
   ORDER BY h.id, m.month DESC
),
meter_disagrees AS (
  SELECT CASE WHEN x.status = 'ORDINARY' THEN '${WorklistKind.METER_NO_USE_BUT_ORDINARY}' ELSE '${WorklistKind.METER_USE_BUT_VACANT}' END AS kind,
         CASE WHEN x.status = 'ORDINARY' THEN '${WorklistKind.METER_NO_USE_BUT_ORDINARY}' ELSE '${WorklistKind.METER_USE_BUT_VACANT}' END
           || ':' || x.number || '@' || x.small_zone_code AS key,
         x.small_zone_code AS zone_code, NULL::text AS registry_household_number, x.id::text AS household_id,
         NULL::text AS person_id,
         jsonb_build_object('number', x.number, 'meterId', x.meter_id, 'month', x.month, 'usage', x.usage,
                            'address', x.address) AS facts
    FROM metered x
   WHERE (x.status = 'ORDINARY' AND x.usage = 'NONE' AND ${wants(WorklistKind.METER_NO_USE_BUT_ORDINARY)})
      OR (x.status = 'VACANT' AND x.usage = 'NORMAL' AND ${wants(WorklistKind.METER_USE_BUT_VACANT)})
),

-- 跨县重复登记: a listed person of the zone whose citizen ID is listed in another county too (重报). The counties
-- come from the national directory (step one, in the service); here only this county's person is read, so each
-- county's item shows its own person and nothing of the other county's but the county's name.
cross_county_duplicate AS (
  SELECT '${WorklistKind.CROSS_COUNTY_DUPLICATE}' AS kind,
         '${WorklistKind.CROSS_COUNTY_DUPLICATE}:' || p.id || '@' || p.small_zone_code AS key,
         p.small_zone_code AS zone_code, NULL::text AS registry_household_number, p.household_id::text AS household_id,
         p.id::text AS person_id,
         jsonb_build_object(
           'name', p.name,
           'citizenId', p.citizen_id_masked,
           'number', h.number,
           'otherCounties', (SELECT jsonb_agg(jsonb_build_object('code', oc.code, 'name', z.name) ORDER BY oc.code)
                               FROM unnest(string_to_array(d.others, ',')) AS oc(code)
                               LEFT JOIN zone z ON z.code = oc.code)
         ) AS facts
    FROM unnest(${duplicateHashes}::bytea[], ${duplicateCounties}::text[], ${duplicateOthers}::text[])
         AS d(hash, county, others)
    JOIN person p ON ${inCounty('p')}p.county_code = d.county AND p.citizen_id_hash = d.hash
    JOIN household h ON ${inCounty('h')}h.county_code = p.county_code AND h.id = p.household_id
   WHERE ${wants(WorklistKind.CROSS_COUNTY_DUPLICATE)} AND ${inZone('p.small_zone_code')}
),

items AS (
  SELECT * FROM registry_household_not_listed
  UNION ALL SELECT * FROM listed_household_without_registry
  UNION ALL SELECT * FROM living_away
  UNION ALL SELECT * FROM meter_disagrees
  UNION ALL SELECT * FROM cross_county_duplicate
),
visible AS (
  SELECT i.kind, i.key COLLATE "C" AS key, i.zone_code AS "zoneCode", i.registry_household_number AS "registryHouseholdNumber",
         i.household_id AS "householdRowId", i.person_id AS "personRowId", i.facts,
         o.outcome, o.note, o.closed_by::text AS "closedByRowId", o.closed_at AS "closedAt"
    FROM items i
    LEFT JOIN worklist_outcome o
      ON ${inCounty('o')}o.county_code = county_key(i.zone_code) AND o.item_key = i.key
   WHERE ${conditions.join(' AND ')}
)`;
}
