import { beijingDay } from '@census/rules';

import { ACCESS_EXTENSION } from '../src/auth/access';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { buildCensusSchema } from '../src/server/schema';
import { rowGlobalId } from './factories';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

describe('every root field declares who may call it', () => {
  it('has an access rule on each Query and Mutation field', async () => {
    const schema = await buildCensusSchema();
    const undeclared = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !Array.isArray(field.extensions[ACCESS_EXTENSION]))
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(undeclared).toEqual([]);
  });
});

describe('zone scopes', () => {
  let api: TestApi;
  let mine: string; // a small zone the enumerator holds
  let theirs: string; // a small zone in another township
  let enumerator: TestAccount;
  let ids: Record<'household' | 'building' | 'person', string>;

  beforeAll(async () => {
    api = await startTestApi('access');
    await seedCounty(api, 300, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [20, 25] });
    const townships = await api.sql<{ code: string }>(
      `SELECT DISTINCT substr(code, 1, 9) AS code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY 1`,
    );
    expect(townships.length).toBeGreaterThan(2);
    [{ code: mine }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' AND code LIKE $1 ORDER BY code LIMIT 1`,
      [`${townships[0].code}%`],
    );
    [{ code: theirs }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' AND code LIKE $1 ORDER BY code LIMIT 1`,
      [`${townships[1].code}%`],
    );
    enumerator = await api.account(Role.ENUMERATOR, [mine]);
    const [row] = await api.sql<{ household: string; building: string; person: string }>(
      `SELECT h.id AS household, h.building_id AS building, p.id AS person
         FROM household h JOIN person p ON p.household_id = h.id WHERE h.small_zone_code = $1 LIMIT 1`,
      [theirs],
    );
    ids = {
      household: rowGlobalId('Household', theirs, row.household),
      building: rowGlobalId('Building', theirs, row.building),
      person: rowGlobalId('Person', theirs, row.person),
    };
  });
  afterAll(() => api.close());

  const asEnumerator = <T>(query: string, variables?: Record<string, unknown>) =>
    api.request<T>(query, variables, enumerator.token);

  it('refuses anonymous callers and wrong roles with UNAUTHENTICATED and FORBIDDEN', async () => {
    const anonymous = await api.request(`{ zones { totalCount } }`, undefined, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const expired = await api.request(`{ zones { totalCount } }`, undefined, 'not-a-token');
    expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await asEnumerator(
      `mutation { createZone(input: { code: "${mine.slice(0, 12)}999", name: "x" }) { zone { code } } }`,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('hides every kind of object of other zones from node(id): visits, appointments, problems, accounts too', async () => {
    const household = ids.household;
    const officerElsewhere = await api.account(Role.TOWNSHIP_OFFICER, [theirs.slice(0, 9)]);
    const made = await api.request<{
      recordVisit: { visit: { id: string } };
      scheduleAppointment: { appointment: { id: string } };
      reportProblem: { problem: { id: string } };
    }>(
      `mutation($h: ID!, $at: DateTimeISO!) {
        recordVisit(input: { householdId: $h, visitedAt: $at, outcome: REFUSED }) { visit { id } }
        scheduleAppointment(input: { householdId: $h, plannedAt: $at }) { appointment { id } }
        reportProblem(input: { subjectId: $h, category: REFUSAL, text: "拒绝开门" }) { problem { id } }
      }`,
      { h: household, at: new Date(Date.now() - 60_000).toISOString() },
      officerElsewhere.token,
    );
    expect(made.errors).toBeUndefined();
    const foreign = [
      made.data!.recordVisit.visit.id,
      made.data!.scheduleAppointment.appointment.id,
      made.data!.reportProblem.problem.id,
      toGlobalId('Account', officerElsewhere.id),
    ];
    const seen = await asEnumerator<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: foreign,
    });
    expect(seen.data!.nodes).toEqual([null, null, null, null]);
    // The administrator who holds both zones sees all of them.
    const admin = await api.request<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: foreign,
    });
    expect(admin.data!.nodes.every((n) => n !== null)).toBe(true);
    const lists = await asEnumerator<{
      problems: { totalCount: number };
      agenda: { appointments: { totalCount: number } };
    }>(
      `{ problems { totalCount } agenda(day: "${beijingDay(new Date(Date.now() - 60_000))}") { appointments { totalCount } } }`,
    );
    expect(lists.data).toEqual({ problems: { totalCount: 0 }, agenda: { appointments: { totalCount: 0 } } });
  });

  it('hides objects of other zones from node(id) and nodes(ids), exactly like missing ones', async () => {
    const response = await asEnumerator<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      {
        ids: [
          ids.household,
          ids.building,
          ids.person,
          toGlobalId('Zone', theirs),
          toGlobalId('Household', '999999999'),
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.nodes).toEqual([null, null, null, null, null]);
  });

  it('counts and lists only its own data in every connection, nested or not', async () => {
    const [{ households, persons, buildings }] = await api.sql<{
      households: number;
      persons: number;
      buildings: number;
    }>(
      `SELECT (SELECT count(*)::int FROM household WHERE small_zone_code = $1) AS households,
              (SELECT count(*)::int FROM person WHERE small_zone_code = $1) AS persons,
              (SELECT count(*)::int FROM building WHERE small_zone_code = $1) AS buildings`,
      [mine],
    );
    const response = await asEnumerator<{
      households: { totalCount: number };
      persons: { totalCount: number };
      buildings: { totalCount: number };
      zones: { totalCount: number; nodes: { code: string }[] };
      county: { households: { totalCount: number }; children: { totalCount: number } };
      other: null;
      byKey: null;
    }>(
      `query($theirs: String!, $number: String!) {
        households { totalCount } persons { totalCount } buildings { totalCount }
        zones(first: 100) { totalCount nodes { code } }
        county: zone(code: "330106") { households { totalCount } children { totalCount } }
        other: zone(code: $theirs) { code }
        byKey: household(smallZoneCode: $theirs, number: $number) { id }
      }`,
      { theirs, number: '001' },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.households.totalCount).toBe(households);
    expect(data.persons.totalCount).toBe(persons);
    expect(data.buildings.totalCount).toBe(buildings);
    expect(data.county.households.totalCount).toBe(households);
    expect(data.county.children.totalCount).toBe(1);
    // Its own small zone and the chain of ancestors above it, nothing else.
    expect(data.zones.nodes.map((z) => z.code)).toEqual([
      '33',
      '3301',
      '330106',
      mine.slice(0, 9),
      mine.slice(0, 12),
      mine,
    ]);
    expect(data.other).toBeNull();
    expect(data.byKey).toBeNull();
  });

  it('cannot change data of another zone, and the error tells nothing about it', async () => {
    const attempts = (id: typeof ids) => [
      `mutation { updateHousehold(input: { id: "${id.household}", expectedVersion: 1, rooms: 2 }) { household { id } userErrors { code message } } }`,
      `mutation { deleteBuilding(input: { id: "${id.building}", expectedVersion: 1 }) { deletedId userErrors { code message } } }`,
      `mutation { updatePerson(input: { id: "${id.person}", expectedVersion: 1, name: "某某" }) { person { id } userErrors { code message } } }`,
      `mutation { deletePerson(input: { id: "${id.person}", expectedVersion: 1 }) { deletedId userErrors { code message } } }`,
      `mutation { createPerson(input: { householdId: "${id.household}", name: "某某", relationship: HEAD, sex: MALE, birthYear: 1980, birthMonth: 1 }) { person { id } userErrors { code message } } }`,
    ];
    const ghosts = {
      household: toGlobalId('Household', '999999999'),
      building: toGlobalId('Building', '999999999'),
      person: toGlobalId('Person', '999999999'),
    };
    const answers = async (mutations: string[]) =>
      Promise.all(
        mutations.map(async (mutation) => {
          const response =
            await asEnumerator<Record<string, { userErrors: { code: string; message: string }[] }>>(mutation);
          const { code, message } = Object.values(response.data!)[0].userErrors[0];
          // The message names only the ID the caller sent; replace it to compare the rest.
          return { code, message: message.replace(/[A-Za-z0-9_-]{8,}/g, '<id>') };
        }),
      );
    const foreign = await answers(attempts(ids));
    expect(foreign.every((a) => a.code === 'NOT_FOUND')).toBe(true);
    // The same mutations on IDs that do not exist answer exactly the same way.
    expect(foreign).toEqual(await answers(attempts(ghosts)));
    const create = await asEnumerator<{ createHousehold: { userErrors: { code: string }[] } }>(
      `mutation { createHousehold(input: { smallZoneCode: "${theirs}" }) { household { id } userErrors { code } } }`,
    );
    expect(create.data!.createHousehold.userErrors[0].code).toBe('OUT_OF_SCOPE');
    const [{ n }] = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM person WHERE name = '某某'`);
    expect(n).toBe(0);
  });

  it('lets a supervisor see the small zones of its enumerators and nothing else', async () => {
    const supervisor = await api.account(Role.SUPERVISOR, []);
    const team = await api.account(Role.ENUMERATOR, [theirs], { supervisorId: supervisor.id });
    // It sees its team and itself among the accounts, although it holds no zone of its own.
    const accounts = await api.request<{ accounts: { nodes: { username: string }[] } }>(
      `{ accounts(first: 100) { nodes { username } } }`,
      undefined,
      supervisor.token,
    );
    expect(accounts.data!.accounts.nodes.map((a) => a.username).sort()).toEqual(
      [supervisor.username, team.username].sort(),
    );
    const response = await api.request<{ households: { totalCount: number } }>(
      `{ households { totalCount } }`,
      undefined,
      supervisor.token,
    );
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM household WHERE small_zone_code = $1`,
      [theirs],
    );
    expect(response.data!.households.totalCount).toBe(n);
  });

  it("keeps a small zone's data when it moves to another enumerator, and takes it from the previous one", async () => {
    const officer = await api.account(Role.TOWNSHIP_OFFICER, [mine.slice(0, 9)]);
    const newcomer = await api.account(Role.ENUMERATOR, [], { home: mine.slice(0, 9) });
    const [{ n: before }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM household WHERE small_zone_code = $1`,
      [mine],
    );
    const moved = await api.request<{ assignSmallZone: { userErrors: unknown[] } }>(
      `mutation($input: AssignSmallZoneInput!) { assignSmallZone(input: $input) { account { username } userErrors { code message } } }`,
      { input: { smallZoneCode: mine, enumeratorId: toGlobalId('Account', newcomer.id) } },
      officer.token,
    );
    expect(moved.data!.assignSmallZone.userErrors).toEqual([]);
    const count = `{ households { totalCount } }`;
    // Both scopes changed: the sessions of both enumerators ended; a new login sees the new scope.
    for (const token of [newcomer.token, enumerator.token]) {
      const ended = await api.request(count, undefined, token);
      expect(ended.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    }
    enumerator = { ...enumerator, token: await api.signIn(enumerator.id) };
    expect(
      (
        await api.request<{ households: { totalCount: number } }>(
          count,
          undefined,
          await api.signIn(newcomer.id),
        )
      ).data!.households.totalCount,
    ).toBe(before);
    expect(
      (
        await api.request<{ households: { totalCount: number } }>(
          count,
          undefined,
          await api.signIn(enumerator.id),
        )
      ).data!.households.totalCount,
    ).toBe(0);
    const audited = await api.request<{ auditLog: { nodes: { action: string; actor: string }[] } }>(
      `{ auditLog(action: ACCOUNT) { nodes { action actor } } }`,
      undefined,
      officer.token,
    );
    expect(audited.data!.auditLog.nodes).toEqual([{ action: 'ACCOUNT', actor: officer.username }]);
    const history = await api.sql(
      `SELECT enumerator_id FROM small_zone_assignment WHERE small_zone_code = $1`,
      [mine],
    );
    expect(history).toHaveLength(1);
    // An officer cannot hand out small zones of another township.
    const refused = await api.request<{ assignSmallZone: { userErrors: { code: string }[] } }>(
      `mutation($input: AssignSmallZoneInput!) { assignSmallZone(input: $input) { userErrors { code } } }`,
      { input: { smallZoneCode: theirs, enumeratorId: toGlobalId('Account', newcomer.id) } },
      officer.token,
    );
    expect(refused.data!.assignSmallZone.userErrors[0].code).toBe('OUT_OF_SCOPE');
  });
});
