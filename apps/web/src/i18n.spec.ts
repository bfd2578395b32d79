import { LANGS, MESSAGES, storedLang, translate } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

  it('fills placeholders and defaults to Chinese', () => {
    expect(translate('zh', 'small.count', { count: 94 })).toBe('共 94 户');
    expect(translate('en', 'small.count', { count: 94 })).toBe('94 households');
    expect(storedLang({ getItem: () => null })).toBe('zh');
    expect(storedLang({ getItem: () => 'en' })).toBe('en');
    expect(storedLang({ getItem: () => 'fr' })).toBe('zh');
  });
});
