/**
 * The long form (长表) as the web form holds it: each item of the household and of each person as typed (an option's
 * name, a number, a year-month, sons and daughters), refused (拒答) or masked (a sealed answer on file that this
 * screen has not read in full). Which items are asked comes from the rules library's skip rules
 * (`personItemsApplicable`, `householdItemsApplicable`), never from a list of our own; the input of saveLongForm and
 * the place of each userError are built here. Both the staff section and the resident's steps use it.
 */
import type {
  LongFormAnswerFieldsFragment,
  LongFormAnswerInput,
  LongFormHouseholdFieldsFragment,
} from '@census/client';
import {
  type Education,
  householdItemsApplicable,
  type HouseholdKind,
  LONG_FORM_HOUSEHOLD_ITEMS,
  LONG_FORM_PERSON_ITEMS,
  type LongFormAnswer,
  type LongFormItem,
  personItemsApplicable,
  type Sex,
} from '@census/rules';

import type { UserErrorLike } from './household-form';

/** One item as typed: `value` in the API's text form ('MARRIED', '1500', '2001-05', '1,2'). */
export interface ItemDraft {
  value: string;
  refused: boolean;
  /** A sealed answer on file, not read in full here: kept as it is unless something is typed or refused. */
  masked: boolean;
  /**
   * A sealed answer read in full on this page (显示加密项), unchanged since: it lives in page memory only. Saved,
   * drafted or queued, it goes as kept (the server keeps what it has), never as its value.
   */
  revealed?: boolean;
}

/** The items of one person or of the household, by field ('occupation'). */
export type EntityDraft = Readonly<Record<string, ItemDraft>>;

export interface LongFormDraft {
  household: EntityDraft;
  /** By person ID. */
  persons: Readonly<Record<string, EntityDraft>>;
}

export type LongFormData = LongFormHouseholdFieldsFragment;
export type LongFormPerson = LongFormData['persons'][number];
export type Entity = 'household' | 'person';

export const itemsOf = (entity: Entity): readonly LongFormItem<string>[] =>
  entity === 'household' ? LONG_FORM_HOUSEHOLD_ITEMS : LONG_FORM_PERSON_ITEMS;

export function entityDraft(answers: readonly LongFormAnswerFieldsFragment[]): EntityDraft {
  return Object.fromEntries(
    answers.map((answer) => [
      answer.field,
      { value: answer.value ?? '', refused: answer.state === 'REFUSED', masked: answer.masked },
    ]),
  );
}

export function longFormDraft(data: LongFormData): LongFormDraft {
  return {
    household: entityDraft(data.longForm.answers),
    persons: Object.fromEntries(
      data.persons.map((person) => [person.id, entityDraft(person.longForm.answers)]),
    ),
  };
}

/** An answer of the draft as the rules library reads it; masked and unreadable values are not known here. */
function ruleAnswer(
  item: LongFormItem<string>,
  draft: ItemDraft | undefined,
): LongFormAnswer<unknown> | undefined {
  if (!draft) return undefined;
  if (draft.refused) return { refused: true };
  if (draft.masked) return undefined;
  const text = draft.value.trim();
  if (text === '') return undefined;
  switch (item.value.kind) {
    case 'option':
      return { value: text };
    case 'integer':
    case 'amount':
      return Number.isFinite(Number(text)) ? { value: Number(text) } : undefined;
    case 'yearMonth': {
      const match = /^(\d{4})-(\d{1,2})$/.exec(text);
      return match ? { value: { year: Number(match[1]), month: Number(match[2]) } } : undefined;
    }
    case 'children': {
      const [male, female] = text.split(',').map(Number);
      return { value: { male, female } };
    }
  }
}

function ruleAnswers(entity: Entity, draft: EntityDraft): Record<string, LongFormAnswer<unknown>> {
  const answers: Record<string, LongFormAnswer<unknown>> = {};
  for (const item of itemsOf(entity)) {
    const answer = ruleAnswer(item, draft[item.field]);
    if (answer) answers[item.field] = answer;
  }
  return answers;
}

/** Which of the person's items the form asks, by the rules library's skip rules. */
export function personApplicable(person: LongFormPerson, draft: EntityDraft): Record<string, boolean> {
  return personItemsApplicable(
    {
      lineNumber: person.lineNumber,
      name: person.name,
      sex: person.sex as unknown as Sex,
      birthYear: person.birthYear,
      birthMonth: person.birthMonth,
      education: (person.education as unknown as Education | null) ?? null,
    },
    ruleAnswers('person', draft),
  );
}

/**
 * Which of the household's items the form asks: the vehicle item (附1 汽车数) where the household's county or township
 * office added it (`longForm.options`; a form cached before the options existed asks the standard items).
 */
export function householdApplicable(data: LongFormData, draft: EntityDraft): Record<string, boolean> {
  return householdItemsApplicable(
    {
      kind: data.kind as unknown as HouseholdKind,
      dwellingType: data.dwellingType ?? null,
      floorArea: data.floorArea,
      rooms: data.rooms,
    },
    ruleAnswers('household', draft),
    {
      vehicles: (data.longForm.options as LongFormData['longForm']['options'] | undefined)?.vehicles === true,
    },
  );
}

/**
 * The items shown: those the skip rules ask, and a sealed answer on file whose gate is itself sealed (a masked
 * marriage status hides whether 初婚年月 applies; the answer on file is shown masked rather than dropped).
 */
export function shownItems(
  entity: Entity,
  applicable: Record<string, boolean>,
  draft: EntityDraft,
): LongFormItem<string>[] {
  return itemsOf(entity).filter((item) => applicable[item.field] || draft[item.field]?.masked === true);
}

const same = (a: EntityDraft | undefined, b: EntityDraft | undefined) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** What changed since the form was loaded: the household's items, and the IDs of the persons whose items changed. */
export function changedParts(
  base: LongFormDraft,
  draft: LongFormDraft,
): { household: boolean; persons: string[] } {
  return {
    household: !same(base.household, draft.household),
    persons: Object.keys(draft.persons).filter((id) => !same(base.persons[id], draft.persons[id])),
  };
}

/** Whether an entity still holds masked answers (its save then needs them in full, read first). */
export const hasMasked = (draft: EntityDraft | undefined): boolean =>
  Object.values(draft ?? {}).some((item) => item.masked);

/**
 * The saveLongForm answers of one person or the household: each item shown and answered or refused, in the form's
 * order (an item the skip rules no longer ask is dropped); a sealed answer not typed here (masked, or read in full
 * and unchanged) goes as `kept`: the server keeps the answer it has, and the phone never needs it unmasked.
 */
export function entityInput(
  entity: Entity,
  draft: EntityDraft,
  applicable: Record<string, boolean>,
): LongFormAnswerInput[] {
  const input: LongFormAnswerInput[] = [];
  for (const item of shownItems(entity, applicable, draft)) {
    const typed = draft[item.field];
    if (!typed) continue;
    if (typed.masked || typed.revealed) input.push({ field: item.field, kept: true });
    else if (typed.refused) input.push({ field: item.field, refused: true });
    else if (typed.value.trim() !== '') input.push({ field: item.field, value: typed.value.trim() });
  }
  return input;
}

const MASKED: ItemDraft = { value: '', refused: false, masked: true };

/** The draft as it may be kept on the phone (IndexedDB): sealed answers read in full go back to masked. */
export function storableDraft(draft: LongFormDraft): LongFormDraft {
  const seal = (items: EntityDraft): EntityDraft =>
    Object.fromEntries(Object.entries(items).map(([field, item]) => [field, item.revealed ? MASKED : item]));
  return {
    household: seal(draft.household),
    persons: Object.fromEntries(Object.entries(draft.persons).map(([id, items]) => [id, seal(items)])),
  };
}

/** Key of an item's problem: 'household.monthlyRent', 'persons.<person ID>.occupation'; '' for the whole form. */
export const itemKey = (entity: Entity, field: string, personId?: string): string =>
  entity === 'household' ? `household.${field}` : `persons.${personId}.${field}`;

/**
 * Where a userError of saveLongForm or of a submit belongs: the item's key, or '' for the form as a whole.
 * saveLongForm names the input (["input", "household", "monthlyRent"], ["input", "household", 2, "field"],
 * ["input", "persons", 1, "occupation"], ["input", "persons", 1, "answers", 3, "field"]); a submit names the
 * household's items and persons by line (["household", "monthlyRent"], ["persons", "3", "occupation"]).
 */
export function errorKey(
  error: Pick<UserErrorLike, 'field'>,
  sent: {
    household?: readonly LongFormAnswerInput[] | null;
    persons: readonly { id: string; answers: readonly LongFormAnswerInput[] }[];
  } | null,
  persons: readonly Pick<LongFormPerson, 'id' | 'lineNumber'>[],
): string {
  const path = [...error.field];
  const fromInput = path[0] === 'input';
  if (fromInput) path.shift();
  const known = (entity: Entity, field: string | undefined) =>
    field !== undefined && itemsOf(entity).some((item) => item.field === field);
  if (path[0] === 'household') {
    const [, second] = path;
    if (known('household', second)) return itemKey('household', second);
    const byIndex = sent?.household?.[Number(second)]?.field;
    return fromInput && known('household', byIndex) ? itemKey('household', byIndex!) : '';
  }
  if (path[0] === 'persons') {
    const [, place, third, fourth] = path;
    const person = fromInput
      ? persons.find((candidate) => candidate.id === sent?.persons[Number(place)]?.id)
      : persons.find((candidate) => String(candidate.lineNumber) === place);
    if (!person) return '';
    if (known('person', third)) return itemKey('person', third, person.id);
    if (third === 'answers') {
      const given = sent?.persons[Number(place)]?.answers[Number(fourth)]?.field;
      if (known('person', given)) return itemKey('person', given!, person.id);
    }
    return '';
  }
  return '';
}

/** The unit a number item is asked in. */
export const ITEM_UNITS: Record<string, 'yuanMonth' | 'tenThousandYuan' | 'cars'> = {
  monthlyRent: 'yuanMonth',
  purchaseCost: 'tenThousandYuan',
  carCount: 'cars',
};
