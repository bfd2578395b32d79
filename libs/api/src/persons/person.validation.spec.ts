import 'reflect-metadata';

import { makeCitizenId, Sex } from '@census/rules';

import { type PersonState, validatePerson } from './person.validation';

const ID = makeCitizenId('330106', { year: 1975, month: 3, day: 9 }, 17, Sex.MALE);

const state = (items: Partial<PersonState> = {}): PersonState => ({
  name: '陈建国',
  sex: Sex.MALE,
  birthYear: 1975,
  birthMonth: 3,
  citizenId: ID,
  registrationPlaceCode: null,
  registered: true,
  resident: true,
  ...items,
});

const errorsOf = (items: Partial<PersonState>) =>
  validatePerson(state(items)).errors.map((e) => `${e.field.join('.')}:${e.code}`);

describe('validatePerson', () => {
  it.each<[string, Partial<PersonState>]>([
    ['a complete person', {}],
    ['no citizen ID', { citizenId: null }],
    ['a person registered elsewhere, living here', { registered: false, registrationPlaceCode: '110105' }],
    ['a person registered here, living elsewhere', { resident: false }],
    ['a township as place of registration', { registrationPlaceCode: '330106001' }],
    ['a census zone as place of registration', { registrationPlaceCode: '330106001001' }],
  ])('accepts %s', (_name, items) => {
    expect(errorsOf(items)).toEqual([]);
  });

  it.each<[string, Partial<PersonState>, string[]]>([
    ['a blank name', { name: '  ' }, ['input.name:REQUIRED']],
    ['a birth month of 13', { birthMonth: 13, citizenId: null }, ['input.birthMonth:OUT_OF_RANGE']],
    ['a birth year before 1880', { birthYear: 1879, citizenId: null }, ['input.birthYear:OUT_OF_RANGE']],
    [
      'a citizen ID with a wrong check character',
      { citizenId: `${ID.slice(0, 17)}${ID.endsWith('0') ? '1' : '0'}` },
      ['input.citizenId:INVALID'],
    ],
    ['a citizen ID of another sex', { sex: Sex.FEMALE }, ['input.citizenId:MISMATCH']],
    ['a citizen ID of another birth month', { birthMonth: 4 }, ['input.citizenId:MISMATCH']],
    [
      'a province as place of registration',
      { registrationPlaceCode: '33' },
      ['input.registrationPlaceCode:INVALID'],
    ],
    [
      'a small zone as place of registration',
      { registrationPlaceCode: '330106001001001' },
      ['input.registrationPlaceCode:INVALID'],
    ],
    [
      'a place of registration that is no code',
      { registrationPlaceCode: 'abc' },
      ['input.registrationPlaceCode:INVALID'],
    ],
    [
      'a person neither registered nor living here',
      { registered: false, resident: false },
      ['input.resident:MISMATCH'],
    ],
    [
      'several problems, all at once',
      {
        name: '',
        birthMonth: 0,
        registrationPlaceCode: 'abc',
        registered: false,
        resident: false,
        citizenId: null,
      },
      [
        'input.name:REQUIRED',
        'input.birthMonth:OUT_OF_RANGE',
        'input.registrationPlaceCode:INVALID',
        'input.resident:MISMATCH',
      ],
    ],
  ])('rejects %s', (_name, items, expected) => {
    expect(errorsOf(items)).toEqual(expected);
  });

  it('normalizes the name, the citizen ID and the place of registration', () => {
    const { normalized } = validatePerson(
      state({
        name: ' 陈建国 ',
        citizenId: ID.toLowerCase(),
        registrationPlaceCode: '３３０１０６',
        registered: false,
      }),
    );
    expect(normalized).toMatchObject({
      name: '陈建国',
      citizenId: ID.toUpperCase(),
      registrationPlaceCode: '330106',
    });
  });
});
