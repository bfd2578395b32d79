/**
 * The long form's items (普查表长表, about one household in ten) and how their answers are held: every item is
 * answered, refused (拒答: recorded as such, never confused with a missing answer) or not applicable by the form's
 * skip rules (long-form-rules.ts decides which). Items are named by the keys of ITEM_LABELS ('person.occupation',
 * shown as C20 职业), so a message, a progress count and an export name an item as the form does.
 */
import type { EnumLabel } from './enums';
import {
  ABLE_TO_WORK_CODES,
  ABLE_TO_WORK_LABELS,
  type AbleToWork,
  BATHING_FACILITY_CODES,
  BATHING_FACILITY_LABELS,
  type BathingFacility,
  type Birthplace,
  BIRTHPLACE_CODES,
  BIRTHPLACE_LABELS,
  BIRTHS_LAST_YEAR_CODES,
  BIRTHS_LAST_YEAR_LABELS,
  type BirthsLastYear,
  BUILDING_HEIGHT_CODES,
  BUILDING_HEIGHT_LABELS,
  type BuildingHeight,
  CONSTRUCTION_PERIOD_CODES,
  CONSTRUCTION_PERIOD_LABELS,
  type ConstructionPeriod,
  COOKING_FUEL_CODES,
  COOKING_FUEL_LABELS,
  type CookingFuel,
  HAS_FACILITY_CODES,
  HAS_FACILITY_LABELS,
  type HasFacility,
  HEALTH_STATUS_CODES,
  HEALTH_STATUS_LABELS,
  type HealthStatus,
  HOUSING_SOURCE_CODES,
  HOUSING_SOURCE_LABELS,
  type HousingSource,
  type Industry,
  INDUSTRY_CODES,
  INDUSTRY_LABELS,
  JOB_SEARCH_CODES,
  JOB_SEARCH_LABELS,
  type JobSearch,
  KITCHEN_USE_CODES,
  KITCHEN_USE_LABELS,
  type KitchenUse,
  LOAD_BEARING_TYPE_CODES,
  LOAD_BEARING_TYPE_LABELS,
  type LoadBearingType,
  MARITAL_STATUS_CODES,
  MARITAL_STATUS_LABELS,
  type MaritalStatus,
  NOT_WORKING_REASON_CODES,
  NOT_WORKING_REASON_LABELS,
  type NotWorkingReason,
  type Occupation,
  OCCUPATION_CODES,
  OCCUPATION_LABELS,
  RESIDENCE_FIVE_YEARS_AGO_CODES,
  RESIDENCE_FIVE_YEARS_AGO_LABELS,
  type ResidenceFiveYearsAgo,
  SCHOOL_COMPLETION_CODES,
  SCHOOL_COMPLETION_LABELS,
  type SchoolCompletion,
  TOILET_TYPE_CODES,
  TOILET_TYPE_LABELS,
  type ToiletType,
  WORKED_LAST_WEEK_CODES,
  WORKED_LAST_WEEK_LABELS,
  type WorkedLastWeek,
} from './enums/long-form';
import {
  LEFT_REGISTRATION_REASON_CODES,
  LEFT_REGISTRATION_REASON_LABELS,
  type LeftRegistrationReason,
} from './enums/person';

/** An answer given, or a refusal (拒答) recorded for the item. No answer at all (undefined or null) is missing. */
export type LongFormAnswer<T> = { refused: true } | { refused?: false; value: T };

/** What became of one item of one person or household. */
export type LongFormItemState = 'ANSWERED' | 'REFUSED' | 'NOT_APPLICABLE' | 'MISSING';

export function answered<T>(value: T): LongFormAnswer<T> {
  return { value };
}

export function refusedAnswer<T = never>(): LongFormAnswer<T> {
  return { refused: true };
}

export function isRefused(answer: LongFormAnswer<unknown> | null | undefined): boolean {
  return answer?.refused === true;
}

/** The value of an answer, or undefined when it is missing or refused. */
export function answerValue<T>(answer: LongFormAnswer<T> | null | undefined): T | undefined {
  return answer == null || answer.refused === true ? undefined : answer.value;
}

/**
 * The state of one item: NOT_APPLICABLE when the skip rules leave it out (whatever was recorded: the validation
 * reports an answer to a skipped item), else REFUSED, ANSWERED or MISSING.
 */
export function answerState(
  answer: LongFormAnswer<unknown> | null | undefined,
  applicable: boolean,
): LongFormItemState {
  if (!applicable) return 'NOT_APPLICABLE';
  if (answer == null) return 'MISSING';
  return answer.refused === true ? 'REFUSED' : 'ANSWERED';
}

/** A year-month, as C25 初婚年月 is asked. */
export interface YearMonth {
  year: number;
  month: number;
}

/** C26 生育子女数: children ever born, by sex. */
export interface ChildrenBorn {
  male: number;
  female: number;
}

/** The long-form items of one person (the short-form items stay on the person: D1-D12). */
export interface LongFormPersonAnswers {
  birthplace?: LongFormAnswer<Birthplace> | null;
  residenceFiveYearsAgo?: LongFormAnswer<ResidenceFiveYearsAgo> | null;
  migrationReason?: LongFormAnswer<LeftRegistrationReason> | null;
  schoolCompletion?: LongFormAnswer<SchoolCompletion> | null;
  workedLastWeek?: LongFormAnswer<WorkedLastWeek> | null;
  industry?: LongFormAnswer<Industry> | null;
  occupation?: LongFormAnswer<Occupation> | null;
  notWorkingReason?: LongFormAnswer<NotWorkingReason> | null;
  jobSearch?: LongFormAnswer<JobSearch> | null;
  ableToWork?: LongFormAnswer<AbleToWork> | null;
  maritalStatus?: LongFormAnswer<MaritalStatus> | null;
  firstMarriage?: LongFormAnswer<YearMonth> | null;
  childrenBorn?: LongFormAnswer<ChildrenBorn> | null;
  birthsLastYear?: LongFormAnswer<BirthsLastYear> | null;
  health?: LongFormAnswer<HealthStatus> | null;
}

/** The long-form items of the household: housing H8-H18 and the vehicle item an office may add. */
export interface LongFormHouseholdAnswers {
  buildingHeight?: LongFormAnswer<BuildingHeight> | null;
  loadBearingType?: LongFormAnswer<LoadBearingType> | null;
  constructionPeriod?: LongFormAnswer<ConstructionPeriod> | null;
  elevator?: LongFormAnswer<HasFacility> | null;
  cookingFuel?: LongFormAnswer<CookingFuel> | null;
  tapWater?: LongFormAnswer<HasFacility> | null;
  kitchen?: LongFormAnswer<KitchenUse> | null;
  toilet?: LongFormAnswer<ToiletType> | null;
  bathing?: LongFormAnswer<BathingFacility> | null;
  housingSource?: LongFormAnswer<HousingSource> | null;
  /** Yuan a month, a whole number. */
  monthlyRent?: LongFormAnswer<number> | null;
  /** 10,000 yuan (万元), at most two decimals. */
  purchaseCost?: LongFormAnswer<number> | null;
  carCount?: LongFormAnswer<number> | null;
}

export type LongFormPersonField = keyof LongFormPersonAnswers;
export type LongFormHouseholdField = keyof LongFormHouseholdAnswers;
/** The item key of a long-form item: 'person.occupation', 'household.housingSource'. */
export type LongFormItemKey = `person.${LongFormPersonField}` | `household.${LongFormHouseholdField}`;

/** How an item's answer is checked. */
export type LongFormValueKind =
  /** One of the form's options: `labels` and `codes` of the item's enum (the web form, exports and checks use them). */
  | { kind: 'option'; labels: Readonly<Record<string, EnumLabel>>; codes: Readonly<Record<string, string>> }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'amount'; max: number }
  | { kind: 'yearMonth' }
  | { kind: 'children'; max: number };

export interface LongFormItem<F extends string> {
  field: F;
  key: LongFormItemKey;
  value: LongFormValueKind;
  /**
   * Sealed at rest like citizen IDs, masked by default, unmasked reads audited: the answers residents fear to give
   * (occupation and industry, marriage, housing source and cost, vehicles).
   */
  sealed: boolean;
  /** Who answers it, as the form's skip rules say; shown when an answer is given where the form skips the item. */
  rule: EnumLabel;
}

const option = (
  labels: Readonly<Record<string, EnumLabel>>,
  codes: Readonly<Record<string, string>>,
): LongFormValueKind => ({ kind: 'option', labels, codes });

/** Limits of the number items. */
export const LONG_FORM_LIMITS = {
  /** C26, each sex. */
  maxChildrenBySex: 20,
  /** H18 月租房费用, yuan a month. */
  maxMonthlyRent: 200_000,
  /** H18 购建房费用, 万元. */
  maxPurchaseCost: 100_000,
  /** 附1 汽车数. */
  maxCars: 20,
  /** H6 floor area per H7 room, m², for the plausibility check. */
  minAreaPerRoom: 3,
  maxAreaPerRoom: 300,
} as const;

/** The person items of the long form, in the form's order. */
export const LONG_FORM_PERSON_ITEMS: readonly LongFormItem<LongFormPersonField>[] = [
  {
    field: 'birthplace',
    key: 'person.birthplace',
    value: option(BIRTHPLACE_LABELS, BIRTHPLACE_CODES),
    sealed: false,
    rule: { zh: '每个人都填报', en: 'asked of everyone' },
  },
  {
    field: 'residenceFiveYearsAgo',
    key: 'person.residenceFiveYearsAgo',
    value: option(RESIDENCE_FIVE_YEARS_AGO_LABELS, RESIDENCE_FIVE_YEARS_AGO_CODES),
    sealed: false,
    rule: { zh: '5 周岁及以上的人填报', en: 'asked of persons aged 5 and over' },
  },
  {
    field: 'migrationReason',
    key: 'person.migrationReason',
    value: option(LEFT_REGISTRATION_REASON_LABELS, LEFT_REGISTRATION_REASON_CODES),
    sealed: false,
    rule: {
      zh: '五年前常住地不在本乡（镇、街道）的人填报',
      en: 'asked of persons who lived outside this township five years ago',
    },
  },
  {
    field: 'schoolCompletion',
    key: 'person.schoolCompletion',
    value: option(SCHOOL_COMPLETION_LABELS, SCHOOL_COMPLETION_CODES),
    sealed: false,
    rule: { zh: '受教育程度为小学及以上的人填报', en: 'asked of persons with primary education or above' },
  },
  {
    field: 'workedLastWeek',
    key: 'person.workedLastWeek',
    value: option(WORKED_LAST_WEEK_LABELS, WORKED_LAST_WEEK_CODES),
    sealed: false,
    rule: { zh: '16 周岁及以上的人填报', en: 'asked of persons aged 16 and over' },
  },
  {
    field: 'industry',
    key: 'person.industry',
    value: option(INDUSTRY_LABELS, INDUSTRY_CODES),
    sealed: true,
    rule: {
      zh: '上周工作或在职休假的 16 周岁及以上的人填报',
      en: 'asked of persons aged 16 and over who worked last week or have a job',
    },
  },
  {
    field: 'occupation',
    key: 'person.occupation',
    value: option(OCCUPATION_LABELS, OCCUPATION_CODES),
    sealed: true,
    rule: {
      zh: '上周工作或在职休假的 16 周岁及以上的人填报',
      en: 'asked of persons aged 16 and over who worked last week or have a job',
    },
  },
  {
    field: 'notWorkingReason',
    key: 'person.notWorkingReason',
    value: option(NOT_WORKING_REASON_LABELS, NOT_WORKING_REASON_CODES),
    sealed: false,
    rule: {
      zh: '上周未工作的 16 周岁及以上的人填报',
      en: 'asked of persons aged 16 and over who did not work last week',
    },
  },
  {
    field: 'jobSearch',
    key: 'person.jobSearch',
    value: option(JOB_SEARCH_LABELS, JOB_SEARCH_CODES),
    sealed: false,
    rule: {
      zh: '上周未工作的 16 周岁及以上的人填报',
      en: 'asked of persons aged 16 and over who did not work last week',
    },
  },
  {
    field: 'ableToWork',
    key: 'person.ableToWork',
    value: option(ABLE_TO_WORK_LABELS, ABLE_TO_WORK_CODES),
    sealed: false,
    rule: {
      zh: '上周未工作的 16 周岁及以上的人填报',
      en: 'asked of persons aged 16 and over who did not work last week',
    },
  },
  {
    field: 'maritalStatus',
    key: 'person.maritalStatus',
    value: option(MARITAL_STATUS_LABELS, MARITAL_STATUS_CODES),
    sealed: true,
    rule: { zh: '15 周岁及以上的人填报', en: 'asked of persons aged 15 and over' },
  },
  {
    field: 'firstMarriage',
    key: 'person.firstMarriage',
    value: { kind: 'yearMonth' },
    sealed: true,
    rule: {
      zh: '有配偶、离婚或丧偶的 15 周岁及以上的人填报',
      en: 'asked of persons aged 15 and over who are or have been married',
    },
  },
  {
    field: 'childrenBorn',
    key: 'person.childrenBorn',
    value: { kind: 'children', max: LONG_FORM_LIMITS.maxChildrenBySex },
    sealed: false,
    rule: { zh: '15—50 周岁的女性填报', en: 'asked of women aged 15-50' },
  },
  {
    field: 'birthsLastYear',
    key: 'person.birthsLastYear',
    value: option(BIRTHS_LAST_YEAR_LABELS, BIRTHS_LAST_YEAR_CODES),
    sealed: false,
    rule: { zh: '15—50 周岁的女性填报', en: 'asked of women aged 15-50' },
  },
  {
    field: 'health',
    key: 'person.health',
    value: option(HEALTH_STATUS_LABELS, HEALTH_STATUS_CODES),
    sealed: false,
    rule: { zh: '60 周岁及以上的人填报', en: 'asked of persons aged 60 and over' },
  },
];

const HOUSING_RULE: EnumLabel = {
  zh: '住普通住宅的家庭户填报',
  en: 'asked of family households living in an ordinary dwelling',
};

/** The household items of the long form, in the form's order. */
export const LONG_FORM_HOUSEHOLD_ITEMS: readonly LongFormItem<LongFormHouseholdField>[] = [
  {
    field: 'buildingHeight',
    key: 'household.buildingHeight',
    value: option(BUILDING_HEIGHT_LABELS, BUILDING_HEIGHT_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'loadBearingType',
    key: 'household.loadBearingType',
    value: option(LOAD_BEARING_TYPE_LABELS, LOAD_BEARING_TYPE_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'constructionPeriod',
    key: 'household.constructionPeriod',
    value: option(CONSTRUCTION_PERIOD_LABELS, CONSTRUCTION_PERIOD_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'elevator',
    key: 'household.elevator',
    value: option(HAS_FACILITY_LABELS, HAS_FACILITY_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'cookingFuel',
    key: 'household.cookingFuel',
    value: option(COOKING_FUEL_LABELS, COOKING_FUEL_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'tapWater',
    key: 'household.tapWater',
    value: option(HAS_FACILITY_LABELS, HAS_FACILITY_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'kitchen',
    key: 'household.kitchen',
    value: option(KITCHEN_USE_LABELS, KITCHEN_USE_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'toilet',
    key: 'household.toilet',
    value: option(TOILET_TYPE_LABELS, TOILET_TYPE_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'bathing',
    key: 'household.bathing',
    value: option(BATHING_FACILITY_LABELS, BATHING_FACILITY_CODES),
    sealed: false,
    rule: HOUSING_RULE,
  },
  {
    field: 'housingSource',
    key: 'household.housingSource',
    value: option(HOUSING_SOURCE_LABELS, HOUSING_SOURCE_CODES),
    sealed: true,
    rule: HOUSING_RULE,
  },
  {
    field: 'monthlyRent',
    key: 'household.monthlyRent',
    value: { kind: 'integer', min: 1, max: LONG_FORM_LIMITS.maxMonthlyRent },
    sealed: true,
    rule: { zh: '租赁住房的家庭户填报', en: 'asked of family households that rent their dwelling' },
  },
  {
    field: 'purchaseCost',
    key: 'household.purchaseCost',
    value: { kind: 'amount', max: LONG_FORM_LIMITS.maxPurchaseCost },
    sealed: true,
    rule: {
      zh: '购买或自建住房的家庭户填报',
      en: 'asked of family households that bought or built their dwelling',
    },
  },
  {
    field: 'carCount',
    key: 'household.carCount',
    value: { kind: 'integer', min: 0, max: LONG_FORM_LIMITS.maxCars },
    sealed: true,
    rule: {
      zh: '普查机构加列车辆项目时，家庭户填报',
      en: 'asked of family households where the census office adds vehicle items',
    },
  },
];

/** Every long-form item, persons first. */
export const LONG_FORM_ITEMS: readonly LongFormItem<string>[] = /* @__PURE__ */ concatItems(
  LONG_FORM_PERSON_ITEMS,
  LONG_FORM_HOUSEHOLD_ITEMS,
);

// Module-level values are built by functions marked pure, so that a bundle using none of this file drops it.
function concatItems(
  persons: readonly LongFormItem<string>[],
  households: readonly LongFormItem<string>[],
): readonly LongFormItem<string>[] {
  return Object.freeze([...persons, ...households]);
}

function sealedKeys(items: readonly LongFormItem<string>[]): readonly LongFormItemKey[] {
  return Object.freeze(items.filter((item) => item.sealed).map((item) => item.key));
}

/** The item keys whose answers are sealed at rest (see `LongFormItem.sealed`). */
export const LONG_FORM_SEALED_ITEMS: readonly LongFormItemKey[] = /* @__PURE__ */ sealedKeys(LONG_FORM_ITEMS);

/** The item keys of the refused items of one person's or one household's answers, in the form's order. */
export function refusedItems(
  answers: LongFormPersonAnswers | LongFormHouseholdAnswers | null | undefined,
  entity: 'person' | 'household',
): LongFormItemKey[] {
  if (!answers) return [];
  const items: readonly LongFormItem<string>[] =
    entity === 'person' ? LONG_FORM_PERSON_ITEMS : LONG_FORM_HOUSEHOLD_ITEMS;
  const record = answers as Record<string, LongFormAnswer<unknown> | null | undefined>;
  return items.filter((item) => isRefused(record[item.field])).map((item) => item.key);
}

/** The answers of one sampled household: its own items and each person's. */
export interface LongFormAnswerSet {
  household?: LongFormHouseholdAnswers | null;
  persons?: readonly (LongFormPersonAnswers | null | undefined)[];
}

/**
 * Refusals counted per item over a set of households' answers (progress: refused items by item). Every long-form
 * item is in the result, 0 when nobody refused it; a refusal counts once per person (person items) or household.
 */
export function countRefusedItems(forms: Iterable<LongFormAnswerSet>): Record<LongFormItemKey, number> {
  const counts = Object.fromEntries(LONG_FORM_ITEMS.map((item) => [item.key, 0])) as Record<
    LongFormItemKey,
    number
  >;
  for (const form of forms) {
    for (const key of refusedItems(form.household, 'household')) counts[key] += 1;
    for (const person of form.persons ?? [])
      for (const key of refusedItems(person, 'person')) counts[key] += 1;
  }
  return counts;
}

/**
 * The problem log's ITEM_REFUSAL categories (the API's RefusedItem values) a refusal of each item belongs to, so a
 * refusal recorded on the long form can feed the problem log. The migration items (C12-C14) have no category there
 * yet: null.
 */
export const LONG_FORM_REFUSAL_CATEGORIES: Record<LongFormItemKey, string | null> = {
  'person.birthplace': null,
  'person.residenceFiveYearsAgo': null,
  'person.migrationReason': null,
  'person.schoolCompletion': 'EDUCATION',
  'person.workedLastWeek': 'EMPLOYMENT',
  'person.industry': 'INDUSTRY',
  'person.occupation': 'OCCUPATION',
  'person.notWorkingReason': 'EMPLOYMENT',
  'person.jobSearch': 'EMPLOYMENT',
  'person.ableToWork': 'EMPLOYMENT',
  'person.maritalStatus': 'MARITAL_STATUS',
  'person.firstMarriage': 'MARITAL_STATUS',
  'person.childrenBorn': 'FERTILITY',
  'person.birthsLastYear': 'FERTILITY',
  'person.health': 'HEALTH',
  'household.buildingHeight': 'HOUSING',
  'household.loadBearingType': 'HOUSING',
  'household.constructionPeriod': 'HOUSING',
  'household.elevator': 'HOUSING',
  'household.cookingFuel': 'HOUSING',
  'household.tapWater': 'HOUSING',
  'household.kitchen': 'HOUSING',
  'household.toilet': 'HOUSING',
  'household.bathing': 'HOUSING',
  'household.housingSource': 'HOUSING',
  'household.monthlyRent': 'HOUSING',
  'household.purchaseCost': 'HOUSING',
  'household.carCount': 'VEHICLES',
};

/** The problem-log categories of the refused items given, each once, in the order first met. */
export function refusalCategories(items: Iterable<LongFormItemKey>): string[] {
  const categories = new Set<string>();
  for (const item of items) {
    const category = LONG_FORM_REFUSAL_CATEGORIES[item];
    if (category) categories.add(category);
  }
  return [...categories];
}

/** How a refusal reads on screens, in exports and in the report. */
export const REFUSED_LABEL: EnumLabel = { zh: '拒答', en: 'Refused' };

const ITEMS_BY_KEY: ReadonlyMap<string, LongFormItem<string>> = /* @__PURE__ */ itemsByKey(LONG_FORM_ITEMS);

function itemsByKey(items: readonly LongFormItem<string>[]): ReadonlyMap<string, LongFormItem<string>> {
  return new Map(items.map((item) => [item.key, item]));
}

/** The definition of a long-form item by its key ('person.occupation'), or undefined. */
export function longFormItem(key: string): LongFormItem<string> | undefined {
  return ITEMS_BY_KEY.get(key);
}

/**
 * An answer as a person reads it, in `lang`: the option's label, 拒答 for a refusal, the number or year-month as
 * given, sons and daughters for C26; '' when there is no answer. A value that is not one of the item's options is
 * shown as given.
 */
export function longFormAnswerText(
  key: LongFormItemKey,
  answer: LongFormAnswer<unknown> | null | undefined,
  lang: 'zh' | 'en',
): string {
  if (answer == null) return '';
  if (answer.refused === true) return REFUSED_LABEL[lang];
  const spec = ITEMS_BY_KEY.get(key)?.value;
  const value: unknown = answer.value;
  if (spec?.kind === 'option' && typeof value === 'string') return spec.labels[value]?.[lang] ?? value;
  if (spec?.kind === 'yearMonth') {
    const { year, month } = (value ?? {}) as Partial<YearMonth>;
    return `${year ?? ''}-${String(month ?? '').padStart(2, '0')}`;
  }
  if (spec?.kind === 'children') {
    const { male, female } = (value ?? {}) as Partial<ChildrenBorn>;
    return lang === 'zh'
      ? `男 ${male ?? ''}，女 ${female ?? ''}`
      : `sons ${male ?? ''}, daughters ${female ?? ''}`;
  }
  return String(value);
}
