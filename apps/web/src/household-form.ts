/**
 * The short form as the household page edits it: drafts of the household items and the persons (every value as
 * the text typed), validation as you type with the shared census rules, the changes to send, and where the
 * server's userErrors belong. Pure functions, so the component tests can check them without a browser.
 *
 * Field keys: `household.<item>` and `persons.<key>.<item>`, where a person's key is its line number (the same
 * number the server's submit errors carry: ['persons', '3', 'ethnicity']) or `new<n>` before it is saved.
 */
import type {
  CreatePersonInput,
  HouseholdFieldsFragment,
  PersonFieldsFragment,
  SaveHouseholdInput,
  SavePersonInput,
  UpdateHouseholdInput,
  UpdatePersonInput,
} from '@census/client';

/** A mutation's userError as every operation selects it. */
export interface UserErrorLike {
  field: readonly string[];
  message: string;
  code: string;
  /** The message-catalogue code and its parameters: the web renders the message from them in its own language. */
  messageCode?: string;
  params?: unknown;
}
import {
  CENSUS_REFERENCE_MOMENT,
  checkCitizenIdAgreement,
  HOUSEHOLD_COUNT_ITEMS,
  type HouseholdCountItem,
  parseCitizenId,
  type RuleIssue,
  type Sex as RuleSex,
  validateBirthYearMonth,
  validateCount,
  validateFloorArea,
  validatePersonName,
  validatePhone,
  validateRooms,
} from '@census/rules';

/** The household counts (H2-H4), in form order: the census rules' list. */
export const COUNT_ITEMS = HOUSEHOLD_COUNT_ITEMS;
type CountItem = HouseholdCountItem;

export type HouseholdDraft = Record<CountItem, string> & {
  status: string;
  kind: string;
  /** A new phone number typed in; empty keeps the one on file (which the API only shows masked). */
  phone: string;
  phoneOnFile: string;
  note: string;
  dwellingType: string;
  floorArea: string;
  rooms: string;
};

export interface PersonDraft {
  key: string;
  id?: string;
  version?: number;
  /** The masked number on file ('330106********1234'), or null. */
  citizenIdOnFile: string | null;
  name: string;
  relationship: string;
  /** A new number typed in; empty keeps the one on file. */
  citizenId: string;
  sex: string;
  birthYear: string;
  birthMonth: string;
  ethnicity: string;
  whereabouts: string;
  registrationPlaceCode: string;
  leftRegistrationDuration: string;
  leftRegistrationReason: string;
  education: string;
  literate: '' | 'true' | 'false';
  resident: boolean;
  registered: boolean;
}

/** A problem at one field: a rule or server code, the English detail and parameters for the translation. */
export interface FieldIssue {
  code: string;
  detail: string;
  params?: Record<string, string | number>;
  /** Came from the server's userErrors rather than the rules run in the browser. */
  server?: boolean;
  /** A server issue's message-catalogue code and parameters (`params` above are the browser rules' own). */
  messageCode?: string;
  serverParams?: unknown;
}

export type FieldIssues = Record<string, FieldIssue>;

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function householdDraft(h: HouseholdFieldsFragment): HouseholdDraft {
  return {
    status: h.status,
    kind: h.kind,
    phone: '',
    phoneOnFile: text(h.phone),
    note: text(h.note),
    dwellingType: text(h.dwellingType),
    floorArea: text(h.floorArea),
    rooms: text(h.rooms),
    presentMale: text(h.presentMale),
    presentFemale: text(h.presentFemale),
    absentMale: text(h.absentMale),
    absentFemale: text(h.absentFemale),
    birthsMale: text(h.birthsMale),
    birthsFemale: text(h.birthsFemale),
    deathsMale: text(h.deathsMale),
    deathsFemale: text(h.deathsFemale),
  };
}

export function personDraft(p: PersonFieldsFragment): PersonDraft {
  return {
    key: String(p.lineNumber),
    id: p.id,
    version: p.version,
    citizenIdOnFile: p.citizenId ?? null,
    name: p.name,
    relationship: p.relationship,
    citizenId: '',
    sex: p.sex,
    birthYear: text(p.birthYear),
    birthMonth: text(p.birthMonth),
    ethnicity: text(p.ethnicity),
    whereabouts: text(p.whereabouts),
    registrationPlaceCode: text(p.registrationPlaceCode),
    leftRegistrationDuration: text(p.leftRegistrationDuration),
    leftRegistrationReason: text(p.leftRegistrationReason),
    education: text(p.education),
    literate: p.literate === null || p.literate === undefined ? '' : p.literate ? 'true' : 'false',
    resident: p.resident,
    registered: p.registered,
  };
}

export function newPersonDraft(key: string): PersonDraft {
  return {
    key,
    citizenIdOnFile: null,
    name: '',
    relationship: '',
    citizenId: '',
    sex: '',
    birthYear: '',
    birthMonth: '',
    ethnicity: '',
    whereabouts: '',
    registrationPlaceCode: '',
    leftRegistrationDuration: '',
    leftRegistrationReason: '',
    education: '',
    literate: '',
    resident: true,
    registered: true,
  };
}

/** A whole number or decimal as typed; NaN for anything else, null when empty. */
function numberOf(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function put(issues: FieldIssues, key: string, found: readonly RuleIssue[]) {
  const first = found[0];
  if (first && !issues[key]) issues[key] = { code: first.code, detail: first.message };
}

export function validateHouseholdDraft(draft: HouseholdDraft): FieldIssues {
  const issues: FieldIssues = {};
  for (const item of COUNT_ITEMS)
    put(issues, `household.${item}`, validateCount(numberOf(draft[item]) ?? Number.NaN, item));
  if (draft.phone.trim()) put(issues, 'household.phone', validatePhone(draft.phone.trim()));
  if (draft.floorArea.trim())
    put(issues, 'household.floorArea', validateFloorArea(numberOf(draft.floorArea)));
  if (draft.rooms.trim()) put(issues, 'household.rooms', validateRooms(numberOf(draft.rooms)));
  return issues;
}

/**
 * The rules a person's items must satisfy. Birth dates (typed, and in the citizen ID) are bounded by the census
 * reference moment (普查标准时点), as on the server, never by today: a person born after it is not counted.
 */
export function validatePersonDraft(
  draft: PersonDraft,
  reference: Date = CENSUS_REFERENCE_MOMENT,
): FieldIssues {
  const issues: FieldIssues = {};
  const at = (item: string) => `persons.${draft.key}.${item}`;
  put(issues, at('name'), validatePersonName(draft.name));
  if (!draft.relationship)
    issues[at('relationship')] = { code: 'REQUIRED', detail: 'Relationship is required' };
  if (!draft.sex) issues[at('sex')] = { code: 'REQUIRED', detail: 'Sex is required' };
  const year = numberOf(draft.birthYear);
  const month = numberOf(draft.birthMonth);
  for (const issue of validateBirthYearMonth(year, month, reference)) put(issues, at(issue.item), [issue]);
  const typed = draft.citizenId.trim();
  if (typed) {
    const parsed = parseCitizenId(typed, reference);
    if (!parsed.ok) {
      issues[at('citizenId')] = {
        code: parsed.code,
        detail: parsed.message,
        params: { count: [...typed].length },
      };
    } else {
      const agreement = checkCitizenIdAgreement(parsed.value, {
        sex: draft.sex ? (draft.sex as RuleSex) : null,
        birthYear: Number.isInteger(year) ? year : null,
        birthMonth: Number.isInteger(month) ? month : null,
      });
      for (const issue of agreement) {
        const key = issue.item === 'sex' ? at('sex') : at('birthYear');
        if (!issues[key]) issues[key] = { code: issue.code, detail: issue.message };
      }
    }
  }
  return issues;
}

const intOrNull = (value: string) => numberOf(value);
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The household items that differ from what was loaded, as an update input (null when nothing changed). */
export function householdChanges(
  original: HouseholdFieldsFragment,
  draft: HouseholdDraft,
): UpdateHouseholdInput | null {
  const before = householdDraft(original);
  const input: Record<string, unknown> = {};
  for (const item of COUNT_ITEMS) if (draft[item] !== before[item]) input[item] = intOrNull(draft[item]);
  if (draft.floorArea !== before.floorArea) input['floorArea'] = intOrNull(draft.floorArea);
  if (draft.rooms !== before.rooms) input['rooms'] = intOrNull(draft.rooms);
  for (const item of ['status', 'kind', 'dwellingType', 'note'] as const) {
    if (draft[item] !== before[item]) input[item] = orNull(draft[item]);
  }
  if (draft.phone.trim()) input['phone'] = draft.phone.trim();
  if (Object.keys(input).length === 0) return null;
  const update: UpdateHouseholdInput = { id: original.id, expectedVersion: original.version, ...input };
  return update;
}

function personItems(draft: PersonDraft): Record<string, unknown> {
  return {
    name: draft.name.trim(),
    relationship: orNull(draft.relationship),
    sex: orNull(draft.sex),
    birthYear: intOrNull(draft.birthYear),
    birthMonth: intOrNull(draft.birthMonth),
    ethnicity: orNull(draft.ethnicity),
    whereabouts: orNull(draft.whereabouts),
    registrationPlaceCode: orNull(draft.registrationPlaceCode),
    leftRegistrationDuration: orNull(draft.leftRegistrationDuration),
    leftRegistrationReason: orNull(draft.leftRegistrationReason),
    education: orNull(draft.education),
    literate: draft.literate === '' ? null : draft.literate === 'true',
    resident: draft.resident,
    registered: draft.registered,
  };
}

/** The person's items that differ from what was loaded, as an update input (null when nothing changed). */
export function personChanges(original: PersonFieldsFragment, draft: PersonDraft): UpdatePersonInput | null {
  const before = personItems(personDraft(original));
  const after = personItems(draft);
  const input: Record<string, unknown> = {};
  for (const [item, value] of Object.entries(after)) if (before[item] !== value) input[item] = value;
  if (draft.citizenId.trim()) input['citizenId'] = draft.citizenId.trim().toUpperCase();
  if (Object.keys(input).length === 0) return null;
  const update: UpdatePersonInput = { id: original.id, expectedVersion: original.version, ...input };
  return update;
}

export function createPersonInput(householdId: string, draft: PersonDraft): CreatePersonInput {
  const items = personItems(draft);
  const input: Record<string, unknown> = { householdId };
  for (const [item, value] of Object.entries(items)) if (value !== null) input[item] = value;
  if (draft.citizenId.trim()) input['citizenId'] = draft.citizenId.trim().toUpperCase();
  return input as unknown as CreatePersonInput;
}

/**
 * The whole form as one `saveHousehold` input: the changed household items and the changed and new persons, with
 * `keys[i]` the form key of `input.persons[i]` (to put the server's problems at their fields). Null when nothing
 * changed. The household's version is always sent: the save is refused when someone else saved it meanwhile.
 */
export function saveHouseholdInput(
  original: HouseholdFieldsFragment & { persons: readonly PersonFieldsFragment[] },
  draft: HouseholdDraft,
  persons: readonly PersonDraft[],
): { input: SaveHouseholdInput; keys: string[] } | null {
  const household = householdChanges(original, draft);
  const changed: SavePersonInput[] = [];
  const keys: string[] = [];
  for (const person of persons) {
    const before = original.persons.find((p) => p.id === person.id);
    const input: SavePersonInput | null = before
      ? personChanges(before, person)
      : (({ householdId: _household, ...items }) => items)(createPersonInput(original.id, person));
    if (!input) continue;
    changed.push(input);
    keys.push(person.key);
  }
  if (!household && changed.length === 0) return null;
  return {
    input: { ...(household ?? {}), id: original.id, expectedVersion: original.version, persons: changed },
    keys,
  };
}

/** The server's problems of a `saveHousehold` at their form fields (`keys` as `saveHouseholdInput` answered). */
export function keySaveErrors(errors: readonly UserErrorLike[], keys: readonly string[]): KeyedServerError[] {
  return errors.flatMap((error) => {
    const [head, list, index, ...rest] = error.field;
    if (head === 'input' && list === 'persons' && index !== undefined) {
      const key = keys[Number(index)];
      return keyServerErrors([{ ...error, field: ['input', ...rest] }], `persons.${key}`);
    }
    return keyServerErrors([error], 'household');
  });
}

/**
 * Where a server userError belongs. Mutation errors name the input field (['input', 'citizenId']), and belong to
 * the household or the person the mutation was about (`scope`); submit errors name the household item
 * (['household', 'note']) or the person by line number (['persons', '2', 'citizenId']). Anything else (the
 * whole input, a version conflict) is a form-level error: key ''.
 */
export function serverErrorKey(field: readonly string[], scope: string): string {
  const [head, ...rest] = field;
  if (head === 'input' && rest.length > 0) {
    const item = rest[rest.length - 1];
    return item === 'expectedVersion' || item === 'id' ? '' : `${scope}.${item}`;
  }
  if (head === 'household' && rest.length === 1)
    return rest[0] === 'persons' || rest[0] === 'visits' ? '' : `household.${rest[0]}`;
  if (head === 'persons' && rest.length === 2) return `persons.${rest[0]}.${rest[1]}`;
  return '';
}

export interface KeyedServerError extends FieldIssue {
  key: string;
  message: string;
}

export function keyServerErrors(errors: readonly UserErrorLike[], scope: string): KeyedServerError[] {
  return errors.map((error) => ({
    key: serverErrorKey(error.field, scope),
    code: error.code,
    detail: error.message,
    message: error.message,
    server: true,
    messageCode: error.messageCode,
    serverParams: error.params,
  }));
}
