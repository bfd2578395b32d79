/**
 * Census enums. String enums whose value equals the key, so the same token travels unchanged
 * through PostgreSQL, GraphQL and the web app; each has a `XXX_LABELS` table (form term in Chinese,
 * English label) and, where the census forms or a national standard number the options, a
 * `XXX_CODES` table. Split over `./enums/` only to keep files small.
 */
export { type EnumLabel, isEnumValue, enumValueFromCode } from './enums/enum-helpers';
export { ZoneLevel, ZONE_LEVELS, ZONE_LEVEL_LABELS } from './enums/zone-level';
export {
  HouseholdKind,
  HOUSEHOLD_KIND_LABELS,
  HOUSEHOLD_KIND_CODES,
  HouseholdStatus,
  HOUSEHOLD_STATUS_LABELS,
  RegistrationMethod,
  REGISTRATION_METHOD_LABELS,
  HouseholdStage,
  HOUSEHOLD_STAGE_LABELS,
  DwellingType,
  DWELLING_TYPE_LABELS,
  DWELLING_TYPE_CODES,
  BuildingKind,
  BUILDING_KIND_LABELS,
} from './enums/household';
export {
  Sex,
  SEX_LABELS,
  SEX_CODES,
  Relationship,
  RELATIONSHIP_LABELS,
  RELATIONSHIP_CODES,
  Whereabouts,
  WHEREABOUTS_LABELS,
  LeftRegistrationDuration,
  LEFT_REGISTRATION_DURATION_LABELS,
  LEFT_REGISTRATION_DURATION_CODES,
  LeftRegistrationReason,
  LEFT_REGISTRATION_REASON_LABELS,
  LEFT_REGISTRATION_REASON_CODES,
  Education,
  EDUCATION_LABELS,
  EDUCATION_CODES,
} from './enums/person';
export { Ethnicity, ETHNICITY_LABELS, ETHNICITY_CODES } from './enums/ethnicity';
export {
  ReturnReasonCode,
  RETURN_REASON_LABELS,
  RETURN_REASON_ITEMS,
  MAX_RETURN_REASONS,
  MAX_RETURN_NOTE,
} from './enums/review';
