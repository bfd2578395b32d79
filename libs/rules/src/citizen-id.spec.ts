import { CENSUS_REFERENCE_MOMENT, citizenIdCheckCharacter, parseCitizenId, Sex } from './index';

/** The two worked examples printed in GB 11643-1999. */
const STANDARD_EXAMPLES = ['11010519491231002X', '440524188001010014'];

/** The census reference moment of the 7th census, 2020-11-01 00:00 Beijing time. */
const CENSUS_DAY = CENSUS_REFERENCE_MOMENT;

/** Independent formulation of ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11. */
function referenceCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function withCheck(first17: string): string {
  return first17 + referenceCheckCharacter(first17);
}

function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

describe('citizenIdCheckCharacter', () => {
  it.each(STANDARD_EXAMPLES)('matches the standard example %s', (id) => {
    expect(citizenIdCheckCharacter(id.slice(0, 17))).toBe(id[17]);
  });

  it('agrees with an independent formulation and yields all eleven characters', () => {
    const seen = new Set<string>();
    for (let sequence = 0; sequence < 200; sequence++) {
      const first17 = `32010219880515${String(sequence).padStart(3, '0')}`;
      const check = citizenIdCheckCharacter(first17);
      expect(check).toBe(referenceCheckCharacter(first17));
      seen.add(check);
    }
    expect([...seen].sort()).toMatchObject(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100a', ''])('throws for %p', (input) => {
    expect(() => citizenIdCheckCharacter(input)).toThrow(RangeError);
  });
});

describe('parseCitizenId: valid numbers', () => {
  it('parses the standard example with an X check character', () => {
    expect(parseCitizenId('11010519491231002X', CENSUS_DAY)).toEqual({
      ok: true,
      value: {
        id: '11010519491231002X',
        regionCode: '110105',
        birthDate: { year: 1949, month: 12, day: 31 },
        sex: Sex.FEMALE,
      },
    });
  });

  it('parses the standard example born on the earliest accepted day, 1880-01-01', () => {
    expect(parseCitizenId('440524188001010014', CENSUS_DAY)).toMatchObject({
      ok: true,
      value: { regionCode: '440524', birthDate: { year: 1880, month: 1, day: 1 }, sex: Sex.MALE },
    });
  });

  it('trims, upper-cases a trailing x and folds full-width characters', () => {
    const expected = { ok: true, value: { id: '11010519491231002X' } };
    expect(parseCitizenId('  11010519491231002x \n', CENSUS_DAY)).toMatchObject(expected);
    expect(parseCitizenId('１１０１０５１９４９１２３１００２Ｘ', CENSUS_DAY)).toMatchObject(expected);
    expect(parseCitizenId('11010519491231002ｘ', CENSUS_DAY)).toMatchObject(expected);
  });

  it('reads the sex from the parity of the 17th digit', () => {
    expect(parseCitizenId(withCheck('33010619850712341'))).toMatchObject({
      ok: true,
      value: { sex: Sex.MALE },
    });
    expect(parseCitizenId(withCheck('33010619850712348'))).toMatchObject({
      ok: true,
      value: { sex: Sex.FEMALE },
    });
  });

  it('accepts a person born on Oct 31 2020, but not on Nov 1: the reference moment is Nov 1 00:00 Beijing time', () => {
    expect(parseCitizenId(withCheck('11010520201031001')).ok).toBe(true);
    expect(parseCitizenId(withCheck('11010520201101001'))).toMatchObject({
      ok: false,
      code: 'INVALID_BIRTH_DATE',
      message:
        "Citizen ID birth date '20201101' is after the census reference moment (2020-11-01 00:00 Beijing time)",
    });
  });

  it('compares with the census reference moment, not with today, unless given another moment', () => {
    expect(parseCitizenId(withCheck('11010520210305001'))).toMatchObject({ code: 'INVALID_BIRTH_DATE' });
    expect(parseCitizenId(withCheck('11010520210305001'), new Date('2021-03-05T12:00:00+08:00')).ok).toBe(
      true,
    );
    // Births of that very day may fall before a moment in the afternoon.
    expect(parseCitizenId(withCheck('11010520210305001'), new Date('2021-03-04T23:59:00+08:00')).ok).toBe(
      false,
    );
  });
});

describe('parseCitizenId: birth dates', () => {
  it.each([
    ['20000229', true, 'leap year divisible by 400'],
    ['20200229', true, 'ordinary leap year'],
    ['19000229', false, 'century that is not a leap year'],
    ['20190229', false, 'non-leap year'],
    ['20190228', true, 'last day of February'],
    ['19490230', false, 'February 30'],
    ['19490431', false, 'April 31'],
    ['19491232', false, 'day 32'],
    ['19491200', false, 'day 0'],
    ['19491301', false, 'month 13'],
    ['19490001', false, 'month 0'],
    ['18791231', false, 'day before 1880-01-01'],
    ['18800101', true, '1880-01-01'],
  ])('%s is valid=%s (%s)', (date, valid, _why) => {
    const result = parseCitizenId(withCheck(`110105${date}002`), CENSUS_DAY);
    expect(result.ok).toBe(valid);
    if (!valid) expect(result).toMatchObject({ ok: false, code: 'INVALID_BIRTH_DATE' });
  });

  it('explains each kind of bad date', () => {
    const message = (date: string): string => {
      const result = parseCitizenId(withCheck(`110105${date}002`), CENSUS_DAY);
      return result.ok ? '' : result.message;
    };
    expect(message('20190229')).toBe(
      "Citizen ID birth date '20190229' is not a real date (2019-02 has 28 days)",
    );
    expect(message('19491301')).toBe("Citizen ID birth date '19491301' has month 13, which does not exist");
    expect(message('18791231')).toBe("Citizen ID birth date '18791231' is before 1880-01-01");
    expect(message('20201102')).toBe(
      "Citizen ID birth date '20201102' is after the census reference moment (2020-11-01 00:00 Beijing time)",
    );
  });
});

describe('parseCitizenId: invalid numbers', () => {
  it('rejects an empty value', () => {
    expect(parseCitizenId(' ')).toMatchObject({
      ok: false,
      code: 'REQUIRED',
      message: 'Citizen ID is empty',
    });
  });

  it.each([
    ['11010519491231002', 17],
    ['11010519491231002X1', 19],
    ['1101051949', 10],
  ])('rejects %s with %i characters', (input, length) => {
    expect(parseCitizenId(input)).toMatchObject({
      ok: false,
      code: 'INVALID_LENGTH',
      message: `Citizen ID has ${length} characters; expected 18`,
    });
  });

  it('explains that 15-digit first-generation numbers are no longer valid', () => {
    expect(parseCitizenId('110105491231002')).toMatchObject({
      ok: false,
      code: 'INVALID_LENGTH',
      message:
        'Citizen ID has 15 characters; expected 18 (15-digit first-generation numbers are no longer valid)',
    });
  });

  it.each([
    [
      '1101051949123I002X',
      "Citizen ID character 14 is 'I'; only digits are allowed, and 'X' as the last character",
    ],
    [
      'X10105194912310021',
      "Citizen ID character 1 is 'X'; only digits are allowed, and 'X' as the last character",
    ],
    [
      '11010519491231002Y',
      "Citizen ID character 18 is 'Y'; only digits are allowed, and 'X' as the last character",
    ],
    [
      '110105 19491231002',
      "Citizen ID character 7 is ' '; only digits are allowed, and 'X' as the last character",
    ],
    [
      '11010519491231\u0000002',
      '公民身份号码第 15 个字符是看不见的 U+0000 空字符，请删去。 Citizen ID character 15 is the invisible U+0000 NULL; remove it',
    ],
    [
      '1101051949123100😀2',
      "Citizen ID character 17 is '😀'; only digits are allowed, and 'X' as the last character",
    ],
  ])('rejects the characters of %p', (input, message) => {
    expect(parseCitizenId(input)).toMatchObject({ ok: false, code: 'INVALID_CHARACTERS', message });
  });

  it.each(['00', '10', '16', '20', '38', '47', '55', '66', '70', '80', '84', '91', '92', '99'])(
    'rejects region codes starting with %s, which is no province code',
    (province) => {
      expect(parseCitizenId(withCheck(`${province}010519491231002`))).toMatchObject({
        ok: false,
        code: 'INVALID_REGION',
        message:
          `公民身份号码的地址码 ${province}0105 不以省级行政区划代码开头（11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82）。 ` +
          `Citizen ID region code '${province}0105' does not start with a province code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82)`,
      });
    },
  );

  it.each([
    '110105',
    '150102',
    '230104',
    '370102',
    '460201',
    '500101',
    '542621',
    '650102',
    '710000',
    '810000',
    '820000',
    '830000',
  ])(
    'accepts region code %s: every province, Taiwan, Hong Kong and Macao, and residence permits (83)',
    (region) => {
      expect(parseCitizenId(withCheck(`${region}19491231002`)).ok).toBe(true);
    },
  );

  it('keeps a withdrawn county code inside a real province valid (older IDs keep theirs)', () => {
    // 110103 (Chongwen district, merged into Dongcheng in 2010) and 330102 (Shangcheng before 2021).
    expect(parseCitizenId(withCheck('11010319700101001')).ok).toBe(true);
    expect(parseCitizenId(withCheck('33010219700101001')).ok).toBe(true);
  });

  it.each([
    ['\u200B', 1, 'U+200B ZERO WIDTH SPACE', 'U+200B 零宽空格'],
    ['\u200D', 10, 'U+200D ZERO WIDTH JOINER', 'U+200D 零宽连字'],
    ['\u202E', 18, 'U+202E RIGHT-TO-LEFT OVERRIDE', 'U+202E 从右至左覆盖'],
    ['\u00AD', 7, 'U+00AD SOFT HYPHEN', 'U+00AD 软连字符'],
  ])('names an invisible %p at position %i instead of counting 19 characters', (ch, at, en, zh) => {
    const id = '11010519491231002X';
    const input = `${id.slice(0, at - 1)}${ch}${id.slice(at - 1)}`;
    expect([...input].length).toBe(19);
    expect(parseCitizenId(input)).toMatchObject({
      ok: false,
      code: 'INVALID_CHARACTERS',
      message: `公民身份号码第 ${at} 个字符是看不见的 ${zh}，请删去。 Citizen ID character ${at} is the invisible ${en}; remove it`,
    });
  });

  it('says which check character was expected', () => {
    expect(parseCitizenId('110105194912310023')).toMatchObject({
      ok: false,
      code: 'INVALID_CHECK_CHARACTER',
      message: "Citizen ID check character is '3' but should be 'X'",
    });
    expect(parseCitizenId('44052418800101001X')).toMatchObject({
      ok: false,
      message: "Citizen ID check character is 'X' but should be '4'",
    });
  });

  it('catches a single mistyped digit and swapped neighbours', () => {
    const id = '11010519491231002X';
    expect(parseCitizenId('11010619491231002X')).toMatchObject({ code: 'INVALID_CHECK_CHARACTER' });
    const swapped = `${id.slice(0, 13)}${id[14]}${id[13]}${id.slice(15)}`;
    expect(swapped).toBe('11010519491230102X');
    expect(parseCitizenId(swapped)).toMatchObject({ code: 'INVALID_CHECK_CHARACTER' });
    expect(parseCitizenId(withWrongCheck(withCheck('42010219900817503')))).toMatchObject({
      code: 'INVALID_CHECK_CHARACTER',
    });
  });

  it('never repeats the whole number in a message', () => {
    for (const input of [
      '110105194912310023',
      '1101051949123100233',
      '11010519491331002X',
      '1101051949123I002X',
    ]) {
      const result = parseCitizenId(input);
      expect(!result.ok && result.message).not.toContain(input.slice(0, 14));
    }
  });
});
