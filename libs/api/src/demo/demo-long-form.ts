import { createHash } from 'node:crypto';

import { type DemoHousehold, type DemoPerson, Random } from '@census/demo-data';
import {
  ageAt,
  householdItemsApplicable,
  LONG_FORM_HOUSEHOLD_ITEMS,
  LONG_FORM_PERSON_ITEMS,
  type LongFormHouseholdAnswers,
  type LongFormItem,
  type LongFormPersonAnswers,
  personItemsApplicable,
  validateLongForm,
} from '@census/rules';

import type { LongFormAnswers } from '../long-form/long-form-answers';

/** Refusals among the demo's answers: rare for most items, more frequent for those residents fear to give. */
const REFUSAL = { sealed: 0.05, other: 0.005 };

/** Realistic weights for the options of some items (the others are drawn evenly). */
const WEIGHTS: Record<string, Record<string, number>> = {
  birthplace: { THIS_COUNTY: 50, OTHER_COUNTY_SAME_PROVINCE: 20, OTHER_PROVINCE: 28, ABROAD: 2 },
  residenceFiveYearsAgo: {
    THIS_TOWNSHIP: 70,
    OTHER_TOWNSHIP_SAME_COUNTY: 10,
    OTHER_COUNTY_SAME_PROVINCE: 8,
    OTHER_PROVINCE: 11,
    ABROAD: 1,
  },
  schoolCompletion: { IN_SCHOOL: 10, GRADUATED: 80, INCOMPLETE: 5, DROPPED_OUT: 4, OTHER: 1 },
  workedLastWeek: { YES: 62, ON_LEAVE: 4, NO: 34 },
  maritalStatus: { NEVER_MARRIED: 22, MARRIED: 68, DIVORCED: 4, WIDOWED: 6 },
  birthsLastYear: { NONE: 92, FIRST: 5, SECOND: 3 },
  jobSearch: { DID_NOT_LOOK: 80, FRIENDS_AND_RELATIVES: 8, EMPLOYMENT_AGENCY: 4, RECRUITMENT: 5, OTHER: 3 },
  ableToWork: { ABLE: 60, UNABLE: 40 },
  health: { HEALTHY: 55, BASICALLY_HEALTHY: 30, UNHEALTHY_SELF_CARING: 12, NOT_SELF_CARING: 3 },
  buildingHeight: { SINGLE_STOREY: 5, MULTI_STOREY: 50, HIGH_RISE: 44, SUPER_HIGH_RISE: 1 },
  loadBearingType: { STEEL_CONCRETE: 75, MIXED: 20, BRICK_WOOD: 4, OTHER: 1 },
  cookingFuel: { GAS: 80, ELECTRICITY: 18, OTHER: 2 },
  tapWater: { YES: 99, NO: 1 },
  kitchen: { OWN: 93, SHARED: 5, NONE: 2 },
  toilet: { FLUSH_SANITARY: 95, FLUSH_NON_SANITARY: 3, NONE: 2 },
  bathing: { CENTRAL_HOT_WATER: 5, OWN_WATER_HEATER: 90, OTHER: 3, NONE: 2 },
  housingSource: {
    RENT_PUBLIC: 3,
    RENT_OTHER: 27,
    BOUGHT_NEW: 35,
    BOUGHT_SECOND_HAND: 15,
    BOUGHT_FORMER_PUBLIC: 10,
    BOUGHT_AFFORDABLE: 3,
    SELF_BUILT: 5,
    OTHER: 2,
  },
};

/** 附1 汽车数: cars owned by a household of the demo's township that asks it. */
const CARS: [number, number][] = [
  [0, 38],
  [1, 48],
  [2, 12],
  [3, 2],
];

function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

function value(random: Random, item: LongFormItem<string>, person: DemoPerson | null): unknown {
  const spec = item.value;
  switch (spec.kind) {
    case 'option': {
      const weights = WEIGHTS[item.field];
      const options = Object.keys(spec.labels);
      return weights
        ? random.weighted(Object.entries(weights).filter(([option]) => options.includes(option)))
        : random.pick(options);
    }
    case 'integer':
      if (item.field === 'carCount') return random.weighted(CARS);
      return item.field === 'monthlyRent' ? random.int(8, 60) * 100 : random.int(0, 2);
    case 'amount':
      return random.int(3000, 40000) / 100;
    case 'children':
      return { male: random.int(0, 2), female: random.int(0, 2) };
    case 'yearMonth': {
      const earliest = (person?.birthYear ?? 1970) + 20;
      const year = Math.min(2020, earliest + random.int(0, 8));
      return { year, month: random.int(1, year === 2020 ? 10 : 12) };
    }
  }
}

/** How a demo person's answers are set right when a check across items finds them inconsistent. */
const FIXES: Partial<Record<string, (answers: LongFormAnswers) => void>> = {
  'longForm.birthsExceedChildren': (answers) => (answers.birthsLastYear = { value: 'NONE' }),
  'longForm.ownBusinessUnableToWork': (answers) => (answers.ableToWork = { value: 'ABLE' }),
  'longForm.firstMarriageTooEarly': (answers) => (answers.firstMarriage = { refused: true }),
  'longForm.firstMarriageAfterReference': (answers) => (answers.firstMarriage = { refused: true }),
};

/** Answers every applicable item (gates first: the skip rules are recomputed until nothing changes). */
function fill<F extends string>(
  random: Random,
  items: readonly LongFormItem<F>[],
  applicableOf: (answers: LongFormAnswers) => Record<F, boolean>,
  person: DemoPerson | null,
): LongFormAnswers {
  const answers: LongFormAnswers = {};
  for (let round = 0; round < 4; round++) {
    const applicable = applicableOf(answers);
    for (const item of items) {
      if (!applicable[item.field]) delete answers[item.field];
      else if (!answers[item.field]) {
        answers[item.field] = random.chance(item.sealed ? REFUSAL.sealed : REFUSAL.other)
          ? { refused: true }
          : { value: value(random, item, person) };
      }
    }
  }
  return answers;
}

/**
 * Deterministic, realistic long-form answers for a sampled demo household and its persons (a few refusals, more of
 * them for the sealed items), valid by the long form's checks: what an enumerator would have recorded.
 */
export function demoLongForm(
  household: DemoHousehold,
  persons: readonly DemoPerson[],
  options: { vehicles?: boolean } = {},
): { household: LongFormAnswers; persons: LongFormAnswers[] } {
  const random = new Random(seedOf(`${household.smallZoneCode}/${household.number}`));
  const facts = {
    kind: household.kind,
    dwellingType: household.dwellingType,
    floorArea: household.floorArea,
    rooms: household.rooms,
  };
  const householdAnswers = fill(
    random,
    LONG_FORM_HOUSEHOLD_ITEMS,
    (answers) => householdItemsApplicable(facts, answers as LongFormHouseholdAnswers, options),
    null,
  );
  const personFacts = persons.map((person) => ({
    lineNumber: person.lineNumber,
    name: person.name,
    sex: person.sex,
    birthYear: person.birthYear,
    birthMonth: person.birthMonth,
    education: person.education,
  }));
  const personAnswers = persons.map((person, index) => {
    const answers = fill(
      random,
      LONG_FORM_PERSON_ITEMS,
      (given) => personItemsApplicable(personFacts[index], given as LongFormPersonAnswers),
      person,
    );
    // The young are still in school.
    if (
      ageAt(person.birthYear, person.birthMonth) < 23 &&
      answers.schoolCompletion &&
      !answers.schoolCompletion.refused
    )
      answers.schoolCompletion = { value: 'IN_SCHOOL' };
    return answers;
  });
  // What the checks across items still find is set right: births in the past year within the children born, ...
  for (const problem of validateLongForm(
    {
      household: facts,
      answers: householdAnswers,
      persons: personFacts.map((f, i) => ({ facts: f, answers: personAnswers[i] })),
    },
    options,
  )) {
    if (problem.personIndex === null) continue;
    const answers = personAnswers[problem.personIndex];
    FIXES[problem.messageCode]?.(answers);
  }
  return { household: householdAnswers, persons: personAnswers };
}
