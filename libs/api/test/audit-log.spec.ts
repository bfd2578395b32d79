import { makeCitizenId, maskCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { type Factories, factories, type HouseholdRow, type ZoneTree } from './factories';
import { startTestApi, type TestAccount, type TestApi } from './harness';

interface Entry {
  action: string;
  entityType: string;
  subject: string;
  smallZoneCode: string | null;
  actor: string;
  changes: { item: string; before: string | null; after: string | null }[];
}

const ENTRY = `at action entityType subject smallZoneCode actor changes { item before after }`;

describe('audit log people can read: changed items, object labels, filters, scope, every kind audited', () => {
  let api: TestApi;
  let make: Factories;
  let tree: ZoneTree;
  let other: ZoneTree;
  let enumerator: TestAccount;
  let officer: TestAccount;
  let otherOfficer: TestAccount;

  beforeAll(async () => {
    api = await startTestApi('audit-log');
    make = factories(api);
    tree = await make.newZoneTree();
    other = await make.newZoneTree();
    enumerator = await api.account(Role.ENUMERATOR, [tree.smallZone]);
    officer = await api.account(Role.TOWNSHIP_OFFICER, [tree.township]);
    otherOfficer = await api.account(Role.TOWNSHIP_OFFICER, [other.township]);
  });
  afterAll(() => api.close());

  async function log(args: Record<string, unknown>, token = officer.token, first = 100): Promise<Entry[]> {
    const names = Object.keys(args);
    const types: Record<string, string> = {
      zoneCode: 'String',
      action: 'AuditAction',
      actor: 'String',
      from: 'Date',
      to: 'Date',
      entityType: 'String',
    };
    const response = await api.request<{ auditLog: { nodes: Entry[] } }>(
      `query(${['$first: Int!', ...names.map((n) => `$${n}: ${types[n]}`)].join(', ')}) {
         auditLog(first: $first, ${names.map((n) => `${n}: $${n}`).join(', ')}) { nodes { ${ENTRY} } } }`,
      { first, ...args },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.auditLog.nodes;
  }

  async function mutate<T = Record<string, unknown>>(text: string, input: unknown, token = enumerator.token) {
    const response = await api.request<T>(text, { input }, token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function householdIn(zone = tree.smallZone): Promise<HouseholdRow> {
    return make.newHousehold({ smallZoneCode: zone });
  }

  it('shows only the changed items of an update, the phone masked as stored, and names the household', async () => {
    const household = await householdIn();
    await mutate(
      `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { userErrors { message } } }`,
      { id: household.id, expectedVersion: household.version, kind: 'COLLECTIVE', phone: '13912345678' },
    );
    const [entry] = await log({ entityType: 'Household', action: 'UPDATE' });
    expect(entry.subject).toBe(`住户 ${household.smallZoneCode}-${household.number}`);
    expect(entry.actor).toBe(enumerator.username);
    expect(entry.changes).toEqual([
      { item: 'kind', before: 'FAMILY', after: 'COLLECTIVE' },
      { item: 'phone', before: null, after: '139****5678' },
    ]);
    expect(JSON.stringify(entry)).not.toContain('13912345678');
  });

  it('names a person with the household and line number, and keeps the citizen ID masked', async () => {
    const household = await householdIn();
    const birth = { year: 1950, month: 3, day: 8 };
    const oldId = makeCitizenId('330106', birth, 11, Sex.MALE);
    const newId = makeCitizenId('330106', birth, 13, Sex.MALE);
    const person = await make.newPerson(household, {
      name: '王德福',
      sex: Sex.MALE,
      birthYear: 1950,
      birthMonth: 3,
      citizenId: oldId,
    });
    await mutate(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { message } } }`,
      { id: person.id, expectedVersion: person.version, name: '王德富', citizenId: newId },
    );
    const [entry] = await log({ entityType: 'Person', action: 'UPDATE' });
    expect(entry.subject).toBe(
      `人员 王德富（住户 ${household.smallZoneCode}-${household.number} 第${person.lineNumber}人）`,
    );
    expect(entry.changes).toEqual([
      { item: 'name', before: '王德福', after: '王德富' },
      { item: 'citizenId', before: maskCitizenId(oldId), after: maskCitizenId(newId) },
    ]);
    expect(JSON.stringify(entry)).not.toContain(newId.slice(6, 14));
  });

  it('audits buildings, zones, visits, appointments and problems in the transaction of the change', async () => {
    const admin = api.admin.token;
    const building = await mutate<{
      createBuilding: { building: { id: string; version: number; number: string } };
    }>(
      `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { building { id version number } } }`,
      { smallZoneCode: tree.smallZone, address: '文三路 1 号' },
    );
    const b = building.createBuilding.building;
    await mutate(
      `mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { userErrors { message } } }`,
      { id: b.id, expectedVersion: b.version, address: '文三路 2 号' },
    );
    await mutate(`mutation($input: DeleteBuildingInput!) { deleteBuilding(input: $input) { deletedId } }`, {
      id: b.id,
      expectedVersion: b.version + 1,
    });
    const buildings = await log({ entityType: 'Building' });
    expect(buildings.map((e) => [e.action, e.subject])).toEqual([
      ['DELETE', `建筑物 ${tree.smallZone}-${b.number}`],
      ['UPDATE', `建筑物 ${tree.smallZone}-${b.number}`],
      ['CREATE', `建筑物 ${tree.smallZone}-${b.number}`],
    ]);
    expect(buildings[1].changes).toEqual([{ item: 'address', before: '文三路 1 号', after: '文三路 2 号' }]);
    expect(buildings[2].changes).toContainEqual({ item: 'address', before: null, after: '文三路 1 号' });

    const code = `${tree.censusZone}900`;
    await mutate(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { userErrors { message } } }`,
      { code, name: '虚拟小区' },
      admin,
    );
    await mutate(
      `mutation($input: UpdateZoneInput!) { updateZone(input: $input) { userErrors { message } } }`,
      { code, expectedVersion: 1, name: '集体户小区' },
      admin,
    );
    await mutate(
      `mutation($input: DeleteZoneInput!) { deleteZone(input: $input) { userErrors { message } } }`,
      { code, expectedVersion: 2 },
      admin,
    );
    const zones = await log({ entityType: 'Zone' });
    expect(zones.map((e) => e.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    expect(zones[1].changes).toEqual([{ item: 'name', before: '虚拟小区', after: '集体户小区' }]);
    expect(zones[0].subject).toBe(`普查小区 集体户小区（${code}）`);
    expect(zones.every((e) => e.smallZoneCode === code)).toBe(true);

    const household = await householdIn();
    const label = `住户 ${household.smallZoneCode}-${household.number}`;
    await mutate(
      `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { message } } }`,
      { householdId: household.id, visitedAt: '2020-11-02T02:00:00Z', outcome: 'NOBODY_HOME' },
    );
    const [visit] = await log({ entityType: 'Visit' });
    expect(visit.action).toBe('CREATE');
    expect(visit.subject).toBe(`走访记录（${label}）`);
    expect(visit.changes).toContainEqual({ item: 'outcome', before: null, after: 'NOBODY_HOME' });

    const planned = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    const scheduled = await mutate<{ scheduleAppointment: { appointment: { id: string; version: number } } }>(
      `mutation($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { appointment { id version } } }`,
      { householdId: household.id, plannedAt: planned.toISOString(), note: '晚上再来' },
    );
    const appointment = scheduled.scheduleAppointment.appointment;
    await mutate(
      `mutation($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { userErrors { message } } }`,
      { id: appointment.id, expectedVersion: appointment.version, status: 'CANCELLED' },
    );
    const appointments = await log({ entityType: 'Appointment' });
    expect(appointments.map((e) => [e.action, e.subject])).toEqual([
      ['UPDATE', `预约（${label}）`],
      ['CREATE', `预约（${label}）`],
    ]);
    expect(appointments[0].changes).toEqual([{ item: 'status', before: 'PLANNED', after: 'CANCELLED' }]);

    const reported = await mutate<{ reportProblem: { problem: { id: string; version: number } } }>(
      `mutation($input: ReportProblemInput!) { reportProblem(input: $input) { problem { id version } } }`,
      { subjectId: household.id, category: 'REFUSAL', text: '拒绝开门' },
    );
    const problem = reported.reportProblem.problem;
    await mutate(
      `mutation($input: ResolveProblemInput!) { resolveProblem(input: $input) { userErrors { message } } }`,
      { id: problem.id, expectedVersion: problem.version, resolution: '社区陪同后登记' },
      officer.token,
    );
    const problems = await log({ entityType: 'Problem' });
    expect(problems.map((e) => [e.action, e.subject])).toEqual([
      ['UPDATE', `疑难问题（${label}）`],
      ['CREATE', `疑难问题（${label}）`],
    ]);
    expect(problems[0].changes).toEqual([
      { item: 'status', before: 'OPEN', after: 'RESOLVED' },
      { item: 'resolution', before: null, after: '社区陪同后登记' },
    ]);
  });

  it('writes no entry for a refused change', async () => {
    const before = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    const response = await api.request<{ createBuilding: { userErrors: unknown[] } }>(
      `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { userErrors { code } } }`,
      { input: { smallZoneCode: other.smallZone, address: '别处' } },
      enumerator.token,
    );
    expect(response.data!.createBuilding.userErrors).toHaveLength(1);
    expect(await api.sql(`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
  });

  it("keeps a township office to its own zones' entries, accounts included", async () => {
    const theirs = await householdIn(other.smallZone);
    const theirEnumerator = await api.account(Role.ENUMERATOR, [other.smallZone]);
    await mutate(
      `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { userErrors { message } } }`,
      { id: theirs.id, expectedVersion: theirs.version, rooms: 3 },
      theirEnumerator.token,
    );
    // An account change of the other township, by its office.
    await mutate(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { message } } }`,
      {
        username: 'other-enumerator',
        password: 'census-demo-2020',
        role: 'ENUMERATOR',
        name: '李四',
        zoneCodes: [other.smallZone],
      },
      otherOfficer.token,
    );
    const mine = await log({});
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.smallZoneCode!.startsWith(tree.township))).toBe(true);
    expect(mine.some((e) => e.subject.includes('other-enumerator'))).toBe(false);
    // Asking for the other township by zone shows nothing either.
    expect(await log({ zoneCode: other.township })).toEqual([]);
    const theirsSeen = await log({}, otherOfficer.token);
    expect(theirsSeen.map((e) => e.subject)).toEqual(
      expect.arrayContaining(['账号 other-enumerator', `住户 ${theirs.smallZoneCode}-${theirs.number}`]),
    );
    expect(theirsSeen.every((e) => e.smallZoneCode!.startsWith(other.township))).toBe(true);
  });

  it('filters by Beijing days, operator, zone, action and kind of object', async () => {
    const household = await householdIn();
    await mutate(
      `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { userErrors { message } } }`,
      { id: household.id, expectedVersion: household.version, rooms: 4 },
    );
    // 2020-11-01 23:30 Beijing time is 15:30 UTC: the Beijing day 2020-11-01, although UTC has 11-01 too; and
    // 2020-11-02 00:30 Beijing time is 2020-11-01 16:30 UTC: Beijing day 11-02.
    const [{ id }] = await api.sql<{ id: string }>(`SELECT max(id)::text AS id FROM audit_log`);
    await api.sql(`UPDATE audit_log SET at = '2020-11-01T16:30:00Z' WHERE id = $1`, [id]);
    const onDay = await log({ from: '2020-11-02', to: '2020-11-02' });
    expect(onDay.map((e) => e.changes)).toEqual([[{ item: 'rooms', before: null, after: '4' }]]);
    expect(await log({ from: '2020-11-01', to: '2020-11-01' })).toEqual([]);
    expect(await log({ to: '2020-11-01' })).toEqual([]);
    const byActor = await log({ actor: enumerator.username, entityType: 'Household', action: 'UPDATE' });
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actor === enumerator.username && e.entityType === 'Household')).toBe(true);
    expect(await log({ actor: 'nobody-here' })).toEqual([]);
    const byZone = await log({ zoneCode: tree.smallZone, entityType: 'Household' });
    expect(byZone.every((e) => e.smallZoneCode === tree.smallZone)).toBe(true);
  });

  it('labels a page with the same number of statements whatever its size', async () => {
    const statementsFor = async (first: number) => {
      api.counter.reset();
      const nodes = await log({}, officer.token, first);
      return { statements: api.counter.total, entries: nodes.length };
    };
    // Warm the scope cache so both requests read the same way.
    await statementsFor(1);
    const small = await statementsFor(1);
    const large = await statementsFor(100);
    expect(large.entries).toBeGreaterThan(10);
    const kinds = (await log({})).map((e) => e.entityType);
    expect(new Set(kinds).size).toBeGreaterThan(4);
    // One statement for the page, one for its count-less check, and at most one per kind of object on it.
    expect(large.statements - small.statements).toBeLessThanOrEqual(new Set(kinds).size);
  });
});
