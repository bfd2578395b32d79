import {
  ageAt,
  type Education,
  type Ethnicity,
  HouseholdKind,
  HouseholdStatus,
  type LeftRegistrationDuration,
  type LeftRegistrationReason,
  type MessageCode,
  type MessageParams,
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
  /** The message-catalogue code and its parameters (the person by line and name, the item by its form label). */
  messageCode: MessageCode;
  params: MessageParams;
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
  // `reason` says why the item is required: from an age (`minAge`), or for a person not living or not registered here.
  const at = (item: string, reason: 'always' | 'age' | 'notResident' | 'notRegistered', minAge = 0) =>
    problems.push({
      field: ['persons', String(person.lineNumber), item],
      code: 'REQUIRED',
      messageCode: 'household.personItemMissing',
      params: { line: person.lineNumber, name: person.name, item: `person.${item}`, reason, minAge },
    });
  const age = ageAtReference(person);
  if (!person.ethnicity) at('ethnicity', 'always');
  if (age >= 16 && !person.hasCitizenId) at('citizenId', 'age', 16);
  if (age >= 3 && !person.education) at('education', 'age', 3);
  if (age >= 15 && person.literate === null) at('literate', 'age', 15);
  if (!person.resident) {
    if (!person.whereabouts || person.whereabouts === Whereabouts.THIS_SMALL_ZONE)
      at('whereabouts', 'notResident');
    if (!person.leftRegistrationDuration) at('leftRegistrationDuration', 'notResident');
  }
  if (!person.registered) {
    if (!person.registrationPlaceCode) at('registrationPlaceCode', 'notRegistered');
    if (!person.leftRegistrationDuration) at('leftRegistrationDuration', 'notRegistered');
    if (!person.leftRegistrationReason) at('leftRegistrationReason', 'notRegistered');
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
      messageCode: 'household.countsMismatch' as const,
      params: { item: `household.${item}`, given: household[item], expected: expected[item] },
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
  const need = (item: string, messageCode: MessageCode, params: MessageParams = {}) =>
    problems.push({ field: ['household', item], code: 'REQUIRED', messageCode, params });
  const mismatch = (messageCode: MessageCode, params: MessageParams = {}) =>
    problems.push({ field: ['household', 'persons'], code: 'MISMATCH', messageCode, params });
  const { status } = household;
  switch (household.status) {
    case HouseholdStatus.ORDINARY: {
      if (persons.length === 0) need('persons', 'household.noPersons');
      if (household.kind === HouseholdKind.FAMILY) {
        // H5-H7 describe the family's dwelling; collective households do not answer them.
        const family = (item: string) =>
          need(item, 'household.familyItemMissing', { item: `household.${item}` });
        if (!household.dwellingType) family('dwellingType');
        if (household.floorArea === null || !(Number(household.floorArea) > 0)) family('floorArea');
        if (household.rooms === null || household.rooms < 1) family('rooms');
      }
      if (household.kind === HouseholdKind.FAMILY && persons.length > 0) {
        const heads = persons.filter((p) => p.relationship === Relationship.HEAD).length;
        if (heads !== 1) mismatch('household.headCount', { heads });
      }
      problems.push(...countsAgree(household, persons));
      for (const person of persons) problems.push(...personProblems(person));
      break;
    }
    case HouseholdStatus.VACANT:
    case HouseholdStatus.AWAY: {
      if (!household.note?.trim()) need('note', 'household.noteRequired', { status });
      if (visits === 0) need('visits', 'household.visitRequired', { status });
      if (household.status === HouseholdStatus.VACANT && persons.length > 0) {
        mismatch('household.vacantHasPersons', { count: persons.length });
      }
      if (household.status === HouseholdStatus.AWAY) {
        if (persons.some((p) => p.resident)) mismatch('household.nobodyResident', { status });
        problems.push(...countsAgree(household, persons));
        for (const person of persons) problems.push(...personProblems(person));
      }
      break;
    }
    case HouseholdStatus.DECEASED: {
      if (household.deathsMale + household.deathsFemale === 0) need('deathsMale', 'household.deathsRequired');
      if (!household.note?.trim()) need('note', 'household.noteRequired', { status });
      if (persons.some((p) => p.resident)) mismatch('household.nobodyResident', { status });
      break;
    }
  }
  return problems;
}
