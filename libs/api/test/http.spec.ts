import { serverAudits } from 'graphql-http';
import { startTestApi, type TestApi } from './harness';

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
    expect(deep.errors?.[0].message).toMatch(/depth 14 exceeds the limit of 12/);
    expect(deep.errors?.[0].extensions).toMatchObject({ limit: 'maxDepth' });
    const costly = await api.request(
      `{ zones(first: 100) { nodes { children(first: 100) { nodes { households(first: 100) { nodes { persons { name } } } } } } } }`,
    );
    expect(costly.errors?.[0].message).toMatch(/cost \d+ exceeds the limit of 250000/);
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
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      );
      expect(JSON.stringify(response)).not.toMatch(/zone_gone|SELECT|at /);
    } finally {
      await api.db.query(`ALTER TABLE zone_gone RENAME TO zone`);
      await api.close();
    }
  });
});
