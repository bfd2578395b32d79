import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

import { checkCitizenIdAgreement } from '../citizen-id';
import { Sex } from '../enums';
import { validateCount } from '../household-rules';
import { validateBirthYearMonth } from '../person-rules';
import { MESSAGE_CATALOGUE, type MessageCode } from './catalogue';
import { catalogueMarkdown } from './catalogue-doc';
import { formatMessage } from './catalogue-format';
import { isMessageCode, MESSAGE_LANGS, negotiateLang } from './format';
import { MESSAGE_PARAM_KINDS, messageParamKind, paramKindProblems } from './param-kinds';

type Element = ReturnType<typeof parse>[number];

/** The argument names of an ICU message, with nested select/plural branches. */
function argumentNames(elements: Element[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentNames(element.children, names);
      continue;
    }
    names.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
  }
  return names;
}

const codes = Object.keys(MESSAGE_CATALOGUE) as MessageCode[];

describe('message catalogue', () => {
  it.each(codes)('%s has Chinese and English ICU texts with the same parameters', (code) => {
    const { zh, en } = MESSAGE_CATALOGUE[code];
    expect(zh.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    const zhNames = [...argumentNames(parse(zh))].sort();
    const enNames = [...argumentNames(parse(en))].sort();
    expect(zhNames).toEqual(enNames);
  });

  it('Chinese texts are Chinese and English texts are not', () => {
    for (const code of codes) {
      expect(MESSAGE_CATALOGUE[code].zh).toMatch(/\p{Script=Han}/u);
      expect(MESSAGE_CATALOGUE[code].en).not.toMatch(/[\u3000-\u303F\uFF00-\uFFEF]/u);
    }
  });

  it('names items as the form does and shows labels of machine values', () => {
    const params = { item: 'household.absentFemale', given: 1, expected: 2 };
    expect(formatMessage('zh', 'household.countsMismatch', params)).toBe(
      'H2 户口在本户外出女填的是 1，但所列人员合计为 2。',
    );
    expect(formatMessage('en', 'household.countsMismatch', params)).toBe(
      'H2 Registered here, away, female is 1 but the persons listed give 2.',
    );
    expect(formatMessage('zh', 'rule.citizenIdSexMismatch', { sex: 'MALE', idSex: 'FEMALE' })).toBe(
      'D4 性别填的是男，但公民身份号码显示为女。',
    );
    expect(
      formatMessage('zh', 'record.versionConflict', { object: 'household', current: 5, expected: 4 }),
    ).toBe('此住户已被他人修改（当前第5版，您编辑的是第4版），请重新打开后再修改。');
    expect(formatMessage('en', 'auth.throttledLogin', { minutes: 1 })).toBe(
      'Too many failed logins; try again in 1 minute.',
    );
  });

  it('falls back to the given text for a code it does not know', () => {
    expect(formatMessage('zh', 'some.newerCode', {}, '服务器的说明')).toBe('服务器的说明');
    expect(formatMessage('en', 'some.newerCode')).toBe('some.newerCode');
  });

  it.each(codes)('%s shows each parameter as its declared kind: quantities as numbers', (code) => {
    for (const lang of MESSAGE_LANGS) {
      const problems = paramKindProblems(MESSAGE_CATALOGUE[code][lang], (name) =>
        messageParamKind(code, name),
      );
      // A parameter without a kind: declare it in param-kinds.ts (by name, or for this code).
      expect({ code, lang, problems }).toEqual({ code, lang, problems: [] });
    }
  });

  it('declares kinds by message only for codes it has and parameters they show', () => {
    for (const [code, kinds] of Object.entries(MESSAGE_PARAM_KINDS)) {
      const names = isMessageCode(code) ? [...argumentNames(parse(MESSAGE_CATALOGUE[code].zh))] : [];
      expect({ code, undeclared: Object.keys(kinds ?? {}).filter((name) => !names.includes(name)) }).toEqual({
        code,
        undeclared: [],
      });
    }
  });

  it('groups the digits of every quantity, in both languages, and shows everything else as given', () => {
    const QUANTITY = 3141592;
    // What an identifier or a year might be: a number that grouping would spoil.
    const AS_GIVEN = 2718281;
    for (const code of codes) {
      const names = argumentNames(parse(MESSAGE_CATALOGUE[code].zh));
      const kinds = [...names].map((name) => [name, messageParamKind(code, name)] as const);
      const params = Object.fromEntries(
        kinds.map(([name, kind]) => [name, kind === 'quantity' ? QUANTITY : kind ? AS_GIVEN : 'x']),
      );
      for (const lang of MESSAGE_LANGS) {
        const text = formatMessage(lang, code, params);
        const shown = {
          code,
          lang,
          ungrouped: text.includes(String(QUANTITY)),
          grouped: text.includes('3,141,592') || !kinds.some(([, kind]) => kind === 'quantity'),
          spoiled: text.includes('2,718,281'),
        };
        expect(shown).toEqual({ code, lang, ungrouped: false, grouped: true, spoiled: false });
      }
    }
  });

  it('writes a limit as people write it, and a year as a year', () => {
    expect(formatMessage('zh', 'limit.cost', { cost: 312500, max: 250000 })).toBe(
      '查询的数据量过大（估计 312,500 个对象，上限 250,000 个），请减小分页。',
    );
    expect(formatMessage('en', 'limit.cost', { cost: 312500, max: 250000 })).toBe(
      'Query cost 312,500 exceeds the limit of 250,000 (estimated objects returned; ask for smaller pages).',
    );
    const [year] = validateBirthYearMonth(2030, 5);
    expect(formatMessage('zh', year.messageCode, year.params)).toBe(
      'D5 出生年填的是 2030，允许范围为 1880–2020。',
    );
    expect(formatMessage('en', year.messageCode, year.params)).toBe(
      'D5 Birth year 2030 is outside 1880-2020.',
    );
  });

  it('formats every message in both languages when given its parameters', () => {
    for (const code of codes)
      for (const lang of MESSAGE_LANGS) expect(() => formatMessage(lang, code, {})).not.toThrow();
  });
});

describe('negotiateLang', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr-FR, en;q=0.5', 'en'],
    ['fr', 'zh'],
    ['zh;q=0.2, en;q=0.7', 'en'],
    ['en;q=0', 'zh'],
  ])('%s gives %s', (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});

describe('rule issues carry a coded message', () => {
  it('a count out of range names the item as the form does', () => {
    const [issue] = validateCount(1000, 'presentFemale');
    expect(issue).toMatchObject({
      messageCode: 'rule.outOfRange',
      params: { item: 'household.presentFemale' },
    });
    expect(formatMessage('zh', issue.messageCode, issue.params)).toBe(
      'H2 现住女填的是 1,000，允许范围为 0–999。',
    );
    expect(formatMessage('en', issue.messageCode, issue.params)).toBe(
      'H2 Present, female 1,000 is outside 0-999.',
    );
  });

  it('a birth month that disagrees with the citizen ID gives both year-months', () => {
    const parsed = { birthDate: { year: 2018, month: 5 }, sex: Sex.MALE };
    const [issue] = checkCitizenIdAgreement(parsed, { birthYear: 2020, birthMonth: 9 });
    expect(formatMessage('zh', issue.messageCode, issue.params)).toBe(
      'D5 出生年月填的是 2020-09，但公民身份号码显示为 2018-05。',
    );
    expect(formatMessage('en', issue.messageCode, issue.params)).toBe(
      'D5 birth year-month is 2020-09 but the citizen ID says 2018-05.',
    );
  });

  it('a localized parameter is shown in the chosen language', () => {
    const [issue] = validateBirthYearMonth(2020, 11);
    expect(formatMessage('zh', issue.messageCode, issue.params)).toMatch(/^D5 出生年月 2020-11 在.+之后。$/);
    expect(formatMessage('en', issue.messageCode, issue.params)).toMatch(
      /^D5 birth year-month 2020-11 is after /,
    );
  });
});

describe('docs/message-codes.md', () => {
  it('lists every code of the catalogue (UPDATE_MESSAGE_DOCS=1 rewrites it)', () => {
    const file = join(__dirname, '..', '..', '..', '..', 'docs', 'message-codes.md');
    const expected = catalogueMarkdown();
    if (process.env.UPDATE_MESSAGE_DOCS === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
