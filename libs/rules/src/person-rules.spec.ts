import { validateBirthYearMonth, validatePersonName, validatePhone } from './index';

const CENSUS_DAY = new Date(2020, 10, 1);

describe('validatePersonName', () => {
  it.each([
    '张三',
    '欧阳娜娜',
    '买买提·艾力',
    '阿依古丽·吐尔逊',
    'John Smith',
    '𠇔一', // a name character outside the Basic Multilingual Plane
    '  李四  ',
    '张'.repeat(50),
  ])('accepts %p', (name) => {
    expect(validatePersonName(name)).toEqual([]);
  });

  it.each([null, undefined, '', '   ', '\u3000'])('requires a name, not %p', (name) => {
    expect(validatePersonName(name)).toEqual([
      { item: 'name', code: 'REQUIRED', message: 'Name is required' },
    ]);
  });

  it('allows at most 50 characters, counting rare characters once', () => {
    expect(validatePersonName('𠇔'.repeat(50))).toEqual([]);
    expect(validatePersonName('张'.repeat(51))).toEqual([
      { item: 'name', code: 'INVALID_LENGTH', message: 'Name has 51 characters; at most 50 are allowed' },
    ]);
  });

  it.each([
    ['张3', '3'],
    ['李四２', '２'],
    ['王五 1号', '1'],
  ])('rejects the digit in %p', (name, digit) => {
    expect(validatePersonName(name)).toEqual([
      {
        item: 'name',
        code: 'INVALID_CHARACTERS',
        message: `Name contains the digit '${digit}'; names may not contain digits`,
      },
    ]);
  });

  it('rejects control characters and shows them visibly', () => {
    expect(validatePersonName('张\u0007三')).toEqual([
      { item: 'name', code: 'INVALID_CHARACTERS', message: "Name contains the control character 'U+0007'" },
    ]);
    expect(validatePersonName('张\n三')).toMatchObject([{ code: 'INVALID_CHARACTERS' }]);
  });

  it('reports every problem at once', () => {
    expect(validatePersonName(`${'张'.repeat(50)}3\t三`).map((issue) => issue.code)).toEqual([
      'INVALID_LENGTH',
      'INVALID_CHARACTERS',
      'INVALID_CHARACTERS',
    ]);
  });
});

describe('validateBirthYearMonth', () => {
  it.each([
    [1880, 1],
    [1949, 12],
    [2020, 11],
    [2020, 1],
  ])('accepts %i-%i', (year, month) => {
    expect(validateBirthYearMonth(year, month, CENSUS_DAY)).toEqual([]);
  });

  it('requires both items', () => {
    expect(validateBirthYearMonth(null, undefined, CENSUS_DAY)).toEqual([
      { item: 'birthYear', code: 'REQUIRED', message: 'Birth year is required' },
      { item: 'birthMonth', code: 'REQUIRED', message: 'Birth month is required' },
    ]);
  });

  it('rejects years outside 1880 to this year', () => {
    expect(validateBirthYearMonth(1879, 6, CENSUS_DAY)).toEqual([
      { item: 'birthYear', code: 'OUT_OF_RANGE', message: 'Birth year 1879 is outside 1880-2020' },
    ]);
    expect(validateBirthYearMonth(2021, 1, CENSUS_DAY)).toMatchObject([
      { item: 'birthYear', code: 'OUT_OF_RANGE' },
    ]);
  });

  it.each([0, 13, -1])('rejects month %i', (month) => {
    expect(validateBirthYearMonth(1990, month, CENSUS_DAY)).toEqual([
      { item: 'birthMonth', code: 'OUT_OF_RANGE', message: `Birth month ${month} is outside 1-12` },
    ]);
  });

  it('rejects fractions and NaN', () => {
    expect(validateBirthYearMonth(1990.5, Number.NaN, CENSUS_DAY)).toEqual([
      { item: 'birthYear', code: 'INVALID_NUMBER', message: 'Birth year must be a whole number; got 1990.5' },
      { item: 'birthMonth', code: 'INVALID_NUMBER', message: 'Birth month must be a whole number; got NaN' },
    ]);
  });

  it('rejects a month later this year', () => {
    expect(validateBirthYearMonth(2020, 12, CENSUS_DAY)).toEqual([
      {
        item: 'birthMonth',
        code: 'OUT_OF_RANGE',
        message: 'Birth year-month 2020-12 is in the future (today is 2020-11-01)',
      },
    ]);
  });

  it('defaults today to now', () => {
    const now = new Date();
    expect(validateBirthYearMonth(now.getFullYear(), now.getMonth() + 1)).toEqual([]);
    expect(validateBirthYearMonth(now.getFullYear() + 1, 1)).toMatchObject([{ code: 'OUT_OF_RANGE' }]);
  });
});

describe('validatePhone', () => {
  it.each([
    '13812345678',
    '19912345678',
    '15000000000',
    '010-12345678',
    '01012345678',
    '0755-1234567',
    '0755-12345678',
    '07551234567',
    '021-1234567',
  ])('accepts %p', (phone) => {
    expect(validatePhone(phone)).toEqual([]);
  });

  it.each([null, undefined, ''])('requires a value, not %p', (phone) => {
    expect(validatePhone(phone)).toEqual([{ item: 'phone', code: 'REQUIRED', message: 'Phone is required' }]);
  });

  it.each([
    '12812345678', // no 12x mobile prefix
    '1381234567', // 10 digits
    '138123456789', // 12 digits
    '138 1234 5678', // spaces are not stored
    ' 13812345678',
    '10-12345678', // area code must start with 0
    '010-123456', // 6-digit local number
    '010-123456789',
    '00755-1234567', // area code too long
    '+8613812345678',
    'abc',
  ])('rejects %p and names it', (phone) => {
    expect(validatePhone(phone)).toEqual([
      {
        item: 'phone',
        code: 'INVALID_FORMAT',
        message: `Phone '${phone}' is neither an 11-digit mainland mobile number (13x-19x) nor a landline with area code (e.g. 010-12345678)`,
      },
    ]);
  });
});
