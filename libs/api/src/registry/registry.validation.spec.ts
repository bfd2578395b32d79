import 'reflect-metadata';

import { makeCitizenId, Sex } from '@census/rules';

import type { RegistryPersonInput } from './registry.types';
import { validateRegistryRow } from './registry.validation';

const TODAY = new Date('2020-11-01T00:00:00Z');
const ID = makeCitizenId('330106', { year: 1975, month: 3, day: 9 }, 17, Sex.MALE);

const row = (items: Partial<RegistryPersonInput> = {}): RegistryPersonInput => ({
  row: 7,
  citizenId: ID,
  name: '陈建国',
  sex: Sex.MALE,
  birthDate: '1975-03-09',
  address: '杭州市西湖区文三路100号',
  registryHouseholdNumber: '330106-0001',
  zoneCode: '330106001001',
  ...items,
});

const errorsOf = (items: Partial<RegistryPersonInput>) =>
  validateRegistryRow(row(items), TODAY).errors.map((e) => `${e.row}:${e.field}:${e.code}`);

describe('validateRegistryRow', () => {
  it.each<[string, Partial<RegistryPersonInput>]>([
    ['a complete row', {}],
    ['no sex (taken from the ID)', { sex: null }],
    ['a birth date written YYYYMMDD', { birthDate: '19750309' }],
    ['a small zone', { zoneCode: '330106001001001' }],
  ])('accepts %s', (_name, items) => {
    expect(errorsOf(items)).toEqual([]);
  });

  it.each<[string, Partial<RegistryPersonInput>, string[]]>([
    [
      'a citizen ID with a wrong check character',
      { citizenId: `${ID.slice(0, 17)}${ID.endsWith('0') ? '1' : '0'}` },
      ['7:citizenId:INVALID'],
    ],
    ['a blank citizen ID', { citizenId: '' }, ['7:citizenId:REQUIRED']],
    ['a blank name', { name: ' ' }, ['7:name:REQUIRED']],
    ['a sex the ID disagrees with', { sex: Sex.FEMALE }, ['7:sex:MISMATCH']],
    ['a birth date the ID disagrees with', { birthDate: '1975-03-10' }, ['7:birthDate:MISMATCH']],
    ['a birth date written otherwise', { birthDate: '09.03.1975' }, ['7:birthDate:INVALID']],
    ['a birth date half with dashes', { birthDate: '1975-0309' }, ['7:birthDate:INVALID']],
    ['no birth date', { birthDate: '  ' }, ['7:birthDate:REQUIRED']],
    ['a birth date that is no day', { birthDate: '1975-02-30' }, ['7:birthDate:INVALID']],
    ['no address', { address: '' }, ['7:address:REQUIRED']],
    ['an address of 201 characters', { address: '路'.repeat(201) }, ['7:address:OUT_OF_RANGE']],
    [
      'a registry household number of 31 characters',
      { registryHouseholdNumber: '1'.repeat(31) },
      ['7:registryHouseholdNumber:OUT_OF_RANGE'],
    ],
    ['a township as zone', { zoneCode: '330106001' }, ['7:zoneCode:INVALID']],
    ['a zone that is no code', { zoneCode: 'west lake' }, ['7:zoneCode:INVALID']],
  ])('rejects %s', (_name, items, expected) => {
    const result = validateRegistryRow(row(items), TODAY);
    expect(result.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual(expected);
    expect(result.normalized).toBeNull();
  });

  it('normalizes a good row as it is stored', () => {
    const { normalized, citizenId, zoneCode } = validateRegistryRow(
      row({ name: ' 陈建国 ', sex: null, birthDate: '19750309', address: ' 文三路100号 ' }),
      TODAY,
    );
    expect(normalized).toEqual({
      row: 7,
      citizenId: ID,
      name: '陈建国',
      sex: Sex.MALE,
      birthDate: '1975-03-09',
      address: '文三路100号',
      registryHouseholdNumber: '330106-0001',
      zoneCode: '330106001001',
    });
    expect({ citizenId, zoneCode }).toEqual({ citizenId: ID, zoneCode: '330106001001' });
  });

  it('gives the valid citizen ID of a bad row, for duplicates within the batch', () => {
    const result = validateRegistryRow(row({ name: '' }), TODAY);
    expect(result).toMatchObject({ citizenId: ID, normalized: null });
  });
});
