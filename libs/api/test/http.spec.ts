import type { AddressInfo } from 'node:net';

import express from 'express';
import { serverAudits } from 'graphql-http';

import { finalErrorHandler } from '../src/server/http-errors';
import { startTestApi, type TestApi } from './harness';

/** Requests Express answers before Apollo sees them, with the status and reason each must answer. */
const REFUSED_REQUESTS: [string, string, RequestInit, number, string][] = [
  [
    'malformed JSON',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
    400,
    'MALFORMED_JSON',
  ],
  [
    'a JSON string',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"{ me { id } }"' },
    400,
    'BODY_NOT_OBJECT',
  ],
  [
    'a JSON array',
    '/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[{"query": "{ __typename }"}]',
    },
    400,
    'BODY_NOT_OBJECT',
  ],
  [
    'a body over 5 MB',
    '/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(6_000_000)}` }),
    },
    413,
    'BODY_TOO_LARGE',
  ],
  [
    'text/plain',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query": "{ __typename }"}' },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'an unknown charset',
    '/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin7' },
      body: '{"query": "{ __typename }"}',
    },
    415,
    'UNSUPPORTED_CHARSET',
  ],
  [
    'an unknown content encoding',
    '/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'bogus' },
      body: '{"query": "{ __typename }"}',
    },
    415,
    'UNSUPPORTED_ENCODING',
  ],
  [
    'a path below /graphql',
    '/graphql/v2',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"}' },
    404,
    'NO_SUCH_ROUTE',
  ],
  [
    'an unknown route',
    '/nowhere',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    404,
    'NO_SUCH_ROUTE',
  ],
  ['a missing web asset', '/assets/missing.js', { method: 'GET' }, 404, 'NO_SUCH_ROUTE'],
];

/**
 * Each request answers a coded GraphQL-shaped JSON body with the right status: no HTML, stack trace or path; the
 * message is the catalogue's, in the language asked for (Chinese unless English is).
 */
async function expectRefusals(baseUrl: string, lang: 'zh' | 'en' = 'zh') {
  for (const [what, path, init, status, reason] of REFUSED_REQUESTS) {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { ...init.headers, ...(lang === 'en' ? { 'accept-language': 'en-GB,en;q=0.9' } : {}) },
    });
    const text = await response.text();
    expect({ what, status: response.status, type: response.headers.get('content-type') }).toEqual({
      what,
      status,
      type: 'application/json; charset=utf-8',
    });
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            lang === 'zh' ? /^\p{Script=Han}[^。]*。$/u : /^[A-Z][^\p{Script=Han}]*\.$/u,
          ) as string,
          extensions: {
            code: expect.any(String) as string,
            reason,
            messageCode: expect.stringMatching(/^http\.\w+$/) as string,
            params: expect.any(Object) as object,
          },
        },
      ],
    });
    expect(text).not.toMatch(/<html|\s{2,}at |node_modules|\/work\/|Error:/);
  }
}

describe('GraphQL over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('http');
  });
  afterAll(() => api.close());

  it('passes every MUST audit of the GraphQL-over-HTTP specification', async () => {
    const results = await Promise.all(serverAudits({ url: api.graphqlUrl }).map((audit) => audit.fn()));
    const failedMusts = results.flatMap((r) =>
      r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : [],
    );
    expect(failedMusts).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });

  it('serves the explorer and its assets without the internet', async () => {
    const page = await fetch(`${api.baseUrl}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const asset of html.match(/\/explorer\/[a-z-]+\.(js|css)/g) ?? []) {
      const response = await fetch(`${api.baseUrl}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('refuses queries deeper or costlier than the limits, naming the limit', async () => {
    const deep = await api.request(
      `{ zone(code: "11") { ${'parent { '.repeat(13)}code${' }'.repeat(13)} } }`,
    );
    expect(deep.errors?.[0].message).toBe('查询嵌套过深（14 层，上限 12 层）。');
    expect(deep.errors?.[0].extensions).toMatchObject({ limit: 'maxDepth' });
    const costly = await api.request(
      `{ zones(first: 100) { nodes { children(first: 100) { nodes { households(first: 100) { nodes { persons { name } } } } } } } }`,
    );
    expect(costly.errors?.[0].message).toMatch(/^查询的数据量过大（估计 [\d,]+ 个对象，上限 250,000 个）/);
  });

  it('answers malformed, oversized, mistyped and misrouted requests with coded JSON, never HTML', async () => {
    await expectRefusals(api.baseUrl);
  });

  it('answers those refusals in English when the request asks for it', async () => {
    await expectRefusals(api.baseUrl, 'en');
  });

  it('names the body limit in the refusal of an oversized request', async () => {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(3_000_000) }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0].extensions).toMatchObject({
      messageCode: 'http.bodyTooLarge',
      params: { size: 64, unit: 'kb' },
    });
    expect(body.errors[0].message).toBe('请求体超过 64 KB 的上限。');
  });

  it('answers an exception in any Express handler with a coded internal error, without detail', async () => {
    const app = express();
    app.get('/boom', () => {
      throw new Error('secret detail at /work/x.ts');
    });
    app.use(finalErrorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: '服务器内部错误，请稍后再试；如果一再出现，请联系管理员。',
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              reason: 'INTERNAL',
              messageCode: 'server.internal',
              params: {},
            },
          },
        ],
      });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      server.close();
    }
  });

  it('answers health checks', async () => {
    expect(await (await fetch(`${api.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
  });
});

describe('production mode', () => {
  it('hides internal error details', async () => {
    const api = await startTestApi('production', { production: true });
    try {
      await api.db.query(`ALTER TABLE zone RENAME TO zone_gone`);
      const response = await api.request(`{ zone(code: "11") { code } }`);
      expect(response.errors?.[0]).toEqual(
        expect.objectContaining({
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', messageCode: 'server.internal', params: {} },
        }),
      );
      expect(JSON.stringify(response)).not.toMatch(/zone_gone|SELECT|at /);
      await expectRefusals(api.baseUrl);
    } finally {
      await api.db.query(`ALTER TABLE zone_gone RENAME TO zone`);
      await api.close();
    }
  });
});
