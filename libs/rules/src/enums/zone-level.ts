import type { EnumLabel } from './enum-helpers';

/** Levels of the zone tree, from the province down to the small zone an enumerator covers. */
export enum ZoneLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  CENSUS_ZONE = 'CENSUS_ZONE',
  SMALL_ZONE = 'SMALL_ZONE',
}

/** Top-down order; code that walks the tree relies on this order. */
export const ZONE_LEVELS: readonly ZoneLevel[] = Object.freeze([
  ZoneLevel.PROVINCE,
  ZoneLevel.CITY,
  ZoneLevel.COUNTY,
  ZoneLevel.TOWNSHIP,
  ZoneLevel.CENSUS_ZONE,
  ZoneLevel.SMALL_ZONE,
]);

export const ZONE_LEVEL_LABELS: Record<ZoneLevel, EnumLabel> = {
  [ZoneLevel.PROVINCE]: { zh: '省', en: 'Province' },
  [ZoneLevel.CITY]: { zh: '市', en: 'City' },
  [ZoneLevel.COUNTY]: { zh: '县/区', en: 'County / district' },
  [ZoneLevel.TOWNSHIP]: { zh: '乡镇/街道', en: 'Township / subdistrict' },
  [ZoneLevel.CENSUS_ZONE]: { zh: '普查区', en: 'Census zone' },
  [ZoneLevel.SMALL_ZONE]: { zh: '普查小区', en: 'Small zone' },
};
