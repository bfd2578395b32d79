import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { factories, TEST_COUNTY } from './factories';
import { startTestApi, type TestAccount, type TestApi } from './harness';

/**
 * Small zones given to enumerators in bulk (assignSmallZones), the unassigned small zones (ZoneFilter.unassigned,
 * Zone.enumerators) and the filtered account list the staff pages of the web app read.
 */

const ASSIGN = `mutation($input: AssignSmallZonesInput!) {
  assignSmallZones(input: $input) {
    assignedCount
    account { id username zones { code } }
    userErrors { field code messageCode params message }
  }
}`;

interface AssignAnswer {
  assignSmallZones: {
    assignedCount: number;
    account: { id: string; username: string; zones: { code: string }[] } | null;
    userErrors: { field: string[]; code: string; messageCode: string; message: string }[];
  };
}

const UNASSIGNED = `query($within: String!, $unassigned: Boolean) {
  zones(filter: { withinCode: $within, level: SMALL_ZONE, unassigned: $unassigned }, first: 100) {
    totalCount
    nodes { code enumerators { username } }
  }
}`;

interface ZonesAnswer {
  zones: { totalCount: number; nodes: { code: string; enumerators: { username: string }[] }[] };
}

describe('assigning small zones in bulk', () => {
  let api: TestApi;
  let township: string;
  let sibling: string;
  let mine: string[]; // small zones of `township`
  let theirs: string[]; // small zones of `sibling`
  let countyAdmin: TestAccount;
  let officer: TestAccount;
  let enumerator: TestAccount;
  let siblingEnumerator: TestAccount;

  beforeAll(async () => {
    api = await startTestApi('assignments');
    const make = factories(api);
    const tree = await make.newZoneTree();
    township = tree.township;
    mine = [tree.smallZone];
    for (let i = 0; i < 11; i += 1) mine.push(await make.newSmallZone({ censusZone: tree.censusZone }));
    const other = await make.newZoneTree();
    sibling = other.township;
    theirs = [other.smallZone, await make.newSmallZone({ censusZone: other.censusZone })];
    countyAdmin = await api.account(Role.COUNTY_ADMIN, [TEST_COUNTY]);
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    enumerator = await api.account(Role.ENUMERATOR, [], { home: township });
    siblingEnumerator = await api.account(Role.ENUMERATOR, [], { home: sibling });
  }, 120_000);

  afterAll(() => api?.close());

  const assign = async (token: string, codes: string[], who: TestAccount = enumerator) => {
    const response = await api.request<AssignAnswer>(
      ASSIGN,
      { input: { smallZoneCodes: codes, enumeratorId: toGlobalId('Account', who.id) } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.assignSmallZones;
  };

  const unassigned = async (token: string, within = township) => {
    const response = await api.request<ZonesAnswer>(UNASSIGNED, { within, unassigned: true }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.zones;
  };

  const heldBy = (accountId: string) =>
    api
      .sql<{ code: string }>(`SELECT zone_code AS code FROM account_zone WHERE account_id = $1 ORDER BY 1`, [
        accountId,
      ])
      .then((rows) => rows.map((row) => row.code));

  it('gives three unassigned small zones to an enumerator in one step; the unassigned count drops by three', async () => {
    const before = await unassigned(countyAdmin.token);
    expect(before.totalCount).toBe(12);
    expect(before.nodes.every((zone) => zone.enumerators.length === 0)).toBe(true);

    const codes = mine.slice(0, 3);
    const result = await assign(countyAdmin.token, codes);
    expect(result.userErrors).toEqual([]);
    expect(result.assignedCount).toBe(3);
    expect(result.account?.zones.map((zone) => zone.code)).toEqual(codes);

    const after = await unassigned(countyAdmin.token);
    expect(after.totalCount).toBe(9);
    const held = await api.request<ZonesAnswer>(
      UNASSIGNED,
      { within: township, unassigned: false },
      countyAdmin.token,
    );
    expect(held.data!.zones.nodes).toEqual(
      codes.map((code) => ({ code, enumerators: [{ username: enumerator.username }] })),
    );
    // History and audit: one row per small zone, each in its county.
    const history = await api.sql<{ county: string; code: string }>(
      `SELECT county_code AS county, small_zone_code AS code FROM small_zone_assignment
        WHERE enumerator_id = $1 AND unassigned_at IS NULL ORDER BY 2`,
      [enumerator.id],
    );
    expect(history).toEqual(codes.map((code) => ({ county: TEST_COUNTY, code })));
    const audit = await api.sql<{ zone: string }>(
      `SELECT small_zone_code AS zone FROM audit_log WHERE actor_id = $1 AND action = 'ACCOUNT' ORDER BY 1`,
      [countyAdmin.id],
    );
    expect(audit.map((row) => row.zone)).toEqual(codes);
  });

  it('takes the small zones from their previous enumerator and closes its history rows', async () => {
    const previous = await api.account(Role.ENUMERATOR, [], { home: township });
    await assign(officer.token, [mine[3], mine[4]], previous);
    const result = await assign(officer.token, [mine[4], mine[5]]);
    expect(result.userErrors).toEqual([]);
    expect(await heldBy(previous.id)).toEqual([mine[3]]);
    expect(await heldBy(enumerator.id)).toEqual([...mine.slice(0, 3), mine[4], mine[5]]);
    const open = await api.sql<{ enumerator: string }>(
      `SELECT enumerator_id AS enumerator FROM small_zone_assignment
        WHERE county_code = $1 AND small_zone_code = $2 AND unassigned_at IS NULL`,
      [TEST_COUNTY, mine[4]],
    );
    expect(open).toEqual([{ enumerator: enumerator.id }]);
  });

  it('costs the same statements for 2 small zones as for 6', async () => {
    const first = await api.account(Role.ENUMERATOR, [], { home: township });
    const second = await api.account(Role.ENUMERATOR, [], { home: township });
    api.counter.reset();
    await assign(officer.token, mine.slice(6, 8), first);
    const two = api.counter.total;
    api.counter.reset();
    await assign(officer.token, mine.slice(6, 12), second);
    expect(api.counter.total).toBe(two);
  });

  it("refuses another township's small zones and another township's enumerator to a township officer, all or none", async () => {
    const fresh = await api.account(Role.ENUMERATOR, [], { home: township });
    const outside = await assign(officer.token, [mine[0], theirs[0]], fresh);
    expect(outside.assignedCount).toBe(0);
    expect(outside.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'smallZoneCodes', '1'], code: 'OUT_OF_SCOPE' }),
    ]);
    expect(await heldBy(fresh.id)).toEqual([]);

    const foreign = await assign(officer.token, [mine[0]], siblingEnumerator);
    expect(foreign.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'enumeratorId'], code: 'NOT_FOUND' }),
    ]);
    expect(await heldBy(siblingEnumerator.id)).toEqual([]);
  });

  it("refuses small zones outside the enumerator's home zone, even to the county office", async () => {
    const result = await assign(countyAdmin.token, [theirs[0], mine[0]]);
    expect(result.assignedCount).toBe(0);
    expect(result.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'smallZoneCodes', '0'],
        code: 'OUT_OF_SCOPE',
        messageCode: 'account.outsideHome',
      }),
    ]);
    expect(await heldBy(enumerator.id)).not.toContain(theirs[0]);
  });

  it('checks the list: 1 to 500 codes, small zones only, existing, of one county', async () => {
    const empty = await assign(countyAdmin.token, []);
    expect(empty.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'smallZoneCodes'],
        code: 'REQUIRED',
        messageCode: 'account.smallZoneCount',
      }),
    ]);
    const tooMany = await assign(
      countyAdmin.token,
      Array.from({ length: 501 }, (_, i) => `${mine[0].slice(0, 12)}${String(i + 1).padStart(3, '0')}`),
    );
    expect(tooMany.userErrors).toEqual([
      expect.objectContaining({ code: 'OUT_OF_RANGE', messageCode: 'account.smallZoneCount' }),
    ]);
    expect(tooMany.userErrors[0].message).toBe('一次须分配 1 至 500 个普查小区，收到 501 个。');

    const missing = `${mine[0].slice(0, 12)}899`;
    const wrong = await assign(countyAdmin.token, [township, 'abc', missing]);
    expect(wrong.userErrors.map((e) => [e.field[2], e.code])).toEqual([
      ['0', 'INVALID'],
      ['1', 'INVALID'],
    ]);
    const unknown = await assign(countyAdmin.token, [mine[0], missing]);
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'smallZoneCodes', '1'], code: 'NOT_FOUND' }),
    ]);

    const wide = await api.account(Role.COUNTY_ADMIN, ['33']);
    const counties = await assign(wide.token, [mine[0], '330102001001001']);
    expect(counties.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'smallZoneCodes', '1'],
        code: 'MISMATCH',
        messageCode: 'account.smallZonesOneCounty',
      }),
    ]);
  });

  it('is refused to supervisors and enumerators', async () => {
    const supervisor = await api.account(Role.SUPERVISOR, [], { home: township });
    // A fresh enumerator: the assignments above ended the sessions of `enumerator`.
    const field = await api.account(Role.ENUMERATOR, [mine[0].slice(0, 12)], { home: township });
    for (const token of [supervisor.token, field.token]) {
      const response = await api.request(
        ASSIGN,
        { input: { smallZoneCodes: [mine[0]], enumeratorId: toGlobalId('Account', enumerator.id) } },
        token,
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("lists a township officer's unassigned small zones of its own township only", async () => {
    const own = await unassigned(officer.token, TEST_COUNTY);
    expect(own.nodes.every((zone) => zone.code.startsWith(township))).toBe(true);
    const none = await unassigned(officer.token, sibling);
    expect(none.totalCount).toBe(0);
  });

  it('filters the accounts by role, state, zone and name', async () => {
    const disabled = await api.account(Role.SUPERVISOR, [], { home: township });
    await api.sql(`UPDATE account SET active = false, name = '停用的指导员' WHERE id = $1`, [disabled.id]);
    const list = async (filter: Record<string, unknown>) => {
      const response = await api.request<{ accounts: { nodes: { username: string }[] } }>(
        `query($filter: AccountFilter) { accounts(filter: $filter, first: 100) { nodes { username } } }`,
        { filter },
        officer.token,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.accounts.nodes.map((node) => node.username);
    };
    expect(await list({ active: false })).toEqual([disabled.username]);
    expect(await list({ role: 'SUPERVISOR', active: false })).toEqual([disabled.username]);
    expect(await list({ search: '停用的' })).toEqual([disabled.username]);
    expect(await list({ search: enumerator.username.toUpperCase() })).toEqual([enumerator.username]);
    const inZone = await list({ zoneCode: mine[0] });
    expect(inZone).toEqual([enumerator.username]);
    const roles = await list({ role: 'ENUMERATOR' });
    expect(roles).toContain(enumerator.username);
    expect(roles).not.toContain(siblingEnumerator.username);
    expect(roles).not.toContain(officer.username);
  });
});

describe('putting enumerators under a supervisor in bulk (assignSupervisor)', () => {
  let api: TestApi;
  let township: string;
  let smallZone: string;
  let officer: TestAccount;
  let supervisor: TestAccount;
  let siblingSupervisor: TestAccount;
  let siblingEnumerator: TestAccount;

  const ASSIGN_SUPERVISOR = `mutation($input: AssignSupervisorInput!) {
    assignSupervisor(input: $input) {
      supervisor { id username }
      enumerators { id username supervisor { username } }
      userErrors { field code messageCode }
    }
  }`;

  interface Answer {
    assignSupervisor: {
      supervisor: { id: string; username: string } | null;
      enumerators: { id: string; username: string; supervisor: { username: string } | null }[];
      userErrors: { field: string[]; code: string; messageCode: string }[];
    };
  }

  beforeAll(async () => {
    api = await startTestApi('assign-supervisor');
    const make = factories(api);
    const tree = await make.newZoneTree();
    township = tree.township;
    smallZone = tree.smallZone;
    const other = await make.newZoneTree();
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    supervisor = await api.account(Role.SUPERVISOR, [], { home: township });
    siblingSupervisor = await api.account(Role.SUPERVISOR, [], { home: other.township });
    siblingEnumerator = await api.account(Role.ENUMERATOR, [], { home: other.township });
  }, 120_000);

  afterAll(() => api?.close());

  const assign = async (token: string, supervisorId: string, enumeratorIds: string[]) => {
    const response = await api.request<Answer>(
      ASSIGN_SUPERVISOR,
      {
        input: {
          supervisorId: toGlobalId('Account', supervisorId),
          enumeratorIds: enumeratorIds.map((id) => toGlobalId('Account', id)),
        },
      },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.assignSupervisor;
  };
  const supervisorsOf = async (ids: string[]) =>
    (
      await api.sql<{ id: string; supervisor: string | null; version: number; session: number }>(
        `SELECT id::text, supervisor_id::text AS supervisor, version, session_version AS session
           FROM account WHERE id = ANY($1::bigint[]) ORDER BY id`,
        [ids],
      )
    ).map((row) => ({ ...row }));

  it('moves three enumerators in one step, ends their sessions, and writes one audit entry each', async () => {
    const enumerators = [
      await api.account(Role.ENUMERATOR, [smallZone], { home: township }),
      await api.account(Role.ENUMERATOR, [], { home: township }),
      await api.account(Role.ENUMERATOR, [], { home: township }),
    ];
    const ids = enumerators.map((e) => e.id);
    const answer = await assign(officer.token, supervisor.id, ids);
    expect(answer.userErrors).toEqual([]);
    expect(answer.supervisor?.username).toBe(supervisor.username);
    expect(answer.enumerators.map((e) => [e.username, e.supervisor?.username])).toEqual(
      enumerators.map((e) => [e.username, supervisor.username]),
    );
    expect(await supervisorsOf(ids)).toEqual(
      ids.map((id) => ({ id, supervisor: supervisor.id, version: 2, session: 2 })),
    );
    // The old tokens are revoked, as after updateAccount.
    const me = await api.request(`{ me { username } }`, undefined, enumerators[0].token);
    expect(me.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    const audit = await api.sql<{ entity_id: string; after: { supervisor: string } }>(
      `SELECT entity_id, after FROM audit_log WHERE entity_type = 'Account' AND actor = $1 AND after ? 'supervisor'`,
      [officer.username],
    );
    expect(audit.map((row) => row.entity_id).sort()).toEqual(
      ids.map((id) => toGlobalId('Account', id)).sort(),
    );
    expect(audit.every((row) => row.after.supervisor === supervisor.id)).toBe(true);
    // The supervisor's scope now holds the enumerator's small zone.
    const zone = await api.request<{ zone: { code: string } | null }>(
      `query($code: String!) { zone(code: $code) { code } }`,
      { code: smallZone },
      supervisor.token,
    );
    expect(zone.data!.zone).toEqual({ code: smallZone });

    // Again with the same supervisor: nothing moves, no version nor session changes.
    expect((await assign(officer.token, supervisor.id, ids)).userErrors).toEqual([]);
    expect((await supervisorsOf(ids)).map((row) => row.version)).toEqual([2, 2, 2]);
  });

  it("refuses all of them when one is another township's, naming it by index, and changes nothing", async () => {
    const mine = await api.account(Role.ENUMERATOR, [], { home: township });
    const answer = await assign(officer.token, supervisor.id, [mine.id, siblingEnumerator.id, '999999']);
    expect(answer).toEqual({
      supervisor: null,
      enumerators: [],
      userErrors: [
        { field: ['input', 'enumeratorIds', '1'], code: 'NOT_FOUND', messageCode: 'record.notFound' },
        { field: ['input', 'enumeratorIds', '2'], code: 'NOT_FOUND', messageCode: 'record.notFound' },
      ],
    });
    expect(await supervisorsOf([mine.id, siblingEnumerator.id])).toEqual(
      [mine.id, siblingEnumerator.id]
        .sort((a, b) => Number(a) - Number(b))
        .map((id) => ({ id, supervisor: null, version: 1, session: 1 })),
    );
    // Another township's supervisor, or a non-supervisor, is not found either.
    const foreign = await assign(officer.token, siblingSupervisor.id, [mine.id]);
    expect(foreign.userErrors).toEqual([
      { field: ['input', 'supervisorId'], code: 'NOT_FOUND', messageCode: 'record.notFound' },
    ]);
    expect((await assign(officer.token, mine.id, [mine.id])).userErrors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
  });

  it("refuses an enumerator whose zones lie outside the supervisor's home, even to the county office", async () => {
    const county = await api.account(Role.COUNTY_ADMIN, [TEST_COUNTY]);
    const far = await api.account(Role.ENUMERATOR, [smallZone], { home: TEST_COUNTY });
    const answer = await assign(county.token, siblingSupervisor.id, [far.id]);
    expect(answer.userErrors).toEqual([
      { field: ['input', 'enumeratorIds', '0'], code: 'OUT_OF_SCOPE', messageCode: 'account.outsideHome' },
    ]);
  });

  it('takes 1 to 200 enumerators, and is refused to supervisors and enumerators', async () => {
    const none = await assign(officer.token, supervisor.id, []);
    expect(none.userErrors).toEqual([
      { field: ['input', 'enumeratorIds'], code: 'REQUIRED', messageCode: 'account.enumeratorCount' },
    ]);
    const many = await assign(
      officer.token,
      supervisor.id,
      Array.from({ length: 201 }, (_, i) => String(i + 1)),
    );
    expect(many.userErrors.map((e) => e.code)).toEqual(['OUT_OF_RANGE']);
    const response = await api.request(
      ASSIGN_SUPERVISOR,
      { input: { supervisorId: toGlobalId('Account', supervisor.id), enumeratorIds: [] } },
      supervisor.token,
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
