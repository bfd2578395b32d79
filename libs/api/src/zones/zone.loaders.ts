import type { DataSource } from 'typeorm';

import type { Scope } from '../auth/principal';
import { createKeyLoader } from '../common/key-loader';
import { createPageLoader, type ListSpec } from '../common/page-loader';
import type { SqlParams } from '../common/sql';
import { Zone } from './zone.entity';
import { ZoneBoundary } from './zone-boundary.entity';

export const ZONE_LIST: ListSpec<Zone> = {
  entity: Zone,
  table: 'zone',
  order: [{ column: 'code', property: 'code' }],
};

export function createZoneLoaders(db: DataSource, scope: Scope) {
  const zoneByCode = createKeyLoader(
    db,
    Zone,
    'zone',
    'code',
    (zone) => zone.code,
    (zone) => scope.seesZone(zone.code),
  );
  const options = {
    visible: (params: SqlParams) => scope.zoneCondition('t.code', params),
    prime: (zone: Zone) => void zoneByCode.prime(zone.code, zone),
  };
  return {
    zoneByCode,
    /** 区划边界 of zones the caller sees (its zones and their ancestors). */
    zoneBoundaryByCode: createKeyLoader(
      db,
      ZoneBoundary,
      'zone_boundary',
      'zone_code',
      (boundary) => boundary.zoneCode,
      (boundary) => scope.seesZone(boundary.zoneCode),
    ),
    zoneChildren: createPageLoader(db, ZONE_LIST, (parent) => `t.parent_code = ${parent}`, options),
    zones: createPageLoader(db, ZONE_LIST, null, options),
  };
}
