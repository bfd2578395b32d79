import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';

import { type CodedMessage, formatMessage, type MessageLang, type MessageParams } from '@census/rules';

import { registerEnum } from './enums';
import { shortenEchoes, shortenParams } from './quote';

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

  /** The Chinese text (logs, import reports); the `message` field renders it in the request's language. */
  message!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => String, {
    description:
      'Stable code of the message in the message catalogue (e.g. "record.versionConflict"); with `params` a client ' +
      'renders the message in its own language. See docs/integration.md and docs/message-codes.md for the codes.',
  })
  messageCode!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The values the message names (item key, value given, limits, versions), by parameter name of `messageCode`.',
  })
  params!: MessageParams;
}

/** Renders `message` in the language the request asked for (Accept-Language; Chinese by default). */
@Resolver(() => UserError)
export class UserErrorResolver {
  @FieldResolver(() => String, {
    description:
      "A precise, human-readable explanation naming the offending value, in the request's language " +
      '(Accept-Language: zh-CN by default, en on request).',
  })
  message(@Root() error: UserError, @Ctx() context: { lang?: MessageLang }): string {
    return localizedMessage(error, context.lang ?? 'zh');
  }
}

/** The message of a user error in `lang`. */
export function localizedMessage(error: UserError, lang: MessageLang): string {
  if (lang === 'zh') return error.message;
  return shortenEchoes(formatMessage(lang, error.messageCode, error.params, error.message));
}

/**
 * A user error with a catalogue message (code and parameters): never a text of its own, so that every client can
 * render it in its language (a test keeps string messages out of libs/api/src).
 */
export function userError(
  field: string | string[] | null,
  code: UserErrorCode,
  message: CodedMessage,
): UserError {
  const error = new UserError();
  error.field = field === null ? [] : ['input', ...(Array.isArray(field) ? field : [field])];
  error.code = code;
  error.messageCode = message.messageCode;
  error.params = shortenParams(message.params);
  error.message = shortenEchoes(formatMessage('zh', message.messageCode, error.params));
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
  issues: { item: string; code: string; messageCode: CodedMessage['messageCode']; params: MessageParams }[],
  field?: string,
): UserError[] {
  return issues.map((issue) =>
    userError(field ?? issue.item, userErrorCodeOf(issue.code), {
      messageCode: issue.messageCode,
      params: issue.params,
    }),
  );
}

/** A catalogue message as the services pass it to `userError`. */
export function coded(messageCode: CodedMessage['messageCode'], params: MessageParams = {}): CodedMessage {
  return { messageCode, params };
}
