import {
  LONG_FORM_HOUSEHOLD_ITEMS,
  LONG_FORM_PERSON_ITEMS,
  type LongFormAnswer,
  type LongFormItem,
} from '@census/rules';

import type { FieldCrypto } from '../privacy/field-crypto';

/** The answers of one person or household, by item field ('occupation'); an item left out is missing. */
export type LongFormAnswers = Record<string, LongFormAnswer<unknown>>;

/** How one item is kept in the jsonb column: an unsealed answer, a refusal, or the mark of a sealed answer. */
type StoredAnswer = { value: unknown } | { refused: true } | { sealed: true };

/** The columns of a row holding a long form (household or person). */
export interface LongFormColumns {
  longForm: Record<string, unknown> | null;
  longFormSealed: Buffer | null;
}

/** The columns written with a set of answers: also how many items are refused (what progress adds up). */
export interface StoredLongForm extends LongFormColumns {
  longFormRefused: number;
}

export type LongFormEntity = 'household' | 'person';

export const ITEMS: Record<LongFormEntity, readonly LongFormItem<string>[]> = {
  household: LONG_FORM_HOUSEHOLD_ITEMS,
  person: LONG_FORM_PERSON_ITEMS,
};

export function itemOf(entity: LongFormEntity, field: string): LongFormItem<string> | undefined {
  return ITEMS[entity].find((item) => item.field === field);
}

/**
 * The columns for a set of answers: unsealed answers and every refusal in jsonb (refusals are counted in SQL and are
 * never sealed), the values of sealed items as one JSON object sealed with AES-256-GCM, marked `{ sealed: true }` in
 * the jsonb so that what was answered is known without opening anything. Nothing answered: both null. With them the
 * number of refused items, kept on the row for progress.
 */
export function storeAnswers(
  crypto: FieldCrypto,
  entity: LongFormEntity,
  answers: LongFormAnswers,
): StoredLongForm {
  const plain: Record<string, StoredAnswer> = {};
  const sealed: Record<string, unknown> = {};
  let refused = 0;
  for (const item of ITEMS[entity]) {
    const answer = answers[item.field];
    if (answer == null) continue;
    if (answer.refused === true) {
      plain[item.field] = { refused: true };
      refused += 1;
    } else if (item.sealed) {
      plain[item.field] = { sealed: true };
      sealed[item.field] = answer.value;
    } else plain[item.field] = { value: answer.value };
  }
  return {
    longForm: Object.keys(plain).length ? plain : null,
    longFormSealed: Object.keys(sealed).length ? crypto.seal(JSON.stringify(sealed)) : null,
    longFormRefused: refused,
  };
}

/** The sealed values of a row, opened (only for checks, for a full read that is audited, or for an unmasked export). */
export function openSealed(crypto: FieldCrypto, row: LongFormColumns): Record<string, unknown> {
  return row.longFormSealed ? (JSON.parse(crypto.open(row.longFormSealed)) as Record<string, unknown>) : {};
}

/**
 * The answers of a row. With `crypto` the sealed values are opened; without, a sealed answer is given as
 * `{ value: undefined }` (answered, value withheld).
 */
export function readAnswers(row: LongFormColumns, crypto?: FieldCrypto): LongFormAnswers {
  const stored = (row.longForm ?? {}) as Record<string, StoredAnswer>;
  const opened = crypto ? openSealed(crypto, row) : {};
  const answers: LongFormAnswers = {};
  for (const [field, answer] of Object.entries(stored)) {
    if ('refused' in answer) answers[field] = { refused: true };
    else if ('sealed' in answer) answers[field] = { value: opened[field] };
    else answers[field] = { value: answer.value };
  }
  return answers;
}

/** Whether the row's stored answer of `field` is a sealed value (answered, not refused). */
export function isSealedAnswer(row: LongFormColumns, field: string): boolean {
  const stored = (row.longForm ?? {}) as Record<string, StoredAnswer>;
  return stored[field] != null && 'sealed' in stored[field];
}

const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const CHILDREN = /^(\d{1,3}),(\d{1,3})$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * An answer as the API takes it in text: an option's name ('MARRIED'), a number ('1500', '85.5'), a year-month
 * ('2001-05'), sons and daughters ('1,2'). Text that does not parse is passed on as given, so that the long form's
 * checks name it (not an option, not a whole number) at its place.
 */
export function parseAnswerValue(item: LongFormItem<string>, text: string): unknown {
  const trimmed = text.trim();
  switch (item.value.kind) {
    case 'option':
      return trimmed;
    case 'integer':
    case 'amount':
      return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
    case 'yearMonth': {
      const match = YEAR_MONTH.exec(trimmed);
      return match ? { year: Number(match[1]), month: Number(match[2]) } : trimmed;
    }
    case 'children': {
      const match = CHILDREN.exec(trimmed);
      return match ? { male: Number(match[1]), female: Number(match[2]) } : trimmed;
    }
  }
}

/** The text form of an answer's value (the inverse of `parseAnswerValue`). */
export function answerValueText(item: LongFormItem<string>, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  switch (item.value.kind) {
    case 'yearMonth': {
      const { year, month } = value as { year: number; month: number };
      return `${year}-${String(month).padStart(2, '0')}`;
    }
    case 'children': {
      const { male, female } = value as { male: number; female: number };
      return `${male},${female}`;
    }
    case 'option':
    case 'integer':
    case 'amount':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}
