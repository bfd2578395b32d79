/**
 * Validators for a person's items on the short form, shared by the API (authoritative) and the web
 * form (immediate feedback). Each returns the list of problems, empty when the value is valid.
 *
 * Convention: the name is checked after trimming (the form trims it before saving); codes and
 * numbers such as phone numbers are checked exactly as given, so what passes is what gets stored.
 */
import { calendarDateOf, EARLIEST_BIRTH_DATE, formatDate, formatYearMonth } from './calendar';
import { checkInteger, checkPresent } from './field-checks';
import { ruleIssue, type RuleIssue } from './result';
import { quote } from './text';

export const MAX_NAME_LENGTH = 50;

/** D1 姓名: 1-50 characters after trimming, no digits (any script) and no control characters. */
export function validatePersonName(name: string | null | undefined): RuleIssue[] {
  const value = (name ?? '').trim();
  if (value === '') return [ruleIssue('name', 'REQUIRED', 'Name is required')];
  const issues: RuleIssue[] = [];
  // Count code points: rare characters in names (e.g. 𠇔) are outside the BMP but are one character.
  const length = [...value].length;
  if (length > MAX_NAME_LENGTH) {
    issues.push(
      ruleIssue(
        'name',
        'INVALID_LENGTH',
        `Name has ${length} characters; at most ${MAX_NAME_LENGTH} are allowed`,
      ),
    );
  }
  const digit = /\p{Nd}/u.exec(value);
  if (digit) {
    issues.push(
      ruleIssue(
        'name',
        'INVALID_CHARACTERS',
        `Name contains the digit '${digit[0]}'; names may not contain digits`,
      ),
    );
  }
  const control = /\p{Cc}/u.exec(value);
  if (control) {
    issues.push(
      ruleIssue('name', 'INVALID_CHARACTERS', `Name contains the control character ${quote(control[0])}`),
    );
  }
  return issues;
}

/**
 * D5 出生年月: year 1880 to this year, month 1-12, and not after `today`'s month. Pass the census
 * reference moment as `today` to reject persons born after it.
 */
export function validateBirthYearMonth(
  year: number | null | undefined,
  month: number | null | undefined,
  today: Date = new Date(),
): RuleIssue[] {
  const now = calendarDateOf(today);
  const yearIssues = checkInteger('birthYear', 'Birth year', year, EARLIEST_BIRTH_DATE.year, now.year);
  const monthIssues = checkInteger('birthMonth', 'Birth month', month, 1, 12);
  const issues = [...yearIssues, ...monthIssues];
  if (issues.length === 0 && year === now.year && month != null && month > now.month) {
    issues.push(
      ruleIssue(
        'birthMonth',
        'OUT_OF_RANGE',
        `Birth year-month ${formatYearMonth(year, month)} is in the future (today is ${formatDate(now)})`,
      ),
    );
  }
  return issues;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/**
 * A contact phone: a mainland mobile (11 digits, 1[3-9]...) or a landline with its area code
 * (0 + 2-3 digits, optional '-', 7-8 digits, e.g. 010-12345678 or 07551234567).
 */
export function validatePhone(phone: string | null | undefined): RuleIssue[] {
  const missing = checkPresent('phone', 'Phone', phone);
  if (missing || phone == null) return missing ? [missing] : [];
  if (MOBILE.test(phone) || LANDLINE.test(phone)) return [];
  return [
    ruleIssue(
      'phone',
      'INVALID_FORMAT',
      `Phone ${quote(phone)} is neither an 11-digit mainland mobile number (13x-19x) nor a landline with area code (e.g. 010-12345678)`,
    ),
  ];
}
