import {
  checkCitizenIdAgreement,
  makeCitizenId,
  maskCitizenId,
  maskPhone,
  parseCitizenId,
  Sex,
} from './index';

/** Census reference moment of the 7th census, as a fixed "today". */
const CENSUS_DAY = new Date(2020, 10, 1);

describe('checkCitizenIdAgreement', () => {
  const parsed = { birthDate: { year: 1949, month: 12 }, sex: Sex.FEMALE };

  it('is silent when D4 and D5 agree with D3', () => {
    expect(checkCitizenIdAgreement(parsed, { sex: Sex.FEMALE, birthYear: 1949, birthMonth: 12 })).toEqual([]);
  });

  it('does not compare items that are not filled in', () => {
    expect(checkCitizenIdAgreement(parsed, {})).toEqual([]);
    expect(checkCitizenIdAgreement(parsed, { sex: null, birthYear: null, birthMonth: null })).toEqual([]);
  });

  it('reports a sex mismatch', () => {
    expect(checkCitizenIdAgreement(parsed, { sex: Sex.MALE })).toMatchObject([
      { item: 'sex', code: 'MISMATCH', message: 'Sex is Male but the citizen ID says Female' },
    ]);
  });

  it('reports a birth year or month mismatch', () => {
    expect(checkCitizenIdAgreement(parsed, { birthYear: 1950, birthMonth: 12 })).toMatchObject([
      {
        item: 'birthYearMonth',
        code: 'MISMATCH',
        message: 'Birth year-month is 1950-12 but the citizen ID says 1949-12',
      },
    ]);
    expect(checkCitizenIdAgreement(parsed, { birthYear: 1949, birthMonth: 1 })).toMatchObject([
      { item: 'birthYearMonth', message: 'Birth year-month is 1949-01 but the citizen ID says 1949-12' },
    ]);
    expect(checkCitizenIdAgreement(parsed, { birthMonth: 11 })).toMatchObject([
      { message: 'Birth year-month is ????-11 but the citizen ID says 1949-12' },
    ]);
  });

  it('reports both mismatches at once, using a parsed ID directly', () => {
    const result = parseCitizenId(makeCitizenId('320102', { year: 1988, month: 5, day: 15 }, 31, Sex.MALE));
    if (!result.ok) throw new Error(result.message);
    const issues = checkCitizenIdAgreement(result.value, { sex: Sex.FEMALE, birthYear: 1988, birthMonth: 6 });
    expect(issues.map((issue) => issue.item)).toMatchObject(['sex', 'birthYearMonth']);
  });
});

describe('maskCitizenId', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    expect(maskCitizenId('110105194912311234')).toBe('110105********1234');
    expect(maskCitizenId(' 11010519491231002X ')).toBe('110105********002X');
  });

  it('masks anything that is not 18 characters completely', () => {
    expect(maskCitizenId('110105491231002')).toBe('***************');
    expect(maskCitizenId('')).toBe('');
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['010-12345678', '010*******78'],
    ['07551234567', '075******67'],
    ['12345', '*****'],
    ['', ''],
  ])('masks %p as %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('makeCitizenId', () => {
  it('builds numbers that parse back to the same facts', () => {
    const cases = [
      { region: '110105', birth: { year: 1949, month: 12, day: 31 }, sex: Sex.FEMALE },
      { region: '440524', birth: { year: 1880, month: 1, day: 1 }, sex: Sex.MALE },
      { region: '650102', birth: { year: 2000, month: 2, day: 29 }, sex: Sex.MALE },
      { region: '810000', birth: { year: 2020, month: 10, day: 31 }, sex: Sex.FEMALE },
    ];
    for (const { region, birth, sex } of cases) {
      for (const sequence of [0, 1, 2, 500, 998, 999]) {
        const id = makeCitizenId(region, birth, sequence, sex);
        expect(parseCitizenId(id, CENSUS_DAY)).toEqual({
          ok: true,
          value: { id, regionCode: region, birthDate: birth, sex },
        });
      }
    }
  });

  it('reproduces the standard example', () => {
    expect(makeCitizenId('110105', { year: 1949, month: 12, day: 31 }, 2, Sex.FEMALE)).toBe(
      '11010519491231002X',
    );
  });

  it('moves the sequence to the right parity for the sex', () => {
    const sequenceOf = (id: string): string => id.slice(14, 17);
    const birth = { year: 1990, month: 1, day: 1 };
    expect(sequenceOf(makeCitizenId('110105', birth, 12, Sex.MALE))).toBe('013');
    expect(sequenceOf(makeCitizenId('110105', birth, 13, Sex.MALE))).toBe('013');
    expect(sequenceOf(makeCitizenId('110105', birth, 13, Sex.FEMALE))).toBe('014');
    expect(sequenceOf(makeCitizenId('110105', birth, 999, Sex.FEMALE))).toBe('998');
    expect(sequenceOf(makeCitizenId('110105', birth, 0, Sex.MALE))).toBe('001');
  });

  it('refuses bad input', () => {
    const birth = { year: 1990, month: 1, day: 1 };
    expect(() => makeCitizenId('11010', birth, 1, Sex.MALE)).toThrow(RangeError);
    expect(() => makeCitizenId('990105', birth, 1, Sex.MALE)).toThrow(RangeError);
    expect(() => makeCitizenId('110105', { year: 2019, month: 2, day: 29 }, 1, Sex.MALE)).toThrow(RangeError);
    expect(() => makeCitizenId('110105', birth, 1000, Sex.MALE)).toThrow(RangeError);
    expect(() => makeCitizenId('110105', birth, -1, Sex.MALE)).toThrow(RangeError);
    expect(() => makeCitizenId('110105', birth, 1.5, Sex.MALE)).toThrow(RangeError);
  });
});
