import type { DataSource } from 'typeorm';
import { createKeyLoader } from '../common/key-loader';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import { withinZone } from '../common/subtree';
import { Building } from './building.entity';

export const BUILDING_LIST: ListSpec<Building> = {
  entity: Building,
  table: 'building',
  order: [
    { column: 'small_zone_code', property: 'smallZoneCode' },
    { column: 'number', property: 'number' },
  ],
};

export function createBuildingLoaders(db: DataSource) {
  return {
    buildingById: createKeyLoader(db, Building, 'building', 'id', (building) => building.rowId),
    buildingsInZone: createPageLoader(db, BUILDING_LIST, (zone) => withinZone('t.small_zone_code', zone)),
    buildings: createPageLoader(db, BUILDING_LIST, null),
  };
}
