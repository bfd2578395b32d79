import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import {
  ITEM_LABELS,
  MAX_RETURN_NOTE,
  MAX_RETURN_REASONS,
  RETURN_REASON_LABELS,
  ReturnReasonCode,
} from '@census/rules';

import { registerLabelledEnum } from '../common/enums';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';

registerLabelledEnum(
  ReturnReasonCode,
  'ReturnReasonCode',
  '退回原因: a preset reason for returning a household to its enumerator.',
  RETURN_REASON_LABELS,
);

export { ReturnReasonCode };

@InputType({
  description:
    '退回原因: one reason for a return, attached to the whole household or to one person and/or item of the form.',
})
export class ReturnReasonInput {
  @Field(() => ReturnReasonCode, { description: 'The preset reason; OTHER needs a note.' })
  code!: ReturnReasonCode;

  @Field(() => ID, {
    nullable: true,
    description: 'The person concerned (a person of this household), if any.',
  })
  personId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The item concerned, as the form's item key (e.g. `person.birthYearMonth` for D5, `household.rooms` for H7).",
  })
  item?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `说明: free text, at most ${MAX_RETURN_NOTE} characters.`,
  })
  note?: string | null;
}

/** A reason as kept in `household_event.reasons` (jsonb). */
export interface StoredReturnReason {
  code: ReturnReasonCode;
  /** Row ID of the person in the household's county. */
  personId: string | null;
  /** 第N人: the person's line number when the household was returned. */
  lineNumber: number | null;
  item: string | null;
  note: string | null;
}

@ObjectType({ simpleResolvers: true, description: '退回原因: one reason a household was returned.' })
export class ReturnReason {
  @Field(() => ReturnReasonCode, { description: 'The preset reason.' })
  code!: ReturnReasonCode;

  @Field(() => Int, {
    nullable: true,
    description:
      '第N人: line number of the person concerned when the household was returned; null for the household.',
  })
  lineNumber!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The item concerned, as the form's item key (`person.birthYearMonth`); null for none.",
  })
  item!: string | null;

  @Field(() => String, { nullable: true, description: '说明: the note the reviewer wrote.' })
  note!: string | null;

  /** County of the household, for the person's row key. */
  countyCode!: string;
  personRowId!: string | null;
}

export function toReturnReasons(countyCode: string, stored: StoredReturnReason[] | null): ReturnReason[] {
  return (stored ?? []).map((reason) =>
    Object.assign(new ReturnReason(), {
      code: reason.code,
      lineNumber: reason.lineNumber,
      item: reason.item,
      note: reason.note,
      countyCode,
      personRowId: reason.personId,
    }),
  );
}

/** The checks of the reasons that need no database: how many, item keys, notes. */
export function checkReturnReasons(reasons: ReturnReasonInput[]): UserError[] {
  if (reasons.length > MAX_RETURN_REASONS) {
    return [
      userError('reasons', UserErrorCode.OUT_OF_RANGE, {
        messageCode: 'review.tooManyReasons',
        params: { max: MAX_RETURN_REASONS, count: reasons.length },
      }),
    ];
  }
  const errors: UserError[] = [];
  reasons.forEach((reason, index) => {
    const at = (field: string) => ['reasons', String(index), field];
    const note = reason.note?.trim() ?? '';
    if (reason.code === ReturnReasonCode.OTHER && !note) {
      errors.push(userError(at('note'), UserErrorCode.REQUIRED, coded('review.reasonNoteRequired')));
    }
    if (note.length > MAX_RETURN_NOTE) {
      errors.push(
        userError(
          at('note'),
          UserErrorCode.OUT_OF_RANGE,
          coded('review.reasonNoteTooLong', { max: MAX_RETURN_NOTE, length: note.length }),
        ),
      );
    }
    if (reason.item != null && !(reason.item in ITEM_LABELS)) {
      errors.push(
        userError(at('item'), UserErrorCode.INVALID, coded('review.reasonItem', { value: reason.item })),
      );
    }
  });
  return errors;
}

/** The reasons as one line of text (the `reason` of old clients): "第2人 D5 出生年月：出生年月与身份证不符（…）". */
export function reasonsText(reasons: StoredReturnReason[]): string {
  return reasons
    .map((reason) => {
      const where = [
        reason.lineNumber === null ? null : `第${reason.lineNumber}人`,
        reason.item === null ? null : ITEM_LABELS[reason.item as keyof typeof ITEM_LABELS].zh,
      ]
        .filter((part) => part !== null)
        .join(' ');
      const label = RETURN_REASON_LABELS[reason.code].zh;
      const text = reason.note ? `${label}（${reason.note}）` : label;
      return where ? `${where}：${text}` : text;
    })
    .join('；');
}
