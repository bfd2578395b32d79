import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, InputType, Int, ObjectType, Resolver, Root } from 'type-graphql';

import { formatMessage, type MessageLang, type MessageParams } from '@census/rules';

import { shortenEchoes } from '../common/quote';
import { UserErrorCode } from '../common/user-error';

/** Most rows one import call accepts (staff batches: fewer, see staff-import.types). */
export const MAX_IMPORT_ROWS = 2000;
/** Longest idempotency key. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/**
 * The row number every imported row starts with; subclasses add their own fields after it. Registered, because
 * type-graphql only finds the fields of a registered parent, but named by no field, so it stays out of the schema.
 */
@InputType()
export abstract class ImportRowInput {
  @Field(() => Int, { description: 'Row number in the source file, echoed in rejections.' })
  row!: number;
}

/**
 * The fields every import batch starts with; subclasses add `rows`, typed and sized for their kind of import.
 * type-graphql emits inherited fields first, so the schema keeps the order idempotencyKey, source, rows.
 */
@InputType()
export abstract class ImportBatchInput {
  @Field({
    description:
      'Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of ' +
      'import gets the stored result of the first call and changes nothing; a key used by another account or ' +
      'import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN).',
  })
  idempotencyKey!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the rows come from (file name), at most 200 characters.',
  })
  source?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A rejected row of an import.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number of the rejected row, as given in the input.' })
  row!: number;

  @Field({ description: 'The input field the problem concerns (e.g. citizenId).' })
  field!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  /** The Chinese text (the rejects file, logs); the `message` field renders it in the request's language. */
  message!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Stable code of the message in the message catalogue (e.g. "import.duplicateCitizenId"); with `params` a ' +
      'client renders it in its own language. Null only in results stored before rejections were coded.',
  })
  messageCode?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The values the message names, by parameter name of `messageCode`.',
  })
  params?: MessageParams | null;
}

/** Renders a rejected row's `message` in the language the request asked for (Accept-Language; Chinese by default). */
@Resolver(() => ImportRowError)
export class ImportRowErrorResolver {
  @FieldResolver(() => String, {
    description:
      "A precise, human-readable explanation, in the request's language (Accept-Language: zh-CN by default, en " +
      'on request).',
  })
  message(@Root() error: ImportRowError, @Ctx() context: { lang?: MessageLang }): string {
    const lang = context.lang ?? 'zh';
    if (lang === 'zh' || !error.messageCode) return error.message;
    return shortenEchoes(formatMessage(lang, error.messageCode, error.params ?? {}, error.message));
  }
}

@ObjectType({ simpleResolvers: true, description: 'Outcome of an import batch.' })
export class ImportResult {
  @Field({ description: 'The idempotency key of the batch.' })
  idempotencyKey!: string;

  @Field(() => Int, { description: 'Rows stored: new persons, and known persons whose data changed.' })
  accepted!: number;

  @Field(() => Int, { description: 'Valid rows whose person was already stored with identical data.' })
  alreadyPresent!: number;

  @Field(() => [ImportRowError], {
    description:
      'Problems of the rejected rows, ordered by row; a row may have several. Rejected rows are not stored.',
  })
  rejected!: ImportRowError[];

  @Field({
    description:
      'True when the key had been applied before: the stored result of that first call is answered and nothing changed.',
  })
  replayed!: boolean;
}
