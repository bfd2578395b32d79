import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { countyRowKey } from '../common/global-id';
import { createCountyRowLoader } from '../common/key-loader';
import { createPageLoader, type ListSpec, zoneParent } from '../common/page-loader';
import type { ColumnPlan } from '../common/selection';
import type { SqlParams } from '../common/sql';
import type { Zone } from '../zones/zone.entity';
import { Building } from './building.entity';
import { buildingPoints } from './building-map.sql';

export const BUILDING_LIST: ListSpec<Building> = {
  entity: Building,
  table: 'building',
  order: [
    { column: 'small_zone_code', property: 'smallZoneCode' },
    { column: 'number', property: 'number' },
  ],
};

/** How the fields of `Building` map to columns (common/selection.ts). */
export const BUILDING_COLUMNS: ColumnPlan = {
  always: ['countyCode', 'rowId', 'smallZoneCode', 'number'],
  keyOnly: ['id', 'households', 'householdsConnection', 'smallZone', 'problems', 'problemsConnection'],
};

export function createBuildingLoaders(db: DataSource, scope: Scope) {
  const visible = (building: Building) => scope.covers(building.smallZoneCode);
  const buildingById = createCountyRowLoader(db, Building, 'building', visible);
  const options = {
    counties: scope.counties,
    visible: (params: SqlParams) => scope.condition('t.small_zone_code', params, 't.county_code'),
    prime: (building: Building) =>
      void buildingById.prime(countyRowKey(building.countyCode, building.rowId), building),
  };
  return {
    buildingById,
    buildingsInZone: createPageLoader(db, BUILDING_LIST, zoneParent('t.small_zone_code'), options),
    buildings: createPageLoader(db, BUILDING_LIST, null, options),
    /** 建筑物标注: the buildings of a small zone in the caller's zones, with their households' progress. */
    buildingPointsOf: (zone: Zone) => buildingPoints(db, scope, zone),
  };
}
