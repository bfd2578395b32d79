/**
 * The 18-character citizen identity number (公民身份号码, GB 11643-1999), item D3 of the short form:
 * 6-digit region code, 8-digit birth date, 3-digit sequence (odd for men, even for women) and an
 * ISO 7064 MOD 11-2 check character ('0'-'9' or 'X').
 *
 * Error messages never repeat the whole number: they end up in logs and GraphQL errors, and the
 * number is personal data. They name the offending part instead.
 */
import {
  bornBefore,
  CENSUS_REFERENCE_MOMENT,
  compareDates,
  daysInMonth,
  describeMoment,
  EARLIEST_BIRTH_DATE,
  formatDate,
  formatYearMonth,
  isValidCalendarDate,
  type YearMonthDay,
} from './calendar';
import { type EnumLabel, Sex, SEX_LABELS } from './enums';
import { ruleFail, ruleOk, type RuleResult } from './result';
import { describeCharacter, findInvisible, foldFullWidth, quote } from './text';
import { isCitizenIdProvince, PROVINCE_CODE_LIST } from './zone-code';

export const CITIZEN_ID_LENGTH = 18;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

export interface ParsedCitizenId {
  /** The normalised number: trimmed, with an upper-case 'X'. */
  id: string;
  regionCode: string;
  birthDate: YearMonthDay;
  sex: Sex;
}

export interface CitizenIdAgreementIssue {
  item: 'sex' | 'birthYearMonth';
  code: 'MISMATCH';
  message: string;
  messageCode: 'rule.citizenIdSexMismatch' | 'rule.citizenIdBirthMismatch';
  params: { sex: Sex; idSex: Sex } | { given: string; fromId: string };
}

/** Check character for the first 17 digits; throws a RangeError unless given exactly 17 digits. */
export function citizenIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`Expected the first 17 digits of a citizen ID, got ${first17.length} characters`);
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Parse and fully validate a citizen ID. `reference` bounds the birth date: by default the census reference moment
 * (2020-11-01 00:00 Beijing time), so a person born on or after Nov 1 2020 is refused.
 */
export function parseCitizenId(
  input: string,
  reference: Date = CENSUS_REFERENCE_MOMENT,
): RuleResult<ParsedCitizenId> {
  const id = foldFullWidth(input).trim().replace(/x$/, 'X');
  if (id === '')
    return ruleFail('REQUIRED', 'Citizen ID is empty', 'rule.required', { item: 'person.citizenId' });
  // An invisible character makes "19 characters" of what the user sees as 18: name it first.
  const invisible = findInvisible(id);
  if (invisible) {
    const { zh, en } = describeCharacter(invisible.character);
    const at = invisible.position;
    return ruleFail(
      'INVALID_CHARACTERS',
      `公民身份号码第 ${at} 个字符是看不见的 ${zh}，请删去。 Citizen ID character ${at} is the invisible ${en}; remove it`,
      'citizenId.invisible',
      { position: at, character: { zh, en } },
    );
  }
  // Count code points, not UTF-16 units, so a stray emoji is reported as one character.
  const chars = [...id];
  if (chars.length !== CITIZEN_ID_LENGTH) {
    const legacy = /^\d{15}$/.test(id) ? ' (15-digit first-generation numbers are no longer valid)' : '';
    return ruleFail(
      'INVALID_LENGTH',
      `Citizen ID has ${chars.length} characters; expected 18${legacy}`,
      'citizenId.length',
      { length: chars.length, legacy: legacy ? 'yes' : 'no' },
    );
  }
  const badIndex = chars.findIndex(
    (ch, i) => !(/^\d$/.test(ch) || (i === CITIZEN_ID_LENGTH - 1 && ch === 'X')),
  );
  if (badIndex >= 0) {
    return ruleFail(
      'INVALID_CHARACTERS',
      `Citizen ID character ${badIndex + 1} is ${quote(chars[badIndex])}; only digits are allowed, and 'X' as the last character`,
      'citizenId.characters',
      { position: badIndex + 1, character: chars[badIndex] },
    );
  }
  const regionCode = id.slice(0, 6);
  if (!isCitizenIdProvince(regionCode.slice(0, 2))) {
    return ruleFail(
      'INVALID_REGION',
      `公民身份号码的地址码 ${regionCode} 不以省级行政区划代码开头（${PROVINCE_CODE_LIST}）。 ` +
        `Citizen ID region code '${regionCode}' does not start with a province code (${PROVINCE_CODE_LIST})`,
      'citizenId.region',
      { region: regionCode },
    );
  }
  const birthDate = {
    year: Number(id.slice(6, 10)),
    month: Number(id.slice(10, 12)),
    day: Number(id.slice(12, 14)),
  };
  const dateProblem = birthDateProblem(birthDate, reference);
  if (dateProblem !== null) {
    return ruleFail(
      'INVALID_BIRTH_DATE',
      `Citizen ID birth date '${id.slice(6, 14)}' ${dateProblem.en}`,
      'citizenId.birthDate',
      { value: id.slice(6, 14), problem: dateProblem },
    );
  }
  const expected = citizenIdCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) {
    return ruleFail(
      'INVALID_CHECK_CHARACTER',
      `Citizen ID check character is '${id[17]}' but should be '${expected}'`,
      'citizenId.checkCharacter',
      { given: id[17], expected },
    );
  }
  return ruleOk({ id, regionCode, birthDate, sex: Number(id[16]) % 2 === 1 ? Sex.MALE : Sex.FEMALE });
}

/**
 * D3 must agree with D4 (sex) and D5 (birth year-month). Items the person has not filled in yet
 * (null or undefined) are not compared; a missing value is the required-field rule's business.
 */
export function checkCitizenIdAgreement(
  parsed: { birthDate: { year: number; month: number }; sex: Sex },
  person: { sex?: Sex | null; birthYear?: number | null; birthMonth?: number | null },
): CitizenIdAgreementIssue[] {
  const issues: CitizenIdAgreementIssue[] = [];
  if (person.sex != null && person.sex !== parsed.sex) {
    issues.push({
      item: 'sex',
      code: 'MISMATCH',
      message: `Sex is ${SEX_LABELS[person.sex].en} but the citizen ID says ${SEX_LABELS[parsed.sex].en}`,
      messageCode: 'rule.citizenIdSexMismatch',
      params: { sex: person.sex, idSex: parsed.sex },
    });
  }
  const { year, month } = parsed.birthDate;
  const yearDiffers = person.birthYear != null && person.birthYear !== year;
  const monthDiffers = person.birthMonth != null && person.birthMonth !== month;
  if (yearDiffers || monthDiffers) {
    const given = `${person.birthYear ?? '????'}-${person.birthMonth == null ? '??' : String(person.birthMonth).padStart(2, '0')}`;
    issues.push({
      item: 'birthYearMonth',
      code: 'MISMATCH',
      message: `Birth year-month is ${given} but the citizen ID says ${formatYearMonth(year, month)}`,
      messageCode: 'rule.citizenIdBirthMismatch',
      params: { given, fromId: formatYearMonth(year, month) },
    });
  }
  return issues;
}

/** '110105********1234': region and last four kept, birth date and most of the sequence hidden. */
export function maskCitizenId(id: string): string {
  const value = id.trim();
  if (value.length !== CITIZEN_ID_LENGTH) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(8)}${value.slice(14)}`;
}

/**
 * '138****5678' for an 11-digit mobile (spaces and hyphens ignored); any other number keeps its
 * first 3 and last 2 characters, and one too short to hide anything is masked completely.
 */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  const digits = value.replace(/[\s-]/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (value.length <= 5) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`;
}

/**
 * Build a valid citizen ID, for generators and tests. The sequence's last digit is moved to the
 * nearest number of the right parity for `sex` (male odd, female even). Throws a RangeError on a
 * region that is not 6 digits with a province prefix, an impossible date or a sequence outside 0-999.
 */
export function makeCitizenId(
  regionCode6: string,
  birth: { year: number; month: number; day: number },
  sequence3: number,
  sex: Sex,
): string {
  if (!/^\d{6}$/.test(regionCode6) || !isCitizenIdProvince(regionCode6.slice(0, 2))) {
    throw new RangeError(
      `Region code '${regionCode6}' is not 6 digits starting with a province code (${PROVINCE_CODE_LIST})`,
    );
  }
  if (!isValidCalendarDate(birth) || birth.year < 1000 || birth.year > 9999) {
    throw new RangeError(`Birth date ${birth.year}-${birth.month}-${birth.day} is not a valid date`);
  }
  if (!Number.isInteger(sequence3) || sequence3 < 0 || sequence3 > 999) {
    throw new RangeError(`Sequence ${sequence3} is outside 0-999`);
  }
  const wantOdd = sex === Sex.MALE;
  let sequence = sequence3;
  if ((sequence % 2 === 1) !== wantOdd) sequence = sequence === 999 ? 998 : sequence + 1;
  const first17 = `${regionCode6}${formatDate(birth).replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + citizenIdCheckCharacter(first17);
}

/** Why a birth date is not acceptable, as the end of a sentence, or null when it is fine. */
/** What is wrong with the birth date of a citizen ID, in both languages; null when nothing is. */
function birthDateProblem(date: YearMonthDay, reference: Date): EnumLabel | null {
  if (date.month < 1 || date.month > 12) {
    return { zh: `月份 ${date.month} 不存在`, en: `has month ${date.month}, which does not exist` };
  }
  if (!isValidCalendarDate(date)) {
    const month = formatYearMonth(date.year, date.month);
    const days = daysInMonth(date.year, date.month);
    return {
      zh: `不是真实日期（${month} 只有 ${days} 天）`,
      en: `is not a real date (${month} has ${days} days)`,
    };
  }
  if (compareDates(date, EARLIEST_BIRTH_DATE) < 0) {
    const earliest = formatDate(EARLIEST_BIRTH_DATE);
    return { zh: `早于 ${earliest}`, en: `is before ${earliest}` };
  }
  if (!bornBefore(date, reference)) {
    const moment = describeMoment(reference);
    return { zh: `在${moment.zh}之后`, en: `is after ${moment.en}` };
  }
  return null;
}
