/**
 * Validators for the address and household items of the short form (H1-H7 and the address line
 * 建筑物编号 / 户编号). Like the person rules they return a list of problems, empty when valid, and
 * check codes exactly as given.
 */
import { HouseholdStage } from './enums/household';
import { checkInteger, checkPresent } from './field-checks';
import { type RuleIssue, ruleIssue } from './result';
import { quote } from './text';

/**
 * Stages in which the short form is with a reviewer (短表已上报或已审核): nobody changes the household or its
 * persons until it is returned.
 */
export const LOCKED_STAGES: readonly HouseholdStage[] = [HouseholdStage.SUBMITTED, HouseholdStage.APPROVED];

export const MAX_HOUSEHOLD_NUMBER = 999;
export const MAX_BUILDING_NUMBER_LENGTH = 10;
export const MAX_FLOOR_AREA = 10000;
export const MAX_ROOMS = 200;
export const MAX_COUNT = 999;

/** 户编号: exactly three digits, '001'-'999', unique within the small zone. */
export function validateHouseholdNumber(number: string | null | undefined): RuleIssue[] {
  const missing = checkPresent('householdNumber', 'Household number', number, 'household.number');
  if (missing || number == null) return missing ? [missing] : [];
  if (!/^\d{3}$/.test(number)) {
    return [
      ruleIssue(
        'householdNumber',
        'INVALID_FORMAT',
        `Household number ${quote(number)} must be exactly 3 digits, '001' to '999'`,
        'rule.householdNumberFormat',
        { value: number },
      ),
    ];
  }
  if (number === '000') {
    return [
      ruleIssue(
        'householdNumber',
        'OUT_OF_RANGE',
        `Household number '000' is not allowed; numbers start at '001'`,
        'rule.householdNumberZero',
      ),
    ];
  }
  return [];
}

/**
 * Number for a household found after listing: highest existing number + 1, zero-padded to three
 * digits (gaps are not reused, so a number never changes meaning). Entries that are not all digits
 * are ignored. Returns undefined when the small zone already uses '999'.
 */
export function nextHouseholdNumber(existing: readonly string[]): string | undefined {
  let max = 0;
  for (const number of existing) {
    const value = number.trim();
    if (/^\d+$/.test(value)) max = Math.max(max, Number(value));
  }
  return max >= MAX_HOUSEHOLD_NUMBER ? undefined : String(max + 1).padStart(3, '0');
}

/**
 * 建筑物编号, as painted on the building during building marking. Rule: 1-10 characters; one or
 * more digits, optionally further digit groups joined by '-', optionally ending in one upper-case
 * letter. Valid: '001', '12A', '3-2', '3-2A'. Invalid: 'A12', '12-', '12a' (upper-case only, so
 * '12a' and '12A' can never become two buildings).
 */
export function validateBuildingNumber(number: string | null | undefined): RuleIssue[] {
  const missing = checkPresent('buildingNumber', 'Building number', number, 'household.buildingNumber');
  if (missing || number == null) return missing ? [missing] : [];
  if (number.length > MAX_BUILDING_NUMBER_LENGTH) {
    return [
      ruleIssue(
        'buildingNumber',
        'INVALID_LENGTH',
        `Building number ${quote(number)} has ${number.length} characters; at most ${MAX_BUILDING_NUMBER_LENGTH} are allowed`,
        'rule.buildingNumberLength',
        { value: number, length: number.length, max: MAX_BUILDING_NUMBER_LENGTH },
      ),
    ];
  }
  if (!/^\d+(?:-\d+)*[A-Z]?$/.test(number)) {
    return [
      ruleIssue(
        'buildingNumber',
        'INVALID_FORMAT',
        `Building number ${quote(number)} must be digits, optionally joined by '-' and ending in one upper-case letter (e.g. '001', '12A', '3-2')`,
        'rule.buildingNumberFormat',
        { value: number },
      ),
    ];
  }
  return [];
}

/** H6 本户现住房建筑面积 in m2: more than 0, at most 10000, at most two decimal places. */
export function validateFloorArea(m2: number | null | undefined): RuleIssue[] {
  if (m2 == null) {
    return [
      ruleIssue('floorArea', 'REQUIRED', 'Floor area is required', 'rule.required', {
        item: 'household.floorArea',
      }),
    ];
  }
  if (!Number.isFinite(m2)) {
    const message = `Floor area must be a number; got ${m2}`;
    return [ruleIssue('floorArea', 'INVALID_NUMBER', message, 'rule.floorAreaNumber', { value: String(m2) })];
  }
  if (m2 <= 0 || m2 > MAX_FLOOR_AREA) {
    return [
      ruleIssue(
        'floorArea',
        'OUT_OF_RANGE',
        `Floor area ${m2} m2 is outside the allowed range: more than 0 and at most ${MAX_FLOOR_AREA} m2`,
        'rule.floorAreaRange',
        { value: m2, max: MAX_FLOOR_AREA },
      ),
    ];
  }
  // The shortest decimal form of a double is what the user typed, so reading it as text avoids
  // floating-point noise (12.34 * 100 is not exactly 1234).
  if (!/^\d+(?:\.\d{1,2})?$/.test(String(m2))) {
    const message = `Floor area ${m2} m2 has more than 2 decimal places`;
    return [ruleIssue('floorArea', 'INVALID_NUMBER', message, 'rule.floorAreaDecimals', { value: m2 })];
  }
  return [];
}

/** H7 本户现住房间数: a whole number 0-200 (0 for a household with no room of its own). */
export function validateRooms(n: number | null | undefined): RuleIssue[] {
  return checkInteger('rooms', 'Number of rooms', n, 0, MAX_ROOMS, 'household.rooms');
}

/**
 * The short form's household counts, by sex: H2 persons who should be registered here (present, and registered
 * here but absent), H3 births and H4 deaths in the census year. Each is checked by `validateCount`.
 */
export const HOUSEHOLD_COUNT_ITEMS = [
  'presentMale',
  'presentFemale',
  'absentMale',
  'absentFemale',
  'birthsMale',
  'birthsFemale',
  'deathsMale',
  'deathsFemale',
] as const;

export type HouseholdCountItem = (typeof HOUSEHOLD_COUNT_ITEMS)[number];

/**
 * H2 / H3 / H4 counts (persons, births, deaths, each by sex): a whole number 0-999. `item` names
 * the field the issue belongs to, e.g. 'birthsMale'.
 */
export function validateCount(n: number | null | undefined, item = 'count'): RuleIssue[] {
  return checkInteger(item, 'Count', n, 0, MAX_COUNT, `household.${item}`);
}
