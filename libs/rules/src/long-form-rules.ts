/**
 * The long form's skip rules (跳答规则) and checks. `longFormApplicability` says which items a person or household
 * answers, from age and sex at the reference moment and from earlier answers; `validateLongForm` returns every
 * problem of one household's long form at once, each with its location, as coded messages, the way the short
 * form's submit check does. Pure: the API hands it the answers and the short-form facts it needs.
 */
import { ageAt, CENSUS_REFERENCE_MOMENT, describeMoment, formatYearMonth } from './calendar';
import { DwellingType, HouseholdKind } from './enums/household';
import {
  AbleToWork,
  BIRTHS_LAST_YEAR_LABELS,
  BirthsLastYear,
  BOUGHT_OR_BUILT_HOUSING_SOURCES,
  JobSearch,
  MaritalStatus,
  RENTED_HOUSING_SOURCES,
  ResidenceFiveYearsAgo,
  WorkedLastWeek,
} from './enums/long-form';
import { Education, EDUCATION_LABELS, Sex } from './enums/person';
import {
  answerValue,
  type ChildrenBorn,
  LONG_FORM_HOUSEHOLD_ITEMS,
  LONG_FORM_LIMITS,
  LONG_FORM_PERSON_ITEMS,
  type LongFormAnswer,
  type LongFormHouseholdAnswers,
  type LongFormHouseholdField,
  type LongFormItem,
  type LongFormItemKey,
  type LongFormPersonAnswers,
  type LongFormPersonField,
  type YearMonth,
} from './long-form-items';
import type { MessageCode } from './messages/catalogue';
import type { MessageParams } from './messages/format';
import type { RuleCode } from './result';

/** What the long form needs to know of a person from the short form. */
export interface LongFormPersonFacts {
  /** 人员序号: the person's line on the form, as the short form's problems name it. */
  lineNumber: number;
  name: string;
  sex: Sex;
  birthYear: number;
  birthMonth: number;
  /** D11 受教育程度 (the long form repeats it as C15); null when not answered. */
  education?: Education | null;
}

/** What the long form needs to know of the household from the short form. */
export interface LongFormHouseholdFacts {
  kind: HouseholdKind;
  /** H5 住所类型: the housing items are asked in an ordinary dwelling only (选择 2-5 的跳至个人项目). */
  dwellingType: DwellingType | string | null;
  /** H6 and H7, for the area-per-room check; null when not answered. */
  floorArea?: number | string | null;
  rooms?: number | null;
}

/** Items a census office adds to the form (for now the vehicle item). */
export interface LongFormOptions {
  vehicles?: boolean;
  /** Ages are counted at this moment; the census reference moment unless a test says otherwise. */
  reference?: Date;
}

/** Age from which education is plausible, by level (generous: a gifted child is not an error). */
export const EDUCATION_MIN_AGE: Record<Education, number> = {
  [Education.NONE]: 0,
  [Education.PRESCHOOL]: 3,
  [Education.PRIMARY]: 5,
  [Education.JUNIOR_SECONDARY]: 10,
  [Education.SENIOR_SECONDARY]: 13,
  [Education.JUNIOR_COLLEGE]: 16,
  [Education.BACHELOR]: 16,
  [Education.MASTER]: 19,
  [Education.DOCTORATE]: 22,
};

const val = answerValue;

/**
 * Which long-form items one person answers. A refused gate item (C18 work, C24 marriage, C13 residence five years
 * ago) leaves the items that depend on its answer not applicable: nobody can say which branch applies.
 */
export function personItemsApplicable(
  facts: LongFormPersonFacts,
  answers: LongFormPersonAnswers,
  reference: Date = CENSUS_REFERENCE_MOMENT,
): Record<LongFormPersonField, boolean> {
  const age = ageAt(facts.birthYear, facts.birthMonth, reference);
  const worked = val(answers.workedLastWeek);
  const working = age >= 16 && (worked === WorkedLastWeek.YES || worked === WorkedLastWeek.ON_LEAVE);
  const notWorking = age >= 16 && worked === WorkedLastWeek.NO;
  const marital = val(answers.maritalStatus);
  const residence = val(answers.residenceFiveYearsAgo);
  const woman = facts.sex === Sex.FEMALE && age >= 15 && age <= 50;
  const schooled =
    age >= 3 && facts.education != null && ![Education.NONE, Education.PRESCHOOL].includes(facts.education);
  return {
    birthplace: true,
    residenceFiveYearsAgo: age >= 5,
    migrationReason: age >= 5 && residence !== undefined && residence !== ResidenceFiveYearsAgo.THIS_TOWNSHIP,
    schoolCompletion: schooled,
    workedLastWeek: age >= 16,
    industry: working,
    occupation: working,
    notWorkingReason: notWorking,
    jobSearch: notWorking,
    ableToWork: notWorking,
    maritalStatus: age >= 15,
    firstMarriage: age >= 15 && marital !== undefined && marital !== MaritalStatus.NEVER_MARRIED,
    childrenBorn: woman,
    birthsLastYear: woman,
    health: age >= 60,
  };
}

/**
 * Which long-form items the household answers: the housing items for a family household in an ordinary dwelling
 * (the form sends everyone else to the person items), the rent for a rented dwelling, the cost for a bought or
 * self-built one, and the vehicle item for a family household where the office adds it.
 */
export function householdItemsApplicable(
  facts: LongFormHouseholdFacts,
  answers: LongFormHouseholdAnswers,
  options: LongFormOptions = {},
): Record<LongFormHouseholdField, boolean> {
  const family = facts.kind === HouseholdKind.FAMILY;
  const housing = family && facts.dwellingType === DwellingType.ORDINARY_DWELLING;
  const source = val(answers.housingSource);
  return {
    buildingHeight: housing,
    loadBearingType: housing,
    constructionPeriod: housing,
    elevator: housing,
    cookingFuel: housing,
    tapWater: housing,
    kitchen: housing,
    toilet: housing,
    bathing: housing,
    housingSource: housing,
    monthlyRent: housing && source !== undefined && RENTED_HOUSING_SOURCES.includes(source),
    purchaseCost: housing && source !== undefined && BOUGHT_OR_BUILT_HOUSING_SOURCES.includes(source),
    carCount: family && options.vehicles === true,
  };
}

/** One problem of a long form: where it is, what is wrong, and the coded message that says so. */
export interface LongFormProblem {
  /** ['household', 'monthlyRent'] or ['persons', '<line>', 'occupation'], like the short form's submit problems. */
  field: string[];
  /** Index of the person in the `persons` given (0-based); null for a household item. */
  personIndex: number | null;
  /** The item as ITEM_LABELS names it: 'person.occupation' (C20 职业). */
  item: LongFormItemKey | 'person.education' | 'household.floorArea';
  code: RuleCode;
  messageCode: MessageCode;
  params: MessageParams;
}

export interface LongFormPersonInput {
  facts: LongFormPersonFacts;
  answers: LongFormPersonAnswers | null | undefined;
}

export interface LongFormInput {
  household: LongFormHouseholdFacts;
  answers: LongFormHouseholdAnswers | null | undefined;
  persons: readonly LongFormPersonInput[];
}

/** Where a problem is and how its messages name the place: a person by line and name, or the household. */
interface Place {
  field: (item: string) => string[];
  personIndex: number | null;
  params: MessageParams;
  person: boolean;
}

type Push = (
  place: Place,
  item: LongFormProblem['item'],
  code: RuleCode,
  messageCode: MessageCode,
  params?: MessageParams,
  /** A part of the item, added to `field`: 'male' or 'female' of C26. */
  part?: string,
) => void;

/** The answer's own checks: an option of the form, a number in range, a plausible year-month. */
function checkValue(
  place: Place,
  item: LongFormItem<string>,
  answer: LongFormAnswer<unknown>,
  push: Push,
  facts: LongFormPersonFacts | null,
  reference: Date,
): void {
  if (answer.refused === true) return;
  const value: unknown = answer.value;
  const { key } = item;
  const spec = item.value;
  switch (spec.kind) {
    case 'option':
      if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(spec.labels, value)) {
        push(
          place,
          key,
          'INVALID_FORMAT',
          place.person ? 'longForm.personOptionInvalid' : 'longForm.householdOptionInvalid',
          { ...place.params, item: key, value: String(value) },
        );
      }
      return;
    case 'integer':
      checkWhole(place, key, value, spec.min, spec.max, push);
      return;
    case 'amount': {
      const n = typeof value === 'number' ? value : Number.NaN;
      if (!Number.isFinite(n) || n <= 0 || n > spec.max) {
        push(place, key, 'OUT_OF_RANGE', 'longForm.amountRange', {
          ...place.params,
          item: key,
          value: String(value),
          max: spec.max,
        });
      } else if (!/^\d+(?:\.\d{1,2})?$/.test(String(n))) {
        push(place, key, 'INVALID_NUMBER', 'longForm.amountDecimals', {
          ...place.params,
          item: key,
          value: n,
        });
      }
      return;
    }
    case 'children': {
      const children = (value ?? {}) as Partial<ChildrenBorn>;
      checkWhole(place, key, children.male, 0, spec.max, push, { part: 'male' });
      checkWhole(place, key, children.female, 0, spec.max, push, { part: 'female' });
      return;
    }
    case 'yearMonth': {
      const { year, month } = (value ?? {}) as Partial<YearMonth>;
      const before =
        checkWhole(place, key, year, 1880, 2100, push, { calendar: true }) +
        checkWhole(place, key, month, 1, 12, push, { calendar: true });
      if (before > 0 || facts === null || year === undefined || month === undefined) return;
      const given = formatYearMonth(year, month);
      const at15 = { year: facts.birthYear + 15, month: facts.birthMonth };
      if (year * 12 + month < at15.year * 12 + at15.month) {
        push(place, key, 'OUT_OF_RANGE', 'longForm.firstMarriageTooEarly', {
          ...place.params,
          item: key,
          given,
          earliest: formatYearMonth(at15.year, at15.month),
        });
      }
      const [lastYear, lastMonth] = lastMonthBefore(reference);
      if (year * 12 + month > lastYear * 12 + lastMonth) {
        const described = describeMoment(reference);
        push(place, key, 'OUT_OF_RANGE', 'longForm.firstMarriageAfterReference', {
          ...place.params,
          item: key,
          given,
          limit: { zh: described.zh, en: described.en },
        });
      }
      return;
    }
  }
}

/** The last year-month that began before `moment`, in Beijing time (2020-10 before the reference moment). */
function lastMonthBefore(moment: Date): [number, number] {
  const shifted = new Date(moment.getTime() + 8 * 3_600_000 - 1);
  return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1];
}

/**
 * Pushes a problem when `value` is not a whole number in [min, max]; returns how many it pushed (0 or 1). A `calendar`
 * value (a year, a month) out of range has the messages that show it as written (1999, where a count reads 1,999).
 */
function checkWhole(
  place: Place,
  item: LongFormItemKey,
  value: unknown,
  min: number,
  max: number,
  push: Push,
  { part, calendar = false }: { part?: string; calendar?: boolean } = {},
) {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    const messageCode = place.person ? 'longForm.personWholeNumber' : 'rule.wholeNumber';
    push(place, item, 'INVALID_NUMBER', messageCode, { ...place.params, item, value: String(value) }, part);
    return 1;
  }
  if (value < min || value > max) {
    const messageCode = calendar
      ? place.person
        ? 'longForm.personCalendarOutOfRange'
        : 'rule.calendarOutOfRange'
      : place.person
        ? 'longForm.personOutOfRange'
        : 'rule.outOfRange';
    push(place, item, 'OUT_OF_RANGE', messageCode, { ...place.params, item, value, min, max }, part);
    return 1;
  }
  return 0;
}

/** Each item of one person or household: missing, answered where skipped, or a bad answer. */
function checkItems<F extends string>(
  place: Place,
  items: readonly LongFormItem<F>[],
  answers: Partial<Record<F, LongFormAnswer<unknown> | null>>,
  applicable: Record<F, boolean>,
  push: Push,
  facts: LongFormPersonFacts | null,
  reference: Date,
): void {
  for (const item of items) {
    const answer = answers[item.field];
    if (!applicable[item.field]) {
      if (answer != null) {
        push(
          place,
          item.key,
          'NOT_APPLICABLE',
          place.person ? 'longForm.personItemNotApplicable' : 'longForm.householdItemNotApplicable',
          { ...place.params, item: item.key, rule: item.rule },
        );
      }
      continue;
    }
    if (answer == null) {
      push(
        place,
        item.key,
        'REQUIRED',
        place.person ? 'longForm.personItemMissing' : 'longForm.householdItemMissing',
        { ...place.params, item: item.key },
      );
      continue;
    }
    checkValue(place, item, answer, push, facts, reference);
  }
}

/** Checks across a person's answers and facts (each only when the answers it compares are given). */
function checkPersonConsistency(
  place: Place,
  facts: LongFormPersonFacts,
  answers: LongFormPersonAnswers,
  push: Push,
  reference: Date,
): void {
  const age = ageAt(facts.birthYear, facts.birthMonth, reference);
  if (facts.education != null && age < EDUCATION_MIN_AGE[facts.education]) {
    push(place, 'person.education', 'MISMATCH', 'longForm.educationImplausible', {
      ...place.params,
      item: 'person.education',
      age,
      education: EDUCATION_LABELS[facts.education],
      minAge: EDUCATION_MIN_AGE[facts.education],
    });
  }
  const births = val(answers.birthsLastYear);
  const children = val(answers.childrenBorn);
  const order = { [BirthsLastYear.NONE]: 0, [BirthsLastYear.FIRST]: 1, [BirthsLastYear.SECOND]: 2 };
  const valid = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (births !== undefined && children && valid(children.male) && valid(children.female)) {
    const needed = births === BirthsLastYear.THIRD_OR_LATER ? 3 : (order[births] ?? 0);
    const total = children.male + children.female;
    if (total < needed) {
      push(place, 'person.birthsLastYear', 'MISMATCH', 'longForm.birthsExceedChildren', {
        ...place.params,
        item: 'person.birthsLastYear',
        births: BIRTHS_LAST_YEAR_LABELS[births],
        children: total,
      });
    }
  }
  if (
    val(answers.jobSearch) === JobSearch.PREPARING_OWN_BUSINESS &&
    val(answers.ableToWork) === AbleToWork.UNABLE
  ) {
    push(place, 'person.ableToWork', 'MISMATCH', 'longForm.ownBusinessUnableToWork', {
      ...place.params,
      item: 'person.ableToWork',
    });
  }
}

/** H6 floor area over H7 rooms, when the housing items apply and both are given. */
function checkAreaPerRoom(place: Place, facts: LongFormHouseholdFacts, push: Push): void {
  const area = facts.floorArea == null ? Number.NaN : Number(facts.floorArea);
  const rooms = facts.rooms ?? 0;
  if (!(area > 0) || !(rooms > 0)) return;
  const perRoom = Math.round((area / rooms) * 10) / 10;
  const { minAreaPerRoom: min, maxAreaPerRoom: max } = LONG_FORM_LIMITS;
  if (perRoom < min || perRoom > max) {
    push(place, 'household.floorArea', 'MISMATCH', 'longForm.areaPerRoom', {
      ...place.params,
      item: 'household.floorArea',
      area,
      rooms,
      perRoom,
      min,
      max,
    });
  }
}

/**
 * Every problem of one household's long form, all at once, in the form's order: the household items first, then
 * each person's. Each problem names its place (`field`, `personIndex`) and item, and carries a catalogue message
 * with its parameters (`item` for the form's label, `line` and `name` for the person). Refused items are not
 * problems; items the skip rules leave out must not be answered (nor refused).
 */
export function validateLongForm(input: LongFormInput, options: LongFormOptions = {}): LongFormProblem[] {
  const reference = options.reference ?? CENSUS_REFERENCE_MOMENT;
  const problems: LongFormProblem[] = [];
  const push: Push = (place, item, code, messageCode, params = {}, part) =>
    problems.push({
      field: [...place.field(item.slice(item.indexOf('.') + 1)), ...(part ? [part] : [])],
      personIndex: place.personIndex,
      item,
      code,
      messageCode,
      params,
    });

  const householdAnswers = input.answers ?? {};
  const householdPlace: Place = {
    field: (item) => ['household', item],
    personIndex: null,
    params: {},
    person: false,
  };
  const householdApplicable = householdItemsApplicable(input.household, householdAnswers, options);
  checkItems(
    householdPlace,
    LONG_FORM_HOUSEHOLD_ITEMS,
    householdAnswers,
    householdApplicable,
    push,
    null,
    reference,
  );
  if (householdApplicable.housingSource) checkAreaPerRoom(householdPlace, input.household, push);

  input.persons.forEach(({ facts, answers }, index) => {
    const personAnswers = answers ?? {};
    const place: Place = {
      field: (item) => ['persons', String(facts.lineNumber), item],
      personIndex: index,
      params: { line: facts.lineNumber, name: facts.name },
      person: true,
    };
    const applicable = personItemsApplicable(facts, personAnswers, reference);
    checkItems(place, LONG_FORM_PERSON_ITEMS, personAnswers, applicable, push, facts, reference);
    checkPersonConsistency(place, facts, personAnswers, push, reference);
  });
  return problems;
}
