import { createHmac } from 'node:crypto';

import { isLongFormSampled, LONG_FORM_INTERVAL, longFormStart } from './long-form-sample';

const number = (n: number) => String(n).padStart(3, '0');

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('isLongFormSampled', () => {
  it('selects every tenth household from the start', () => {
    const sampled = Array.from({ length: 35 }, (_, i) => i + 1).filter((n) =>
      isLongFormSampled(number(n), 4),
    );
    expect(sampled).toEqual([4, 14, 24, 34]);
  });

  it('selects household 010, 020, ... for the start 10', () => {
    expect(isLongFormSampled('010', 10)).toBe(true);
    expect(isLongFormSampled('001', 10)).toBe(false);
    expect(isLongFormSampled('990', 10)).toBe(true);
  });

  it('selects exactly ⌊n/10⌋ or ⌈n/10⌉ of households 001..n, for every start and every n', () => {
    const wrong: string[] = [];
    for (let start = 1; start <= LONG_FORM_INTERVAL; start += 1) {
      let selected = 0;
      for (let n = 1; n <= 999; n += 1) {
        if (isLongFormSampled(number(n), start)) selected += 1;
        if (selected < Math.floor(n / 10) || selected > Math.ceil(n / 10))
          wrong.push(`start ${start}, n ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('selects a household added later by the same rule: its number alone decides', () => {
    const listed = Array.from({ length: 83 }, (_, i) => number(i + 1));
    const before = listed.filter((n) => isLongFormSampled(n, 4));
    const added = number(84); // nextHouseholdNumber: max + 1
    expect(isLongFormSampled(added, 4)).toBe(true);
    expect(listed.filter((n) => isLongFormSampled(n, 4))).toEqual(before);
  });

  it.each([['000'], ['1'], ['01a'], ['1000'], ['']])('refuses the household number %p', (value) => {
    expect(() => isLongFormSampled(value, 1)).toThrow(RangeError);
  });

  it.each([[0], [11], [1.5], [Number.NaN]])('refuses the start %p', (start) => {
    expect(() => isLongFormSampled('001', start)).toThrow(RangeError);
  });
});

describe('longFormStart', () => {
  it('is reproducible: the same digest gives the same start, as bytes or hex', () => {
    const digest = createHmac('sha256', 'secret').update('110105001001003').digest();
    const start = longFormStart(digest);
    expect(longFormStart(digest)).toBe(start);
    expect(longFormStart(digest.toString('hex'))).toBe(start);
    expect(longFormStart(digest.toString('hex').toUpperCase())).toBe(start);
    expect(start).toBeGreaterThanOrEqual(1);
    expect(start).toBeLessThanOrEqual(10);
  });

  it('reads the digest as one big-endian number modulo 10, plus 1', () => {
    expect(longFormStart('0000000000000000')).toBe(1);
    expect(longFormStart('0000000000000009')).toBe(10);
    expect(longFormStart('000000000000000a')).toBe(1);
    expect(longFormStart('0000000000000100')).toBe(7); // 256 mod 10 = 6
  });

  it.each([['xyz'], ['abc'], [''], ['00ff']])('refuses the digest %p', (digest) => {
    expect(() => longFormStart(digest)).toThrow(RangeError);
  });

  it('gives every start about equally often, and samples about 10% of 554 small zones', () => {
    const random = generator(20201101);
    const secret = Buffer.from(Array.from({ length: 32 }, () => Math.floor(random() * 256)));
    const starts = new Map<number, number>();
    let households = 0;
    let sampled = 0;
    const codes = new Set<string>();
    while (codes.size < 554) {
      const code = `1101050${String(Math.floor(random() * 99) + 1).padStart(2, '0')}${String(Math.floor(random() * 999) + 1).padStart(3, '0')}${String(Math.floor(random() * 899) + 1).padStart(3, '0')}`;
      codes.add(code);
    }
    for (const code of codes) {
      const start = longFormStart(createHmac('sha256', secret).update(code).digest());
      starts.set(start, (starts.get(start) ?? 0) + 1);
      const size = 40 + Math.floor(random() * 120);
      let inZone = 0;
      for (let n = 1; n <= size; n += 1) if (isLongFormSampled(number(n), start)) inZone += 1;
      expect(inZone).toBeGreaterThanOrEqual(Math.floor(size / 10));
      expect(inZone).toBeLessThanOrEqual(Math.ceil(size / 10));
      households += size;
      sampled += inZone;
    }
    expect([...starts.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 554 zones over 10 starts: about 55 each; 20-100 is far outside any fair chance.
    for (const count of starts.values()) {
      expect(count).toBeGreaterThan(20);
      expect(count).toBeLessThan(100);
    }
    const share = sampled / households;
    expect(share).toBeGreaterThan(0.095);
    expect(share).toBeLessThan(0.105);
  });
});
