import { registerEnum } from '../common/enums';

/** 疑难问题类别: what kind of difficult case an enumerator or office records on file. */
export enum ProblemCategory {
  REFUSAL = 'REFUSAL',
  ITEM_REFUSAL = 'ITEM_REFUSAL',
  WHEREABOUTS_UNKNOWN = 'WHEREABOUTS_UNKNOWN',
  ADDRESS_NOT_FOUND = 'ADDRESS_NOT_FOUND',
  SOURCES_DISAGREE = 'SOURCES_DISAGREE',
  OTHER = 'OTHER',
}

/** 处理状态: OPEN -> ESCALATED -> RESOLVED, or OPEN -> RESOLVED; RESOLVED is final. */
export enum ProblemStatus {
  OPEN = 'OPEN',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}

/** 拒绝填报的项目: short- and long-form items a resident may refuse to answer for privacy. */
export enum RefusedItem {
  CITIZEN_ID = 'CITIZEN_ID',
  BIRTH_DATE = 'BIRTH_DATE',
  PHONE = 'PHONE',
  REGISTRATION_PLACE = 'REGISTRATION_PLACE',
  EDUCATION = 'EDUCATION',
  EMPLOYMENT = 'EMPLOYMENT',
  OCCUPATION = 'OCCUPATION',
  INDUSTRY = 'INDUSTRY',
  LIVELIHOOD = 'LIVELIHOOD',
  MARITAL_STATUS = 'MARITAL_STATUS',
  FERTILITY = 'FERTILITY',
  HEALTH = 'HEALTH',
  HOUSING = 'HOUSING',
  VEHICLES = 'VEHICLES',
}

/** The subjects a problem can be about, by their global-ID type name. */
export type ProblemSubjectType = 'Zone' | 'Building' | 'Household' | 'Person';

export const PROBLEM_SUBJECT_TYPES: readonly ProblemSubjectType[] = [
  'Zone',
  'Building',
  'Household',
  'Person',
];

/** Which subjects each category can concern: refusals and whereabouts are about people, not places. */
export const SUBJECTS_OF_CATEGORY: Record<ProblemCategory, readonly ProblemSubjectType[]> = {
  [ProblemCategory.REFUSAL]: ['Household', 'Person'],
  [ProblemCategory.ITEM_REFUSAL]: ['Household', 'Person'],
  [ProblemCategory.WHEREABOUTS_UNKNOWN]: ['Household', 'Person'],
  [ProblemCategory.ADDRESS_NOT_FOUND]: PROBLEM_SUBJECT_TYPES,
  [ProblemCategory.SOURCES_DISAGREE]: PROBLEM_SUBJECT_TYPES,
  [ProblemCategory.OTHER]: PROBLEM_SUBJECT_TYPES,
};

registerEnum(
  ProblemCategory,
  'ProblemCategory',
  '疑难问题类别: kind of difficult case recorded on file (疑难问题记录在案).',
  {
    REFUSAL: '拒绝登记 (refusal): the household or person refuses the census (门难进).',
    ITEM_REFUSAL:
      '拒绝填报个别项目 (item refusal): answers, but refuses some items for privacy; see refusedItems.',
    WHEREABOUTS_UNKNOWN:
      '去向不明 (whereabouts unknown): the household or person cannot be found (floating population).',
    ADDRESS_NOT_FOUND: '地址查找不到 (address not found): the address cannot be located.',
    SOURCES_DISAGREE:
      '数据来源不一致 (sources disagree): registry, electricity, grid and listing do not match.',
    OTHER: '其他 (other): any other difficult case; the text says what.',
  },
);

registerEnum(
  ProblemStatus,
  'ProblemStatus',
  '处理状态: where a problem stands. OPEN -> ESCALATED -> RESOLVED, or OPEN -> RESOLVED.',
  {
    OPEN: '待处理 (open): recorded, not yet handled.',
    ESCALATED: '已上报 (escalated): handed to the supervisor or census office.',
    RESOLVED: '已解决 (resolved): handled, with a resolution; final.',
  },
);

registerEnum(
  RefusedItem,
  'RefusedItem',
  '拒绝填报的项目: a short- or long-form item refused for privacy (ITEM_REFUSAL problems).',
  {
    CITIZEN_ID: '公民身份号码 (citizen ID number, D3).',
    BIRTH_DATE: '出生年月 (birth year-month, D5).',
    PHONE: '联系电话 (contact phone).',
    REGISTRATION_PLACE: '户口登记地 (place of household registration, D8-D10).',
    EDUCATION: '受教育程度 (education, D11).',
    EMPLOYMENT: '就业状况 (employment, long form).',
    OCCUPATION: '职业 (occupation, long form).',
    INDUSTRY: '行业 (industry, long form).',
    LIVELIHOOD: '主要生活来源 (main source of livelihood, long form).',
    MARITAL_STATUS: '婚姻状况 (marital status, long form).',
    FERTILITY: '生育状况 (children born, long form).',
    HEALTH: '身体健康状况 (health, long form).',
    HOUSING: '住房情况 (housing: H5-H7 and the long-form housing items).',
    VEHICLES: '车辆 (vehicles owned by the household).',
  },
);
