/**
 * Short-form person items that depend only on one person: birth year-month from age, education,
 * literacy, ethnicity, and the duration and reason of leaving the place of registration.
 */
import {
  Education,
  Ethnicity,
  LeftRegistrationDuration,
  LeftRegistrationReason,
  Relationship,
  Whereabouts,
} from '@census/rules';

import type { Random } from './random';

/**
 * Birth year-month of someone `age` completed years old on Nov 1 2020 (born Nov to Oct), at least
 * `minMonthsOld` months old (only ever binding for babies).
 */
export function birthOf(random: Random, age: number, minMonthsOld = 0): { year: number; month: number } {
  for (;;) {
    const month = random.int(1, 12);
    const birth = { year: month >= 11 ? 2019 - age : 2020 - age, month };
    if (monthsOld(birth.year, birth.month) >= minMonthsOld) return birth;
  }
}

/** Whole months between birth and the reference moment, ignoring the day. */
export function monthsOld(year: number, month: number): number {
  return 2020 * 12 + 10 - (year * 12 + month - 1) - 1;
}

type Table<T> = readonly (readonly [T, number])[];
const E = Education;
// Highest level attended by age band; older cohorts had far less schooling. Skewed upwards a
// little for an urban district with universities.
// prettier-ignore
const ADULT_EDUCATION: readonly (readonly [number, Table<Education>])[] = [
  [21, [[E.JUNIOR_SECONDARY, 5], [E.SENIOR_SECONDARY, 30], [E.JUNIOR_COLLEGE, 30], [E.BACHELOR, 35]]],
  [29, [[E.JUNIOR_SECONDARY, 15], [E.SENIOR_SECONDARY, 22], [E.JUNIOR_COLLEGE, 22], [E.BACHELOR, 32], [E.MASTER, 8], [E.DOCTORATE, 1]]],
  [44, [[E.NONE, 0.5], [E.PRIMARY, 5], [E.JUNIOR_SECONDARY, 25], [E.SENIOR_SECONDARY, 22], [E.JUNIOR_COLLEGE, 18], [E.BACHELOR, 24], [E.MASTER, 5], [E.DOCTORATE, 1]]],
  [59, [[E.NONE, 2], [E.PRIMARY, 15], [E.JUNIOR_SECONDARY, 38], [E.SENIOR_SECONDARY, 25], [E.JUNIOR_COLLEGE, 10], [E.BACHELOR, 9], [E.MASTER, 1]]],
  [74, [[E.NONE, 8], [E.PRIMARY, 38], [E.JUNIOR_SECONDARY, 30], [E.SENIOR_SECONDARY, 16], [E.JUNIOR_COLLEGE, 4], [E.BACHELOR, 4]]],
  [Infinity, [[E.NONE, 30], [E.PRIMARY, 45], [E.JUNIOR_SECONDARY, 15], [E.SENIOR_SECONDARY, 7], [E.JUNIOR_COLLEGE, 2], [E.BACHELOR, 1]]],
];

/** D11: null under 3; school-age children are at the level their age implies. */
export function educationFor(random: Random, age: number): Education | null {
  if (age < 3) return null;
  if (age < 6) return random.chance(0.9) ? E.PRESCHOOL : E.NONE;
  if (age < 12) return E.PRIMARY;
  if (age < 15) return E.JUNIOR_SECONDARY;
  if (age < 18) return random.chance(0.85) ? E.SENIOR_SECONDARY : E.JUNIOR_SECONDARY;
  const band = ADULT_EDUCATION.find(([upTo]) => age <= upTo);
  return random.weighted(band ? band[1] : []);
}

/** D12: null under 15; illiteracy only among those with little or no schooling. */
export function literacyFor(random: Random, age: number, education: Education | null): boolean | null {
  if (age < 15) return null;
  if (education === E.NONE) return random.chance(0.4);
  if (education === E.PRIMARY) return random.chance(0.95);
  return true;
}

// Zhejiang is about 99% Han; 畲族 is the province's own largest minority, the rest arrive with
// migrants from the south-west and north.
// prettier-ignore
const MINORITIES: Table<Ethnicity> = [
  [Ethnicity.SHE, 4], [Ethnicity.TUJIA, 3], [Ethnicity.MIAO, 3], [Ethnicity.HUI, 2], [Ethnicity.ZHUANG, 2],
  [Ethnicity.MANCHU, 2], [Ethnicity.YI, 1], [Ethnicity.BUYEI, 1], [Ethnicity.DONG, 1], [Ethnicity.MONGOL, 1],
  [Ethnicity.KOREAN, 1], [Ethnicity.UYGHUR, 0.5], [Ethnicity.TIBETAN, 0.5], [Ethnicity.NATURALISED, 0.1],
];

export function pickEthnicity(random: Random): Ethnicity {
  return random.chance(0.975) ? Ethnicity.HAN : random.weighted(MINORITIES);
}

const D = LeftRegistrationDuration;
// Brackets of D9 with their lower bound in months, for capping by age.
// prettier-ignore
const DURATIONS: readonly (readonly [LeftRegistrationDuration, number, number])[] = [
  [D.HALF_TO_ONE_YEAR, 6, 12], [D.ONE_TO_TWO_YEARS, 12, 18], [D.TWO_TO_THREE_YEARS, 24, 14],
  [D.THREE_TO_FOUR_YEARS, 36, 11], [D.FOUR_TO_FIVE_YEARS, 48, 9], [D.FIVE_TO_SIX_YEARS, 60, 8],
  [D.SIX_YEARS_OR_MORE, 72, 28],
];

/** D9 for someone who has left the place of registration: half a year or more, never beyond birth. */
export function leftDurationFor(random: Random, ageInMonths: number): LeftRegistrationDuration {
  if (ageInMonths < 6) return D.UNDER_HALF_YEAR;
  const possible = DURATIONS.filter(([, from]) => from <= ageInMonths).map(([d, , w]) => [d, w] as const);
  return random.weighted(possible);
}

const R = LeftRegistrationReason;

/** D10, by the stage of life the person is in. */
export function leftReasonFor(
  random: Random,
  age: number,
  relationship: Relationship,
): LeftRegistrationReason {
  if (age < 16)
    return random.weighted([
      [R.ACCOMPANYING_FAMILY, 80],
      [R.STUDY, 15],
      [R.OTHER, 5],
    ]);
  if (age <= 24)
    return random.weighted([
      [R.STUDY, 50],
      [R.WORK, 40],
      [R.ACCOMPANYING_FAMILY, 5],
      [R.OTHER, 5],
    ]);
  if (age >= 60) {
    return random.weighted([
      [R.CARING_FOR_GRANDCHILDREN, 30],
      [R.RETIREMENT, 25],
      [R.ACCOMPANYING_FAMILY, 25],
      [R.RELOCATION, 15],
      [R.OTHER, 5],
    ]);
  }
  const married = relationship === Relationship.SPOUSE || relationship === Relationship.CHILD_IN_LAW;
  return random.weighted([
    [R.WORK, 60],
    [R.RELOCATION, 12],
    [R.MARRIAGE, married ? 15 : 2],
    [R.ACCOMPANYING_FAMILY, 6],
    [R.CHILDREN_EDUCATION, 4],
    [R.REGISTRATION_ONLY, 3],
    [R.OTHER, 3],
  ]);
}

/** D7 for a registered person living away: mostly another county, some unreachable. */
export function awayWhereabouts(random: Random): Whereabouts {
  return random.weighted([
    [Whereabouts.OTHER_COUNTY, 55],
    [Whereabouts.OTHER_TOWNSHIP_SAME_COUNTY, 20],
    [Whereabouts.ABROAD, 5],
    [Whereabouts.UNKNOWN, 20],
  ]);
}
