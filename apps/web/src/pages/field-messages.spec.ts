import { LANGS } from '../i18n';
import { FIELD_MESSAGES, fieldText } from './field-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('field texts', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    const zhKeys = Object.keys(FIELD_MESSAGES.zh).sort();
    expect(Object.keys(FIELD_MESSAGES.en).sort()).toEqual(zhKeys);
    for (const lang of LANGS)
      for (const [key, text] of Object.entries(FIELD_MESSAGES[lang]))
        expect({ key, lang, empty: text.trim() === '' }).toEqual({ key, lang, empty: false });
    for (const key of zhKeys) {
      const zh = FIELD_MESSAGES.zh[key as keyof typeof FIELD_MESSAGES.zh];
      const en = FIELD_MESSAGES.en[key as keyof typeof FIELD_MESSAGES.en];
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(zh) });
    }
  });

  it('fills placeholders in either language', () => {
    expect(fieldText('zh', 'small.persons', { count: 3 })).toBe('3 人');
    expect(fieldText('en', 'small.head', { name: '王建国' })).toBe('Head: 王建国');
  });
});
