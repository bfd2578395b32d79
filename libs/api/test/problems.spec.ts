import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface UserErrorShape {
  field: string[];
  message: string;
  code: string;
}

interface ProblemShape {
  id: string;
  zoneCode: string;
  category: string;
  refusedItems: string[];
  text: string;
  status: string;
  version: number;
  escalationNote: string | null;
  escalatedAt: string | null;
  resolution: string | null;
  resolvedAt: string | null;
  subject: { __typename: string; id: string };
  zone: { code: string };
  reportedBy: { username: string } | null;
  escalatedBy: { username: string } | null;
  resolvedBy: { username: string } | null;
}

interface Payload {
  problem: ProblemShape | null;
  userErrors: UserErrorShape[];
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

const PROBLEM = `id zoneCode category refusedItems text status version escalationNote escalatedAt resolution resolvedAt
  subject { __typename ... on Zone { id } ... on Building { id } ... on Household { id } ... on Person { id } }
  zone { code } reportedBy { username } escalatedBy { username } resolvedBy { username }`;
const ERRORS = `userErrors { field message code }`;

/** Problem global ID -> row id, for SQL. */
const rowOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

describe('problem log (疑难问题记录在案)', () => {
  let api: TestApi;
  let mine: string; // small zone of the enumerator
  let sibling: string; // another small zone of the same township
  let theirs: string; // a small zone of another township
  let enumerator: TestAccount;
  let supervisor: TestAccount;
  let officer: TestAccount;
  let outsider: TestAccount; // enumerator of `theirs`
  let outsiderSupervisor: TestAccount;
  let ids: {
    household: string;
    otherHousehold: string;
    person: string;
    building: string;
    siblingHousehold: string;
    theirHousehold: string;
    theirPerson: string;
  };
  /** Problems created along the way, by name. */
  const problems: Record<string, ProblemShape> = {};

  beforeAll(async () => {
    api = await startTestApi('problems');
    await seedCounty(api, 300, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [20, 25] });
    const townships = await api.sql<{ code: string; n: number }>(
      `SELECT substr(code, 1, 9) AS code, count(*)::int AS n FROM zone WHERE level = 'SMALL_ZONE'
        GROUP BY 1 HAVING count(*) >= 2 ORDER BY 1`,
    );
    expect(townships.length).toBeGreaterThanOrEqual(2);
    const smallZonesOf = async (township: string) =>
      (
        await api.sql<{ code: string }>(
          `SELECT code FROM zone WHERE level = 'SMALL_ZONE' AND code LIKE $1 ORDER BY code`,
          [`${township}%`],
        )
      ).map((z) => z.code);
    [mine, sibling] = await smallZonesOf(townships[0].code);
    [theirs] = await smallZonesOf(townships[1].code);
    enumerator = await api.account(Role.ENUMERATOR, []);
    supervisor = await api.account(Role.SUPERVISOR, []);
    await api.sql(`UPDATE account SET supervisor_id = $1 WHERE id = $2`, [supervisor.id, enumerator.id]);
    await api.sql(`INSERT INTO account_zone (account_id, zone_code) VALUES ($1, $2)`, [enumerator.id, mine]);
    officer = await api.account(Role.TOWNSHIP_OFFICER, [mine.slice(0, 9)]);
    outsiderSupervisor = await api.account(Role.SUPERVISOR, []);
    outsider = await api.account(Role.ENUMERATOR, [theirs], { supervisorId: outsiderSupervisor.id });

    const householdWithPerson = (zone: string) =>
      api.sql<{ household: string; person: string; building: string }>(
        `SELECT h.id AS household, p.id AS person, h.building_id AS building
           FROM household h JOIN person p ON p.household_id = h.id
          WHERE h.small_zone_code = $1 AND h.building_id IS NOT NULL ORDER BY h.number, p.line_number LIMIT 1`,
        [zone],
      );
    const [own] = await householdWithPerson(mine);
    const [other] = await api.sql<{ id: string }>(
      `SELECT id FROM household WHERE small_zone_code = $1 AND id <> $2 ORDER BY number LIMIT 1`,
      [mine, own.household],
    );
    const [siblings] = await householdWithPerson(sibling);
    const [their] = await householdWithPerson(theirs);
    ids = {
      household: toGlobalId('Household', own.household),
      otherHousehold: toGlobalId('Household', other.id),
      person: toGlobalId('Person', own.person),
      building: toGlobalId('Building', own.building),
      siblingHousehold: toGlobalId('Household', siblings.household),
      theirHousehold: toGlobalId('Household', their.household),
      theirPerson: toGlobalId('Person', their.person),
    };
  });
  afterAll(() => api.close());

  async function mutate(name: string, input: Record<string, unknown>, token: string): Promise<Payload> {
    const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const response = await api.request<Record<string, Payload>>(
      `mutation($input: ${inputType}!) { ${name}(input: $input) { problem { ${PROBLEM} } ${ERRORS} } }`,
      { input },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data![name];
  }
  const report = (input: Record<string, unknown>, token = enumerator.token) =>
    mutate('reportProblem', input, token);
  const escalate = (input: Record<string, unknown>, token = enumerator.token) =>
    mutate('escalateProblem', input, token);
  const resolve = (input: Record<string, unknown>, token = supervisor.token) =>
    mutate('resolveProblem', input, token);

  async function reported(name: string, input: Record<string, unknown>, token?: string) {
    const result = await report(input, token);
    expect(result.userErrors).toEqual([]);
    problems[name] = result.problem!;
    return result.problem!;
  }

  async function count(where: string, params: unknown[] = []): Promise<number> {
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM problem WHERE ${where}`,
      params,
    );
    return n;
  }

  it('records problems about a household, a person, a building and zones of any level', async () => {
    const refusal = await reported('refusal', {
      subjectId: ids.household,
      category: 'REFUSAL',
      text: '  多次上门均拒绝开门，称不配合登记。 ',
    });
    expect(refusal).toMatchObject({
      zoneCode: mine,
      category: 'REFUSAL',
      refusedItems: [],
      text: '多次上门均拒绝开门，称不配合登记。',
      status: 'OPEN',
      version: 1,
      subject: { __typename: 'Household', id: ids.household },
      zone: { code: mine },
      reportedBy: { username: enumerator.username },
      escalatedAt: null,
      resolvedAt: null,
    });

    const items = await reported('items', {
      subjectId: ids.person,
      category: 'ITEM_REFUSAL',
      text: '拒绝填报职业和婚姻状况。',
      refusedItems: ['OCCUPATION', 'MARITAL_STATUS', 'OCCUPATION'],
    });
    expect(items).toMatchObject({
      zoneCode: mine,
      refusedItems: ['OCCUPATION', 'MARITAL_STATUS'],
      subject: { __typename: 'Person', id: ids.person },
    });

    const address = await reported('address', {
      subjectId: ids.building,
      category: 'ADDRESS_NOT_FOUND',
      text: '公安推送地址在本建筑物找不到。',
    });
    expect(address).toMatchObject({ zoneCode: mine, subject: { __typename: 'Building', id: ids.building } });

    const smallZone = await reported('smallZone', {
      subjectId: toGlobalId('Zone', mine),
      category: 'SOURCES_DISAGREE',
      text: '用电信息显示 3 户空户正常用电。',
    });
    expect(smallZone).toMatchObject({
      zoneCode: mine,
      subject: { __typename: 'Zone', id: toGlobalId('Zone', mine) },
    });

    await reported('whereabouts', {
      subjectId: ids.otherHousehold,
      category: 'WHEREABOUTS_UNKNOWN',
      text: '全户外出，去向不明，电话无人接听。',
    });
    await reported(
      'housing',
      {
        subjectId: ids.otherHousehold,
        category: 'ITEM_REFUSAL',
        text: '拒绝填报住房和车辆情况。',
        refusedItems: ['HOUSING', 'VEHICLES'],
      },
      supervisor.token,
    );

    // An office records problems about its census zones and township: zone_code is the zone itself.
    const censusZone = await reported(
      'censusZone',
      { subjectId: toGlobalId('Zone', mine.slice(0, 12)), category: 'OTHER', text: '村委会人手不足。' },
      officer.token,
    );
    expect(censusZone).toMatchObject({ zoneCode: mine.slice(0, 12), zone: { code: mine.slice(0, 12) } });
    await reported(
      'township',
      { subjectId: toGlobalId('Zone', mine.slice(0, 9)), category: 'OTHER', text: '流动人口集中。' },
      officer.token,
    );
    await reported(
      'sibling',
      { subjectId: ids.siblingHousehold, category: 'REFUSAL', text: '门难进。' },
      officer.token,
    );
    await reported(
      'theirs',
      { subjectId: ids.theirHousehold, category: 'REFUSAL', text: '拒绝登记。' },
      api.admin.token,
    );
    await reported(
      'theirPerson',
      { subjectId: ids.theirPerson, category: 'WHEREABOUTS_UNKNOWN', text: '人户分离，去向不明。' },
      api.admin.token,
    );

    const [row] = await api.sql<Record<string, unknown>>(
      `SELECT zone_code, subject_zone_code, building_id, household_id, person_id, reported_by::text, version
         FROM problem WHERE id = $1`,
      [rowOf(items.id)],
    );
    expect(row).toEqual({
      zone_code: mine,
      subject_zone_code: null,
      building_id: null,
      household_id: null,
      person_id: rowOf(ids.person),
      reported_by: enumerator.id,
      version: 1,
    });
  });

  it('shows the problems of households, persons and buildings without one statement per row', async () => {
    const query = `query($zone: String!) {
      households(filter: { zoneCode: $zone }, first: 100) {
        nodes { id problems { id category subject { __typename } reportedBy { username } }
                persons { id problems { id refusedItems } } building { id problems { id } } } } }`;
    interface Nested {
      households: {
        nodes: {
          id: string;
          problems: { id: string; category: string }[];
          persons: { id: string; problems: { id: string; refusedItems: string[] }[] }[];
          building: { id: string; problems: { id: string }[] } | null;
        }[];
      };
    }
    const statementsFor = async (zone: string) => {
      api.counter.reset();
      const response = await api.request<Nested>(query, { zone });
      expect(response.errors).toBeUndefined();
      if (process.env.SHOW_SQL) console.log(api.counter.statements.map((s) => s.slice(0, 140)).join('\n'));
      return { statements: api.counter.total, data: response.data! };
    };
    const own = await statementsFor(mine);
    const household = own.data.households.nodes.find((h) => h.id === ids.household)!;
    expect(household.problems.map((p) => p.id)).toEqual([problems.refusal.id]);
    const other = own.data.households.nodes.find((h) => h.id === ids.otherHousehold)!;
    expect(other.problems.map((p) => p.id)).toEqual([problems.whereabouts.id, problems.housing.id]);
    const person = household.persons.find((p) => p.id === ids.person)!;
    expect(person.problems).toEqual([
      { id: problems.items.id, refusedItems: ['OCCUPATION', 'MARITAL_STATUS'] },
    ]);
    expect(household.building!.problems.map((p) => p.id)).toEqual([problems.address.id]);
    // Whatever the number of households and persons, a bounded number of statements: the caller, the household
    // page, persons, buildings, accounts and problems once per nesting level (households, persons, buildings).
    // On a quiet machine levels that land in the same tick share a statement (8 in all); on a loaded one the
    // answers of one level may arrive in separate ticks and split a batch, never per row (20+ households and
    // their persons would be over 60).
    const elsewhere = await statementsFor(sibling);
    for (const result of [own, elsewhere]) {
      expect(result.data.households.nodes.length).toBeGreaterThanOrEqual(20);
      expect(result.statements).toBeLessThanOrEqual(14);
    }
  });

  it('names the field of every rejected input and writes nothing', async () => {
    const before = await count('TRUE');
    const errorsOf = async (input: Record<string, unknown>) =>
      (await report(input)).userErrors.map(({ field, code }) => ({ field: field.join('.'), code }));

    expect(await errorsOf({ subjectId: ids.household, category: 'REFUSAL', text: '   ' })).toEqual([
      { field: 'input.text', code: 'REQUIRED' },
    ]);
    expect(
      await errorsOf({ subjectId: ids.household, category: 'REFUSAL', text: '拒'.repeat(2001) }),
    ).toEqual([{ field: 'input.text', code: 'OUT_OF_RANGE' }]);
    expect(await errorsOf({ subjectId: ids.person, category: 'ITEM_REFUSAL', text: 'x' })).toEqual([
      { field: 'input.refusedItems', code: 'REQUIRED' },
    ]);
    expect(
      await errorsOf({ subjectId: ids.person, category: 'ITEM_REFUSAL', text: 'x', refusedItems: [] }),
    ).toEqual([{ field: 'input.refusedItems', code: 'REQUIRED' }]);
    expect(
      await errorsOf({ subjectId: ids.person, category: 'REFUSAL', text: 'x', refusedItems: ['HOUSING'] }),
    ).toEqual([{ field: 'input.refusedItems', code: 'INVALID' }]);
    expect(await errorsOf({ subjectId: 'not-an-id', category: 'OTHER', text: 'x' })).toEqual([
      { field: 'input.subjectId', code: 'INVALID' },
    ]);
    expect(
      await errorsOf({ subjectId: toGlobalId('Account', enumerator.id), category: 'OTHER', text: 'x' }),
    ).toEqual([{ field: 'input.subjectId', code: 'INVALID' }]);
    expect(await errorsOf({ subjectId: ids.building, category: 'REFUSAL', text: 'x' })).toEqual([
      { field: 'input.category', code: 'MISMATCH' },
    ]);
    expect(
      await errorsOf({ subjectId: toGlobalId('Household', '999999999'), category: 'REFUSAL', text: 'x' }),
    ).toEqual([{ field: 'input.subjectId', code: 'NOT_FOUND' }]);
    // Its own census zone is visible to the enumerator (an ancestor) but not held: OUT_OF_SCOPE, as zone mutations.
    expect(
      await errorsOf({ subjectId: toGlobalId('Zone', mine.slice(0, 12)), category: 'OTHER', text: 'x' }),
    ).toEqual([{ field: 'input.subjectId', code: 'OUT_OF_SCOPE' }]);
    // Every problem of one input at once.
    expect(
      await errorsOf({
        subjectId: toGlobalId('Person', '999999999'),
        category: 'ITEM_REFUSAL',
        text: '',
      }),
    ).toEqual([
      { field: 'input.subjectId', code: 'NOT_FOUND' },
      { field: 'input.text', code: 'REQUIRED' },
      { field: 'input.refusedItems', code: 'REQUIRED' },
    ]);
    const missing = await report({
      subjectId: toGlobalId('Building', '999999999'),
      category: 'OTHER',
      text: 'x',
    });
    expect(missing.userErrors[0].message).toBe(
      `Building ${toGlobalId('Building', '999999999')} does not exist.`,
    );

    const problem = problems.refusal;
    const fieldsOf = (payload: Payload) => payload.userErrors.map(({ field, code }) => ({ field, code }));
    expect(fieldsOf(await escalate({ id: 'garbage', expectedVersion: 1 }))).toEqual([
      { field: ['input', 'id'], code: 'INVALID' },
    ]);
    expect(fieldsOf(await escalate({ id: ids.household, expectedVersion: 1 }))).toEqual([
      { field: ['input', 'id'], code: 'INVALID' },
    ]);
    expect(fieldsOf(await escalate({ id: problem.id, expectedVersion: 1, note: 'n'.repeat(2001) }))).toEqual([
      { field: ['input', 'note'], code: 'OUT_OF_RANGE' },
    ]);
    expect(fieldsOf(await resolve({ id: problem.id, expectedVersion: 1, resolution: ' ' }))).toEqual([
      { field: ['input', 'resolution'], code: 'REQUIRED' },
    ]);
    expect(
      fieldsOf(await resolve({ id: problem.id, expectedVersion: 1, resolution: 'r'.repeat(2001) })),
    ).toEqual([{ field: ['input', 'resolution'], code: 'OUT_OF_RANGE' }]);
    expect(await count('TRUE')).toBe(before);
    expect(await count(`id = $1 AND version = 1 AND status = 'OPEN'`, [rowOf(problem.id)])).toBe(1);
  });

  it('moves OPEN -> ESCALATED -> RESOLVED with versions, and RESOLVED is final', async () => {
    const { id } = problems.refusal;
    const escalated = await escalate({ id, expectedVersion: 1, note: '  请指导员协助上门。 ' });
    expect(escalated.userErrors).toEqual([]);
    expect(escalated.problem).toMatchObject({
      status: 'ESCALATED',
      version: 2,
      escalationNote: '请指导员协助上门。',
      escalatedBy: { username: enumerator.username },
      resolvedAt: null,
    });
    expect(escalated.problem!.escalatedAt).toEqual(expect.any(String));

    const stale = await escalate({ id, expectedVersion: 1 });
    expect(stale.problem).toBeNull();
    expect(stale.userErrors).toEqual([
      {
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
        message: `Problem ${id} is at version 2, not 1: someone changed it; re-read and retry.`,
      },
    ]);
    const again = await escalate({ id, expectedVersion: 2 });
    expect(again.userErrors).toEqual([
      { field: ['input', 'id'], code: 'INVALID', message: `Problem ${id} is already ESCALATED.` },
    ]);

    const staleResolve = await resolve({ id, expectedVersion: 1, resolution: 'x' });
    expect(staleResolve.userErrors[0]).toMatchObject({
      field: ['input', 'expectedVersion'],
      code: 'CONFLICT',
    });
    const resolved = await resolve({ id, expectedVersion: 2, resolution: '指导员上门后完成登记。' });
    expect(resolved.userErrors).toEqual([]);
    expect(resolved.problem).toMatchObject({
      status: 'RESOLVED',
      version: 3,
      resolution: '指导员上门后完成登记。',
      escalatedBy: { username: enumerator.username },
    });
    problems.refusal = resolved.problem!;
    // A supervisor holds no zone of its own, so accounts that see it are those of the county (account visibility).
    const asAdmin = await api.request<{ node: ProblemShape }>(
      `query($id: ID!) { node(id: $id) { ... on Problem { ${PROBLEM} } } }`,
      {
        id,
      },
    );
    expect(asAdmin.data!.node).toMatchObject({
      status: 'RESOLVED',
      reportedBy: { username: enumerator.username },
      resolvedBy: { username: supervisor.username },
    });

    const reopen = await escalate({ id, expectedVersion: 3 });
    expect(reopen.userErrors).toEqual([
      { field: ['input', 'id'], code: 'INVALID', message: `Problem ${id} is RESOLVED, which is final.` },
    ]);
    const twice = await resolve({ id, expectedVersion: 3, resolution: 'again' });
    expect(twice.userErrors).toEqual([
      {
        field: ['input', 'id'],
        code: 'INVALID',
        message: `Problem ${id} is already RESOLVED, which is final.`,
      },
    ]);

    // OPEN -> RESOLVED directly, by the township office.
    const direct = await resolve(
      { id: problems.address.id, expectedVersion: 1, resolution: '地址已核实为拆迁。' },
      officer.token,
    );
    expect(direct.problem).toMatchObject({
      status: 'RESOLVED',
      version: 2,
      escalatedAt: null,
      resolvedBy: { username: officer.username },
    });
    problems.address = direct.problem!;
    // A supervisor escalates to the office.
    const byOffice = await escalate({ id: problems.whereabouts.id, expectedVersion: 1 }, supervisor.token);
    expect(byOffice.problem).toMatchObject({ status: 'ESCALATED', escalationNote: null });
    problems.whereabouts = byOffice.problem!;

    const [row] = await api.sql<{
      status: string;
      resolved_by: string;
      escalated_by: string;
      version: number;
    }>(`SELECT status, resolved_by::text, escalated_by::text, version FROM problem WHERE id = $1`, [
      rowOf(id),
    ]);
    expect(row).toEqual({
      status: 'RESOLVED',
      resolved_by: supervisor.id,
      escalated_by: enumerator.id,
      version: 3,
    });
  });

  it('lets only the roles of each step take it', async () => {
    const { id } = problems.items;
    const enumeratorResolves = await api.request(
      `mutation($input: ResolveProblemInput!) { resolveProblem(input: $input) { ${ERRORS} } }`,
      { input: { id, expectedVersion: 1, resolution: 'x' } },
      enumerator.token,
    );
    expect(enumeratorResolves.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const officerEscalates = await api.request(
      `mutation($input: EscalateProblemInput!) { escalateProblem(input: $input) { ${ERRORS} } }`,
      { input: { id, expectedVersion: 1 } },
      officer.token,
    );
    expect(officerEscalates.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.request(`{ problems { totalCount } }`, undefined, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by zone subtree, category, status, refused item and subject, counting what SQL counts', async () => {
    const listed = async (filter: Record<string, unknown>, token = api.admin.token) => {
      const response = await api.request<{ problems: Page }>(
        `query($f: ProblemFilter) { problems(filter: $f, first: 100) { totalCount nodes { id } } }`,
        { f: filter },
        token,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.problems;
    };
    const expected = async (where: string, params: unknown[]) =>
      (
        await api.sql<{ id: string }>(`SELECT id FROM problem WHERE ${where} ORDER BY zone_code, id`, params)
      ).map((r) => toGlobalId('Problem', r.id));
    const township = mine.slice(0, 9);
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{}, 'TRUE', []],
      [{ zoneCode: mine.slice(0, 6) }, 'zone_code LIKE $1', [`${mine.slice(0, 6)}%`]],
      [{ zoneCode: township }, 'zone_code LIKE $1', [`${township}%`]],
      [{ zoneCode: `${township}000` }, 'zone_code LIKE $1', [`${township}%`]],
      [{ zoneCode: mine.slice(0, 12) }, 'zone_code LIKE $1', [`${mine.slice(0, 12)}%`]],
      [{ zoneCode: mine }, 'zone_code = $1', [mine]],
      [{ category: ['REFUSAL', 'ITEM_REFUSAL'] }, `category IN ('REFUSAL', 'ITEM_REFUSAL')`, []],
      [{ status: ['OPEN'] }, `status = 'OPEN'`, []],
      [{ status: ['ESCALATED', 'RESOLVED'] }, `status <> 'OPEN'`, []],
      [
        { zoneCode: township, category: ['REFUSAL'], status: ['OPEN'] },
        `zone_code LIKE $1 AND category = 'REFUSAL' AND status = 'OPEN'`,
        [`${township}%`],
      ],
      [{ refusedItems: ['HOUSING', 'HEALTH'] }, `'HOUSING' = ANY(refused_items)`, []],
      [{ subjectId: ids.otherHousehold }, 'household_id = $1', [rowOf(ids.otherHousehold)]],
      [{ subjectId: toGlobalId('Zone', mine) }, 'subject_zone_code = $1', [mine]],
      [{ subjectId: 'garbage' }, 'FALSE', []],
    ];
    for (const [filter, where, params] of cases) {
      const ids = await expected(where, params);
      const page = await listed(filter);
      expect({ filter, totalCount: page.totalCount, ids: page.nodes.map((n) => n.id) }).toEqual({
        filter,
        totalCount: ids.length,
        ids,
      });
    }
    expect((await expected('TRUE', [])).length).toBe(11);
    expect((await listed({ zoneCode: township })).totalCount).toBe(9);

    // Paging with cursors visits each problem once, in order.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: { data?: { problems: Page } } = await api.request(
        `query($after: String) { problems(first: 3, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      const page: Page = response.data!.problems;
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(await expected('TRUE', []));

    // The enumerator's own list: its small zone only, not the census zone or township above it.
    const own = await listed({}, enumerator.token);
    expect(own.nodes.map((n) => n.id)).toEqual(await expected('zone_code = $1', [mine]));
    // The township office sees its whole township, including zone-level problems.
    expect((await listed({}, officer.token)).totalCount).toBe(
      await count('zone_code LIKE $1', [`${township}%`]),
    );
  });

  it('hides the problems of other small zones from an enumerator, exactly like missing ones', async () => {
    const asOutsider = <T>(query: string, variables?: Record<string, unknown>) =>
      api.request<T>(query, variables, outsider.token);
    const mineIds = Object.values(problems)
      .filter((p) => p.zoneCode.startsWith(mine.slice(0, 9)))
      .map((p) => p.id);
    expect(mineIds.length).toBe(9);

    const lists = await asOutsider<{ mine: Page; all: Page; nodes: unknown[]; node: unknown }>(
      `query($zone: String!, $ids: [ID!]!, $id: ID!) {
        mine: problems(filter: { zoneCode: $zone }) { totalCount nodes { id } }
        all: problems(first: 100) { totalCount nodes { id } }
        nodes(ids: $ids) { id }
        node(id: $id) { id }
      }`,
      { zone: mine.slice(0, 9), ids: mineIds, id: mineIds[0] },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.mine).toEqual({ totalCount: 0, nodes: [] });
    expect(lists.data!.all.totalCount).toBe(await count('zone_code = $1', [theirs]));
    expect(lists.data!.all.nodes.map((n) => n.id).sort()).toEqual(
      [problems.theirs.id, problems.theirPerson.id].sort(),
    );
    expect(lists.data!.nodes).toEqual(mineIds.map(() => null));
    expect(lists.data!.node).toBeNull();

    // The message names only the ID the caller sent; replace it to compare the rest.
    const normalized = (payload: Payload, sent: string) =>
      payload.userErrors.map(({ field, code, message }) => ({
        field,
        code,
        message: message.split(sent).join('<id>'),
      }));
    const reports: [string, string, string][] = [
      ['Household', ids.household, toGlobalId('Household', '999999999')],
      ['Person', ids.person, toGlobalId('Person', '999999999')],
      ['Building', ids.building, toGlobalId('Building', '999999999')],
      ['Zone', toGlobalId('Zone', mine), toGlobalId('Zone', '330106999999999')],
    ];
    for (const [type, foreign, missing] of reports) {
      const a = await report({ subjectId: foreign, category: 'OTHER', text: '越权' }, outsider.token);
      const b = await report({ subjectId: missing, category: 'OTHER', text: '越权' }, outsider.token);
      expect(a.problem).toBeNull();
      expect(normalized(a, foreign)).toEqual([
        { field: ['input', 'subjectId'], code: 'NOT_FOUND', message: `${type} <id> does not exist.` },
      ]);
      expect(normalized(a, foreign)).toEqual(normalized(b, missing));
    }

    const ghostProblem = toGlobalId('Problem', '999999999');
    const open = problems.items; // still OPEN, version 1
    const escalations = [
      await escalate({ id: open.id, expectedVersion: 1 }, outsider.token),
      await escalate({ id: ghostProblem, expectedVersion: 1 }, outsider.token),
    ];
    expect(normalized(escalations[0], open.id)).toEqual([
      { field: ['input', 'id'], code: 'NOT_FOUND', message: 'Problem <id> does not exist.' },
    ]);
    expect(normalized(escalations[0], open.id)).toEqual(normalized(escalations[1], ghostProblem));
    const resolutions = [
      await resolve({ id: open.id, expectedVersion: 1, resolution: '越权' }, outsiderSupervisor.token),
      await resolve({ id: ghostProblem, expectedVersion: 1, resolution: '越权' }, outsiderSupervisor.token),
    ];
    expect(normalized(resolutions[0], open.id)).toEqual(normalized(resolutions[1], ghostProblem));
    expect(resolutions[0].userErrors[0].code).toBe('NOT_FOUND');

    expect(await count(`text = '越权'`)).toBe(0);
    expect(await count(`id = $1 AND status = 'OPEN' AND version = 1`, [rowOf(open.id)])).toBe(1);
  });
});
