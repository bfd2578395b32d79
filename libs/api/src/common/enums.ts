import { registerEnumType } from 'type-graphql';

import {
  BUILDING_KIND_LABELS,
  BuildingKind,
  DWELLING_TYPE_LABELS,
  DwellingType,
  Education,
  EDUCATION_LABELS,
  type EnumLabel,
  Ethnicity,
  ETHNICITY_LABELS,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_STAGE_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_REASON_LABELS,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  REGISTRATION_METHOD_LABELS,
  RegistrationMethod,
  Relationship,
  RELATIONSHIP_LABELS,
  Sex,
  SEX_LABELS,
  Whereabouts,
  WHEREABOUTS_LABELS,
  ZONE_LEVEL_LABELS,
  ZoneLevel,
} from '@census/rules';

/**
 * Registers an enum with GraphQL: its name, a description, and a description of every value (the compiler checks
 * that none is missing). Every enum of the schema is registered through here or `registerLabelledEnum`.
 */
export function registerEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: Record<keyof E, string>,
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.keys(enumObject).map((key) => [key, { description: values[key as keyof E] }]),
    ) as Partial<Record<keyof E, { description: string }>>,
  });
}

/** Registers an enum whose values have census labels, describing every value as "中文 (English)". */
export function registerLabelledEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  labels: Record<E[keyof E], EnumLabel>,
): void {
  const values = Object.fromEntries(
    Object.entries(enumObject).map(([key, value]) => {
      const label = labels[value as E[keyof E]];
      return [key, `${label.zh} (${label.en})`];
    }),
  ) as Record<keyof E, string>;
  registerEnum(enumObject, name, description, values);
}

const register = registerLabelledEnum;

register(ZoneLevel, 'ZoneLevel', '区划层级: level of a zone in the census zone tree.', ZONE_LEVEL_LABELS);
register(Sex, 'Sex', '性别 (D4): sex.', SEX_LABELS);
register(HouseholdKind, 'HouseholdKind', '户别 (H1): family or collective household.', HOUSEHOLD_KIND_LABELS);
register(
  HouseholdStatus,
  'HouseholdStatus',
  '住户状态: status of a household found at listing (摸底).',
  HOUSEHOLD_STATUS_LABELS,
);
register(
  RegistrationMethod,
  'RegistrationMethod',
  '登记方式: whether the household self-reported (自主填报) or was registered by the enumerator.',
  REGISTRATION_METHOD_LABELS,
);
register(
  HouseholdStage,
  'HouseholdStage',
  '登记阶段: workflow stage of a household.',
  HOUSEHOLD_STAGE_LABELS,
);
register(
  Relationship,
  'Relationship',
  '与户主关系 (D2): relationship to the head of household.',
  RELATIONSHIP_LABELS,
);
register(Ethnicity, 'Ethnicity', '民族 (D6): ethnic group.', ETHNICITY_LABELS);
register(
  Whereabouts,
  'Whereabouts',
  '普查时点居住地 (D7): where the person was at the reference moment.',
  WHEREABOUTS_LABELS,
);
register(
  LeftRegistrationDuration,
  'LeftRegistrationDuration',
  '离开户口登记地时间 (D9): how long ago the person left the place of household registration.',
  LEFT_REGISTRATION_DURATION_LABELS,
);
register(
  LeftRegistrationReason,
  'LeftRegistrationReason',
  '离开户口登记地原因 (D10): why the person left the place of household registration.',
  LEFT_REGISTRATION_REASON_LABELS,
);
register(Education, 'Education', '受教育程度 (D11): highest level of education.', EDUCATION_LABELS);
register(DwellingType, 'DwellingType', '住房类型 (H5): type of dwelling.', DWELLING_TYPE_LABELS);
register(BuildingKind, 'BuildingKind', '建筑物类型: kind of building.', BUILDING_KIND_LABELS);

export {
  BuildingKind,
  DwellingType,
  Education,
  Ethnicity,
  HouseholdKind,
  HouseholdStage,
  HouseholdStatus,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  RegistrationMethod,
  Relationship,
  Sex,
  Whereabouts,
  ZoneLevel,
};
