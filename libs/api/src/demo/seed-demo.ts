import type { DataSource } from 'typeorm';

import {
  demoDivisions,
  type DemoOptions,
  type DemoSmallZone,
  demoZoneBoxes,
  generateSmallZones,
} from '@census/demo-data';
import { ZoneLevel } from '@census/rules';

import { query } from '../common/sql';
import type { FieldCrypto } from '../privacy/field-crypto';
import { insertSmallZones, insertZoneBoundaries, insertZones } from './bulk-insert';
import { DEMO_LISTED_AT, seedDemoHistory } from './seed-history';

export interface SeedSummary {
  zones: number;
  smallZones: number;
  buildings: number;
  households: number;
  persons: number;
}

const BATCH = 20;

/**
 * The demo's office settings of the long form (长表附加项目): the county's second township added the vehicle items
 * (the first, where the demo's township office and enumerators work, asks the standard form). The township is
 * inserted with its setting, so the demo's change feed has one entry per zone like every other object's.
 */
export function demoVehicleTownship(zones: readonly { code: string; level: ZoneLevel }[]): string | null {
  const townships = zones
    .filter((zone) => zone.level === ZoneLevel.TOWNSHIP)
    .map((zone) => zone.code)
    .sort();
  return townships[1] ?? townships[0] ?? null;
}

/**
 * Loads the demo county (real division codes and names, generated small zones, buildings, households and
 * persons, listed by the end of October 2020, and their November 2020 workflow history with its daily progress)
 * into an empty database. Does nothing when zones exist already, so restarts keep the data as
 * people left it.
 */
export async function seedDemo(
  db: DataSource,
  crypto: FieldCrypto,
  options?: DemoOptions,
): Promise<SeedSummary | null> {
  const [{ count }] = await query<{ count: number }>(db, `SELECT count(*)::int AS count FROM zone`);
  if (count > 0) return null;
  const divisions = demoDivisions();
  const summary: SeedSummary = {
    zones: divisions.length,
    smallZones: 0,
    buildings: 0,
    households: 0,
    persons: 0,
  };
  await db.transaction(async (tx) => {
    const township = demoVehicleTownship(divisions);
    await insertZones(
      tx,
      divisions.map((zone) => (zone.code === township ? { ...zone, longFormVehicles: true } : zone)),
    );
    await insertZoneBoundaries(tx, demoZoneBoxes(divisions));
    const vehicles = (smallZoneCode: string) => township !== null && smallZoneCode.startsWith(township);
    let batch: DemoSmallZone[] = [];
    const flush = async () => {
      await insertSmallZones(tx, batch, crypto, { createdAt: DEMO_LISTED_AT, vehicles });
      batch = [];
    };
    const censusZones = divisions.filter((zone) => zone.level === ZoneLevel.CENSUS_ZONE);
    for (const smallZone of generateSmallZones(censusZones, options)) {
      summary.smallZones += 1;
      summary.buildings += smallZone.buildings.length;
      summary.households += smallZone.households.length;
      summary.persons += smallZone.persons.length;
      batch.push(smallZone);
      if (batch.length === BATCH) await flush();
    }
    if (batch.length) await flush();
    await seedDemoHistory(tx);
  });
  summary.zones += summary.smallZones;
  await query(db, 'ANALYZE');
  return summary;
}
