import { getIntrospectionQuery } from 'graphql';

import { Role } from '../src/auth/role';
import { startTestApi, type TestApi } from './harness';

/** `fragment F<i> on Query { ...F<i-1> ...F<i-1> }` from F1 to F<levels>: the unauthenticated freeze of the issue. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Query { me { id } }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `{ ...F${levels} }\n${fragments.join('\n')}`;
}

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const reasons = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((e) => e.extensions?.reason).sort();

describe('query limits over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('query_limits');
  });
  afterAll(() => api.close());

  it('refuses an anonymous 20-level fragment bomb with coded errors', async () => {
    const response = await api.request(fragmentBomb(20), undefined, null);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(reasons(response)).toEqual(['QUERY_TOO_COSTLY', 'TOO_MANY_ROOT_FIELDS']);
    for (const error of response.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses floods of aliased counts, with or without credentials', async () => {
    const flood = await api.request(aliased(1000, 'persons(first: 0) { totalCount }'));
    expect(flood.status).toBe(400);
    expect(flood.errors?.[0].message).toBe('查询文本过长（超过 2,000 个词法单元），请分成几次请求。');
    expect(flood.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_TOKENS',
      maxTokens: 2000,
    });
    const hundred = await api.request(aliased(100, 'persons(first: 0) { totalCount }'));
    expect(hundred.status).toBe(400);
    expect(reasons(hundred)).toEqual(['TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS']);
    expect(hundred.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Without a valid sign-in (no token, or one that is not valid) documents are bounded tighter, before parsing.
    for (const token of [null, 'not-a-token']) {
      const anonymous = await api.request(aliased(100, 'persons(first: 0) { totalCount }'), undefined, token);
      expect(anonymous.status).toBe(400);
      expect(anonymous.errors).toMatchObject([
        {
          message: '未登录的请求查询文本过长（超过 500 个词法单元），请先登录。',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'TOO_MANY_TOKENS',
            limit: 'maxAnonymousTokens',
            maxAnonymousTokens: 500,
          },
        },
      ]);
    }
  });

  it('refuses 5000 root fields before running one', async () => {
    // What authenticating a request costs, to tell it apart from statements of resolvers.
    let mark = api.counter.total;
    await api.request(`{ __typename }`);
    const authentication = api.counter.total - mark;
    mark = api.counter.total;
    const response = await api.request(`{ ${'me { id } '.repeat(5000)}}`);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_TOKENS',
    });
    expect(api.counter.total - mark).toBe(authentication);
    mark = api.counter.total;
    const unaliased = await api.request(`{ ${'me { id } '.repeat(21)}}`);
    expect(reasons(unaliased)).toEqual(['TOO_MANY_ROOT_FIELDS']);
    expect(api.counter.total - mark).toBe(authentication);
  });

  it('refuses 200 logins in one request before hashing a password', async () => {
    const enumerator = await api.account(Role.ENUMERATOR, ['11'], { password: 'correct horse' });
    const attempt = (password: string) =>
      `login(input: { username: "${enumerator.username}", password: "${password}" }) { token userErrors { message } }`;
    const flood = await api.request(
      `mutation { ${Array.from({ length: 200 }, (_, i) => `a${i}: ${attempt(`wrong ${i}`)}`).join(' ')} }`,
      undefined,
      null,
    );
    expect(flood.status).toBe(400);
    expect(flood.errors?.[0].extensions).toMatchObject({
      reason: 'TOO_MANY_TOKENS',
      limit: 'maxAnonymousTokens',
    });
    const ten = await api.request(
      `mutation { ${Array.from({ length: 10 }, (_, i) => `a${i}: ${attempt(`wrong ${i}`)}`).join(' ')} }`,
      undefined,
      null,
    );
    expect(reasons(ten)).toEqual(['TOO_MANY_SIGN_INS']);
    const two = await api.request(
      `mutation { a: ${attempt('wrong')} b: ${attempt('wrong')} }`,
      undefined,
      null,
    );
    expect(two.errors?.[0]).toMatchObject({
      message: '一次请求只能登录一次（本次 2 次）。',
      extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SIGN_INS' },
    });
    // None of the wrong passwords was tried: five failures would have locked the account.
    const login = await api.request<{ login: { token: string | null } }>(
      `mutation { ${attempt('correct horse')} }`,
      undefined,
      null,
    );
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.token).toEqual(expect.any(String));
  });

  it("serves GraphiQL's introspection query", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const response = await api.request<{ __schema: { types: { name: string }[] } }>(query, undefined, null);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.types.map((t) => t.name)).toContain('Household');
  });

  it('bounds the bodies of requests without credentials tighter', async () => {
    const padding = 'x'.repeat(100_000);
    const post = (headers: Record<string, string>) =>
      fetch(api.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding } }),
      });
    const refused = await post({});
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBeTruthy();
    expect((await post({ authorization: `Bearer ${api.admin.token}` })).status).toBe(200);
  });
});
