import { adminLang, userErrorText } from './messages';

describe('census-admin messages', () => {
  it.each([
    [{}, 'zh'],
    [{ LANG: 'C.UTF-8' }, 'zh'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', CENSUS_LANG: 'zh' }, 'zh'],
  ])('%p gives %s', (env, lang) => {
    expect(adminLang(env)).toBe(lang);
  });

  it('renders a userError from its code and params, or says what the server said', () => {
    const conflict = {
      message: '此住户已被他人修改（当前第5版，您编辑的是第4版），请重新打开后再修改。',
      messageCode: 'record.versionConflict',
      params: { object: 'household', current: 5, expected: 4 },
    };
    expect(userErrorText('zh', conflict)).toBe(conflict.message);
    expect(userErrorText('en', conflict)).toMatch(
      /^This household was changed by someone else \(it is now at version 5/,
    );
    expect(userErrorText('en', { message: '新的说明', messageCode: 'future.code', params: {} })).toBe(
      '新的说明',
    );
  });
});
