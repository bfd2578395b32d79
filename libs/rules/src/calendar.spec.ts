import {
  calendarDateOf,
  compareDates,
  daysInMonth,
  formatDate,
  formatYearMonth,
  isLeapYear,
  isValidCalendarDate,
  ruleFail,
  ruleIssue,
  ruleOk,
} from './index';

describe('calendar', () => {
  it('applies the Gregorian leap-year rule', () => {
    expect([1896, 1904, 2000, 2020, 2024].every(isLeapYear)).toBe(true);
    expect([1900, 2019, 2100, 2023].some(isLeapYear)).toBe(false);
  });

  it('knows the length of each month', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2019, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2020, 0)).toBe(0);
    expect(daysInMonth(2020, 13)).toBe(0);
  });

  it('validates whole dates', () => {
    expect(isValidCalendarDate({ year: 2020, month: 2, day: 29 })).toBe(true);
    expect(isValidCalendarDate({ year: 2019, month: 2, day: 29 })).toBe(false);
    expect(isValidCalendarDate({ year: 2020, month: 1, day: 1.5 })).toBe(false);
    expect(isValidCalendarDate({ year: 2020, month: 1, day: 0 })).toBe(false);
  });

  it('compares and formats dates', () => {
    expect(compareDates({ year: 2020, month: 1, day: 2 }, { year: 2020, month: 1, day: 1 })).toBeGreaterThan(
      0,
    );
    expect(compareDates({ year: 2019, month: 12, day: 31 }, { year: 2020, month: 1, day: 1 })).toBeLessThan(
      0,
    );
    expect(compareDates({ year: 2020, month: 3, day: 1 }, { year: 2020, month: 3, day: 1 })).toBe(0);
    expect(formatDate({ year: 1949, month: 10, day: 1 })).toBe('1949-10-01');
    expect(formatYearMonth(2020, 2)).toBe('2020-02');
  });

  it('reads the local calendar date of a Date', () => {
    expect(calendarDateOf(new Date(2020, 10, 1, 0, 0, 0))).toEqual({ year: 2020, month: 11, day: 1 });
    expect(calendarDateOf(new Date(2020, 9, 31, 23, 59, 59))).toEqual({ year: 2020, month: 10, day: 31 });
  });
});

describe('result helpers', () => {
  it('build results and issues', () => {
    expect(ruleOk(3)).toEqual({ ok: true, value: 3 });
    expect(ruleFail('OUT_OF_RANGE', 'too big')).toEqual({
      ok: false,
      code: 'OUT_OF_RANGE',
      message: 'too big',
    });
    expect(ruleIssue('rooms', 'REQUIRED', 'Rooms is required')).toEqual({
      item: 'rooms',
      code: 'REQUIRED',
      message: 'Rooms is required',
    });
  });
});
