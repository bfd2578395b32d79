import { household, person } from '../test-fixtures';
import {
  clientIssuesOf,
  type FormAction,
  formReducer,
  type FormState,
  initialFormState,
} from './household-form-state';

const start = (): FormState => initialFormState({ ...household, persons: [person] });
const after = (...actions: FormAction[]) => actions.reduce(formReducer, start());
const serverIssue = (key: string) => ({
  key,
  code: 'INVALID',
  detail: 'x',
  message: 'x',
  server: true as const,
});

describe('household form state', () => {
  it('starts from the household and its persons, nothing touched', () => {
    const state = start();
    expect(state.persons.map((p) => p.key)).toEqual([String(person.lineNumber)]);
    expect(state).toMatchObject({
      touched: new Set(),
      showAll: false,
      serverIssues: [],
      busy: false,
      focusRequests: 0,
    });
  });

  it('sets a household item, touches it and drops the server problem at it only', () => {
    const state = after(
      { type: 'serverIssues', serverIssues: [serverIssue('household.rooms'), serverIssue('household.note')] },
      { type: 'setHousehold', item: 'rooms', value: '4' },
    );
    expect(state.draft.rooms).toBe('4');
    expect([...state.touched]).toEqual(['household.rooms']);
    expect(state.serverIssues.map((i) => i.key)).toEqual(['household.note']);
  });

  it.each<[string, string[]]>([
    ['name', ['name']],
    ['citizenId', ['citizenId', 'sex', 'birthYear']],
    ['sex', ['sex', 'birthYear']],
    ['birthMonth', ['birthMonth', 'sex', 'birthYear']],
  ])('setting a person’s %s touches %j', (item, touched) => {
    const key = String(person.lineNumber);
    const state = after({ type: 'setPerson', key, item: item as 'name', value: 'v' });
    expect([...state.touched].sort()).toEqual(touched.map((t) => `persons.${key}.${t}`).sort());
    expect(state.persons[0][item as 'name']).toBe('v');
  });

  it('adds new persons with keys of their own', () => {
    const state = after({ type: 'addPerson' }, { type: 'addPerson' });
    expect(state.persons.map((p) => p.key)).toEqual([String(person.lineNumber), 'new1', 'new2']);
  });

  it('shows every problem and asks for the focus when a save is refused', () => {
    expect(after({ type: 'refused' })).toMatchObject({ showAll: true, focusRequests: 1 });
    expect(after({ type: 'focusErrors' }, { type: 'focusErrors' }).focusRequests).toBe(2);
  });

  it('takes the saved persons and the server’s problems', () => {
    const state = after(
      { type: 'addPerson' },
      { type: 'saved', persons: [], serverIssues: [serverIssue('household.rooms')] },
    );
    expect(state.persons).toEqual([]);
    expect(state.serverIssues.map((i) => i.key)).toEqual(['household.rooms']);
  });

  it('checks the drafts with the census rules', () => {
    const state = after({ type: 'setHousehold', item: 'rooms', value: '-1' }, { type: 'addPerson' });
    const issues = clientIssuesOf(state);
    expect(Object.keys(issues)).toContain('household.rooms');
    expect(Object.keys(issues)).toContain('persons.new1.name');
  });

  it('checks birth dates against the census reference moment, not today', () => {
    const key = String(person.lineNumber);
    const state = after(
      { type: 'setPerson', key, item: 'birthYear', value: '2020' },
      { type: 'setPerson', key, item: 'birthMonth', value: '11' },
    );
    expect(clientIssuesOf(state)[`persons.${key}.birthMonth`]).toMatchObject({ code: 'OUT_OF_RANGE' });
  });
});
