import { Field, Int, ObjectType } from 'type-graphql';

import { UserErrorCode } from '../common/user-error';

/** Most rows one import call accepts (staff batches: fewer, see staff-import.types). */
export const MAX_IMPORT_ROWS = 2000;
/** Longest idempotency key. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

@ObjectType({ simpleResolvers: true, description: 'A rejected row of an import.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number of the rejected row, as given in the input.' })
  row!: number;

  @Field({ description: 'The input field the problem concerns (e.g. citizenId).' })
  field!: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code!: UserErrorCode;

  @Field({ description: 'A precise, human-readable explanation.' })
  message!: string;
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
