import type { DataSource } from 'typeorm';

import { countyCodeOf, ZoneLevel } from '@census/rules';

import type { Scope } from '../auth/principal';
import { hydrate, query, selectList, SqlParams } from '../common/sql';
import type { Zone } from '../zones/zone.entity';
import { Building } from './building.entity';
import { buildingMapStatus, type BuildingPoint, MAX_MAP_BUILDINGS } from './building-map.types';

/**
 * The buildings of one small zone with their households' counts, in one statement on the small zone's county;
 * nothing for a zone that is not a small zone or not in the caller's zones.
 */
export async function buildingPoints(db: DataSource, scope: Scope, zone: Zone): Promise<BuildingPoint[]> {
  if (zone.level !== ZoneLevel.SMALL_ZONE || !scope.covers(zone.code)) return [];
  const params = new SqlParams();
  const county = params.add(countyCodeOf(zone.code));
  const code = params.add(zone.code);
  const rows = await query<Record<string, unknown> & { households: number; submitted: number }>(
    db,
    `SELECT ${selectList(db, Building, 't')},
            count(h.id)::int AS households,
            count(h.id) FILTER (WHERE h.stage IN ('SUBMITTED', 'APPROVED'))::int AS submitted
       FROM building t
       LEFT JOIN household h ON h.county_code = t.county_code AND h.building_id = t.id
      WHERE t.county_code = ${county} AND t.small_zone_code = ${code}
        AND ${scope.condition('t.small_zone_code', params, 't.county_code')}
      GROUP BY t.county_code, t.id
      ORDER BY t.number
      LIMIT ${MAX_MAP_BUILDINGS}`,
    params.values,
  );
  return rows.map(({ households, submitted, ...row }) => ({
    building: hydrate(Building, row),
    households,
    submittedHouseholds: submitted,
    status: buildingMapStatus(households, submitted),
  }));
}
