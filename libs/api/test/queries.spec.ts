import { seedCounty, startTestApi, type TestApi } from './harness';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

describe('connections and filters', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('queries');
    await seedCounty(api, 4);
  });
  afterAll(() => api.close());

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const [{ n }] = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return n;
  }

  it('pages through every household under a township exactly once', async () => {
    const township = '330106002';
    const expected = await count(`household WHERE small_zone_code LIKE $1`, [`${township}%`]);
    expect(expected).toBeGreaterThan(100);
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const response: { data?: { households: Page<{ id: string }> } } = await api.request(
        `query($zone: String!, $after: String) { households(filter: { zoneCode: $zone }, first: 37, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { zone: township, after },
      );
      const page: Page<{ id: string }> = response.data!.households;
      totalCount = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(expected);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
  });

  it('refuses pages larger than 100 and foreign cursors with BAD_USER_INPUT', async () => {
    const big = await api.request(`{ households(first: 101) { totalCount } }`);
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(big.errors?.[0].message).toContain('100');
    const cursor = await api.request(`{ households(first: 1, after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('filters zones by level, parent, subtree, code prefix and name', async () => {
    const q = async (filter: Record<string, unknown>) =>
      (
        await api.request<{ zones: Page<{ code: string }> }>(
          `query($f: ZoneFilter) { zones(filter: $f, first: 100) { totalCount nodes { code } } }`,
          { f: filter },
        )
      ).data!.zones;
    expect((await q({ level: 'TOWNSHIP' })).totalCount).toBe(await count(`zone WHERE level = 'TOWNSHIP'`));
    expect((await q({ parentCode: '330106000000' })).totalCount).toBe(12);
    const within = await q({ withinCode: '330106002' });
    expect(within.totalCount).toBe(await count(`zone WHERE code LIKE '330106002%' AND code <> '330106002'`));
    expect((await q({ codePrefix: '3301060020' })).nodes.every((z) => z.code.startsWith('3301060020'))).toBe(
      true,
    );
    const named = await q({ nameContains: '街道' });
    expect(named.totalCount).toBe(await count(`zone WHERE name LIKE '%街道%'`));
  });

  it('filters households by status and stage under any ancestor zone, and persons by flags and name', async () => {
    const statusCount = await count(`household WHERE status IN ('VACANT','AWAY') AND stage = 'SUBMITTED'`);
    const response = await api.request<{ zone: { households: { totalCount: number } } }>(
      `{ zone(code: "330106") { households(filter: { status: [VACANT, AWAY], stage: [SUBMITTED] }) { totalCount } } }`,
    );
    expect(response.data!.zone.households.totalCount).toBe(statusCount);
    const away = await api.request<{ persons: { totalCount: number } }>(
      `{ persons(filter: { registered: true, resident: false }) { totalCount } }`,
    );
    expect(away.data!.persons.totalCount).toBe(await count(`person WHERE registered AND NOT resident`));
    const [{ name }] = await api.sql<{ name: string }>(`SELECT name FROM person ORDER BY id LIMIT 1`);
    const byName = await api.request<{ persons: Page<{ name: string }> }>(
      `query($n: String!) { persons(filter: { nameStartsWith: $n }, first: 100) { totalCount nodes { name } } }`,
      { n: name.slice(0, 1) },
    );
    expect(byName.data!.persons.totalCount).toBe(
      await count(`person WHERE name LIKE $1`, [`${name.slice(0, 1)}%`]),
    );
  });

  it('answers null, not an error, for codes that are not zones', async () => {
    const response = await api.request(
      `{ a: zone(code: "99") { code } b: zone(code: "abc") { code } c: zone(code: "330106000000") { code } }`,
    );
    expect(response.data).toEqual({ a: null, b: null, c: { code: '330106' } });
  });
});
