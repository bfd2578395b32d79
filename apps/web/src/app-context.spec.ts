import { LoginDocument } from '@census/client';

import { acceptLanguage, createAppClient } from './app-context';

describe('the GraphQL client of the web app', () => {
  it.each([
    ['zh', 'zh-CN,zh;q=0.9'],
    ['en', 'en'],
  ] as const)('asks for messages in %s with Accept-Language', async (lang, header) => {
    const sent: Record<string, string>[] = [];
    const client = createAppClient(lang, 'token-1', (_url, init) => {
      sent.push(init.headers);
      const body = JSON.stringify({
        data: { login: { token: null, expiresAt: null, account: null, userErrors: [] } },
      });
      return Promise.resolve({
        ok: true,
        status: 200,
        statusText: 'OK',
        headers: { get: () => 'application/json' },
        text: () => Promise.resolve(body),
      });
    });
    await client.request(LoginDocument, { input: { username: 'a', password: 'b' } });
    expect(sent[0]['accept-language']).toBe(header);
    expect(acceptLanguage(lang)).toBe(header);
    expect(sent[0].authorization).toBe('Bearer token-1');
  });
});
