/**
 * Turns household members into short-form persons, given where each one is registered and lives.
 */
import {
  type Ethnicity,
  LeftRegistrationDuration,
  type LeftRegistrationReason,
  Sex,
  Whereabouts,
} from '@census/rules';

import type { CitizenIdAllocator } from './citizen-ids';
import type { Member } from './members';
import { pickGivenName } from './names';
import {
  birthOf,
  educationFor,
  leftDurationFor,
  leftReasonFor,
  literacyFor,
  monthsOld,
} from './person-items';
import type { Random } from './random';
import type { DemoPerson } from './types';

/**
 * local: registered and living here (户籍且常住); away: registered here, living elsewhere (人户分离);
 * floating: living here, registered in `origin` (流动人口). `reason` overrides the age-based D10.
 */
export type Residence =
  | { kind: 'local' }
  | { kind: 'away'; whereabouts: Whereabouts; reason?: LeftRegistrationReason }
  | { kind: 'floating'; origin: string; reason?: LeftRegistrationReason };

export interface HouseholdContext {
  random: Random;
  ids: CitizenIdAllocator;
  smallZoneCode: string;
  householdNumber: string;
}

export function buildPerson(
  ctx: HouseholdContext,
  member: Member,
  lineNumber: number,
  residence: Residence,
  ethnicity: Ethnicity,
): DemoPerson {
  const { random } = ctx;
  // Someone living away has been gone half a year or more (else they would count as resident),
  // so a baby in a household that is away was born at least six months ago.
  const birth = birthOf(random, member.age, residence.kind === 'away' ? 6 : 0);
  const countyCode = ctx.smallZoneCode.slice(0, 6);
  const townshipCode = ctx.smallZoneCode.slice(0, 9);
  const registered = residence.kind !== 'floating';
  // Children under 16 need not have an ID card yet and some have never been issued a number.
  const withoutId = member.age < 16 && random.chance(0.05);
  const idRegion = residence.kind === 'floating' ? residence.origin : countyCode;
  const citizenId = withoutId ? null : ctx.ids.next(idRegion, birth.year, birth.month, member.sex);
  const left = residence.kind !== 'local';
  const education = educationFor(random, member.age);
  return {
    smallZoneCode: ctx.smallZoneCode,
    householdNumber: ctx.householdNumber,
    lineNumber,
    name: member.surname + pickGivenName(random, member.sex, birth.year),
    relationship: member.relationship,
    citizenId,
    sex: member.sex,
    birthYear: birth.year,
    birthMonth: birth.month,
    ethnicity,
    whereabouts: residence.kind === 'away' ? residence.whereabouts : Whereabouts.THIS_SMALL_ZONE,
    registrationPlaceCode: residence.kind === 'floating' ? residence.origin : townshipCode,
    leftRegistrationDuration: left
      ? leftDurationFor(random, monthsOld(birth.year, birth.month))
      : LeftRegistrationDuration.NOT_LEFT,
    leftRegistrationReason:
      residence.kind === 'local'
        ? null
        : (residence.reason ?? leftReasonFor(random, member.age, member.relationship)),
    education,
    literate: literacyFor(random, member.age, education),
    registered,
    resident: residence.kind !== 'away',
  };
}

/** H2 and H3 counts of a household, derived from its persons so the two can never disagree. */
export function countPersons(persons: readonly DemoPerson[]): {
  presentMale: number;
  presentFemale: number;
  absentMale: number;
  absentFemale: number;
  birthsMale: number;
  birthsFemale: number;
} {
  const counts = {
    presentMale: 0,
    presentFemale: 0,
    absentMale: 0,
    absentFemale: 0,
    birthsMale: 0,
    birthsFemale: 0,
  };
  for (const p of persons) {
    const male = p.sex === Sex.MALE;
    if (p.resident) {
      if (male) counts.presentMale++;
      else counts.presentFemale++;
    } else if (p.registered) {
      if (male) counts.absentMale++;
      else counts.absentFemale++;
    }
    // Born Nov 2019 - Oct 2020: the census year of H3.
    if ((p.birthYear === 2019 && p.birthMonth >= 11) || (p.birthYear === 2020 && p.birthMonth <= 10)) {
      if (male) counts.birthsMale++;
      else counts.birthsFemale++;
    }
  }
  return counts;
}
