/**
 * Calendar helpers for birth dates. Dates are plain year/month/day numbers rather than `Date`
 * objects so that a birth date never shifts with the time zone of the browser or server.
 */

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** The earliest birth date the census accepts; nobody alive in 2020 was born before it. */
export const EARLIEST_BIRTH_DATE: Readonly<YearMonthDay> = { year: 1880, month: 1, day: 1 };

/**
 * The census reference moment (普查标准时点) of the seventh census: 2020-11-01 00:00 Beijing time. Persons born at or
 * after it are not counted, ages are counted at it, and every date rule compares with it rather than with today.
 * Treat it as read-only.
 */
export const CENSUS_REFERENCE_MOMENT: Date = new Date('2020-11-01T00:00:00+08:00');

/**
 * Whether someone born on `date` (a Beijing calendar date; a month alone means its first day) may have been born
 * before `moment`: the day began before it. At the reference moment (a midnight) that is every day before Nov 1.
 */
export function bornBefore(date: { year: number; month: number; day?: number }, moment: Date): boolean {
  const start = Date.UTC(date.year, date.month - 1, date.day ?? 1) - BEIJING_OFFSET_MS;
  return start < moment.getTime();
}

/**
 * Age in completed years (周岁) at `moment` of someone born in `birthYear`-`birthMonth`. The day is not known, so a
 * birthday in the moment's own month counts as not yet reached: at 2020-11-01 00:00, born 2004-10 is 16, born
 * 2004-11 is 15.
 */
export function ageAt(birthYear: number, birthMonth: number, moment: Date = CENSUS_REFERENCE_MOMENT): number {
  const at = beijingDateOf(moment);
  return Math.floor(((at.year - birthYear) * 12 + (at.month - 1 - birthMonth)) / 12);
}

/** 'YYYY-MM-DD HH:MM' in Beijing time, for messages. */
export function formatBeijingMoment(moment: Date): string {
  const shifted = new Date(moment.getTime() + BEIJING_OFFSET_MS);
  return `${formatDate(beijingDateOf(moment))} ${pad(shifted.getUTCHours(), 2)}:${pad(shifted.getUTCMinutes(), 2)}`;
}

/** How a limit moment reads in messages: the census reference moment by name, any other by its time. */
export function describeMoment(moment: Date): { zh: string; en: string } {
  const at = formatBeijingMoment(moment);
  return moment.getTime() === CENSUS_REFERENCE_MOMENT.getTime()
    ? { zh: `普查标准时点（${at} 北京时间）`, en: `the census reference moment (${at} Beijing time)` }
    : { zh: `${at}（北京时间）`, en: `${at} Beijing time` };
}

/** Gregorian rule: every 4th year, except centuries not divisible by 400 (1900 was not leap). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`, or 0 when the month does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCalendarDate(date: YearMonthDay): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(day)) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Negative, zero or positive like a sort comparator. */
export function compareDates(a: YearMonthDay, b: YearMonthDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Today's calendar date in the local time zone of the caller. Census staff work in Beijing time;
 * a server running in UTC should pass an explicit `today` where a midnight edge matters.
 */
export function calendarDateOf(date: Date): YearMonthDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Beijing time (北京时间), the time of every census office: China Standard Time, UTC+8 all year (no daylight
 * saving since 1991). PostgreSQL and Intl know it as `Asia/Shanghai`.
 */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';
/** Beijing time is UTC+8 all year (no daylight saving since 1991). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in Beijing at the moment `at`, whatever the time zone of the server or browser. */
export function beijingDateOf(at: Date): YearMonthDay {
  const shifted = new Date(at.getTime() + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The Beijing calendar date of `at` written YYYY-MM-DD (the GraphQL `Date` form). */
export function beijingDay(at: Date): string {
  return formatDate(beijingDateOf(at));
}

/** The hour (0-23) of the Beijing clock at the moment `at`. */
export function beijingHour(at: Date): number {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCHours();
}

/** The moment the Beijing day `day` (YYYY-MM-DD) starts: its 00:00 Beijing time, 16:00 UTC the day before. */
export function beijingDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** 'YYYY-MM-DD' with zero padding, for messages. */
export function formatDate(date: YearMonthDay): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** 'YYYY-MM' with zero padding, for messages. */
export function formatYearMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
