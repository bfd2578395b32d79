import { DEMO_COUNTY_CODE, demoDataset } from '@census/demo-data';

import { FieldCrypto, randomFieldKeys } from '../privacy/field-crypto';
import { LongFormSampler } from './long-form-sample';

describe('long-form sample selection', () => {
  const keys = randomFieldKeys();
  const { smallZones } = demoDataset();

  it('is reproducible with the same keys and differs with other keys', () => {
    const a = new LongFormSampler(new FieldCrypto(keys));
    const b = new LongFormSampler(new FieldCrypto({ ...keys }));
    const other = new LongFormSampler(new FieldCrypto(randomFieldKeys()));
    const codes = smallZones.slice(0, 200).map((zone) => zone.zone.code);
    expect(codes.map((code) => a.start(code))).toEqual(codes.map((code) => b.start(code)));
    expect(codes.map((code) => a.start(code))).not.toEqual(codes.map((code) => other.start(code)));
    // Every start 1..10 occurs: the start differs between small zones.
    expect(new Set(codes.map((code) => a.start(code))).size).toBe(10);
  });

  it('samples ⌊n/10⌋ or ⌈n/10⌉ households of every small zone of the demo county, about 10% per township', () => {
    const sampler = new LongFormSampler(new FieldCrypto(keys));
    const townships = new Map<string, { households: number; sampled: number }>();
    for (const smallZone of smallZones) {
      const n = smallZone.households.length;
      const sampled = smallZone.households.filter((h) => sampler.sampled(h.smallZoneCode, h.number)).length;
      // Households are numbered 001..n in the demo: exactly floor or ceil of a tenth.
      expect(sampled === Math.floor(n / 10) || sampled === Math.ceil(n / 10)).toBe(true);
      const township = smallZone.zone.code.slice(0, 9);
      const totals = townships.get(township) ?? { households: 0, sampled: 0 };
      totals.households += n;
      totals.sampled += sampled;
      townships.set(township, totals);
    }
    expect(townships.size).toBeGreaterThan(5);
    for (const [code, { households, sampled }] of townships) {
      expect(code.startsWith(DEMO_COUNTY_CODE)).toBe(true);
      const share = sampled / households;
      expect(share).toBeGreaterThan(0.09);
      expect(share).toBeLessThan(0.11);
    }
    if (process.env.SHOW_SAMPLE) {
      for (const [code, { households, sampled }] of townships)
        console.log(`${code} ${sampled}/${households} = ${((100 * sampled) / households).toFixed(2)}%`);
    }
  });
});
