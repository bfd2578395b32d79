import {
  ageAt,
  CENSUS_REFERENCE_MOMENT,
  normalizePersonName,
  validateBirthYearMonth,
  validateNameCharacters,
  validatePersonName,
  validatePhone,
} from './index';

const CENSUS_DAY = CENSUS_REFERENCE_MOMENT;

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
    expect(validatePersonName(name)).toMatchObject([
      { item: 'name', code: 'REQUIRED', message: 'Name is required' },
    ]);
  });

  it('allows at most 50 characters, counting rare characters once', () => {
    expect(validatePersonName('𠇔'.repeat(50))).toEqual([]);
    expect(validatePersonName('张'.repeat(51))).toMatchObject([
      { item: 'name', code: 'INVALID_LENGTH', message: 'Name has 51 characters; at most 50 are allowed' },
    ]);
  });

  it.each([
    ['张3', '3'],
    ['李四２', '２'],
    ['王五 1号', '1'],
  ])('rejects the digit in %p', (name, digit) => {
    expect(validatePersonName(name)).toMatchObject([
      {
        item: 'name',
        code: 'INVALID_CHARACTERS',
        message: `Name contains the digit '${digit}'; names may not contain digits`,
      },
    ]);
  });

  it('rejects control characters and shows them visibly', () => {
    expect(validatePersonName('张\u0007三')).toMatchObject([
      {
        item: 'name',
        code: 'INVALID_CHARACTERS',
        message:
          '姓名第 2 个字符是看不见的 U+0007 控制字符，请删去。 Name character 2 is the invisible U+0007, a control character; remove it',
      },
    ]);
    expect(validatePersonName('张\n三')).toMatchObject([{ code: 'INVALID_CHARACTERS' }]);
  });

  it('reports every problem at once', () => {
    expect(validatePersonName(`${'张'.repeat(50)}3\t三`).map((issue) => issue.code)).toMatchObject([
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
    [2020, 10],
    [2020, 1],
  ])('accepts %i-%i', (year, month) => {
    expect(validateBirthYearMonth(year, month, CENSUS_DAY)).toEqual([]);
  });

  it('requires both items', () => {
    expect(validateBirthYearMonth(null, undefined, CENSUS_DAY)).toMatchObject([
      { item: 'birthYear', code: 'REQUIRED', message: 'Birth year is required' },
      { item: 'birthMonth', code: 'REQUIRED', message: 'Birth month is required' },
    ]);
  });

  it('rejects years outside 1880 to this year', () => {
    expect(validateBirthYearMonth(1879, 6, CENSUS_DAY)).toMatchObject([
      {
        item: 'birthYear',
        code: 'OUT_OF_RANGE',
        message: 'Birth year 1879 is outside 1880-2020',
        // A year, shown as written (1879, never 1,879).
        messageCode: 'rule.calendarOutOfRange',
      },
    ]);
    expect(validateBirthYearMonth(2021, 1, CENSUS_DAY)).toMatchObject([
      { item: 'birthYear', code: 'OUT_OF_RANGE' },
    ]);
  });

  it.each([0, 13, -1])('rejects month %i', (month) => {
    expect(validateBirthYearMonth(1990, month, CENSUS_DAY)).toMatchObject([
      { item: 'birthMonth', code: 'OUT_OF_RANGE', message: `Birth month ${month} is outside 1-12` },
    ]);
  });

  it('rejects fractions and NaN', () => {
    expect(validateBirthYearMonth(1990.5, Number.NaN, CENSUS_DAY)).toMatchObject([
      { item: 'birthYear', code: 'INVALID_NUMBER', message: 'Birth year must be a whole number; got 1990.5' },
      { item: 'birthMonth', code: 'INVALID_NUMBER', message: 'Birth month must be a whole number; got NaN' },
    ]);
  });

  it('rejects a month later this year', () => {
    expect(validateBirthYearMonth(2020, 12, CENSUS_DAY)).toMatchObject([
      {
        item: 'birthMonth',
        code: 'OUT_OF_RANGE',
        message:
          '出生年月 2020-12 在普查标准时点（2020-11-01 00:00 北京时间）之后。 Birth year-month 2020-12 is after the census reference moment (2020-11-01 00:00 Beijing time)',
      },
    ]);
  });

  it('compares with the census reference moment by default: 2020-10 is the last month, not today', () => {
    expect(validateBirthYearMonth(2020, 10)).toEqual([]);
    expect(validateBirthYearMonth(2020, 11)).toMatchObject([{ item: 'birthMonth', code: 'OUT_OF_RANGE' }]);
    expect(validateBirthYearMonth(2021, 1)).toMatchObject([{ item: 'birthYear', code: 'OUT_OF_RANGE' }]);
    const now = new Date();
    expect(validateBirthYearMonth(now.getFullYear(), 1, now)).toEqual([]);
  });

  it('counts ages in completed years at the reference moment (born in November: not yet had the birthday)', () => {
    expect(ageAt(2004, 10)).toBe(16);
    expect(ageAt(2004, 11)).toBe(15);
    expect(ageAt(2020, 10)).toBe(0);
    expect(ageAt(1949, 12)).toBe(70);
  });
});

describe('names: invisible characters, lossy exports, dots and spaces', () => {
  it('refuses a name of two zero-width spaces, naming the character', () => {
    expect(validatePersonName('\u200B\u200B')).toMatchObject([
      {
        item: 'name',
        code: 'INVALID_CHARACTERS',
        message:
          '姓名第 1 个字符是看不见的 U+200B 零宽空格，请删去。 Name character 1 is the invisible U+200B ZERO WIDTH SPACE; remove it',
      },
    ]);
  });

  it.each([
    ['王\u200D洋', 2, 'U+200D 零宽连字'],
    ['王洋\u202E俊', 3, 'U+202E 从右至左覆盖'],
    ['王\uFEFF洋', 2, 'U+FEFF 零宽不换行空格（字节顺序标记）'],
    ['王洋\u2060', 3, 'U+2060 词连接符'],
    ['\u3164', 1, 'U+3164 韩文填充符'],
    ['王\u2029洋', 2, 'U+2029 段分隔符'],
    ['王\u061C洋', 2, 'U+061C 不可见的格式字符'],
  ])('names the invisible character of %p and its position', (name, at, zh) => {
    const issues = validateNameCharacters(name);
    expect(issues).toMatchObject([{ item: 'name', code: 'INVALID_CHARACTERS' }]);
    expect(issues[0].message).toContain(`姓名第 ${at} 个字符是看不见的 ${zh}，请删去。`);
  });

  it("refuses '?' where a lossy export dropped a character (𠮷野家 became ?野家), and U+FFFD", () => {
    const [question] = validatePersonName('?野家');
    expect(question).toMatchObject({ item: 'name', code: 'INVALID_CHARACTERS' });
    expect(question.message).toMatch(
      /^姓名第 1 个字符是问号“\?”：.*𠮷.* Name character 1 is a question mark '\?'/,
    );
    expect(validatePersonName('王？')).toMatchObject([{ code: 'INVALID_CHARACTERS' }]);
    const [replacement] = validatePersonName('鐜嬫磱\uFFFD');
    expect(replacement.message).toContain('姓名第 4 个字符是 U+FFFD 替换字符（乱码）');
    expect(validatePersonName('𠮷野家')).toEqual([]);
  });

  it('refuses other ASCII punctuation but keeps what Latin-script names use', () => {
    for (const name of ['张#三', '李_四', 'a@b', '王(洋)', '赵;钱']) {
      expect(validatePersonName(name)).toMatchObject([{ code: 'INVALID_CHARACTERS' }]);
    }
    for (const name of ["Mary-Jane O'Neil", 'J. R. Smith', 'Dupont-Aignan']) {
      expect(validatePersonName(name)).toEqual([]);
    }
  });

  it.each([
    ['阿卜杜•热合曼', '阿卜杜·热合曼'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼'],
    ['阿卜杜．热合曼', '阿卜杜·热合曼'],
    ['阿卜杜‧热合曼', '阿卜杜·热合曼'],
    ['阿卜杜･热合曼', '阿卜杜·热合曼'],
    ['阿卜杜.热合曼', '阿卜杜·热合曼'],
    ['阿卜杜 · 热合曼', '阿卜杜·热合曼'],
    ['王\u3000洋', '王洋'],
    ['王\u00A0 洋', '王洋'],
    [' 欧阳\u3000娜娜 ', '欧阳娜娜'],
    ['John\u00A0\u00A0Smith', 'John Smith'],
    ['J.  Smith', 'J. Smith'],
    ['Jose\u0301', 'José'],
  ])('normalizes %p to %p so it matches', (input, output) => {
    expect(normalizePersonName(input)).toBe(output);
    expect(validatePersonName(input)).toEqual([]);
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
    expect(validatePhone(phone)).toMatchObject([
      { item: 'phone', code: 'REQUIRED', message: 'Phone is required' },
    ]);
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
    expect(validatePhone(phone)).toMatchObject([
      {
        item: 'phone',
        code: 'INVALID_FORMAT',
        message: `Phone '${phone}' is neither an 11-digit mainland mobile number (13x-19x) nor a landline with area code (e.g. 010-12345678)`,
      },
    ]);
  });
});
