import { createHash } from 'node:crypto';

import { ZoneLevel } from '@census/rules';

import type { DemoOptions, DemoSmallZone } from './index';
import { demoDataset, demoDivisions, generateSmallZones, summarize, syntheticCounty } from './index';

/** One digest over the JSON of every small zone, so whole runs compare without holding them twice. */
function digest(zones: Iterable<DemoSmallZone>): string {
  const hash = createHash('sha256');
  for (const zone of zones) hash.update(JSON.stringify(zone));
  return hash.digest('hex');
}

describe('generateSmallZones', () => {
  const county = syntheticCounty('110108', 3, 4);
  const small: DemoOptions = { householdsPerSmallZone: [20, 40] };

  it('gives byte-identical output for the same options and different output for another seed', () => {
    const a = JSON.stringify([...generateSmallZones(county, small)]);
    expect(JSON.stringify([...generateSmallZones(county, small)])).toBe(a);
    expect(JSON.stringify([...generateSmallZones(county, { ...small, seed: 7 })])).not.toBe(a);
  });

  it('gives the same demo dataset on every run', () => {
    const first = demoDataset();
    expect(digest(first.smallZones)).toBe(digest(generateSmallZones(demoDivisions())));
    expect(first.divisions).toEqual(demoDivisions());
  });

  it('is a lazy stream: the first zone of a 45-million-household county comes at once', () => {
    const huge = syntheticCounty('440106', 200, 999);
    const started = Date.now();
    const iterator = generateSmallZones(huge);
    const first = iterator.next();
    if (first.done === true) throw new Error('the stream ended before its first zone');
    expect(first.value.zone.code).toBe(`${huge.find((z) => z.level === ZoneLevel.CENSUS_ZONE)?.code}001`);
    expect(Date.now() - started).toBeLessThan(1000);
    iterator.return(undefined);
  });

  it('numbers small zones 001.. within each census zone and honours the option ranges', () => {
    const zones = [
      ...generateSmallZones(county, { smallZonesPerCensusZone: [1, 4], householdsPerSmallZone: [5, 9] }),
    ];
    const censusZones = county.filter((z) => z.level === ZoneLevel.CENSUS_ZONE);
    expect(summarize(zones).censusZones).toBe(censusZones.length);
    for (const censusZone of censusZones) {
      const mine = zones.filter((z) => z.zone.code.startsWith(censusZone.code));
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine.length).toBeLessThanOrEqual(4);
      mine.forEach((z, i) => {
        expect(z.zone).toEqual({
          code: censusZone.code + String(i + 1).padStart(3, '0'),
          name: `第${i + 1}普查小区`,
          level: ZoneLevel.SMALL_ZONE,
        });
        expect(z.households.length).toBeGreaterThanOrEqual(5);
        expect(z.households.length).toBeLessThanOrEqual(9);
      });
    }
  });

  it('skips zones that are not census zones and checks options before the first pull', () => {
    expect([...generateSmallZones(county.filter((z) => z.level !== ZoneLevel.CENSUS_ZONE))]).toEqual([]);
    expect(() => generateSmallZones(county, { householdsPerSmallZone: [10, 1000] })).toThrow(RangeError);
    expect(() => generateSmallZones(county, { smallZonesPerCensusZone: [3, 2] })).toThrow(RangeError);
    expect(() => generateSmallZones(county, { seed: 1.5 })).toThrow(RangeError);
  });
});
