import type { EnumLabel } from './enum-helpers';

/**
 * 退回原因: the preset reasons a supervisor picks when returning a household (with a note, and optionally the
 * person and item concerned). OTHER needs a note.
 */
export enum ReturnReasonCode {
  PERSON_COUNT_MISMATCH = 'PERSON_COUNT_MISMATCH',
  CITIZEN_ID_WRONG = 'CITIZEN_ID_WRONG',
  BIRTH_MISMATCH = 'BIRTH_MISMATCH',
  RELATIONSHIP_WRONG = 'RELATIONSHIP_WRONG',
  ITEM_MISSING = 'ITEM_MISSING',
  OTHER = 'OTHER',
}

export const RETURN_REASON_LABELS: Record<ReturnReasonCode, EnumLabel> = {
  [ReturnReasonCode.PERSON_COUNT_MISMATCH]: {
    zh: '人数与名单不符',
    en: 'Person count does not match the list',
  },
  [ReturnReasonCode.CITIZEN_ID_WRONG]: { zh: '公民身份号码有误', en: 'Citizen ID number is wrong' },
  [ReturnReasonCode.BIRTH_MISMATCH]: {
    zh: '出生年月与身份证不符',
    en: 'Birth year-month does not match the citizen ID',
  },
  [ReturnReasonCode.RELATIONSHIP_WRONG]: { zh: '户主关系有误', en: 'Relationship to head is wrong' },
  [ReturnReasonCode.ITEM_MISSING]: { zh: '漏填项目', en: 'Item left blank' },
  [ReturnReasonCode.OTHER]: { zh: '其他', en: 'Other' },
};

/** The item a preset reason usually concerns (the web preselects it): an ITEM_LABELS key. */
export const RETURN_REASON_ITEMS: Partial<Record<ReturnReasonCode, string>> = {
  [ReturnReasonCode.CITIZEN_ID_WRONG]: 'person.citizenId',
  [ReturnReasonCode.BIRTH_MISMATCH]: 'person.birthYearMonth',
  [ReturnReasonCode.RELATIONSHIP_WRONG]: 'person.relationship',
};

/** At most this many reasons per return. */
export const MAX_RETURN_REASONS = 20;
/** At most this many characters in one reason's note. */
export const MAX_RETURN_NOTE = 200;
