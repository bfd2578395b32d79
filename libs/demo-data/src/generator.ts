/**
 * The streaming generator. Each small zone draws from its own PRNG stream keyed by its code, so
 * a zone's buildings, households and persons do not depend on how many zones came before it;
 * only citizen-ID slots are shared across the run, to keep IDs unique.
 */
import { ZoneLevel } from '@census/rules';

import { censusZoneBoxes, type DemoBox, stripCell } from './boundaries';
import { planBuildings } from './buildings';
import { CitizenIdAllocator } from './citizen-ids';
import { demoDivisions } from './divisions';
import { generateHousehold } from './households';
import { Random } from './random';
import type { DemoHousehold, DemoOptions, DemoPerson, DemoSmallZone, DemoZone } from './types';

export const DEFAULT_SEED = 20201101;

interface ResolvedOptions {
  seed: number;
  smallZonesPerCensusZone: readonly [number, number];
  householdsPerSmallZone: readonly [number, number];
}

function checkRange(name: string, range: readonly [number, number], max: number): void {
  const [min, top] = range;
  if (!Number.isInteger(min) || !Number.isInteger(top) || min < 1 || top < min || top > max) {
    throw new RangeError(`${name} must be integers 1 <= min <= max <= ${max}: [${min}, ${top}]`);
  }
}

export function resolveOptions(options: DemoOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    seed: options.seed ?? DEFAULT_SEED,
    smallZonesPerCensusZone: options.smallZonesPerCensusZone ?? [2, 3],
    householdsPerSmallZone: options.householdsPerSmallZone ?? [70, 110],
  };
  if (!Number.isInteger(resolved.seed)) throw new RangeError(`seed must be an integer: ${resolved.seed}`);
  // 900-999 are reserved for virtual small zones; household numbers have three digits.
  checkRange('smallZonesPerCensusZone', resolved.smallZonesPerCensusZone, 899);
  checkRange('householdsPerSmallZone', resolved.householdsPerSmallZone, 999);
  return resolved;
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

function* stream(zones: readonly DemoZone[], o: ResolvedOptions): Generator<DemoSmallZone> {
  const ids = new CitizenIdAllocator(o.seed);
  // Census zones tile roughly 12 x 14 km around the county centre (boundaries.ts).
  const boxOf = censusZoneBoxes(zones);
  for (const censusZone of zones) {
    if (censusZone.level !== ZoneLevel.CENSUS_ZONE) continue;
    const zoneRandom = Random.forKey(o.seed, censusZone.code);
    const count = zoneRandom.int(...o.smallZonesPerCensusZone);
    const censusBox = boxOf(censusZone.code);
    for (let i = 1; i <= count; i++) {
      const code = censusZone.code + pad3(i);
      const random = Random.forKey(o.seed, code);
      const target = random.int(...o.householdsPerSmallZone);
      const box: DemoBox = stripCell(censusBox, count, i - 1);
      const { buildings, slots } = planBuildings(random, censusZone, code, i, target, box);
      const households: DemoHousehold[] = [];
      const persons: DemoPerson[] = [];
      slots.forEach((slot, index) => {
        const ctx = { random, ids, smallZoneCode: code, householdNumber: pad3(index + 1) };
        const generated = generateHousehold(ctx, slot);
        households.push(generated.household);
        persons.push(...generated.persons);
      });
      yield {
        zone: { code, name: `第${i}普查小区`, level: ZoneLevel.SMALL_ZONE },
        box,
        buildings,
        households,
        persons,
      };
    }
  }
}

/**
 * Small zones for every CENSUS_ZONE in `censusZones` (other levels are skipped, so a whole
 * division list can be passed), one at a time: memory stays flat however many are pulled.
 * Options are checked here, before the first zone is pulled.
 */
export function generateSmallZones(censusZones: DemoZone[], options?: DemoOptions): Generator<DemoSmallZone> {
  return stream(censusZones, resolveOptions(options));
}

/** The whole demo county in memory: what `npm start` seeds. */
export function demoDataset(options?: DemoOptions): { divisions: DemoZone[]; smallZones: DemoSmallZone[] } {
  const divisions = demoDivisions();
  return { divisions, smallZones: [...generateSmallZones(divisions, options)] };
}

/** Totals of a dataset, for logs and the progress-report tests. */
export function summarize(smallZones: Iterable<DemoSmallZone>): {
  censusZones: number;
  smallZones: number;
  buildings: number;
  households: number;
  persons: number;
} {
  const censusZones = new Set<string>();
  const totals = { censusZones: 0, smallZones: 0, buildings: 0, households: 0, persons: 0 };
  for (const sz of smallZones) {
    censusZones.add(sz.zone.code.slice(0, 12));
    totals.smallZones++;
    totals.buildings += sz.buildings.length;
    totals.households += sz.households.length;
    totals.persons += sz.persons.length;
  }
  totals.censusZones = censusZones.size;
  return totals;
}
