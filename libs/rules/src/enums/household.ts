import type { EnumLabel } from './enum-helpers';

/** H1 户别. */
export enum HouseholdKind {
  FAMILY = 'FAMILY',
  COLLECTIVE = 'COLLECTIVE',
}

export const HOUSEHOLD_KIND_LABELS: Record<HouseholdKind, EnumLabel> = {
  [HouseholdKind.FAMILY]: { zh: '家庭户', en: 'Family household' },
  [HouseholdKind.COLLECTIVE]: { zh: '集体户', en: 'Collective household' },
};

/** Option numbers of H1 on the 2020 short form (R601). */
export const HOUSEHOLD_KIND_CODES: Record<HouseholdKind, string> = {
  [HouseholdKind.FAMILY]: '1',
  [HouseholdKind.COLLECTIVE]: '2',
};

/** What the enumerator found at listing (摸底); not a short-form item, so no official code. */
export enum HouseholdStatus {
  ORDINARY = 'ORDINARY',
  VACANT = 'VACANT',
  AWAY = 'AWAY',
  DECEASED = 'DECEASED',
}

export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, EnumLabel> = {
  [HouseholdStatus.ORDINARY]: { zh: '普通住户', en: 'Ordinary household' },
  [HouseholdStatus.VACANT]: { zh: '空户', en: 'Vacant' },
  [HouseholdStatus.AWAY]: { zh: '全户外出', en: 'Whole household away' },
  [HouseholdStatus.DECEASED]: { zh: '全户死亡', en: 'Whole household deceased' },
};

export enum RegistrationMethod {
  SELF_REPORT = 'SELF_REPORT',
  ENUMERATOR = 'ENUMERATOR',
}

export const REGISTRATION_METHOD_LABELS: Record<RegistrationMethod, EnumLabel> = {
  [RegistrationMethod.SELF_REPORT]: { zh: '自主填报', en: 'Self-report' },
  [RegistrationMethod.ENUMERATOR]: { zh: '普查员登记', en: 'Registered by enumerator' },
};

/** Workflow of a household's short form: listed -> enumerating -> submitted -> approved / returned. */
export enum HouseholdStage {
  LISTED = 'LISTED',
  ENUMERATING = 'ENUMERATING',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

export const HOUSEHOLD_STAGE_LABELS: Record<HouseholdStage, EnumLabel> = {
  [HouseholdStage.LISTED]: { zh: '摸底', en: 'Listed' },
  [HouseholdStage.ENUMERATING]: { zh: '登记中', en: 'Enumerating' },
  [HouseholdStage.SUBMITTED]: { zh: '短表上报', en: 'Short form submitted' },
  [HouseholdStage.APPROVED]: { zh: '审核通过', en: 'Approved' },
  [HouseholdStage.RETURNED]: { zh: '退回', en: 'Returned' },
};

/** H5 住所类型. */
export enum DwellingType {
  ORDINARY_DWELLING = 'ORDINARY_DWELLING',
  COLLECTIVE_DORMITORY = 'COLLECTIVE_DORMITORY',
  WORKPLACE = 'WORKPLACE',
  OTHER_DWELLING = 'OTHER_DWELLING',
  NO_DWELLING = 'NO_DWELLING',
}

/** Chinese terms as printed on the 2020 short form (which says 集体住所, not 集体宿舍). */
export const DWELLING_TYPE_LABELS: Record<DwellingType, EnumLabel> = {
  [DwellingType.ORDINARY_DWELLING]: { zh: '普通住宅', en: 'Ordinary dwelling' },
  [DwellingType.COLLECTIVE_DORMITORY]: { zh: '集体住所', en: 'Collective living quarters' },
  [DwellingType.WORKPLACE]: { zh: '工作地住所', en: 'Living at the workplace' },
  [DwellingType.OTHER_DWELLING]: { zh: '其他住房', en: 'Other dwelling' },
  [DwellingType.NO_DWELLING]: { zh: '无住房', en: 'No dwelling' },
};

/** Option numbers of H5 on the 2020 short form (R601). */
export const DWELLING_TYPE_CODES: Record<DwellingType, string> = {
  [DwellingType.ORDINARY_DWELLING]: '1',
  [DwellingType.COLLECTIVE_DORMITORY]: '2',
  [DwellingType.WORKPLACE]: '3',
  [DwellingType.OTHER_DWELLING]: '4',
  [DwellingType.NO_DWELLING]: '5',
};

/** 建筑物类型 recorded during building marking (建筑物标注); no official code. */
export enum BuildingKind {
  RESIDENTIAL = 'RESIDENTIAL',
  COLLECTIVE_QUARTERS = 'COLLECTIVE_QUARTERS',
  MIXED_USE = 'MIXED_USE',
  NON_RESIDENTIAL = 'NON_RESIDENTIAL',
  TEMPORARY = 'TEMPORARY',
}

export const BUILDING_KIND_LABELS: Record<BuildingKind, EnumLabel> = {
  [BuildingKind.RESIDENTIAL]: { zh: '住宅', en: 'Residential' },
  [BuildingKind.COLLECTIVE_QUARTERS]: { zh: '集体宿舍/集体住所', en: 'Collective quarters' },
  [BuildingKind.MIXED_USE]: { zh: '商住两用', en: 'Mixed commercial and residential' },
  [BuildingKind.NON_RESIDENTIAL]: { zh: '非住宅', en: 'Non-residential' },
  [BuildingKind.TEMPORARY]: { zh: '临时建筑/工棚', en: 'Temporary building / work shed' },
};
