import { type GraphQLError } from 'graphql';

import type { MessageCode } from '@census/rules';

import { codedError } from './coded-error';

/** Why the database refused a value, by SQLSTATE: what the client is told instead of the driver's text. */
interface Refusal {
  reason: 'TOO_LONG' | 'TOO_LARGE' | 'OUT_OF_RANGE' | 'INVALID_CHARACTER' | 'INVALID';
  messageCode: MessageCode;
}

const TOO_LONG: Refusal = {
  reason: 'TOO_LONG',
  messageCode: 'input.tooLong',
};
const TOO_LARGE: Refusal = {
  reason: 'TOO_LARGE',
  messageCode: 'input.tooLarge',
};
const OUT_OF_RANGE: Refusal = {
  reason: 'OUT_OF_RANGE',
  messageCode: 'input.outOfRange',
};
const INVALID_CHARACTER: Refusal = {
  reason: 'INVALID_CHARACTER',
  messageCode: 'input.unstorableCharacter',
};
const INVALID: Refusal = {
  reason: 'INVALID',
  messageCode: 'input.invalidValue',
};

const REFUSALS: Record<string, Refusal> = {
  '22001': TOO_LONG, // string_data_right_truncation
  '22026': TOO_LONG, // string_data_length_mismatch
  '22003': OUT_OF_RANGE, // numeric_value_out_of_range
  '22008': OUT_OF_RANGE, // datetime_field_overflow
  '22015': OUT_OF_RANGE, // interval_field_overflow
  '22021': INVALID_CHARACTER, // character_not_in_repertoire
  '22P05': INVALID_CHARACTER, // untranslatable_character
  '54000': TOO_LARGE, // program_limit_exceeded (an index row or array too large)
  '54001': TOO_LARGE, // statement_too_complex
  '54011': TOO_LARGE, // too_many_columns
  '54023': TOO_LARGE, // too_many_arguments
};

/** The SQLSTATE of a failed statement (TypeORM's QueryFailedError or node-postgres's own error), if any. */
function sqlStateOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const state = driverError?.code ?? code;
  return typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state) ? state : null;
}

/**
 * A statement that failed because of a value the client sent (class 22 "data exception": text too long, a
 * number out of range, a NUL byte, a malformed number or date; class 54 "program limit exceeded") as a coded
 * BAD_USER_INPUT error that names the kind of problem but neither the statement, its parameters nor the driver's
 * text. The API validates its inputs before they reach SQL; this is the backstop for whatever slips through, so
 * that the client gets a named error instead of INTERNAL_SERVER_ERROR. Anything else answers `null`.
 */
export function inputErrorOf(error: unknown): GraphQLError | null {
  const state = sqlStateOf(error);
  if (state === null) return null;
  const refusal = REFUSALS[state] ?? (state.startsWith('22') ? INVALID : null);
  if (!refusal) return null;
  return codedError(refusal.messageCode, {}, { code: 'BAD_USER_INPUT', reason: refusal.reason });
}
