import {
  ABLE_TO_WORK_CODES,
  ABLE_TO_WORK_LABELS,
  AbleToWork,
  answered,
  BATHING_FACILITY_CODES,
  BATHING_FACILITY_LABELS,
  BathingFacility,
  Birthplace,
  BIRTHPLACE_CODES,
  BIRTHPLACE_LABELS,
  BIRTHS_LAST_YEAR_CODES,
  BIRTHS_LAST_YEAR_LABELS,
  BirthsLastYear,
  BUILDING_HEIGHT_CODES,
  BUILDING_HEIGHT_LABELS,
  BuildingHeight,
  CONSTRUCTION_PERIOD_CODES,
  CONSTRUCTION_PERIOD_LABELS,
  ConstructionPeriod,
  COOKING_FUEL_CODES,
  COOKING_FUEL_LABELS,
  CookingFuel,
  type EnumLabel,
  HAS_FACILITY_CODES,
  HAS_FACILITY_LABELS,
  HasFacility,
  HEALTH_STATUS_CODES,
  HEALTH_STATUS_LABELS,
  HealthStatus,
  HOUSING_SOURCE_CODES,
  HOUSING_SOURCE_LABELS,
  HousingSource,
  Industry,
  INDUSTRY_CODES,
  INDUSTRY_LABELS,
  ITEM_LABELS,
  JOB_SEARCH_CODES,
  JOB_SEARCH_LABELS,
  JobSearch,
  KITCHEN_USE_CODES,
  KITCHEN_USE_LABELS,
  KitchenUse,
  LOAD_BEARING_TYPE_CODES,
  LOAD_BEARING_TYPE_LABELS,
  LoadBearingType,
  LONG_FORM_ITEMS,
  LONG_FORM_SEALED_ITEMS,
  longFormAnswerText,
  longFormItem,
  MARITAL_STATUS_CODES,
  MARITAL_STATUS_LABELS,
  MaritalStatus,
  NOT_WORKING_REASON_CODES,
  NOT_WORKING_REASON_LABELS,
  NotWorkingReason,
  Occupation,
  OCCUPATION_CODES,
  OCCUPATION_LABELS,
  refusedAnswer,
  RESIDENCE_FIVE_YEARS_AGO_CODES,
  RESIDENCE_FIVE_YEARS_AGO_LABELS,
  ResidenceFiveYearsAgo,
  SCHOOL_COMPLETION_CODES,
  SCHOOL_COMPLETION_LABELS,
  SchoolCompletion,
  TOILET_TYPE_CODES,
  TOILET_TYPE_LABELS,
  ToiletType,
  WORKED_LAST_WEEK_CODES,
  WORKED_LAST_WEEK_LABELS,
  WorkedLastWeek,
} from './index';

type Table = {
  name: string;
  e: Record<string, string>;
  labels: Record<string, EnumLabel>;
  codes: Record<string, string>;
  expected: string[];
};

const digits = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const tables: Table[] = [
  {
    name: 'SchoolCompletion',
    e: SchoolCompletion,
    labels: SCHOOL_COMPLETION_LABELS,
    codes: SCHOOL_COMPLETION_CODES,
    expected: digits(1, 5),
  },
  {
    name: 'WorkedLastWeek',
    e: WorkedLastWeek,
    labels: WORKED_LAST_WEEK_LABELS,
    codes: WORKED_LAST_WEEK_CODES,
    expected: digits(1, 3),
  },
  {
    name: 'Industry',
    e: Industry,
    labels: INDUSTRY_LABELS,
    codes: INDUSTRY_CODES,
    expected: [...'ABCDEFGHIJKLMNOPQRST'],
  },
  {
    name: 'Occupation',
    e: Occupation,
    labels: OCCUPATION_LABELS,
    codes: OCCUPATION_CODES,
    expected: [...digits(1, 6), 'X', 'Y'],
  },
  {
    name: 'NotWorkingReason',
    e: NotWorkingReason,
    labels: NOT_WORKING_REASON_LABELS,
    codes: NOT_WORKING_REASON_CODES,
    expected: digits(1, 9),
  },
  {
    name: 'JobSearch',
    e: JobSearch,
    labels: JOB_SEARCH_LABELS,
    codes: JOB_SEARCH_CODES,
    expected: digits(1, 7),
  },
  {
    name: 'AbleToWork',
    e: AbleToWork,
    labels: ABLE_TO_WORK_LABELS,
    codes: ABLE_TO_WORK_CODES,
    expected: digits(1, 2),
  },
  {
    name: 'MaritalStatus',
    e: MaritalStatus,
    labels: MARITAL_STATUS_LABELS,
    codes: MARITAL_STATUS_CODES,
    expected: digits(1, 4),
  },
  {
    name: 'BirthsLastYear',
    e: BirthsLastYear,
    labels: BIRTHS_LAST_YEAR_LABELS,
    codes: BIRTHS_LAST_YEAR_CODES,
    expected: digits(0, 3),
  },
  {
    name: 'HealthStatus',
    e: HealthStatus,
    labels: HEALTH_STATUS_LABELS,
    codes: HEALTH_STATUS_CODES,
    expected: digits(1, 4),
  },
  {
    name: 'Birthplace',
    e: Birthplace,
    labels: BIRTHPLACE_LABELS,
    codes: BIRTHPLACE_CODES,
    expected: digits(1, 4),
  },
  {
    name: 'ResidenceFiveYearsAgo',
    e: ResidenceFiveYearsAgo,
    labels: RESIDENCE_FIVE_YEARS_AGO_LABELS,
    codes: RESIDENCE_FIVE_YEARS_AGO_CODES,
    expected: digits(1, 5),
  },
  {
    name: 'BuildingHeight',
    e: BuildingHeight,
    labels: BUILDING_HEIGHT_LABELS,
    codes: BUILDING_HEIGHT_CODES,
    expected: digits(1, 4),
  },
  {
    name: 'LoadBearingType',
    e: LoadBearingType,
    labels: LOAD_BEARING_TYPE_LABELS,
    codes: LOAD_BEARING_TYPE_CODES,
    expected: digits(1, 5),
  },
  {
    name: 'ConstructionPeriod',
    e: ConstructionPeriod,
    labels: CONSTRUCTION_PERIOD_LABELS,
    codes: CONSTRUCTION_PERIOD_CODES,
    expected: digits(1, 9),
  },
  {
    name: 'HasFacility',
    e: HasFacility,
    labels: HAS_FACILITY_LABELS,
    codes: HAS_FACILITY_CODES,
    expected: digits(1, 2),
  },
  {
    name: 'CookingFuel',
    e: CookingFuel,
    labels: COOKING_FUEL_LABELS,
    codes: COOKING_FUEL_CODES,
    expected: digits(1, 5),
  },
  {
    name: 'KitchenUse',
    e: KitchenUse,
    labels: KITCHEN_USE_LABELS,
    codes: KITCHEN_USE_CODES,
    expected: digits(1, 3),
  },
  {
    name: 'ToiletType',
    e: ToiletType,
    labels: TOILET_TYPE_LABELS,
    codes: TOILET_TYPE_CODES,
    expected: digits(1, 5),
  },
  {
    name: 'BathingFacility',
    e: BathingFacility,
    labels: BATHING_FACILITY_LABELS,
    codes: BATHING_FACILITY_CODES,
    expected: digits(1, 4),
  },
  {
    name: 'HousingSource',
    e: HousingSource,
    labels: HOUSING_SOURCE_LABELS,
    codes: HOUSING_SOURCE_CODES,
    expected: digits(1, 8),
  },
];

describe.each(tables)('long-form enum $name', ({ e, labels, codes, expected }) => {
  it('has string values equal to their keys', () => {
    for (const [key, value] of Object.entries(e)) expect(value).toBe(key);
  });

  it('has a distinct Chinese and English label for every value and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(Object.values(e).sort());
    for (const label of Object.values(labels)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
    const zh = Object.values(labels).map((l) => l.zh);
    const en = Object.values(labels).map((l) => l.en);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('has unique codes, in the order of the form', () => {
    expect(Object.keys(codes).sort()).toEqual(Object.values(e).sort());
    expect(Object.values(e).map((value) => codes[value])).toEqual(expected);
  });
});

describe('long-form items', () => {
  it('are named in ITEM_LABELS, each once, with the form number first', () => {
    const keys = LONG_FORM_ITEMS.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(ITEM_LABELS[key].zh).toMatch(/^(?:C\d+|H\d+|附\d+) /);
      expect(ITEM_LABELS[key].en).toMatch(/^(?:C\d+|H\d+|Extra \d+) /);
    }
  });

  it('seal occupation and industry, marriage, housing source and cost, and vehicles', () => {
    expect([...LONG_FORM_SEALED_ITEMS].sort()).toEqual(
      [
        'person.industry',
        'person.occupation',
        'person.maritalStatus',
        'person.firstMarriage',
        'household.housingSource',
        'household.monthlyRent',
        'household.purchaseCost',
        'household.carCount',
      ].sort(),
    );
  });
});

describe('long-form option items', () => {
  it('carry the labels and codes of one enum', () => {
    for (const item of LONG_FORM_ITEMS) {
      if (item.value.kind !== 'option') continue;
      expect(Object.keys(item.value.codes).sort()).toEqual(Object.keys(item.value.labels).sort());
      expect(new Set(Object.values(item.value.codes)).size).toBe(Object.keys(item.value.codes).length);
    }
  });

  it.each([
    ['person.occupation', answered(Occupation.PROFESSIONALS), 'zh', '专业技术人员'],
    ['person.occupation', refusedAnswer(), 'zh', '拒答'],
    ['person.occupation', refusedAnswer(), 'en', 'Refused'],
    ['household.housingSource', answered(HousingSource.SELF_BUILT), 'en', 'Self-built'],
    ['person.firstMarriage', answered({ year: 2001, month: 3 }), 'zh', '2001-03'],
    ['person.childrenBorn', answered({ male: 1, female: 2 }), 'zh', '男 1，女 2'],
    ['household.monthlyRent', answered(1500), 'en', '1500'],
    ['person.health', undefined, 'zh', ''],
  ] as const)('%s %j in %s reads %p', (key, answer, lang, text) => {
    expect(longFormAnswerText(key, answer, lang)).toBe(text);
  });

  it('finds an item by its key', () => {
    expect(longFormItem('person.industry')?.sealed).toBe(true);
    expect(longFormItem('person.name')).toBeUndefined();
  });
});
