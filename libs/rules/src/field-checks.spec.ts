import { checkInteger, checkPresent } from './field-checks';

describe('checkInteger', () => {
  it.each<[number | null | undefined, string[]]>([
    [0, []],
    [5, []],
    [10, []],
    [null, ['REQUIRED:Rooms is required']],
    [undefined, ['REQUIRED:Rooms is required']],
    [2.5, ['INVALID_NUMBER:Rooms must be a whole number; got 2.5']],
    [Number.NaN, ['INVALID_NUMBER:Rooms must be a whole number; got NaN']],
    [-1, ['OUT_OF_RANGE:Rooms -1 is outside 0-10']],
    [11, ['OUT_OF_RANGE:Rooms 11 is outside 0-10']],
  ])('%p within 0-10 gives %j', (value, expected) => {
    const issues = checkInteger('rooms', 'Rooms', value, 0, 10);
    expect(issues.map((i) => `${i.code}:${i.message}`)).toEqual(expected);
    for (const issue of issues) expect(issue.item).toBe('rooms');
  });
});

describe('checkPresent', () => {
  it.each<[string | null | undefined, string | null]>([
    ['陈', null],
    [' ', null],
    ['', 'REQUIRED'],
    [null, 'REQUIRED'],
    [undefined, 'REQUIRED'],
  ])('%p gives %p', (value, expected) => {
    expect(checkPresent('name', 'Name', value)?.code ?? null).toBe(expected);
  });
});
