import { factories, type HouseholdRow } from './factories';
import { startTestApi, type TestApi } from './harness';

// Two-way Relay paging (first/after and last/before) through the shared page loader, and the connections that
// replace the growing lists of a household, a building and a person.

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Connection {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { id: string } }[];
}

const VISITS = /* GraphQL */ `
  query Visits($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      ... on Household {
        visitsConnection(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            cursor
            node {
              id
            }
          }
        }
      }
    }
  }
`;

const VISIT_COUNT = 7;

describe('two-way paging', () => {
  let api: TestApi;
  let household: HouseholdRow;
  /** Global IDs of the household's visits, oldest first. */
  let visits: string[];

  beforeAll(async () => {
    api = await startTestApi('connections');
    const make = factories(api);
    household = await make.newHousehold();
    const enumerator = await make.newAccount({ zones: [household.smallZoneCode] });
    for (let i = 0; i < VISIT_COUNT; i++) {
      const answer = await api.request<{ recordVisit: { visit: { id: string } } }>(
        `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } userErrors { message } } }`,
        {
          input: {
            householdId: household.id,
            visitedAt: new Date(Date.UTC(2020, 10, 1 + i, 2)).toISOString(),
            slot: 'MORNING',
            method: 'IN_PERSON',
            outcome: 'NOBODY_HOME',
          },
        },
        enumerator.token,
      );
      expect(answer.errors).toBeUndefined();
    }
    const listed = await api.request<{ node: { visits: { id: string }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Household { visits { id } } } }`,
      { id: household.id },
    );
    visits = listed.data!.node.visits.map((v) => v.id);
    expect(visits).toHaveLength(VISIT_COUNT);
  });
  afterAll(() => api.close());

  async function visitPage(args: Record<string, unknown>): Promise<Connection> {
    const answer = await api.request<{ node: { visitsConnection: Connection } }>(VISITS, {
      id: household.id,
      ...args,
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.node.visitsConnection;
  }
  const ids = (page: Connection) => page.edges.map((e) => e.node.id);

  async function errorOf(args: Record<string, unknown>) {
    const answer = await api.request(VISITS, { id: household.id, ...args });
    expect(answer.data?.node ?? null).toBeNull();
    return answer.errors?.[0];
  }

  it('reads the list forwards with first/after, and gives hasPreviousPage once a cursor left items behind', async () => {
    const first = await visitPage({ first: 3 });
    expect(first.totalCount).toBe(VISIT_COUNT);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await visitPage({ first: 3, after: first.pageInfo.endCursor });
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const third = await visitPage({ first: 3, after: second.pageInfo.endCursor });
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(visits);
  });

  it('reads the list backwards with last/before: each page in list order, hasPreviousPage until the start', async () => {
    const last = await visitPage({ last: 3 });
    expect(ids(last)).toEqual(visits.slice(4));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.pageInfo.startCursor).toBe(last.edges[0].cursor);
    expect(last.pageInfo.endCursor).toBe(last.edges[2].cursor);

    const middle = await visitPage({ last: 3, before: last.pageInfo.startCursor });
    expect(ids(middle)).toEqual(visits.slice(1, 4));
    expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const start = await visitPage({ last: 3, before: middle.pageInfo.startCursor });
    expect(ids(start)).toEqual(visits.slice(0, 1));
    expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // Exactly the boundary: last equal to what is left before the cursor.
    const exact = await visitPage({ last: 1, before: middle.pageInfo.startCursor });
    expect(ids(exact)).toEqual(visits.slice(0, 1));
    expect(exact.pageInfo.hasPreviousPage).toBe(false);
    const all = await visitPage({ last: VISIT_COUNT });
    expect(ids(all)).toEqual(visits);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(await visitPage({ last: 0 })).toMatchObject({
      edges: [],
      pageInfo: { hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('gives every item the same cursor whichever way it was reached, and cursors work in both directions', async () => {
    const forwards = await visitPage({ first: VISIT_COUNT });
    const backwards = await visitPage({ last: VISIT_COUNT });
    expect(backwards.edges).toEqual(forwards.edges);
    const cursor = forwards.edges[3].cursor;
    expect(ids(await visitPage({ first: 2, after: cursor }))).toEqual(visits.slice(4, 6));
    expect(ids(await visitPage({ last: 2, before: cursor }))).toEqual(visits.slice(1, 3));
    // Both cursors: the items between them.
    const between = await visitPage({
      first: 10,
      after: forwards.edges[1].cursor,
      before: forwards.edges[5].cursor,
    });
    expect(ids(between)).toEqual(visits.slice(2, 5));
    const betweenBackwards = await visitPage({
      last: 2,
      after: forwards.edges[1].cursor,
      before: forwards.edges[5].cursor,
    });
    expect(ids(betweenBackwards)).toEqual(visits.slice(3, 5));
    expect(betweenBackwards.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('reads 20 items forwards when neither first nor last is given, also with first: null', async () => {
    expect(ids(await visitPage({}))).toEqual(visits);
    expect(ids(await visitPage({ first: null, last: null }))).toEqual(visits);
  });

  it('refuses first with last, and pages out of bounds, Chinese first', async () => {
    const both = await errorOf({ first: 2, last: 2 });
    expect(both?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'last' });
    expect(both?.message).toMatch(/^参数 first 与 last 不能同时使用/);
    expect(both?.extensions).toMatchObject({ messageCode: 'input.firstAndLast' });
    for (const last of [-1, 101]) {
      const error = await errorOf({ last });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'last', limit: 100 });
      expect(error?.message).toMatch(/^参数 last 须在 0 到 100 之间/);
    }
    const first = await errorOf({ first: 101 });
    expect(first?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    const before = await errorOf({ last: 2, before: 'bm90LWEtY3Vyc29y' });
    expect(before?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'before' });
    expect(before?.message).toMatch(/^参数 before 不是此列表的游标/);
  });

  it('pages a newest-first list (the audit log) backwards from its oldest entries', async () => {
    interface Log {
      auditLog: { totalCount: number; pageInfo: PageInfo; edges: { cursor: string }[] };
    }
    const LOG = `query ($first: Int, $last: Int, $before: String) {
      auditLog(first: $first, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }
      }
    }`;
    const read = async (variables: Record<string, unknown>) => {
      const answer = await api.request<Log>(LOG, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!.auditLog;
    };
    await api.sql(
      `INSERT INTO audit_log (actor, action, entity_type, entity_id, small_zone_code)
       SELECT 'test', (enum_range(NULL::audit_action))[1], 'Household', $1, $2 FROM generate_series(1, 7)`,
      [household.id, household.smallZoneCode],
    );
    const all = await read({ first: 100 });
    const entries = all.edges.map((e) => e.cursor);
    expect(entries.length).toBeGreaterThanOrEqual(VISIT_COUNT);
    expect(entries.length).toBe(all.totalCount);
    const oldest = await read({ last: 2 });
    expect(oldest.edges.map((e) => e.cursor)).toEqual(entries.slice(-2));
    expect(oldest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const newer = await read({ last: 2, before: oldest.pageInfo.startCursor });
    expect(newer.edges.map((e) => e.cursor)).toEqual(entries.slice(-4, -2));
    expect(newer.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe('connections of a household, a building and a person', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('connections-nested');
  });
  afterAll(() => api.close());

  it('lists the same rows as the deprecated list fields, each page within the caller’s zones', async () => {
    const make = factories(api);
    const household = await make.newHousehold({ building: true, persons: 2 });
    const [building] = await api.sql<{ id: string }>(
      `SELECT building_id::text AS id FROM household WHERE id = $1`,
      [household.rowId],
    );
    const other = await make.newHousehold({ smallZoneCode: household.smallZoneCode });
    await api.sql(`UPDATE household SET building_id = $1 WHERE id = $2`, [building.id, other.rowId]);
    const [admin] = await api.sql<{ id: string }>(`SELECT id::text FROM account WHERE username = $1`, [
      api.admin.username,
    ]);
    const subjects: [string, string][] = [
      ['building_id', building.id],
      ['household_id', household.rowId],
      ['person_id', household.persons[0].rowId],
    ];
    for (const [column, id] of subjects) {
      await api.sql(
        `INSERT INTO problem (county_code, version, zone_code, ${column}, category, refused_items, text, reported_by)
         SELECT county_key($1), 1, $1, $2, (enum_range(NULL::problem_category))[1], '{}', 'x', $3 FROM generate_series(1, 3)`,
        [household.smallZoneCode, id, admin.id],
      );
    }
    await api.sql(
      `INSERT INTO appointment (county_code, version, household_id, small_zone_code, planned_at, slot)
       SELECT county_key($2), 1, $1, $2, now() + g * interval '1 day', 'MORNING' FROM generate_series(1, 3) g`,
      [household.rowId, household.smallZoneCode],
    );
    await api.sql(
      `INSERT INTO visit (county_code, household_id, small_zone_code, visited_at, slot, method, outcome)
       SELECT county_key($2), $1, $2, now() - g * interval '1 day', 'MORNING', 'IN_PERSON', 'NOBODY_HOME' FROM generate_series(1, 3) g`,
      [household.rowId, household.smallZoneCode],
    );
    const located = await api.request<{ node: { building: { id: string } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Household { building { id } } } }`,
      { id: household.id },
    );
    const buildingId = located.data!.node.building.id;
    const QUERY = `query ($id: ID!) {
      node(id: $id) {
        ... on Building {
          households { id }
          householdsConnection(first: 10) { totalCount nodes { id } }
          problems { id }
          problemsConnection(last: 2) { totalCount nodes { id } }
          h: householdsConnection(first: 1) {
            nodes {
              visits { id }
              visitsConnection(first: 10) { totalCount nodes { id } }
              appointments { id }
              appointmentsConnection(first: 10) { totalCount nodes { id } }
              problems { id }
              problemsConnection(first: 10) { totalCount nodes { id } }
              persons { problems { id } problemsConnection(first: 10) { totalCount nodes { id } } }
            }
          }
        }
      }
    }`;
    interface Page {
      totalCount: number;
      nodes: { id: string }[];
    }
    interface Answer {
      node: {
        households: { id: string }[];
        householdsConnection: Page;
        problems: { id: string }[];
        problemsConnection: Page;
        h: {
          nodes: {
            visits: { id: string }[];
            visitsConnection: Page;
            appointments: { id: string }[];
            appointmentsConnection: Page;
            problems: { id: string }[];
            problemsConnection: Page;
            persons: { problems: { id: string }[]; problemsConnection: Page }[];
          }[];
        };
      } | null;
    }
    const answer = await api.request<Answer>(QUERY, { id: buildingId });
    expect(answer.errors).toBeUndefined();
    const b = answer.data!.node!;
    expect(b.householdsConnection).toEqual({ totalCount: 2, nodes: b.households });
    expect(b.problemsConnection).toEqual({ totalCount: 3, nodes: b.problems.slice(1) });
    const h = b.h.nodes[0];
    expect(h.visitsConnection).toEqual({ totalCount: 3, nodes: h.visits });
    expect(h.appointmentsConnection).toEqual({ totalCount: 3, nodes: h.appointments });
    expect(h.problemsConnection).toEqual({ totalCount: 3, nodes: h.problems });
    expect(h.persons[0].problemsConnection).toEqual({ totalCount: 3, nodes: h.persons[0].problems });
    expect(h.persons[1].problemsConnection).toEqual({ totalCount: 0, nodes: [] });

    // An enumerator of another small zone reaches none of it; one of this small zone sees all of it.
    const stranger = await make.newAccount({ zones: [await make.newSmallZone()] });
    const refused = await api.request<Answer>(QUERY, { id: buildingId }, stranger.token);
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.node).toBeNull();
    const holder = await make.newAccount({ zones: [household.smallZoneCode] });
    const held = await api.request<Answer>(QUERY, { id: buildingId }, holder.token);
    expect(held.data!.node!.h.nodes[0].visitsConnection.totalCount).toBe(3);

    // The loaders' own scope condition: a problem recorded in another zone about this building stays unseen
    // by the holder of this small zone (the administrator holds both).
    const elsewhere = await make.newSmallZone();
    await api.sql(
      `INSERT INTO problem (county_code, version, zone_code, building_id, category, refused_items, text, reported_by)
       VALUES (county_key($1), 1, $1, $2, (enum_range(NULL::problem_category))[1], '{}', 'y', $3)`,
      [elsewhere, building.id, admin.id],
    );
    const scoped = await api.request<Answer>(QUERY, { id: buildingId }, holder.token);
    expect(scoped.data!.node!.problemsConnection.totalCount).toBe(3);
    expect(scoped.data!.node!.problems).toHaveLength(3);
    const everything = await api.request<Answer>(QUERY, { id: buildingId });
    expect(everything.data!.node!.problemsConnection.totalCount).toBe(4);
  });
});
