import { citizenIdCheckCharacter } from '@census/rules';

import {
  householdChanges,
  householdDraft,
  keySaveErrors,
  newPersonDraft,
  personChanges,
  personDraft,
  saveHouseholdInput,
  serverErrorKey,
  validateHouseholdDraft,
  validatePersonDraft,
} from './household-form';
import { household, person } from './test-fixtures';

const FIRST17 = '33010619950215123';
const RIGHT = FIRST17 + citizenIdCheckCharacter(FIRST17);
const WRONG = FIRST17 + (citizenIdCheckCharacter(FIRST17) === '0' ? '1' : '0');

describe('person validation with the census rules', () => {
  it('accepts the loaded person and a correct new citizen ID', () => {
    expect(validatePersonDraft(personDraft(person))).toEqual({});
    expect(validatePersonDraft({ ...personDraft(person), citizenId: RIGHT })).toEqual({});
  });

  it('puts a wrong check character, a short number and a disagreement at their fields', () => {
    const wrong = validatePersonDraft({ ...personDraft(person), citizenId: WRONG });
    expect(Object.keys(wrong)).toEqual(['persons.1.citizenId']);
    expect(wrong['persons.1.citizenId']).toMatchObject({ code: 'INVALID_CHECK_CHARACTER' });
    expect(
      validatePersonDraft({ ...personDraft(person), citizenId: '3301' })['persons.1.citizenId'],
    ).toMatchObject({
      code: 'INVALID_LENGTH',
      params: { count: 4 },
    });
    const female = validatePersonDraft({ ...personDraft(person), citizenId: RIGHT, sex: 'FEMALE' });
    expect(female['persons.1.sex']).toMatchObject({ code: 'MISMATCH' });
  });

  it('checks name, relationship and birth year-month as typed', () => {
    const issues = validatePersonDraft({
      ...personDraft(person),
      name: '张3',
      relationship: '',
      birthYear: '2030',
      birthMonth: '13',
    });
    expect(Object.keys(issues).sort()).toEqual([
      'persons.1.birthMonth',
      'persons.1.birthYear',
      'persons.1.name',
      'persons.1.relationship',
    ]);
  });
});

describe('dates against the census reference moment, as on the server', () => {
  // Born in November 2020, after 2020-11-01 00:00 Beijing time but years before today: not a person of this census, in the typed
  // birth year-month and in the citizen ID alike. Before, the form checked against today and let both through.
  const bornAfter = '33010620201115123';
  const idBornAfter = bornAfter + citizenIdCheckCharacter(bornAfter);
  const bornBefore = '33010620201031123';
  const idBornBefore = bornBefore + citizenIdCheckCharacter(bornBefore);

  it('rejects a birth year-month after the reference moment', () => {
    const issues = validatePersonDraft({ ...personDraft(person), birthYear: '2020', birthMonth: '11' });
    expect(issues['persons.1.birthMonth']).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(validatePersonDraft({ ...personDraft(person), birthYear: '2020', birthMonth: '10' })).toEqual({});
  });

  it('rejects a citizen ID born after the reference moment and takes one born the day before', () => {
    const after = validatePersonDraft({
      ...personDraft(person),
      citizenId: idBornAfter,
      birthYear: '2020',
      birthMonth: '11',
    });
    expect(after['persons.1.citizenId']).toBeDefined();
    expect(
      validatePersonDraft({
        ...personDraft(person),
        citizenId: idBornBefore,
        birthYear: '2020',
        birthMonth: '10',
      }),
    ).toEqual({});
  });
});

describe('household validation and changes', () => {
  it('checks counts, floor area and a new phone; keeps the masked phone on file', () => {
    const draft = householdDraft(household);
    expect(draft.phone).toBe('');
    expect(draft.phoneOnFile).toBe('150****0698');
    expect(validateHouseholdDraft(draft)).toEqual({});
    const bad = validateHouseholdDraft({ ...draft, presentMale: '-1', floorArea: '12.345', phone: '12345' });
    expect(Object.keys(bad).sort()).toEqual([
      'household.floorArea',
      'household.phone',
      'household.presentMale',
    ]);
  });

  it('sends only what changed, with the version read', () => {
    expect(householdChanges(household, householdDraft(household))).toBeNull();
    expect(
      householdChanges(household, { ...householdDraft(household), presentFemale: '1', note: ' 新 ' }),
    ).toEqual({
      id: household.id,
      expectedVersion: 4,
      presentFemale: 1,
      note: '新',
    });
    expect(personChanges(person, personDraft(person))).toBeNull();
    expect(
      personChanges(person, { ...personDraft(person), citizenId: RIGHT.toLowerCase(), literate: '' }),
    ).toEqual({
      id: person.id,
      expectedVersion: 2,
      literate: null,
      citizenId: RIGHT,
    });
  });

  it('finds the field of a server userError', () => {
    expect(serverErrorKey(['input', 'citizenId'], 'persons.2')).toBe('persons.2.citizenId');
    expect(serverErrorKey(['input', 'expectedVersion'], 'household')).toBe('');
    expect(serverErrorKey(['persons', '2', 'citizenId'], 'household')).toBe('persons.2.citizenId');
    expect(serverErrorKey(['household', 'note'], 'household')).toBe('household.note');
    expect(serverErrorKey(['household', 'persons'], 'household')).toBe('');
    expect(serverErrorKey([], 'household')).toBe('');
  });
});

describe('the whole form as one saveHousehold', () => {
  const loaded = { ...household, persons: [person] };

  it('sends nothing when nothing changed', () => {
    expect(saveHouseholdInput(loaded, householdDraft(household), [personDraft(person)])).toBeNull();
  });

  it('sends the changed items, the changed and the new persons, with the household version', () => {
    const added = {
      ...newPersonDraft('new1'),
      name: '高小凯',
      relationship: 'CHILD',
      sex: 'MALE',
      birthYear: '2015',
      birthMonth: '4',
    };
    const save = saveHouseholdInput(loaded, { ...householdDraft(household), rooms: '3' }, [
      { ...personDraft(person), name: '高新' },
      added,
    ]);
    expect(save).toEqual({
      input: {
        id: household.id,
        expectedVersion: household.version,
        rooms: 3,
        persons: [
          { id: person.id, expectedVersion: person.version, name: '高新' },
          expect.objectContaining({ name: '高小凯', relationship: 'CHILD', birthYear: 2015, birthMonth: 4 }),
        ],
      },
      keys: ['1', 'new1'],
    });
  });

  it('puts each problem of the answer at its field: household items, and persons by their place in the input', () => {
    const errors = keySaveErrors(
      [
        { field: ['input', 'rooms'], code: 'OUT_OF_RANGE', message: 'rooms' },
        { field: ['input', 'persons', '1', 'birthMonth'], code: 'OUT_OF_RANGE', message: 'month' },
        { field: ['input', 'persons', '0', 'expectedVersion'], code: 'CONFLICT', message: 'moved' },
      ],
      ['1', 'new1'],
    );
    expect(errors.map((e) => [e.key, e.code])).toEqual([
      ['household.rooms', 'OUT_OF_RANGE'],
      ['persons.new1.birthMonth', 'OUT_OF_RANGE'],
      ['', 'CONFLICT'],
    ]);
  });
});
