import { Role } from '../src/auth/role';
import { rowGlobalId } from './factories';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const ERRORS = `userErrors { field code message }`;

interface UserErrorShape {
  field: string[];
  code: string;
  message: string;
}

describe('malformed inputs answer named errors, never INTERNAL_SERVER_ERROR', () => {
  let api: TestApi;
  let enumerator: TestAccount;
  let household: { id: string; version: number };
  let smallZone: string;

  beforeAll(async () => {
    api = await startTestApi('input_errors');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [3, 3] });
    const [{ code, id, version }] = await api.sql<{ code: string; id: string; version: number }>(
      `SELECT h.small_zone_code AS code, h.id, h.version FROM household h WHERE h.stage NOT IN ('SUBMITTED', 'APPROVED') ORDER BY h.id LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [code]);
    smallZone = code;
    household = { id: rowGlobalId('Household', code, id), version: version };
  });
  afterAll(() => api.close());

  describe('global IDs whose key exceeds bigint', () => {
    const huge = b64('Household:9999999999999999999');
    const unknown = b64('Household:abc');

    it('answer mutations like any malformed ID', async () => {
      const mutations: [string, string, string, Record<string, unknown>][] = [
        ['updateHousehold', 'UpdateHouseholdInput', 'household { id }', { expectedVersion: 1, note: 'x' }],
        ['deleteHousehold', 'DeleteHouseholdInput', 'deletedId', { expectedVersion: 1 }],
        ['submitHousehold', 'HouseholdStageInput', 'household { id }', { expectedVersion: 1 }],
      ];
      for (const [name, type, selection, rest] of mutations) {
        const answer = async (id: string) => {
          const response = await api.request<Record<string, { userErrors: UserErrorShape[] }>>(
            `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
            { input: { id, ...rest } },
            enumerator.token,
          );
          expect(response.errors).toBeUndefined();
          return response.data![name].userErrors.map(({ field, code }) => ({ field, code }));
        };
        expect(await answer(huge)).toEqual(await answer(unknown));
      }
      const visit = await api.request<{ recordVisit: { userErrors: UserErrorShape[] } }>(
        `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } ${ERRORS} } }`,
        { input: { householdId: huge, outcome: 'NOBODY_HOME', visitedAt: new Date().toISOString() } },
        enumerator.token,
      );
      expect(visit.errors).toBeUndefined();
      expect(visit.data!.recordVisit.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'householdId'] }),
      ]);
    });

    it('find nothing in filters and node lookups', async () => {
      const response = await api.request<{
        households: { totalCount: number };
        persons: { totalCount: number };
        node: unknown;
        nodes: unknown[];
      }>(
        `query($building: ID!, $household: ID!, $person: ID!) {
           households(filter: { buildingId: $building }) { totalCount }
           persons(filter: { householdId: $household }) { totalCount }
           node(id: $household) { id }
           nodes(ids: [$person, $building]) { id }
         }`,
        {
          building: b64('Building:99999999999999999999'),
          household: huge,
          person: b64('Person:9223372036854775808'),
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        households: { totalCount: 0 },
        persons: { totalCount: 0 },
        node: null,
        nodes: [null, null],
      });
    });

    it('treat a control character in an ID key as no ID', async () => {
      const response = await api.request<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, {
        id: b64('Zone:\u0000'),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
    });

    it('refuse a change-feed cursor beyond bigint as a cursor', async () => {
      const response = await api.request(
        `query($after: String) { changes(after: $after, first: 1) { endCursor } }`,
        {
          after: b64('chg1:1:9999999999999999999'),
        },
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'after',
      });
    });
  });

  describe('U+0000 in any string', () => {
    it('is refused before resolvers run, naming where it is, also for anonymous callers', async () => {
      const login = await api.request(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { username: 'admin\u0000', password: 'x' } },
        null,
      );
      expect(login.status).toBe(400);
      expect(login.errors).toEqual([
        {
          message: expect.stringMatching(
            /^输入含有不允许的字符 U\+0000（位于 \$input\.username）。$/,
          ) as string,
          extensions: expect.objectContaining({
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_CHARACTER',
          }) as Record<string, unknown>,
        },
      ]);
    });

    it('is refused in notes, filters and the audit log actor, as variables or literals', async () => {
      const note = await api.request(
        `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { id } } }`,
        { input: { id: household.id, expectedVersion: household.version, note: 'a\u0000b' } },
        enumerator.token,
      );
      const name = await api.request(
        `query($name: String) { persons(filter: { nameStartsWith: $name }) { totalCount } }`,
        {
          name: '\u0000',
        },
      );
      const literal = await api.request(`{ persons(filter: { nameStartsWith: "\\u0000" }) { totalCount } }`);
      const actor = await api.request(`{ auditLog(actor: "x\\u0000") { totalCount } }`);
      for (const response of [note, name, literal, actor]) {
        expect(response.status).toBe(400);
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_CHARACTER',
        });
      }
      expect(literal.errors?.[0].message).toContain('（位于 filter）');
      expect(note.errors?.[0].message).toContain('U+0000（位于 $input.note）');
      expect(actor.errors?.[0].message).toContain('（位于 actor）');
    });
  });

  it('refuses an unpaired surrogate, which PostgreSQL JSON (audit entries, import batches) cannot store', async () => {
    const response = await api.request(
      `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { id } } }`,
      { input: { id: household.id, expectedVersion: household.version, note: 'ok \ud800 ok' } },
      enumerator.token,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toContain('U+D800（位于 $input.note）');
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CHARACTER',
    });
    const paired = await api.request<{ updateHousehold: { household: { note: string } } }>(
      `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { note } ${ERRORS} } }`,
      { input: { id: household.id, expectedVersion: household.version, note: '🙂 \ud83d\ude42' } },
      enumerator.token,
    );
    expect(paired.data?.updateHousehold).toEqual({ household: { note: '🙂 🙂' }, userErrors: [] });
  });

  it('cuts long values that library messages quote (graphql-js names an invalid variable value whole)', async () => {
    const response = await api.request(
      `query($filter: HouseholdFilter) { households(filter: $filter) { totalCount } }`,
      { filter: { kind: 'K'.repeat(100_000) } },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain(`"${'K'.repeat(32)}…"`);
    expect(response.errors?.[0].message.length).toBeLessThan(300);
  });

  it('quotes at most a short prefix of a value in user errors, whatever the message', async () => {
    const phone = 'x'.repeat(100_000);
    const response = await api.request<{ createHousehold: { userErrors: UserErrorShape[] } }>(
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { userErrors { field code message params } } }`,
      { input: { smallZoneCode: smallZone, phone } },
      enumerator.token,
    );
    const [error] = response.data!.createHousehold.userErrors;
    expect(error.field).toEqual(['input', 'phone']);
    expect(error.message).toContain(`“${'x'.repeat(32)}…”`);
    expect(error.message.length).toBeLessThan(300);
    expect(JSON.stringify(error).length).toBeLessThan(1000);
  });

  describe('bad cursors', () => {
    it('quote at most a short prefix of the cursor', async () => {
      const cursor = 'A'.repeat(100_000);
      for (const field of ['zones', 'households', 'auditLog']) {
        const response = await api.request(
          `query($after: String) { ${field}(after: $after) { totalCount } }`,
          {
            after: cursor,
          },
        );
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argumentName: 'after',
        });
        expect(response.errors?.[0].message).toContain(`'${'A'.repeat(32)}…'`);
        expect(response.errors?.[0].message.length).toBeLessThan(200);
      }
      const worklist = await api.request(
        `query($after: String) { listingWorklist(zoneCode: "33", after: $after) { totalCount } }`,
        { after: cursor },
      );
      expect(worklist.errors?.[0].message.length).toBeLessThan(200);
    });

    it('refuse a well-formed cursor whose values do not fit the list (another list, or hand-made)', async () => {
      const cursors = [
        b64('["330106001001001","x"]'),
        b64('["330106001001001","99999999999999999999"]'),
        b64('["a\\u0000"]'),
      ];
      for (const after of cursors) {
        for (const field of ['persons', 'auditLog']) {
          const response = await api.request(
            `query($after: String) { ${field}(after: $after) { totalCount nodes { __typename } } }`,
            { after },
          );
          expect(response.errors?.map((e) => e.extensions)).toEqual([
            expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'after' }),
          ]);
        }
      }
    });
  });

  describe('data errors of the database that slip past validation', () => {
    it('answer BAD_USER_INPUT naming the kind of problem, without the statement or the driver text', async () => {
      const cases: [string, unknown[], string][] = [
        [`SELECT $1::text`, ['a\u0000'], 'INVALID_CHARACTER'],
        [`SELECT $1::bigint`, ['99999999999999999999'], 'OUT_OF_RANGE'],
        [`SELECT $1::int`, ['x'], 'INVALID'],
        [`SELECT 'ab' LIKE $1`, ['a\\'], 'INVALID'],
        [`SELECT $1::timestamptz`, ['300000-01-01T00:00:00Z'], 'OUT_OF_RANGE'],
        [
          `INSERT INTO zone (code, level, name, version) VALUES ($1, 'SMALL_ZONE', 'x', 1)`,
          ['1'.repeat(16)],
          'TOO_LONG',
        ],
        [`SELECT repeat('x', $1::int)`, [2_000_000_000], 'TOO_LARGE'],
      ];
      for (const [text, params, reason] of cases) {
        const error = await api.sql(text, params).then(
          () => null,
          (e: unknown) => e as { message: string; extensions?: Record<string, unknown> },
        );
        expect({ text, extensions: error?.extensions }).toEqual({
          text,
          extensions: {
            code: 'BAD_USER_INPUT',
            reason,
            messageCode: expect.stringMatching(/^input\./) as string,
            params: {},
          },
        });
        expect(error!.message).toMatch(/^\p{Script=Han}[^。]*。$/u);
        expect(error!.message).not.toMatch(/SELECT|INSERT|\$1|varchar|bigint|invalid input syntax/);
      }
    });
  });
});
