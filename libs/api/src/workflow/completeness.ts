import {
  ageAt,
  type Education,
  type Ethnicity,
  HouseholdKind,
  HouseholdStatus,
  type LeftRegistrationDuration,
  type LeftRegistrationReason,
  Relationship,
  Sex,
  Whereabouts,
} from '@census/rules';

export interface HouseholdItems {
  kind: HouseholdKind;
  status: HouseholdStatus;
  presentMale: number;
  presentFemale: number;
  absentMale: number;
  absentFemale: number;
  deathsMale: number;
  deathsFemale: number;
  /** H5-H7, the family household's dwelling. */
  dwellingType: string | null;
  floorArea: number | string | null;
  rooms: number | null;
  note: string | null;
}

export interface PersonItems {
  lineNumber: number;
  name: string;
  relationship: Relationship;
  /** Whether D3 is recorded (the value itself stays sealed). */
  hasCitizenId: boolean;
  sex: Sex;
  birthYear: number;
  birthMonth: number;
  ethnicity: Ethnicity | null;
  whereabouts: Whereabouts | null;
  registrationPlaceCode: string | null;
  leftRegistrationDuration: LeftRegistrationDuration | null;
  leftRegistrationReason: LeftRegistrationReason | null;
  education: Education | null;
  literate: boolean | null;
  registered: boolean;
  resident: boolean;
}

export interface CompletenessProblem {
  /** Where the problem is: ['household', 'presentMale'] or ['persons', '<line>', 'ethnicity']. */
  field: string[];
  code: 'REQUIRED' | 'MISMATCH';
  message: string;
}

/**
 * Age in completed years (周岁) at the census reference moment, 2020-11-01 00:00 (`CENSUS_REFERENCE_MOMENT` of
 * @census/rules): born in November 2004 is 15, not 16.
 */
export function ageAtReference(person: Pick<PersonItems, 'birthYear' | 'birthMonth'>): number {
  return ageAt(person.birthYear, person.birthMonth);
}

function personProblems(person: PersonItems): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  const at = (item: string, message: string, code: CompletenessProblem['code'] = 'REQUIRED') =>
    problems.push({
      field: ['persons', String(person.lineNumber), item],
      code,
      message: `${person.name} (line ${person.lineNumber}): ${message}`,
    });
  const age = ageAtReference(person);
  if (!person.ethnicity) at('ethnicity', 'D6 ethnicity is missing.');
  if (age >= 16 && !person.hasCitizenId) at('citizenId', 'D3 citizen ID is required from age 16.');
  if (age >= 3 && !person.education) at('education', 'D11 education is required from age 3.');
  if (age >= 15 && person.literate === null) at('literate', 'D12 literacy is required from age 15.');
  if (!person.resident) {
    if (!person.whereabouts || person.whereabouts === Whereabouts.THIS_SMALL_ZONE) {
      at('whereabouts', 'D7 whereabouts at the reference moment is required for a person not living here.');
    }
    if (!person.leftRegistrationDuration)
      at('leftRegistrationDuration', 'D9 time since leaving is required for a person not living here.');
  }
  if (!person.registered) {
    if (!person.registrationPlaceCode)
      at('registrationPlaceCode', 'D8 place of registration is required for a person registered elsewhere.');
    if (!person.leftRegistrationDuration)
      at('leftRegistrationDuration', 'D9 time since leaving the place of registration is required.');
    if (!person.leftRegistrationReason)
      at('leftRegistrationReason', 'D10 reason for leaving the place of registration is required.');
  }
  return problems;
}

function countsAgree(household: HouseholdItems, persons: PersonItems[]): CompletenessProblem[] {
  const count = (sex: Sex, predicate: (p: PersonItems) => boolean) =>
    persons.filter((p) => p.sex === sex && predicate(p)).length;
  const expected = {
    presentMale: count(Sex.MALE, (p) => p.resident),
    presentFemale: count(Sex.FEMALE, (p) => p.resident),
    absentMale: count(Sex.MALE, (p) => p.registered && !p.resident),
    absentFemale: count(Sex.FEMALE, (p) => p.registered && !p.resident),
  };
  return (Object.keys(expected) as (keyof typeof expected)[])
    .filter((item) => household[item] !== expected[item])
    .map((item) => ({
      field: ['household', item],
      code: 'MISMATCH' as const,
      message: `H2 ${item} is ${household[item]} but the persons listed give ${expected[item]}.`,
    }));
}

/**
 * Everything that keeps a household's short form from being submitted, all at once. Pure: the workflow service
 * feeds it the household, its persons and its number of visits.
 */
export function completenessProblems(
  household: HouseholdItems,
  persons: PersonItems[],
  visits: number,
): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  const need = (item: string, message: string) =>
    problems.push({ field: ['household', item], code: 'REQUIRED', message });
  switch (household.status) {
    case HouseholdStatus.ORDINARY: {
      if (persons.length === 0)
        need(
          'persons',
          'An ordinary household needs at least one person; otherwise mark it vacant, away or deceased.',
        );
      if (household.kind === HouseholdKind.FAMILY) {
        // H5-H7 describe the family's dwelling; collective households do not answer them.
        if (!household.dwellingType)
          need('dwellingType', 'H5 dwelling type is required for a family household.');
        if (household.floorArea === null || !(Number(household.floorArea) > 0))
          need('floorArea', 'H6 floor area (m², more than 0) is required for a family household.');
        if (household.rooms === null || household.rooms < 1)
          need('rooms', 'H7 rooms (at least 1) is required for a family household.');
      }
      if (household.kind === HouseholdKind.FAMILY && persons.length > 0) {
        const heads = persons.filter((p) => p.relationship === Relationship.HEAD).length;
        if (heads !== 1) {
          problems.push({
            field: ['household', 'persons'],
            code: 'MISMATCH',
            message: `A family household has exactly one head (户主); found ${heads}.`,
          });
        }
      }
      problems.push(...countsAgree(household, persons));
      for (const person of persons) problems.push(...personProblems(person));
      break;
    }
    case HouseholdStatus.VACANT:
    case HouseholdStatus.AWAY: {
      const label =
        household.status === HouseholdStatus.VACANT
          ? 'A vacant household'
          : 'A whole-household-away household';
      if (!household.note?.trim()) need('note', `${label} needs a note saying how this was established.`);
      if (visits === 0) need('visits', `${label} needs at least one recorded visit.`);
      if (household.status === HouseholdStatus.VACANT && persons.length > 0) {
        problems.push({
          field: ['household', 'persons'],
          code: 'MISMATCH',
          message: `A vacant household has no persons; ${persons.length} are listed.`,
        });
      }
      if (household.status === HouseholdStatus.AWAY) {
        if (persons.some((p) => p.resident)) {
          problems.push({
            field: ['household', 'persons'],
            code: 'MISMATCH',
            message: 'In a whole-household-away household nobody is resident.',
          });
        }
        problems.push(...countsAgree(household, persons));
        for (const person of persons) problems.push(...personProblems(person));
      }
      break;
    }
    case HouseholdStatus.DECEASED: {
      if (household.deathsMale + household.deathsFemale === 0)
        need('deathsMale', 'A whole-household-deceased household records its deaths (H4).');
      if (!household.note?.trim()) need('note', 'A whole-household-deceased household needs a note.');
      if (persons.some((p) => p.resident)) {
        problems.push({
          field: ['household', 'persons'],
          code: 'MISMATCH',
          message: 'In a whole-household-deceased household nobody is resident.',
        });
      }
      break;
    }
  }
  return problems;
}
