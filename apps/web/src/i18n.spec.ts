import { ITEM_LABELS, paramKindProblems } from '@census/rules';

import { errorText, LANGS, serverText, storedLang, translate } from './i18n';
import { type MessageKey, MESSAGES, WEB_MESSAGE_PARAM_KINDS, WEB_PARAM_KINDS } from './messages';

/** The parameters a text shows as given (`{name}`) or as a number (`{name, number}`). */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:, number)?\}/g)].map((m) => m[1]).sort();

describe('translation table', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    const zhKeys = Object.keys(MESSAGES.zh).sort();
    const enKeys = Object.keys(MESSAGES.en).sort();
    expect(enKeys).toEqual(zhKeys);
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        expect({ key, lang, empty: text.trim() === '' }).toEqual({ key, lang, empty: false });
      }
    }
    for (const key of zhKeys) {
      const zh = MESSAGES.zh[key as keyof typeof MESSAGES.zh];
      const en = MESSAGES.en[key as keyof typeof MESSAGES.en];
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(zh) });
    }
  });

  it('shows every parameter as its declared kind: quantities as numbers, identifiers as given', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        const own = WEB_MESSAGE_PARAM_KINDS[key as MessageKey];
        const problems = paramKindProblems(text, (name) => own?.[name] ?? WEB_PARAM_KINDS[name]);
        // A parameter without a kind: declare it in WEB_PARAM_KINDS (messages.ts).
        expect({ key, lang, problems }).toEqual({ key, lang, problems: [] });
      }
    }
  });

  it('groups the digits of a quantity in the language shown, and leaves a household number as it is', () => {
    expect(translate('zh', 'small.count', { count: 12345 })).toBe('共 12,345 户');
    expect(translate('en', 'small.count', { count: 12345 })).toBe('12,345 households');
    expect(translate('zh', 'audit.exportLimit', { max: 10000 })).toBe(
      '最多导出 10,000 条，已导出前 10,000 条；请缩小筛选范围。',
    );
    expect(translate('zh', 'map.householdsOf', { number: '1024', count: 1024 })).toBe(
      '1024 号建筑物的住户（1,024 户）',
    );
    expect(translate('en', 'map.householdsOf', { number: '1024', count: 1024 })).toBe(
      'Households of building 1024 (1,024)',
    );
  });

  it('fills placeholders and defaults to Chinese', () => {
    expect(translate('zh', 'small.count', { count: 94 })).toBe('共 94 户');
    expect(translate('en', 'small.count', { count: 94 })).toBe('94 households');
    expect(storedLang({ getItem: () => null })).toBe('zh');
    expect(storedLang({ getItem: () => 'en' })).toBe('en');
    expect(storedLang({ getItem: () => 'fr' })).toBe('zh');
  });
});

describe('server messages', () => {
  const conflict = {
    message: '此住户已被他人修改（当前第5版，您编辑的是第4版），请重新打开后再修改。',
    messageCode: 'record.versionConflict',
    params: { object: 'household', current: 5, expected: 4 },
  };

  it('renders a userError from its code and params in the chosen language', () => {
    expect(serverText('zh', conflict)).toBe(conflict.message);
    expect(serverText('en', conflict)).toBe(
      'This household was changed by someone else (it is now at version 5; you edited version 4). Reopen it and make your change again.',
    );
  });

  it("falls back to the server's message for a code it does not know, or none", () => {
    expect(serverText('en', { message: '新的说明', messageCode: 'future.code', params: {} })).toBe(
      '新的说明',
    );
    expect(serverText('en', { message: 'plain' })).toBe('plain');
  });

  it('renders a coded GraphQL error of a failed request', () => {
    const error = Object.assign(new Error('request failed'), {
      errors: [
        {
          message: '您的账号角色无权进行此操作。',
          extensions: { code: 'FORBIDDEN', messageCode: 'auth.forbidden' },
        },
      ],
    });
    expect(errorText('en', error)).toBe('Your role may not do this.');
    expect(errorText('zh', new Error('offline'))).toBe('offline');
  });

  it('names the short-form items with the labels the server uses', () => {
    expect(translate('zh', 'household.absentFemale')).toBe(ITEM_LABELS['household.absentFemale'].zh);
    expect(translate('en', 'person.birthYear')).toBe(ITEM_LABELS['person.birthYear'].en);
  });

  it('leaves a parameter that was not given visible', () => {
    expect(translate('zh', 'small.count')).toBe('共 {count} 户');
  });
});
