import { Field, ObjectType } from 'type-graphql';

import { registerEnum } from './enums';
import { shortenEchoes } from './quote';

/** Stable machine-readable reasons for a rejected input. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  MISMATCH = 'MISMATCH',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  NOT_EMPTY = 'NOT_EMPTY',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  LOCKED = 'LOCKED',
}

registerEnum(UserErrorCode, 'UserErrorCode', 'Why an input was rejected.', {
  INVALID: 'The value has the wrong form (a malformed code, a wrong check character, ...).',
  REQUIRED: 'A required item is missing.',
  OUT_OF_RANGE: 'The value is outside the allowed range.',
  MISMATCH: 'The value disagrees with another item (ID number vs sex or birth month, zones).',
  NOT_FOUND: 'A referenced object does not exist.',
  DUPLICATE: 'The value must be unique and is already taken.',
  CONFLICT: 'The object changed since the version the client expected; re-read and retry.',
  NOT_EMPTY: 'The object still has children or data and cannot be deleted.',
  OUT_OF_SCOPE: 'The zone named in the input lies outside the zones you hold.',
  LOCKED:
    'The short form is submitted or approved: it is with the supervisor and cannot be changed until returned.',
});

@ObjectType({
  // Plain fields read the property directly, without type-graphql's per-field middleware wrapper.
  simpleResolvers: true,
  description: 'A problem with the input of a mutation, naming the field it concerns.',
})
export class UserError {
  @Field(() => [String], {
    description:
      'Path to the input field, e.g. ["input", "citizenId"]; empty when the error concerns the whole input.',
  })
  field!: string[];

  @Field({ description: 'A precise, human-readable explanation naming the offending value.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;
}

export function userError(field: string | string[] | null, code: UserErrorCode, message: string): UserError {
  const error = new UserError();
  error.field = field === null ? [] : ['input', ...(Array.isArray(field) ? field : [field])];
  error.code = code;
  error.message = shortenEchoes(message);
  return error;
}

/** Thrown inside a service transaction to abort it and answer user errors instead of data. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** Maps a census-rules reason to the API's user-error code. */
export function userErrorCodeOf(ruleCode: string): UserErrorCode {
  switch (ruleCode) {
    case 'REQUIRED':
      return UserErrorCode.REQUIRED;
    case 'OUT_OF_RANGE':
      return UserErrorCode.OUT_OF_RANGE;
    case 'MISMATCH':
      return UserErrorCode.MISMATCH;
    default:
      return UserErrorCode.INVALID;
  }
}

/**
 * Converts census-rules issues into user errors. A rule's `item` is the input field unless `field` names it
 * (the rules say 'householdNumber' where the household input says 'number').
 */
export function fromRuleIssues(
  issues: { item: string; code: string; message: string }[],
  field?: string,
): UserError[] {
  return issues.map((issue) => userError(field ?? issue.item, userErrorCodeOf(issue.code), issue.message));
}
