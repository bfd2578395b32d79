import { beijingDay } from '@census/rules';

import { Role } from '../src/auth/role';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { rowGlobalId } from './factories';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

/**
 * What normalised caches (Relay, Apollo Client, urql graphcache) need from the schema (issue 16): every object that
 * changes is a Node, every mutation takes one `input`, payloads answer the edge a connection-aware cache inserts,
 * and a self-report session refetches its own household and persons through `node`.
 */

const ERRORS = 'userErrors { field code message }';
type Errors = { field: string[]; code: string; message: string }[];

let api: TestApi;
let zone: string;
let otherZone: string;
let enumerator: TestAccount;
let outsider: TestAccount;
let officer: TestAccount;

/** A GraphQL answer: root fields and their items, read with `dig` below that. */
type Answer = Record<string, Record<string, unknown>>;

/** Follows a path of keys into a GraphQL answer. */
function dig<T = unknown>(value: unknown, ...path: string[]): T {
  return path.reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], value) as T;
}

async function data<T = Answer>(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = api.admin.token,
): Promise<T> {
  const response = await api.request<T>(query, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function firstItem(token = enumerator.token) {
  const answer = await data<{ listingWorklist: { nodes: { id: string; key: string; status: string }[] } }>(
    `query($zone: String!) { listingWorklist(zoneCode: $zone, first: 1) { nodes { id key status } } }`,
    { zone },
    token,
  );
  return answer.listingWorklist.nodes[0];
}

beforeAll(async () => {
  api = await startTestApi('normalised_cache');
  await seedCounty(api, 2);
  const zones = (
    await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
  ).map((r) => r.code);
  zone = zones[0];
  otherZone = zones.find((code) => !code.startsWith(zone.slice(0, 12)))!;
  enumerator = await api.account(Role.ENUMERATOR, [zone]);
  outsider = await api.account(Role.ENUMERATOR, [otherZone]);
  officer = await api.account(Role.TOWNSHIP_OFFICER, [zone.slice(0, 9)]);
});

afterAll(() => api?.close());

describe('WorklistItem is a Node', () => {
  it('has a global ID naming its key, readable through node(id) inside the zones only', async () => {
    const item = await firstItem();
    expect(fromGlobalId(item.id)).toEqual({ type: 'WorklistItem', key: item.key });
    const query = `query($id: ID!) { node(id: $id) { __typename id ... on WorklistItem { key status } } }`;
    expect((await data(query, { id: item.id }, enumerator.token)).node).toEqual({
      __typename: 'WorklistItem',
      id: item.id,
      key: item.key,
      status: 'OPEN',
    });
    expect((await data(query, { id: item.id }, outsider.token)).node).toBeNull();
    const nodes = await data(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [item.id, toGlobalId('WorklistItem', `${item.key}x`), toGlobalId('WorklistItem', 'junk')] },
      enumerator.token,
    );
    expect(nodes.nodes).toEqual([{ id: item.id }, null, null]);
  });

  it('is closed and reopened by its ID, and the old key forms still work', async () => {
    const item = await firstItem();
    const close = `mutation($input: CloseWorklistItemInput!) {
      closeWorklistItem(input: $input) { item { id status outcome } ${ERRORS} } }`;
    const closed = await data(
      close,
      { input: { id: item.id, outcome: 'NOT_LIVING_HERE' } },
      enumerator.token,
    );
    expect(closed.closeWorklistItem).toEqual({
      item: { id: item.id, status: 'CLOSED', outcome: 'NOT_LIVING_HERE' },
      userErrors: [],
    });
    const reopen = `mutation($input: ReopenWorklistItemInput!) {
      reopenWorklistItem(input: $input) { item { id status } ${ERRORS} } }`;
    expect((await data(reopen, { input: { id: item.id } }, enumerator.token)).reopenWorklistItem).toEqual({
      item: { id: item.id, status: 'OPEN' },
      userErrors: [],
    });

    // Deprecated: the key in the input, and reopenWorklistItem(key).
    const byKey = await data(
      close,
      { input: { key: item.key, outcome: 'OTHER', note: '核实' } },
      enumerator.token,
    );
    expect(byKey.closeWorklistItem.item).toMatchObject({ id: item.id, status: 'CLOSED' });
    const reopenByKey = await data(
      `mutation($key: String!) { reopenWorklistItem(key: $key) { item { id status } ${ERRORS} } }`,
      { key: item.key },
      enumerator.token,
    );
    expect(reopenByKey.reopenWorklistItem.item).toEqual({ id: item.id, status: 'OPEN' });
  });

  it('answers NOT_FOUND at input.id for an ID of another type or outside the zones, and changes nothing', async () => {
    const item = await firstItem();
    const close = `mutation($input: CloseWorklistItemInput!) { closeWorklistItem(input: $input) { item { id } ${ERRORS} } }`;
    for (const [id, token] of [
      [toGlobalId('Household', '1'), enumerator.token],
      [item.id, outsider.token],
    ]) {
      const answer = await data(close, { input: { id, outcome: 'NOT_LIVING_HERE' } }, token);
      expect(answer.closeWorklistItem.item).toBeNull();
      expect((answer.closeWorklistItem.userErrors as Errors).map((e) => [e.field, e.code])).toEqual([
        [['input', 'id'], 'NOT_FOUND'],
      ]);
    }
    const missing = await data(close, { input: { outcome: 'NOT_LIVING_HERE' } }, enumerator.token);
    expect((missing.closeWorklistItem.userErrors as Errors).map((e) => e.code)).toEqual(['REQUIRED']);
    expect(await api.sql(`SELECT 1 FROM worklist_outcome WHERE item_key = $1`, [item.key])).toEqual([]);
  });
});

describe('every mutation takes one input', () => {
  let household: string;

  beforeAll(async () => {
    const [row] = await api.sql<{ id: string }>(
      `SELECT id::text AS id FROM household WHERE small_zone_code = $1 AND stage = 'LISTED' ORDER BY id LIMIT 1`,
      [zone],
    );
    household = rowGlobalId('Household', zone, row.id);
  });

  it('issueSelfReportCode takes input { householdId }, and still the deprecated householdId', async () => {
    const byInput = await data(
      `mutation($input: IssueSelfReportCodeInput!) { issueSelfReportCode(input: $input) { code household { id } ${ERRORS} } }`,
      { input: { householdId: household } },
      enumerator.token,
    );
    expect(byInput.issueSelfReportCode).toMatchObject({ household: { id: household }, userErrors: [] });
    const byArgument = await data(
      `mutation($id: ID!) { issueSelfReportCode(householdId: $id) { code ${ERRORS} } }`,
      { id: household },
      enumerator.token,
    );
    expect(byArgument.issueSelfReportCode.code).toEqual(expect.any(String));
  });

  it('refuses neither or two different values with BAD_USER_INPUT, Chinese first', async () => {
    const neither = await api.request(`mutation { issueSelfReportCode { code } }`, {}, enumerator.token);
    expect(neither.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' },
      message: '缺少参数 input。',
    });
    const differ = await api.request(
      `mutation($a: ID!, $b: ID!) { issueSelfReportCode(householdId: $a, input: { householdId: $b }) { code } }`,
      { a: household, b: toGlobalId('Household', '1') },
      enumerator.token,
    );
    expect(differ.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'householdId',
    });
  });

  it('revokeApiTokens takes input { accountId: ID }; renewToken takes an optional input', async () => {
    const integration = await api.account(Role.INTEGRATION, [zone.slice(0, 6)]);
    const accountId = toGlobalId('Account', integration.id);
    await data(`mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
      input: { accountId, label: '县普查系统' },
    });
    const revoked = await data(
      `mutation($input: RevokeApiTokensInput!) { revokeApiTokens(input: $input) { revoked ${ERRORS} } }`,
      { input: { accountId } },
    );
    expect(revoked.revokeApiTokens).toEqual({ revoked: 1, userErrors: [] });
    const old = await data(
      `mutation($id: String!) { revokeApiTokens(accountId: $id) { revoked ${ERRORS} } }`,
      { id: accountId },
    );
    expect(old.revokeApiTokens).toEqual({ revoked: 0, userErrors: [] });

    const renewed = await data(
      `mutation { renewToken(input: { clientMutationId: "m1" }) { token clientMutationId ${ERRORS} } }`,
      {},
      officer.token,
    );
    expect(renewed.renewToken).toMatchObject({
      token: expect.any(String) as string,
      clientMutationId: 'm1',
      userErrors: [],
    });
    const bare = await data(`mutation { renewToken { token clientMutationId } }`, {}, officer.token);
    expect(bare.renewToken).toMatchObject({ token: expect.any(String) as string, clientMutationId: null });
  });
});

type Edge = { cursor: string; node: { id: string } };

describe('payloads answer the edge of the connections the new object joins', () => {
  const EDGE = (name: string) => `${name}Edge { cursor node { id } }`;
  let smallZone: string;
  let household: string;

  /** The edges of a connection, all on one page (the new small zone holds few objects). */
  async function edges(
    query: string,
    path: string[],
    variables: Record<string, unknown>,
    token = api.admin.token,
  ) {
    const answer = await data(query, variables, token);
    expect(dig(answer, ...path, 'pageInfo', 'hasNextPage')).toBe(false);
    return dig<Edge[]>(answer, ...path, 'edges');
  }

  function expectEdge(payload: Record<string, unknown>, field: string, inList: Edge[]) {
    expect(payload.userErrors).toEqual([]);
    const edge = payload[`${field}Edge`] as Edge;
    expect(edge.node.id).toBe(dig(payload, field, 'id'));
    expect(inList).toContainEqual(edge);
  }

  const PAGE = 'pageInfo { hasNextPage } edges { cursor node { id } }';

  it('createZone, createBuilding, createHousehold and createPerson: the zone connections', async () => {
    const censusZone = zone.slice(0, 12);
    smallZone = `${censusZone}901`;
    const created = await data(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${EDGE('zone')} ${ERRORS} } }`,
      { input: { code: smallZone, name: '新建小区' } },
    );
    expectEdge(
      created.createZone,
      'zone',
      await edges(
        `query($c: String!) { zone(code: $c) { children(first: 100) { ${PAGE} } } }`,
        ['zone', 'children'],
        {
          c: censusZone,
        },
      ),
    );

    const building = await data(
      `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id } ${EDGE('building')} ${ERRORS} } }`,
      { input: { smallZoneCode: smallZone, address: '幸福路1号' } },
    );
    const inZone = (list: string) => (c: string) =>
      edges(`query($c: String!) { zone(code: $c) { ${list}(first: 100) { ${PAGE} } } }`, ['zone', list], {
        c,
      });
    expectEdge(building.createBuilding, 'building', await inZone('buildings')(smallZone));

    const householdAnswer = await data(
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } ${EDGE('household')} ${ERRORS} } }`,
      { input: { smallZoneCode: smallZone } },
    );
    expectEdge(householdAnswer.createHousehold, 'household', await inZone('households')(smallZone));
    household = dig(householdAnswer, 'createHousehold', 'household', 'id');

    const person = await data(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${EDGE('person')} ${ERRORS} } }`,
      {
        input: {
          householdId: household,
          name: '王芳',
          relationship: 'HEAD',
          sex: 'FEMALE',
          birthYear: 1990,
          birthMonth: 2,
        },
      },
    );
    expectEdge(person.createPerson, 'person', await inZone('persons')(smallZone));
  });

  it('reportProblem, recordVisit, scheduleAppointment and createAccount: problems, visits, the agenda, accounts', async () => {
    const problem = await data(
      `mutation($input: ReportProblemInput!) { reportProblem(input: $input) { problem { id } ${EDGE('problem')} ${ERRORS} } }`,
      { input: { subjectId: household, category: 'OTHER', text: '门牌不清' } },
    );
    expectEdge(
      problem.reportProblem,
      'problem',
      await edges(
        `query($c: String!) { problems(filter: { zoneCode: $c }, first: 100) { ${PAGE} } }`,
        ['problems'],
        { c: smallZone },
      ),
    );

    const visit = await data(
      `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } ${EDGE('visit')} ${ERRORS} } }`,
      {
        input: {
          householdId: household,
          visitedAt: '2020-11-04T02:30:00.000Z',
          method: 'IN_PERSON',
          outcome: 'NOBODY_HOME',
        },
      },
      officer.token,
    );
    expectEdge(
      visit.recordVisit,
      'visit',
      await edges(
        `query($id: ID!) { node(id: $id) { ... on Household { visitsConnection(first: 100) { ${PAGE} } } } }`,
        ['node', 'visitsConnection'],
        { id: household },
        officer.token,
      ),
    );

    // Booked for a day ahead (appointments are never in the past); 02:30 UTC is the same day in Beijing.
    const day = beijingDay(new Date(Date.now() + 2 * 86_400_000));
    const plannedAt = `${day}T02:30:00.000Z`;
    const appointment = await data(
      `mutation($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { appointment { id } ${EDGE('appointment')} ${ERRORS} } }`,
      { input: { householdId: household, plannedAt } },
      officer.token,
    );
    expectEdge(
      appointment.scheduleAppointment,
      'appointment',
      await edges(
        `query($c: String!, $d: Date!) { agenda(day: $d, zoneCode: $c) { appointments(first: 100) { ${PAGE} } } }`,
        ['agenda', 'appointments'],
        { c: smallZone, d: day },
        officer.token,
      ),
    );

    const account = await data(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } ${EDGE('account')} ${ERRORS} } }`,
      {
        input: {
          username: 'edge-enumerator',
          name: '边普查员',
          role: 'ENUMERATOR',
          zoneCodes: [smallZone],
          password: 'long-enough-password',
        },
      },
    );
    const accounts = await edges(`{ accounts(first: 100) { ${PAGE} } }`, ['accounts'], {});
    expectEdge(account.createAccount, 'account', accounts);
  });

  it('answers no edge when the change is rejected', async () => {
    const rejected = await data(
      `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id } ${EDGE('building')} ${ERRORS} } }`,
      { input: { smallZoneCode: otherZone, address: '幸福路2号' } },
      enumerator.token,
    );
    expect(rejected.createBuilding).toMatchObject({ building: null, buildingEdge: null });
  });
});

describe('a self-report session reads its own household and persons through node, nothing else', () => {
  let resident: string;
  let own: { household: string; persons: string[]; visit: string; zone: string };
  let neighbour: { household: string; person: string };

  beforeAll(async () => {
    const rows = await api.sql<{ household: string; person: string; phone: string }>(
      `SELECT h.id::text AS household, p.id::text AS person FROM household h JOIN person p ON p.household_id = h.id
        WHERE h.small_zone_code = $1 AND h.stage = 'LISTED' ORDER BY h.id DESC, p.id LIMIT 40`,
      [zone],
    );
    const ownRow = rows[0];
    const other = rows.find((r) => r.household !== ownRow.household)!;
    const householdId = rowGlobalId('Household', zone, ownRow.household);
    await data(`mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { ${ERRORS} } }`, {
      input: {
        id: householdId,
        phone: '13800138000',
        expectedVersion: (
          await api.sql<{ version: number }>(`SELECT version FROM household WHERE id = $1`, [
            ownRow.household,
          ])
        )[0].version,
      },
    });
    const visit = await data(
      `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } ${ERRORS} } }`,
      { input: { householdId, outcome: 'NOBODY_HOME', visitedAt: '2020-11-02T01:00:00.000Z' } },
      enumerator.token,
    );
    const issued = await data(
      `mutation($input: IssueSelfReportCodeInput!) { issueSelfReportCode(input: $input) { code } }`,
      { input: { householdId } },
      enumerator.token,
    );
    const session = await data(
      `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token ${ERRORS} } }`,
      { input: { code: issued.issueSelfReportCode.code, phone: '13800138000' } },
      null,
    );
    resident = dig(session, 'startSelfReport', 'token');
    own = {
      household: householdId,
      persons: rows
        .filter((r) => r.household === ownRow.household)
        .map((r) => rowGlobalId('Person', zone, r.person)),
      visit: dig(visit, 'recordVisit', 'visit', 'id'),
      zone: toGlobalId('Zone', zone),
    };
    neighbour = {
      household: rowGlobalId('Household', zone, other.household),
      person: rowGlobalId('Person', zone, other.person),
    };
  });

  const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

  it('answers its household and each of its persons, as node and nodes', async () => {
    expect((await data(NODE, { id: own.household }, resident)).node).toEqual({
      __typename: 'Household',
      id: own.household,
    });
    for (const id of own.persons) {
      expect((await data(NODE, { id }, resident)).node).toEqual({ __typename: 'Person', id });
    }
    const both = await data(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [own.household, ...own.persons] },
      resident,
    );
    expect(both.nodes).toEqual([own.household, ...own.persons].map((id) => ({ id })));
    // The refetch a fragment-based resident page makes.
    const refetch = await data(
      `query($id: ID!) { node(id: $id) { ... on Household { id persons { id } } } }`,
      { id: own.household },
      resident,
    );
    expect(
      dig<{ id: string }[]>(refetch, 'node', 'persons')
        .map((p) => p.id)
        .sort(),
    ).toEqual([...own.persons].sort());
  });

  it("answers null for a neighbour's household and person, its own visit, its zone and any account", async () => {
    for (const id of [
      neighbour.household,
      neighbour.person,
      own.visit,
      own.zone,
      toGlobalId('Account', enumerator.id),
    ]) {
      expect([id, (await data(NODE, { id }, resident)).node]).toEqual([id, null]);
    }
    // Staff still read all of them.
    for (const id of [neighbour.household, neighbour.person, own.visit, own.zone]) {
      expect((await data(NODE, { id }, enumerator.token)).node).toMatchObject({ id });
    }
  });
});
