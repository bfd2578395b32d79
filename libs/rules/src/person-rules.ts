/**
 * Validators for a person's items on the short form, shared by the API (authoritative) and the web
 * form (immediate feedback). Each returns the list of problems, empty when the value is valid.
 *
 * Convention: the name is checked after trimming (the form trims it before saving); codes and
 * numbers such as phone numbers are checked exactly as given, so what passes is what gets stored.
 */
import {
  beijingDateOf,
  bornBefore,
  CENSUS_REFERENCE_MOMENT,
  describeMoment,
  EARLIEST_BIRTH_DATE,
  formatYearMonth,
} from './calendar';
import { checkInteger, checkPresent } from './field-checks';
import { type RuleIssue, ruleIssue } from './result';
import { describeCharacter, findInvisible, quote } from './text';

export const MAX_NAME_LENGTH = 50;

/** The middle dot (U+00B7) between the parts of a minority or foreign name: 阿卜杜·热合曼. */
export const NAME_DOT = '\u00B7';

/**
 * Dots typed in place of the middle dot: bullet •, hyphenation point ‧, bullet and dot operators, katakana middle
 * dots ・ and ･, full-width full stop ．, Greek ano teleia, runic and word-separator dots.
 */
const DOT_VARIANTS = /[\u0387\u16EB\u2022\u2027\u2219\u22C5\u2E31\u30FB\uFF0E\uFF65]/gu;

/**
 * A name as it is stored and compared: Unicode NFC; every kind of space (no-break, ideographic 全角空格, ...) an
 * ASCII space; the dot variants, and an ASCII full stop between Chinese characters, the middle dot U+00B7 without
 * spaces around it; spaces between two Chinese characters dropped ('王\u3000洋' is 王洋: lists pad two-character names),
 * other runs of spaces one space (Latin-script names keep theirs); trimmed. Invisible characters are left for
 * `validatePersonName` to name.
 */
export function normalizePersonName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\p{Zs}/gu, ' ')
    .replace(DOT_VARIANTS, NAME_DOT)
    .replace(/(?<=\p{Script=Han}) *\. *(?=\p{Script=Han})/gu, NAME_DOT)
    .replace(/ *\u00B7 */g, NAME_DOT)
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** ASCII punctuation a name may hold: the hyphen, apostrophe and full stop of Latin-script names (O'Neil, J. Li). */
const NAME_PUNCTUATION = /^[-'.]$/;

/**
 * Characters no name may hold, each problem naming the character and its position (1-based, in characters, in the
 * trimmed name): invisible characters (zero-width spaces and joiners, direction overrides, BOM, controls), U+FFFD
 * (text decoded in the wrong encoding), a question mark (what a lossy export writes for a character it cannot
 * represent, 𠮷 → ?) and other ASCII punctuation. Messages are Chinese, then English.
 */
export function validateNameCharacters(name: string | null | undefined, item = 'name'): RuleIssue[] {
  const value = (name ?? '').trim();
  const issues: RuleIssue[] = [];
  const invisible = findInvisible(value);
  if (invisible) {
    const { zh, en } = describeCharacter(invisible.character);
    const at = invisible.position;
    issues.push(
      ruleIssue(
        item,
        'INVALID_CHARACTERS',
        `姓名第 ${at} 个字符是看不见的 ${zh}，请删去。 Name character ${at} is the invisible ${en}; remove it`,
        'rule.nameInvisible',
        { position: at, character: { zh, en } },
      ),
    );
  }
  let position = 0;
  for (const ch of value) {
    position += 1;
    if (ch === '\uFFFD') {
      issues.push(
        ruleIssue(
          item,
          'INVALID_CHARACTERS',
          `姓名第 ${position} 个字符是 U+FFFD 替换字符（乱码）：文件按错误的编码读取，或导出时丢了字，请按原始资料核对。 ` +
            `Name character ${position} is U+FFFD REPLACEMENT CHARACTER: the text was decoded in the wrong encoding ` +
            `or a character was lost on export; check against the original`,
          'rule.nameReplacementCharacter',
          { position },
        ),
      );
      break;
    }
    if (ch === '?' || ch === '\uFF1F') {
      issues.push(
        ruleIssue(
          item,
          'INVALID_CHARACTERS',
          `姓名第 ${position} 个字符是问号“${ch}”：导出时无法表示的字（如“𠮷”）常被换成问号，请按户口簿等原始资料核对。 ` +
            `Name character ${position} is a question mark '${ch}': an export that cannot represent a character ` +
            `(such as 𠮷) writes '?' in its place; check the original`,
          'rule.nameQuestionMark',
          { position, character: ch },
        ),
      );
      break;
    }
    if (/^[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]$/.test(ch) && !NAME_PUNCTUATION.test(ch)) {
      issues.push(
        ruleIssue(
          item,
          'INVALID_CHARACTERS',
          `姓名第 ${position} 个字符“${ch}”不能用在姓名中。 Name character ${position} '${ch}' is not allowed in a name`,
          'rule.namePunctuation',
          { position, character: ch },
        ),
      );
      break;
    }
  }
  return issues;
}

/**
 * D1 姓名: 1-50 characters after normalizing (`normalizePersonName`), no digits (any script), and none of the
 * characters `validateNameCharacters` refuses.
 */
export function validatePersonName(name: string | null | undefined): RuleIssue[] {
  const value = normalizePersonName(name ?? '');
  if (value === '')
    return [ruleIssue('name', 'REQUIRED', 'Name is required', 'rule.required', { item: 'person.name' })];
  const issues: RuleIssue[] = [];
  // Count code points: rare characters in names (e.g. 𠇔) are outside the BMP but are one character.
  const length = [...value].length;
  if (length > MAX_NAME_LENGTH) {
    issues.push(
      ruleIssue(
        'name',
        'INVALID_LENGTH',
        `Name has ${length} characters; at most ${MAX_NAME_LENGTH} are allowed`,
        'rule.nameTooLong',
        { length, max: MAX_NAME_LENGTH },
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
        'rule.nameDigit',
        { character: digit[0] },
      ),
    );
  }
  issues.push(...validateNameCharacters(name));
  return issues;
}

/**
 * D5 出生年月: year 1880 to the reference moment's year, month 1-12, and a month that began before `reference`: by
 * default the census reference moment (2020-11-01 00:00 Beijing time), so 2020-10 is the last month accepted.
 */
export function validateBirthYearMonth(
  year: number | null | undefined,
  month: number | null | undefined,
  reference: Date = CENSUS_REFERENCE_MOMENT,
): RuleIssue[] {
  const at = beijingDateOf(reference);
  const yearIssues = checkInteger(
    'birthYear',
    'Birth year',
    year,
    EARLIEST_BIRTH_DATE.year,
    at.year,
    'person.birthYear',
    true,
  );
  const monthIssues = checkInteger('birthMonth', 'Birth month', month, 1, 12, 'person.birthMonth', true);
  const issues = [...yearIssues, ...monthIssues];
  if (issues.length === 0 && year != null && month != null && !bornBefore({ year, month }, reference)) {
    const limit = describeMoment(reference);
    const given = formatYearMonth(year, month);
    issues.push(
      ruleIssue(
        'birthMonth',
        'OUT_OF_RANGE',
        `出生年月 ${given} 在${limit.zh}之后。 Birth year-month ${given} is after ${limit.en}`,
        'rule.birthAfterReference',
        { given, limit: { zh: limit.zh, en: limit.en } },
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
  const missing = checkPresent('phone', 'Phone', phone, 'household.phone');
  if (missing || phone == null) return missing ? [missing] : [];
  if (MOBILE.test(phone) || LANDLINE.test(phone)) return [];
  return [
    ruleIssue(
      'phone',
      'INVALID_FORMAT',
      `Phone ${quote(phone)} is neither an 11-digit mainland mobile number (13x-19x) nor a landline with area code (e.g. 010-12345678)`,
      'rule.phoneFormat',
      { value: phone },
    ),
  ];
}
