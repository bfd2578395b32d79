import 'reflect-metadata';

import { ElectricityUsage, type GridRecordInput, type MeterReadingInput } from './source-import.types';
import { beijingMonth, validateGridRow, validateMeterRow } from './source-import.validation';

/** 2020-11-30 20:00 UTC is already December 1st in Beijing. */
const NOW = new Date('2020-11-30T20:00:00Z');

const meter = (items: Partial<MeterReadingInput> = {}): MeterReadingInput => ({
  row: 3,
  meterId: 'M-0001',
  address: '杭州市西湖区文三路100号2单元301室',
  usage: ElectricityUsage.NORMAL,
  zoneCode: '330106001001001',
  month: '2020-10',
  ...items,
});

const grid = (items: Partial<GridRecordInput> = {}): GridRecordInput => ({
  row: 4,
  gridId: 'G-0001',
  address: '杭州市西湖区文三路100号2单元301室',
  zoneCode: '330106001001',
  persons: ['陈建国', '周丽'],
  phone: '13700001111',
  ...items,
});

const codes = (errors: { row: number; field: string; code: string }[]) =>
  errors.map((e) => `${e.row}:${e.field}:${e.code}`);

describe('beijingMonth', () => {
  it.each([
    ['2020-11-30T15:59:59Z', 0, '2020-11'],
    ['2020-11-30T16:00:00Z', 0, '2020-12'],
    ['2020-12-31T16:00:00Z', 0, '2021-01'],
    ['2020-01-15T00:00:00Z', -1, '2019-12'],
    ['2020-03-15T00:00:00Z', -14, '2019-01'],
  ])('at %s shifted by %i is %s', (at, offset, month) => {
    expect(beijingMonth(new Date(at), offset)).toBe(month);
  });
});

describe('validateMeterRow', () => {
  it.each<[string, Partial<MeterReadingInput>]>([
    ['a complete row', {}],
    ['the current Beijing month', { month: '2020-12' }],
    ['January 2000', { month: '2000-01' }],
    ['a census zone', { zoneCode: '330106001001' }],
  ])('accepts %s', (_name, items) => {
    expect(codes(validateMeterRow(meter(items), NOW).errors)).toEqual([]);
  });

  it.each<[string, Partial<MeterReadingInput>, string[]]>([
    ['no meter ID', { meterId: ' ' }, ['3:meterId:REQUIRED']],
    ['a meter ID of 51 characters', { meterId: 'M'.repeat(51) }, ['3:meterId:OUT_OF_RANGE']],
    ['no address', { address: '' }, ['3:address:REQUIRED']],
    ['an address of punctuation only', { address: '——，。' }, ['3:address:INVALID']],
    ['a month written otherwise', { month: '2020/10' }, ['3:month:INVALID']],
    ['month 13', { month: '2020-13' }, ['3:month:INVALID']],
    ['a month to come', { month: '2021-01' }, ['3:month:OUT_OF_RANGE']],
    ['a month before 2000', { month: '1999-12' }, ['3:month:OUT_OF_RANGE']],
    ['a township as zone', { zoneCode: '330106001' }, ['3:zoneCode:INVALID']],
  ])('rejects %s', (_name, items, expected) => {
    const result = validateMeterRow(meter(items), NOW);
    expect(codes(result.errors)).toEqual(expected);
    expect(result.normalized).toBeNull();
  });

  it('defaults the month to the last one in Beijing and normalizes the address', () => {
    const { normalized } = validateMeterRow(meter({ month: null, meterId: ' M-0001 ' }), NOW);
    expect(normalized).toMatchObject({
      row: 3,
      meterId: 'M-0001',
      month: '2020-11',
      usage: 'NORMAL',
      zoneCode: '330106001001001',
    });
    expect(normalized!.normalizedAddress).toEqual(expect.any(String));
    expect(normalized!.normalizedAddress.length).toBeGreaterThan(0);
  });
});

describe('validateGridRow', () => {
  it.each<[string, Partial<GridRecordInput>]>([
    ['a complete row', {}],
    ['no phone', { phone: null }],
    ['a blank phone', { phone: '  ' }],
    ['50 persons', { persons: Array.from({ length: 50 }, () => '陈建国') }],
  ])('accepts %s', (_name, items) => {
    expect(codes(validateGridRow(grid(items)).errors)).toEqual([]);
  });

  it.each<[string, Partial<GridRecordInput>, string[]]>([
    ['no grid ID', { gridId: '' }, ['4:gridId:REQUIRED']],
    ['no persons', { persons: [] }, ['4:persons:REQUIRED']],
    ['51 persons', { persons: Array.from({ length: 51 }, () => '陈建国') }, ['4:persons:OUT_OF_RANGE']],
    ['a blank person', { persons: ['陈建国', ' '] }, ['4:persons:REQUIRED']],
    ['a bad phone number', { phone: 'call me' }, ['4:phone:INVALID']],
    ['a small zone that is no code', { zoneCode: 'x' }, ['4:zoneCode:INVALID']],
  ])('rejects %s', (_name, items, expected) => {
    const result = validateGridRow(grid(items));
    expect(codes(result.errors)).toEqual(expected);
    expect(result.normalized).toBeNull();
  });

  it('numbers the person a name problem is about', () => {
    const [error] = validateGridRow(grid({ persons: ['陈建国', ' '] })).errors;
    expect(error.message).toMatch(/^第 2 人：D1 姓名/);
  });

  it('trims names and the phone number of a good row', () => {
    const { normalized } = validateGridRow(grid({ persons: [' 陈建国 '], phone: ' 13700001111 ' }));
    expect(normalized).toMatchObject({
      row: 4,
      gridId: 'G-0001',
      zoneCode: '330106001001',
      persons: ['陈建国'],
      phone: '13700001111',
    });
  });
});
