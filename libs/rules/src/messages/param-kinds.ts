/**
 * How a message shows each of its parameters. A quantity (a count, a limit, a length, a size, a cost, a number of days
 * or hours, an age, a position or line number, a version) is written as people write numbers: `{max, number}`, which
 * groups its digits in the reader's locale (250,000 in zh-CN and in en alike). Everything else is shown as given,
 * `{value}`: identifiers and codes (zone codes, household and building numbers, citizen IDs, phone numbers, item
 * codes), calendar values (years, year-months, months, the hour of a day), coordinates, labels and words, and a value a
 * person typed, echoed back in the complaint about it (it may not be a number at all, and its decimals may be the
 * point: a 10000.0001 grouped would read 10,000).
 *
 * Declared by parameter name where a name means the same in every message, and by message where it does not
 * (`value` is a count in one message and a zone code in the next). The catalogue's test checks every text against
 * the declaration (`paramKindProblems`), so a new parameter needs a kind, and a quantity cannot print ungrouped.
 */
import {
  isArgumentElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  type NumberSkeleton,
  parse,
} from '@formatjs/icu-messageformat-parser';

import type { MessageCode } from './catalogue';

export type ParamKind = 'quantity' | 'verbatim';

/** Parameter names with one meaning in every message of the server's catalogue. */
export const PARAM_KINDS: Readonly<Record<string, ParamKind>> = {
  // Quantities.
  age: 'quantity',
  aliases: 'quantity',
  appointments: 'quantity',
  area: 'quantity',
  buildings: 'quantity',
  bytes: 'quantity',
  children: 'quantity',
  cost: 'quantity',
  count: 'quantity',
  current: 'quantity',
  days: 'quantity',
  depth: 'quantity',
  directives: 'quantity',
  fields: 'quantity',
  /** The row (feature) of a batch where something first appeared. */
  first: 'quantity',
  heads: 'quantity',
  hours: 'quantity',
  households: 'quantity',
  length: 'quantity',
  line: 'quantity',
  max: 'quantity',
  min: 'quantity',
  minAge: 'quantity',
  minutes: 'quantity',
  perRoom: 'quantity',
  /** The person's position in an imported row. */
  person: 'quantity',
  persons: 'quantity',
  position: 'quantity',
  problems: 'quantity',
  rooms: 'quantity',
  rows: 'quantity',
  signIns: 'quantity',
  size: 'quantity',
  visits: 'quantity',
  // Shown as given: identifiers, codes, calendar values, coordinates, labels and words.
  address: 'verbatim',
  allowed: 'verbatim',
  argument: 'verbatim',
  births: 'verbatim',
  buildingZone: 'verbatim',
  character: 'verbatim',
  county: 'verbatim',
  date: 'verbatim',
  day: 'verbatim',
  digits: 'verbatim',
  earliest: 'verbatim',
  education: 'verbatim',
  example: 'verbatim',
  from: 'verbatim',
  fromId: 'verbatim',
  grid: 'verbatim',
  home: 'verbatim',
  /** The hour of a day (北京时间 19 点). */
  hour: 'verbatim',
  householdZone: 'verbatim',
  idSex: 'verbatim',
  input: 'verbatim',
  item: 'verbatim',
  last: 'verbatim',
  lat: 'verbatim',
  level: 'verbatim',
  limit: 'verbatim',
  lon: 'verbatim',
  masked: 'verbatim',
  meter: 'verbatim',
  month: 'verbatim',
  name: 'verbatim',
  now: 'verbatim',
  parent: 'verbatim',
  part: 'verbatim',
  plannedAt: 'verbatim',
  problem: 'verbatim',
  province: 'verbatim',
  region: 'verbatim',
  role: 'verbatim',
  rowCounty: 'verbatim',
  rule: 'verbatim',
  sex: 'verbatim',
  slot: 'verbatim',
  stage: 'verbatim',
  status: 'verbatim',
  targetCounty: 'verbatim',
  to: 'verbatim',
  type: 'verbatim',
  where: 'verbatim',
  zone: 'verbatim',
};

const VALUE_AS_GIVEN = { value: 'verbatim' } as const;
const CALENDAR_RANGE = { value: 'verbatim', min: 'verbatim', max: 'verbatim' } as const;

/**
 * The kinds of parameters whose name means different things in different messages (`value`, `given`, `expected`,
 * `number`: none of these has a kind by name, so every message that shows one says which it is), and the few
 * messages where a name means something else than it does by `PARAM_KINDS`.
 */
export const MESSAGE_PARAM_KINDS: { readonly [code in MessageCode]?: Readonly<Record<string, ParamKind>> } = {
  // A whole number checked against its range (a count, rooms, a rent): `value` passed the whole-number check.
  'rule.outOfRange': { value: 'quantity' },
  'longForm.personOutOfRange': { value: 'quantity' },
  'person.lineNumberRange': { value: 'quantity' },
  'person.lineNumberTaken': { value: 'quantity' },
  'input.pageSize': { value: 'quantity' },
  'household.countsMismatch': { given: 'quantity', expected: 'quantity' },
  'record.versionConflict': { expected: 'quantity' },
  /** The item's position in its part of the report. */
  'report.textTooLong': { number: 'quantity' },
  // A year or a month (D5 出生年月, the long form's year-months): 2020, never 2,020.
  'rule.calendarOutOfRange': CALENDAR_RANGE,
  'longForm.personCalendarOutOfRange': CALENDAR_RANGE,
  /** The latest month accepted, a year-month. */
  'import.monthRange': { value: 'verbatim', max: 'verbatim' },
  /** Positions written as `lon,lat`. */
  'boundary.ringOpen': { first: 'verbatim' },
  'zone.numberTaken': { number: 'verbatim' },
  'visit.slotMismatch': { expected: 'verbatim' },
  'citizenId.checkCharacter': { given: 'verbatim', expected: 'verbatim' },
  'rule.birthAfterReference': { given: 'verbatim' },
  'rule.citizenIdBirthMismatch': { given: 'verbatim' },
  'longForm.firstMarriageTooEarly': { given: 'verbatim' },
  'longForm.firstMarriageAfterReference': { given: 'verbatim' },
  'import.birthDateMismatch': { given: 'verbatim' },
  // A value a person typed, echoed as typed (it may not be a number, or its decimals are the point), or a code,
  // a name, a date.
  'rule.wholeNumber': VALUE_AS_GIVEN,
  'longForm.personWholeNumber': VALUE_AS_GIVEN,
  'rule.floorAreaNumber': VALUE_AS_GIVEN,
  'rule.floorAreaRange': VALUE_AS_GIVEN,
  'rule.floorAreaDecimals': VALUE_AS_GIVEN,
  'longForm.amountRange': VALUE_AS_GIVEN,
  'longForm.amountDecimals': VALUE_AS_GIVEN,
  'building.latitudeRange': VALUE_AS_GIVEN,
  'building.longitudeRange': VALUE_AS_GIVEN,
  'rule.householdNumberFormat': VALUE_AS_GIVEN,
  'rule.buildingNumberLength': VALUE_AS_GIVEN,
  'rule.buildingNumberFormat': VALUE_AS_GIVEN,
  'rule.phoneFormat': VALUE_AS_GIVEN,
  'citizenId.birthDate': VALUE_AS_GIVEN,
  'zone.codeDigits': VALUE_AS_GIVEN,
  'zone.codeLength': VALUE_AS_GIVEN,
  'zone.codeProvince': VALUE_AS_GIVEN,
  'zone.codeZeroSegment': VALUE_AS_GIVEN,
  'zone.notAZoneCode': VALUE_AS_GIVEN,
  'longForm.personOptionInvalid': VALUE_AS_GIVEN,
  'longForm.householdOptionInvalid': VALUE_AS_GIVEN,
  'longForm.unknownItem': VALUE_AS_GIVEN,
  'review.reasonItem': VALUE_AS_GIVEN,
  'household.unitFormat': VALUE_AS_GIVEN,
  'person.registrationPlaceLevel': VALUE_AS_GIVEN,
  'account.usernameFormat': VALUE_AS_GIVEN,
  'account.usernameTaken': VALUE_AS_GIVEN,
  'input.badCursor': VALUE_AS_GIVEN,
  'input.invalidDate': VALUE_AS_GIVEN,
  'import.birthDateFormat': VALUE_AS_GIVEN,
  'import.birthDateNotReal': VALUE_AS_GIVEN,
  'import.birthAfterReference': VALUE_AS_GIVEN,
  'import.addressEmpty': VALUE_AS_GIVEN,
  'import.monthFormat': VALUE_AS_GIVEN,
  'import.zonePadding': VALUE_AS_GIVEN,
  'import.zonePlaceholder': VALUE_AS_GIVEN,
  'import.duplicateUsername': VALUE_AS_GIVEN,
  'import.usernameNotManaged': VALUE_AS_GIVEN,
  'import.roleFixed': VALUE_AS_GIVEN,
  'import.supervisorMissing': VALUE_AS_GIVEN,
};

/** The declared kind of parameter `name` in the server's message `code`; undefined when none is declared. */
export function messageParamKind(code: MessageCode, name: string): ParamKind | undefined {
  const own = MESSAGE_PARAM_KINDS[code];
  if (own && Object.prototype.hasOwnProperty.call(own, name)) return own[name];
  return Object.prototype.hasOwnProperty.call(PARAM_KINDS, name) ? PARAM_KINDS[name] : undefined;
}

/**
 * What is wrong with how an ICU text shows its parameters, given their kinds (`kindOf`): a parameter shown without a
 * declared kind, a quantity shown as given (`{max}` rather than `{max, number}`, or with grouping turned off), a
 * parameter shown as given formatted as a number. Empty when the text agrees. A plural's `#` is a number already; a
 * select's or plural's selector is not shown, only the arguments in its branches are.
 */
export function paramKindProblems(text: string, kindOf: (name: string) => ParamKind | undefined): string[] {
  const problems: string[] = [];
  const visit = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (isArgumentElement(element) || isNumberElement(element)) {
        const name = element.value;
        const kind = kindOf(name);
        if (kind === undefined)
          problems.push(`{${name}} has no declared kind: a quantity, or shown as given?`);
        else if (kind === 'quantity' && isArgumentElement(element))
          problems.push(`{${name}} is a quantity: write {${name}, number}`);
        else if (kind === 'verbatim' && isNumberElement(element))
          problems.push(`{${name}} is shown as given: write {${name}}`);
        else if (isNumberElement(element) && groupingOff(element.style))
          problems.push(`{${name}} is a quantity: its digits must be grouped`);
      } else if (isSelectElement(element) || isPluralElement(element)) {
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (isTagElement(element)) {
        visit(element.children);
      }
    }
  };
  visit(parse(text, { shouldParseSkeletons: true }));
  return problems;
}

function groupingOff(style: string | NumberSkeleton | null | undefined): boolean {
  if (!style || typeof style === 'string') return false;
  const { useGrouping } = style.parsedOptions as { useGrouping?: unknown };
  return useGrouping === false || useGrouping === 'false';
}
