/**
 * Division codes (统计用区划代码) of the zone tree. A canonical code has one segment per level
 * (2+2+2+3+3+3 digits), so a child's code always starts with its parent's code and the level can be
 * read from the length. Official files pad every level to 12 digits with zeros; we accept those
 * forms and store only the canonical, unpadded one.
 *
 * One exception, as in the official codes: cities without counties (不设区的市: 东莞 4419, 中山 4420, 嘉峪关 6202,
 * 儋州 4604) hold their townships directly, and those keep 00 in the county segment (东莞 东城街道 441900003). Such a
 * township's parent is the city itself; 441900 is not a zone of its own (it is the GB/T 2260 form of the city).
 */
import { ZONE_LEVELS, ZoneLevel } from './enums';
import { PROVINCES } from './provinces';
import { ruleFail, ruleOk, type RuleResult } from './result';
import { foldFullWidth, quote } from './text';

export const ZONE_CODE_LENGTH: Record<ZoneLevel, number> = {
  [ZoneLevel.PROVINCE]: 2,
  [ZoneLevel.CITY]: 4,
  [ZoneLevel.COUNTY]: 6,
  [ZoneLevel.TOWNSHIP]: 9,
  [ZoneLevel.CENSUS_ZONE]: 12,
  [ZoneLevel.SMALL_ZONE]: 15,
};

/** Length of the official padded form of every level above a small zone. */
export const PADDED_ZONE_CODE_LENGTH = 12;

/** Small-zone numbers from 900 up are virtual small zones (虚拟普查小区), e.g. for people with no fixed dwelling. */
export const VIRTUAL_SMALL_ZONE_START = 900;

/**
 * The province-level codes of GB/T 2260: 11-15 (North), 21-23 (North-east), 31-37 (East), 41-46 (Central-south),
 * 50-54 (South-west), 61-65 (North-west), 71 Taiwan, 81 Hong Kong, 82 Macao. No other first segment exists; county
 * codes withdrawn over the years (older citizen IDs keep them) still start with one of these.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(Object.keys(PROVINCES).sort());

/** The province codes as messages list them. */
export const PROVINCE_CODE_LIST = '11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82';

/**
 * Whether a citizen ID may start with `segment`: a province code, or 83, which residence permits of Taiwan residents
 * (台湾居民居住证, GB 11643 numbers from 830000) carry; Hong Kong and Macao residents' permits use 81 and 82.
 */
export function isCitizenIdProvince(segment: string): boolean {
  return isProvinceSegment(segment) || segment === '83';
}

/** Index of the county segment, the one segment that may be 00 inside a code (townships directly under a city). */
const COUNTY_SEGMENT = ZONE_LEVELS.indexOf(ZoneLevel.COUNTY);

/** Segment names used in messages, by index of the level in ZONE_LEVELS. */
const SEGMENT_NAMES = ['province', 'city', 'county', 'township', 'census-zone', 'small-zone'] as const;

export interface NormalizedZoneCode {
  /** Canonical code: no padding, length tells the level. */
  code: string;
  level: ZoneLevel;
  /** True for small zones numbered 900-999. */
  virtual: boolean;
}

/** True when a 2-digit string is a province code of GB/T 2260 (`PROVINCE_CODES`). */
export function isProvinceSegment(segment: string): boolean {
  return PROVINCE_CODES.has(segment);
}

/**
 * Parse a zone code typed by a user or read from an official file into its canonical form.
 * Accepts canonical codes of every level and zero-padded codes up to 12 digits (110105000000 is
 * county 110105; 6-digit GB/T 2260 forms such as 110100 work the same way). Trailing all-zero
 * segments are padding; an all-zero segment before a non-zero one is an error, and a 15-digit code
 * is always a small zone, never padded.
 */
export function normalizeZoneCode(input: string): RuleResult<NormalizedZoneCode> {
  const raw = foldFullWidth(input).trim();
  if (raw === '') return ruleFail('REQUIRED', 'Zone code is empty', 'zone.codeEmpty');
  if (!/^\d+$/.test(raw)) {
    return ruleFail(
      'INVALID_FORMAT',
      `Zone code ${quote(raw)} contains characters other than the digits 0-9`,
      'zone.codeDigits',
      { value: raw },
    );
  }
  const fullLevelIndex = ZONE_LEVELS.findIndex((level) => ZONE_CODE_LENGTH[level] === raw.length);
  if (fullLevelIndex < 0) {
    return ruleFail(
      'INVALID_FORMAT',
      `Zone code '${raw}' has ${raw.length} digits; expected 2, 4, 6, 9, 12 or 15 digits (or a 12-digit padded code)`,
      'zone.codeLength',
      { value: raw, length: raw.length },
    );
  }
  const segments = splitSegments(raw, fullLevelIndex + 1);
  const province = segments[0];
  if (!isProvinceSegment(province)) {
    return ruleFail(
      'OUT_OF_RANGE',
      `Zone code '${raw}' starts with province segment '${province}', which is not a province code (${PROVINCE_CODE_LIST})`,
      'zone.codeProvince',
      { value: raw, province },
    );
  }
  let kept = segments.length;
  if (raw.length <= PADDED_ZONE_CODE_LENGTH) {
    while (kept > 1 && isAllZero(segments[kept - 1])) kept--;
  }
  for (let i = 1; i < kept; i++) {
    if (!isAllZero(segments[i])) continue;
    if (i === COUNTY_SEGMENT && i + 1 < kept) continue; // a township directly under a city keeps 00 for its county
    const rule =
      raw.length === ZONE_CODE_LENGTH[ZoneLevel.SMALL_ZONE]
        ? 'a 15-digit small-zone code is never padded, so every segment must be non-zero (small zones are 001-999)'
        : 'zeros are only allowed as padding at the end';
    return ruleFail(
      'INVALID_FORMAT',
      `Zone code '${raw}' has an all-zero ${SEGMENT_NAMES[i]} segment '${segments[i]}'; ${rule}`,
      'zone.codeZeroSegment',
      {
        value: raw,
        segment: i,
        digits: segments[i],
        smallZone: raw.length === 15 ? 'yes' : 'no',
      },
    );
  }
  const level = ZONE_LEVELS[kept - 1];
  const code = segments.slice(0, kept).join('');
  return ruleOk({ code, level, virtual: level === ZoneLevel.SMALL_ZONE && isVirtualSegment(segments[5]) });
}

/** Level of a canonical code, or null for anything else (including padded forms). */
export function zoneLevelOfCode(code: string): ZoneLevel | null {
  const result = normalizeZoneCode(code);
  return result.ok && result.value.code === code ? result.value.level : null;
}

/** Canonical code of the parent zone; null for a province or a non-canonical code. */
export function parentZoneCode(code: string): string | null {
  const ancestors = ancestorZoneCodes(code);
  return ancestors.length ? ancestors[ancestors.length - 1] : null;
}

/**
 * Codes of every ancestor, province first, ending with the parent; [] for a province or bad code. A township
 * directly under a city (county segment 00) has no county among its ancestors.
 */
export function ancestorZoneCodes(code: string): string[] {
  const level = zoneLevelOfCode(code);
  if (level === null) return [];
  return ZONE_LEVELS.slice(0, ZONE_LEVELS.indexOf(level))
    .filter((l) => l !== ZoneLevel.COUNTY || !isDirectlyUnderCity(code))
    .map((l) => code.slice(0, ZONE_CODE_LENGTH[l]));
}

/**
 * True for a canonical code at or below a township that lies directly under a city (county segment 00, e.g.
 * 东莞 441900003). Its county-level key (the first six digits, 441900) names no zone.
 */
export function isDirectlyUnderCity(code: string): boolean {
  return code.length > ZONE_CODE_LENGTH[ZoneLevel.COUNTY] && isAllZero(code.slice(4, 6));
}

/**
 * The county-level unit a zone belongs to, as six digits: the county's own code, or for a city without counties
 * the city's four digits and 00 (441900 for 东莞's townships); null above the county level or for a bad code.
 */
export function countyKeyOf(code: string): string | null {
  const level = zoneLevelOfCode(code);
  if (level === null || ZONE_LEVELS.indexOf(level) < COUNTY_SEGMENT) return null;
  return code.slice(0, ZONE_CODE_LENGTH[ZoneLevel.COUNTY]);
}

/**
 * The county a row of zone `code` is stored with (its `county_code`, the key the data is distributed by): the
 * county key of a zone at or below the county (countyKeyOf), and for an office above the county its own code
 * padded with zeros to six digits (province 33 → 330000, city 3301 → 330100), so that every row has one. The
 * SQL function `county_key(code)` computes the same. Null for a code that is not canonical.
 */
export function countyCodeOf(code: string): string | null {
  if (zoneLevelOfCode(code) === null) return null;
  return code.slice(0, ZONE_CODE_LENGTH[ZoneLevel.COUNTY]).padEnd(ZONE_CODE_LENGTH[ZoneLevel.COUNTY], '0');
}

/** True for a canonical small-zone code numbered 900-999. */
export function isVirtualSmallZone(code: string): boolean {
  return zoneLevelOfCode(code) === ZoneLevel.SMALL_ZONE && isVirtualSegment(code.slice(12));
}

/**
 * True when `code` lies in the subtree of `ancestorCode` (a zone is within itself). Both must be
 * canonical; the prefix rule is only sound because every level has a fixed length.
 */
export function isWithinZone(code: string, ancestorCode: string): boolean {
  return (
    zoneLevelOfCode(code) !== null && zoneLevelOfCode(ancestorCode) !== null && code.startsWith(ancestorCode)
  );
}

/** The canonical code of any accepted form of a zone code (padded, full-width digits, ...), or null. */
export function canonicalZoneCode(input: string): string | null {
  const parsed = normalizeZoneCode(input);
  return parsed.ok ? parsed.value.code : null;
}

/**
 * The deepest zone containing every one of `codes` (canonical codes): a zone is its own common ancestor. Null
 * for an empty list, or when the codes share no province.
 */
export function commonAncestorZone(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  const chain = [...ancestorZoneCodes(codes[0]), codes[0]].reverse();
  return chain.find((candidate) => codes.every((code) => isWithinZone(code, candidate))) ?? null;
}

/**
 * The office level above or at `code`: the zone itself when it is a township or higher, else its township.
 * Census offices (人普办) sit at township level and above; an account belongs to one of them.
 */
export function officeZoneOf(code: string): string {
  return code.length > ZONE_CODE_LENGTH[ZoneLevel.TOWNSHIP]
    ? code.slice(0, ZONE_CODE_LENGTH[ZoneLevel.TOWNSHIP])
    : code;
}

/**
 * The official 12-digit form (small zones stay 15 digits). Accepts anything normalizeZoneCode
 * accepts; throws a RangeError for an invalid code because callers pass codes they already hold.
 */
export function padZoneCode(code: string): string {
  const result = normalizeZoneCode(code);
  if (!result.ok) throw new RangeError(result.message);
  const { code: canonical, level } = result.value;
  return level === ZoneLevel.SMALL_ZONE ? canonical : canonical.padEnd(PADDED_ZONE_CODE_LENGTH, '0');
}

/**
 * Code of the `serial`-th child of a canonical zone, e.g. childZoneCode('110105001001', 3) is
 * '110105001001003'. For generators and "add a zone" forms; throws a RangeError on bad input.
 */
export function childZoneCode(parentCode: string, serial: number): string {
  const level = zoneLevelOfCode(parentCode);
  const width = level === null ? null : childCodeSegmentLength(level);
  if (width === null) {
    throw new RangeError(
      `Zone code '${parentCode}' is not a canonical code of a zone that can have children`,
    );
  }
  const max = 10 ** width - 1;
  if (!Number.isInteger(serial) || serial < 1 || serial > max) {
    throw new RangeError(`Child serial ${serial} is outside 1-${max} for parent zone '${parentCode}'`);
  }
  return parentCode + String(serial).padStart(width, '0');
}

/** Digits a child adds to its parent's code (2, 2, 3, 3, 3); null for a small zone. */
export function childCodeSegmentLength(level: ZoneLevel): number | null {
  const child = childLevel(level);
  return child === null ? null : ZONE_CODE_LENGTH[child] - ZONE_CODE_LENGTH[level];
}

/** The level below, or null for SMALL_ZONE. */
export function childLevel(level: ZoneLevel): ZoneLevel | null {
  return ZONE_LEVELS[ZONE_LEVELS.indexOf(level) + 1] ?? null;
}

/** The level above, or null for PROVINCE. */
export function parentLevel(level: ZoneLevel): ZoneLevel | null {
  const index = ZONE_LEVELS.indexOf(level);
  return index > 0 ? ZONE_LEVELS[index - 1] : null;
}

/** Split a code of a canonical length into its first `count` segments. */
function splitSegments(digits: string, count: number): string[] {
  const segments: string[] = [];
  let start = 0;
  for (const level of ZONE_LEVELS.slice(0, count)) {
    segments.push(digits.slice(start, ZONE_CODE_LENGTH[level]));
    start = ZONE_CODE_LENGTH[level];
  }
  return segments;
}

function isAllZero(segment: string): boolean {
  return /^0+$/.test(segment);
}

function isVirtualSegment(segment: string): boolean {
  return Number(segment) >= VIRTUAL_SMALL_ZONE_START;
}
