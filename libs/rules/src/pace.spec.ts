import { BEHIND_PACE_MIN_HOUSEHOLDS, medianOf, paceOf, submittedShare } from './pace';

describe('behind pace (进度落后)', () => {
  it('takes the median of the shares of the peers holding households', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([0.2, 0.9, 0.4])).toBe(0.4);
    expect(medianOf([1, 0.2])).toBeCloseTo(0.6);
    expect(submittedShare({ households: 0, submitted: 0 })).toBe(0);
    expect(
      paceOf([
        { households: 0, submitted: 0 },
        { households: 4, submitted: 2 },
      ]).median,
    ).toBe(0.5);
  });

  it('flags an enumerator of at least 10 households below half the median share, and nobody else', () => {
    // Shares 0.2, 1.0, 0 and 0.05: median 0.125, so behind is below 0.0625.
    const { median, behind } = paceOf([
      { households: 10, submitted: 2 }, // 0.2: not below 0.0625
      { households: 4, submitted: 4 }, // 1.0
      { households: 9, submitted: 0 }, // 0, but below the minimum of households: never behind
      { households: 20, submitted: 1 }, // 0.05: behind
      { households: 0, submitted: 0 }, // no households: out of the median, never behind
    ]);
    expect(median).toBeCloseTo(0.125);
    expect(behind).toEqual([false, false, false, true, false]);
    const team = paceOf([
      { households: BEHIND_PACE_MIN_HOUSEHOLDS, submitted: 2 },
      { households: 4, submitted: 4 },
    ]);
    expect(team.median).toBeCloseTo(0.6);
    expect(team.behind).toEqual([true, false]);
    expect(paceOf([]).behind).toEqual([]);
  });
});
