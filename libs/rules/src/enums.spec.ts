import {
  BUILDING_KIND_LABELS,
  BuildingKind,
  DWELLING_TYPE_CODES,
  DWELLING_TYPE_LABELS,
  DwellingType,
  Education,
  EDUCATION_CODES,
  EDUCATION_LABELS,
  type EnumLabel,
  enumValueFromCode,
  Ethnicity,
  ETHNICITY_CODES,
  ETHNICITY_LABELS,
  HOUSEHOLD_KIND_CODES,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_STAGE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  isEnumValue,
  LEFT_REGISTRATION_DURATION_CODES,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_REASON_CODES,
  LEFT_REGISTRATION_REASON_LABELS,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  REGISTRATION_METHOD_LABELS,
  RegistrationMethod,
  Relationship,
  RELATIONSHIP_CODES,
  RELATIONSHIP_LABELS,
  Sex,
  SEX_CODES,
  SEX_LABELS,
  Whereabouts,
  WHEREABOUTS_LABELS,
  ZONE_LEVEL_LABELS,
  ZONE_LEVELS,
  ZoneLevel,
} from './index';

type Table = { name: string; e: Record<string, string>; labels: Record<string, EnumLabel> };

const tables: Table[] = [
  { name: 'ZoneLevel', e: ZoneLevel, labels: ZONE_LEVEL_LABELS },
  { name: 'Sex', e: Sex, labels: SEX_LABELS },
  { name: 'HouseholdKind', e: HouseholdKind, labels: HOUSEHOLD_KIND_LABELS },
  { name: 'HouseholdStatus', e: HouseholdStatus, labels: HOUSEHOLD_STATUS_LABELS },
  { name: 'RegistrationMethod', e: RegistrationMethod, labels: REGISTRATION_METHOD_LABELS },
  { name: 'HouseholdStage', e: HouseholdStage, labels: HOUSEHOLD_STAGE_LABELS },
  { name: 'Relationship', e: Relationship, labels: RELATIONSHIP_LABELS },
  { name: 'Ethnicity', e: Ethnicity, labels: ETHNICITY_LABELS },
  { name: 'Whereabouts', e: Whereabouts, labels: WHEREABOUTS_LABELS },
  {
    name: 'LeftRegistrationDuration',
    e: LeftRegistrationDuration,
    labels: LEFT_REGISTRATION_DURATION_LABELS,
  },
  { name: 'LeftRegistrationReason', e: LeftRegistrationReason, labels: LEFT_REGISTRATION_REASON_LABELS },
  { name: 'Education', e: Education, labels: EDUCATION_LABELS },
  { name: 'DwellingType', e: DwellingType, labels: DWELLING_TYPE_LABELS },
  { name: 'BuildingKind', e: BuildingKind, labels: BUILDING_KIND_LABELS },
];

/** Code tables and the codes they must hold, in enum declaration order. */
const codeTables: Array<{
  name: string;
  e: Record<string, string>;
  codes: Record<string, string>;
  expected: string[];
}> = [
  { name: 'Sex', e: Sex, codes: SEX_CODES, expected: ['1', '2'] },
  { name: 'HouseholdKind', e: HouseholdKind, codes: HOUSEHOLD_KIND_CODES, expected: ['1', '2'] },
  { name: 'Relationship', e: Relationship, codes: RELATIONSHIP_CODES, expected: range(0, 9) },
  {
    name: 'LeftRegistrationDuration',
    e: LeftRegistrationDuration,
    codes: LEFT_REGISTRATION_DURATION_CODES,
    expected: range(0, 8),
  },
  {
    name: 'LeftRegistrationReason',
    e: LeftRegistrationReason,
    codes: LEFT_REGISTRATION_REASON_CODES,
    expected: range(1, 10),
  },
  { name: 'Education', e: Education, codes: EDUCATION_CODES, expected: range(1, 9) },
  { name: 'DwellingType', e: DwellingType, codes: DWELLING_TYPE_CODES, expected: range(1, 5) },
  {
    name: 'Ethnicity',
    e: Ethnicity,
    codes: ETHNICITY_CODES,
    expected: [...range(1, 56).map((c) => c.padStart(2, '0')), '97', '98'],
  },
];

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

describe.each(tables)('$name', ({ e, labels }) => {
  it('has string values equal to their keys', () => {
    for (const [key, value] of Object.entries(e)) expect(value).toBe(key);
  });

  it('has a non-empty Chinese and English label for every value and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual(Object.values(e).sort());
    for (const label of Object.values(labels)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });

  it('has distinct labels', () => {
    const zh = Object.values(labels).map((l) => l.zh);
    const en = Object.values(labels).map((l) => l.en);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });
});

describe.each(codeTables)('$name codes', ({ e, codes, expected }) => {
  it('follow the official order', () => {
    expect(Object.values(e).map((value) => codes[value])).toEqual(expected);
  });
});

describe('Ethnicity', () => {
  it('lists the 56 groups plus the two extra codes', () => {
    expect(Object.values(Ethnicity)).toHaveLength(58);
  });

  it.each([
    [Ethnicity.HAN, '01', '汉族'],
    [Ethnicity.MANCHU, '11', '满族'],
    [Ethnicity.TU, '30', '土族'],
    [Ethnicity.DEANG, '46', '德昂族'],
    [Ethnicity.JINO, '56', '基诺族'],
    [Ethnicity.UNRECOGNISED, '97', '未识别民族'],
    [Ethnicity.NATURALISED, '98', '外国人加入中国籍'],
  ])('%s is %s %s', (value, code, zh) => {
    expect(ETHNICITY_CODES[value]).toBe(code);
    expect(ETHNICITY_LABELS[value].zh).toBe(zh);
  });

  it('names every recognised group with 族', () => {
    const groups = Object.values(Ethnicity).filter((v) => Number(ETHNICITY_CODES[v]) <= 56);
    for (const group of groups) expect(ETHNICITY_LABELS[group].zh).toMatch(/族$/);
  });
});

describe('ZONE_LEVELS', () => {
  it('runs from the province down to the small zone', () => {
    expect(ZONE_LEVELS).toMatchObject([
      ZoneLevel.PROVINCE,
      ZoneLevel.CITY,
      ZoneLevel.COUNTY,
      ZoneLevel.TOWNSHIP,
      ZoneLevel.CENSUS_ZONE,
      ZoneLevel.SMALL_ZONE,
    ]);
    expect(ZONE_LEVEL_LABELS[ZoneLevel.SMALL_ZONE].zh).toBe('普查小区');
  });

  it('cannot be modified', () => {
    expect(Object.isFrozen(ZONE_LEVELS)).toBe(true);
  });
});

describe('isEnumValue', () => {
  it('accepts the enum values', () => {
    expect(isEnumValue(Sex, 'MALE')).toBe(true);
    expect(isEnumValue(Ethnicity, 'JINO')).toBe(true);
  });

  it.each([['male'], ['1'], [''], [null], [undefined], [1], [{}], ['toString']])('rejects %p', (value) => {
    expect(isEnumValue(Sex, value)).toBe(false);
  });

  it('narrows the type', () => {
    const input: unknown = 'HEAD';
    const value: Relationship | null = isEnumValue(Relationship, input) ? input : null;
    expect(value).toBe(Relationship.HEAD);
  });
});

describe('enumValueFromCode', () => {
  it('finds the value for an official code', () => {
    expect(enumValueFromCode(ETHNICITY_CODES, '11')).toBe(Ethnicity.MANCHU);
    expect(enumValueFromCode(RELATIONSHIP_CODES, '0')).toBe(Relationship.HEAD);
    expect(enumValueFromCode(LEFT_REGISTRATION_REASON_CODES, '10')).toBe(LeftRegistrationReason.OTHER);
  });

  it('returns undefined for an unknown code', () => {
    expect(enumValueFromCode(ETHNICITY_CODES, '1')).toBeUndefined();
    expect(enumValueFromCode(ETHNICITY_CODES, '57')).toBeUndefined();
    expect(enumValueFromCode(SEX_CODES, '')).toBeUndefined();
  });
});
