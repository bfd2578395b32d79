/**
 * The state of the household short form as one reducer: the drafts, which fields were touched, whether every
 * problem is shown, the server's problems at their fields, the busy flag and the request to focus the first
 * invalid field. Pure, so that its transitions are tested without rendering.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react';

import type { FormHousehold } from '../form-operations';
import {
  type FieldIssues,
  type HouseholdDraft,
  householdDraft,
  type KeyedServerError,
  newPersonDraft,
  type PersonDraft,
  personDraft,
  validateHouseholdDraft,
  validatePersonDraft,
} from '../household-form';

export interface FormState {
  draft: HouseholdDraft;
  persons: PersonDraft[];
  /** Field keys the user changed: their client-side problems show. */
  touched: ReadonlySet<string>;
  /** After a refused save: every client-side problem shows. */
  showAll: boolean;
  serverIssues: KeyedServerError[];
  busy: boolean;
  /** Bumped to move the focus to the first invalid field. */
  focusRequests: number;
  /** Persons added so far: the next new person's key is `new<added + 1>`. */
  added: number;
}

export type FormAction =
  | { type: 'setHousehold'; item: keyof HouseholdDraft; value: string }
  | { type: 'setPerson'; key: string; item: keyof PersonDraft; value: string | boolean }
  | { type: 'addPerson' }
  /** A person added by mistake: deleted on the server, or never saved (then nothing is sent). */
  | { type: 'removePerson'; key: string }
  /** The client-side check refused the save: show every problem and go to the first. */
  | { type: 'refused' }
  /** The server's answer to a save: the persons as saved and its problems at their fields. */
  | { type: 'saved'; persons: PersonDraft[]; serverIssues: KeyedServerError[] }
  | { type: 'serverIssues'; serverIssues: KeyedServerError[] }
  | { type: 'focusErrors' }
  /** Show the client-side problems of these fields (a step of the resident's form) and go to the first. */
  | { type: 'showIssues'; keys: string[] }
  | { type: 'busy'; busy: boolean }
  /** What was typed before the page was closed, kept on the phone (offline/drafts.ts). */
  | { type: 'restore'; draft: HouseholdDraft; persons: PersonDraft[]; added: number };

/** Items whose change re-checks the citizen ID's agreement with sex and birth year-month. */
const CITIZEN_ID_ITEMS: readonly (keyof PersonDraft)[] = ['citizenId', 'sex', 'birthYear', 'birthMonth'];

export function initialFormState(household: FormHousehold): FormState {
  return {
    draft: householdDraft(household),
    persons: household.persons.map(personDraft),
    touched: new Set(),
    showAll: false,
    serverIssues: [],
    busy: false,
    focusRequests: 0,
    added: 0,
  };
}

/** Marks the fields touched and drops the server's problems at them (the user is answering them). */
function touch(state: FormState, keys: string[]): Pick<FormState, 'touched' | 'serverIssues'> {
  const touched = new Set(state.touched);
  for (const key of keys) touched.add(key);
  return { touched, serverIssues: state.serverIssues.filter((issue) => !keys.includes(issue.key)) };
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'setHousehold':
      return {
        ...state,
        ...touch(state, [`household.${action.item}`]),
        draft: { ...state.draft, [action.item]: action.value },
      };
    case 'setPerson': {
      const at = (item: string) => `persons.${action.key}.${item}`;
      const keys = [at(action.item)];
      // A changed ID number re-checks sex and birth year-month against it.
      if (CITIZEN_ID_ITEMS.includes(action.item)) keys.push(at('sex'), at('birthYear'));
      return {
        ...state,
        ...touch(state, keys),
        persons: state.persons.map((person) =>
          person.key === action.key ? { ...person, [action.item]: action.value } : person,
        ),
      };
    }
    case 'addPerson':
      return {
        ...state,
        added: state.added + 1,
        persons: [...state.persons, newPersonDraft(`new${state.added + 1}`)],
      };
    case 'removePerson': {
      const prefix = `persons.${action.key}.`;
      const touched = new Set([...state.touched].filter((key) => !key.startsWith(prefix)));
      return {
        ...state,
        touched,
        persons: state.persons.filter((person) => person.key !== action.key),
        serverIssues: state.serverIssues.filter((issue) => !issue.key.startsWith(prefix)),
      };
    }
    case 'refused':
      return { ...state, showAll: true, focusRequests: state.focusRequests + 1 };
    case 'saved':
      return { ...state, persons: action.persons, serverIssues: action.serverIssues };
    case 'serverIssues':
      return { ...state, serverIssues: action.serverIssues };
    case 'focusErrors':
      return { ...state, focusRequests: state.focusRequests + 1 };
    case 'showIssues':
      return {
        ...state,
        touched: new Set([...state.touched, ...action.keys]),
        focusRequests: state.focusRequests + 1,
      };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'restore':
      return { ...state, draft: action.draft, persons: action.persons, added: action.added };
  }
}

/** The client-side problems of the drafts, by field key (dates checked against the census reference moment). */
export function clientIssuesOf(state: Pick<FormState, 'draft' | 'persons'>): FieldIssues {
  const all: FieldIssues = { ...validateHouseholdDraft(state.draft) };
  for (const person of state.persons) Object.assign(all, validatePersonDraft(person));
  return all;
}

/**
 * The form's state and what derives from it: the client-side problems, and a ref for the form element that
 * receives the focus of the first invalid field whenever it is asked for.
 */
export function useHouseholdFormState(household: FormHousehold) {
  const [state, dispatch] = useReducer(formReducer, household, initialFormState);
  const { draft, persons } = state;
  const clientIssues = useMemo(() => clientIssuesOf({ draft, persons }), [draft, persons]);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.focusRequests === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.focusRequests]);
  return { state, dispatch, clientIssues, formRef };
}
