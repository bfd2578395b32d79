import 'reflect-metadata';

import type { HouseholdItemsInput } from './household.inputs';
import { validateHouseholdItems } from './household.validation';

/** `field:code` of every error, in order. */
const errorsOf = (input: Partial<HouseholdItemsInput>) =>
  validateHouseholdItems(input as HouseholdItemsInput).map((e) => `${e.field.join('.')}:${e.code}`);

describe('validateHouseholdItems', () => {
  it.each<[string, Partial<HouseholdItemsInput>]>([
    ['nothing', {}],
    ['counts of 0', { presentMale: 0, presentFemale: 0, deathsMale: 0 }],
    [
      'every item',
      {
        presentMale: 2,
        absentFemale: 1,
        birthsMale: 1,
        floorArea: 68.5,
        rooms: 3,
        phone: ' 13700001111 ',
        unit: '2-A',
        note: '邻居证实',
      },
    ],
    ['cleared optional items', { floorArea: null, rooms: null, phone: null, unit: null, note: null }],
    ['a note of 2000 characters', { note: '记'.repeat(2000) }],
  ])('accepts %s', (_name, input) => {
    expect(errorsOf(input)).toEqual([]);
  });

  it.each<[string, Partial<HouseholdItemsInput>, string[]]>([
    ['a cleared count', { presentMale: null }, ['input.presentMale:REQUIRED']],
    ['a negative count', { absentFemale: -1 }, ['input.absentFemale:OUT_OF_RANGE']],
    ['a fractional count', { birthsMale: 1.5 }, ['input.birthsMale:INVALID']],
    ['a floor area of 0', { floorArea: 0 }, ['input.floorArea:OUT_OF_RANGE']],
    ['a negative number of rooms', { rooms: -1 }, ['input.rooms:OUT_OF_RANGE']],
    ['a phone number of letters', { phone: 'call me' }, ['input.phone:INVALID']],
    ['a unit with spaces inside', { unit: '2 A' }, ['input.unit:INVALID']],
    ['a unit of 11 characters', { unit: '12345678901' }, ['input.unit:INVALID']],
    ['a note of 2001 characters', { note: '记'.repeat(2001) }, ['input.note:OUT_OF_RANGE']],
    [
      'several bad items, all at once',
      { presentMale: null, deathsFemale: -2, rooms: -1, unit: '#', note: 'x'.repeat(2001) },
      [
        'input.presentMale:REQUIRED',
        'input.deathsFemale:OUT_OF_RANGE',
        'input.rooms:OUT_OF_RANGE',
        'input.unit:INVALID',
        'input.note:OUT_OF_RANGE',
      ],
    ],
  ])('rejects %s', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it('names the value in the message', () => {
    expect(validateHouseholdItems({ unit: '2 A' })[0]).toMatchObject({
      message: '单元“2 A”须为 1 至 10 个字母、数字或“-”。',
      messageCode: 'household.unitFormat',
      params: { value: '2 A' },
    });
  });
});
