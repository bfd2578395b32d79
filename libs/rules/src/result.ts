/**
 * Outcome types shared by every rule in this library.
 *
 * Parsers return a `RuleResult` (a value or one reason it was refused); field validators return a
 * list of `RuleIssue`s (empty when valid) so a form can show every problem at once.
 */

/**
 * The stable reason codes this library emits. `RuleResult.code` stays a plain `string` so callers
 * can add their own codes, but everything produced here is one of these.
 */
export type RuleCode =
  /** A value is missing or blank. */
  | 'REQUIRED'
  /** The value does not have the expected shape (length, digits, segments, pattern). */
  | 'INVALID_FORMAT'
  /** A citizen ID that is not 18 characters long, or a name that is too long. */
  | 'INVALID_LENGTH'
  /** Characters that are never allowed (letters in an ID, digits or control characters in a name). */
  | 'INVALID_CHARACTERS'
  /** A citizen ID whose region code does not start with a province code. */
  | 'INVALID_REGION'
  /** A citizen ID whose birth date does not exist, is before 1880 or is in the future. */
  | 'INVALID_BIRTH_DATE'
  /** A citizen ID whose last character is not the ISO 7064 MOD 11-2 check character. */
  | 'INVALID_CHECK_CHARACTER'
  /** A number that is not finite, not an integer, or has too many decimals. */
  | 'INVALID_NUMBER'
  /** A well-formed value outside its allowed range. */
  | 'OUT_OF_RANGE'
  /** Two items that must agree do not (D3 citizen ID against D4 sex or D5 birth year-month). */
  | 'MISMATCH'
  /** A long-form item answered (or refused) where the form's skip rules leave it out. */
  | 'NOT_APPLICABLE';

import type { MessageCode } from './messages/catalogue';
import type { MessageParams } from './messages/format';

/**
 * A parsed value, or the one reason it was refused: `message` in English (logs, tests), and `messageCode` with
 * `params` the same through the message catalogue, in Chinese or English.
 */
export type RuleResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; message: string; messageCode: MessageCode; params: MessageParams };

/**
 * One problem with one field; `item` is the field name in camelCase ('citizenId', 'floorArea'). `messageCode` and
 * `params` say the same as `message` through the message catalogue, so that it can be shown in any language.
 */
export interface RuleIssue {
  item: string;
  code: string;
  message: string;
  messageCode: MessageCode;
  params: MessageParams;
}

export function ruleOk<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

export function ruleFail<T = never>(
  code: RuleCode,
  message: string,
  messageCode: MessageCode,
  params: MessageParams = {},
): RuleResult<T> {
  return { ok: false, code, message, messageCode, params };
}

export function ruleIssue(
  item: string,
  code: RuleCode,
  message: string,
  messageCode: MessageCode,
  params: MessageParams = {},
): RuleIssue {
  return { item, code, message, messageCode, params };
}
