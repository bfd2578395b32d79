import {
  beijingDateOf,
  beijingDay,
  beijingDayStart,
  beijingHour,
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
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2019, i + 1))).toMatchObject([
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
    expect(ruleFail('OUT_OF_RANGE', 'too big', 'rule.outOfRange', { value: 1000 })).toEqual({
      ok: false,
      code: 'OUT_OF_RANGE',
      message: 'too big',
      messageCode: 'rule.outOfRange',
      params: { value: 1000 },
    });
    expect(
      ruleIssue('rooms', 'REQUIRED', 'Rooms is required', 'rule.required', { item: 'household.rooms' }),
    ).toEqual({
      item: 'rooms',
      code: 'REQUIRED',
      message: 'Rooms is required',
      messageCode: 'rule.required',
      params: { item: 'household.rooms' },
    });
  });
});

describe('Beijing day', () => {
  it('turns at 16:00 UTC, whatever the time zone of the machine', () => {
    expect(beijingDay(new Date('2020-10-31T15:59:59.999Z'))).toBe('2020-10-31');
    expect(beijingDay(new Date('2020-10-31T16:00:00.000Z'))).toBe('2020-11-01');
    expect(beijingDay(new Date('2020-11-01T15:59:59.999Z'))).toBe('2020-11-01');
    expect(beijingDay(new Date('2020-11-01T00:00:00+08:00'))).toBe('2020-11-01');
    expect(beijingDay(new Date('2020-10-31T23:59:59.999+08:00'))).toBe('2020-10-31');
  });

  it('crosses months, years and leap days at Beijing midnight', () => {
    expect(beijingDateOf(new Date('2020-12-31T16:00:00Z'))).toEqual({ year: 2021, month: 1, day: 1 });
    expect(beijingDateOf(new Date('2020-12-31T15:59:59Z'))).toEqual({ year: 2020, month: 12, day: 31 });
    expect(beijingDay(new Date('2020-02-28T16:00:00Z'))).toBe('2020-02-29');
    expect(beijingDay(new Date('2020-02-29T16:00:00Z'))).toBe('2020-03-01');
  });

  it('reads the Beijing clock hour', () => {
    expect(beijingHour(new Date('2020-11-01T15:59:59Z'))).toBe(23);
    expect(beijingHour(new Date('2020-11-01T16:00:00Z'))).toBe(0);
    expect(beijingHour(new Date('2020-11-02T03:30:00Z'))).toBe(11);
  });

  it('starts a Beijing day at 16:00 UTC of the day before', () => {
    expect(beijingDayStart('2020-11-01').toISOString()).toBe('2020-10-31T16:00:00.000Z');
    expect(beijingDayStart('2021-01-01').toISOString()).toBe('2020-12-31T16:00:00.000Z');
    expect(beijingDay(beijingDayStart('2020-03-01'))).toBe('2020-03-01');
    expect(beijingDay(new Date(beijingDayStart('2020-03-01').getTime() - 1))).toBe('2020-02-29');
  });
});
