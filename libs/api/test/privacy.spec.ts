import { countyCodeOf, makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { countyRowGlobalId } from '../src/common/global-id';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

describe('privacy: sealed at rest, masked by default, every full read and write audited', () => {
  let api: TestApi;
  let smallZone: string;
  let enumerator: TestAccount;
  let officer: TestAccount;

  beforeAll(async () => {
    api = await startTestApi('privacy');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [20, 20] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [smallZone]);
    officer = await api.account(Role.TOWNSHIP_OFFICER, [smallZone.slice(0, 9)]);
  });
  afterAll(() => api.close());

  it('stores no plaintext citizen ID or phone number', async () => {
    const citizenId = makeCitizenId('330106', { year: 1988, month: 8, day: 8 }, 88, Sex.FEMALE);
    const household = await api.request<{ createHousehold: { household: { id: string; phone: string } } }>(
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id phone } } }`,
      { input: { smallZoneCode: smallZone, phone: '13912345678' } },
      enumerator.token,
    );
    expect(household.data!.createHousehold.household.phone).toBe('139****5678');
    await api.request(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { message } } }`,
      {
        input: {
          householdId: household.data!.createHousehold.household.id,
          name: '林芳',
          relationship: 'HEAD',
          sex: 'FEMALE',
          birthYear: 1988,
          birthMonth: 8,
          citizenId,
        },
      },
      enumerator.token,
    );
    const dump = await api.sql<{ text: string }>(
      `SELECT (SELECT string_agg(encode(citizen_id_sealed, 'escape') || encode(citizen_id_hash, 'escape'), '') FROM person)
           || (SELECT string_agg(encode(phone_sealed, 'escape'), '') FROM household)
           || (SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, ''), '') FROM audit_log) AS text`,
    );
    expect(dump[0].text).not.toContain(citizenId);
    expect(dump[0].text).not.toContain('13912345678');
    expect(dump[0].text).not.toContain(citizenId.slice(6, 14));
    // Found by exact value through the keyed hash.
    const found = await api.request<{ persons: { nodes: { name: string }[] } }>(
      `query($id: String!) { persons(filter: { citizenId: $id }) { nodes { name } } }`,
      { id: citizenId.toLowerCase() },
      enumerator.token,
    );
    expect(found.data!.persons.nodes).toEqual([{ name: '林芳' }]);
  });

  it('unmasks only for roles that need it, and audits each full read with who and what', async () => {
    const [person] = await api.sql<{ id: string }>(
      `SELECT id FROM person WHERE small_zone_code = $1 AND citizen_id_sealed IS NOT NULL ORDER BY id LIMIT 2`,
      [smallZone],
    );
    const id = countyRowGlobalId('Person', countyCodeOf(smallZone)!, person.id);
    const query = `query($id: ID!) { node(id: $id) { ... on Person { masked: citizenId full: citizenId(unmasked: true) } } }`;
    const read = await api.request<{ node: { masked: string; full: string } }>(
      query,
      { id },
      enumerator.token,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.node.masked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(read.data!.node.full).toMatch(/^\d{17}[\dX]$/);
    expect(read.data!.node.full.slice(0, 6)).toBe(read.data!.node.masked.slice(0, 6));

    const refused = await api.request(query, { id }, officer.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const log = await api.request<{
      auditLog: { nodes: { actor: string; action: string; entityId: string; item: string | null }[] };
    }>(
      `{ auditLog(action: UNMASK, first: 10) { nodes { actor action entityId item } } }`,
      undefined,
      officer.token,
    );
    expect(log.data!.auditLog.nodes).toEqual([
      { actor: enumerator.username, action: 'UNMASK', entityId: id, item: 'citizenId' },
    ]);
  });

  it('writes one audit entry per committed change, with masked before and after, and none for refused changes', async () => {
    const [row] = await api.sql<{ id: string; version: number }>(
      `SELECT id, version FROM household WHERE small_zone_code = $1 AND phone_sealed IS NOT NULL ORDER BY id LIMIT 1`,
      [smallZone],
    );
    const id = countyRowGlobalId('Household', countyCodeOf(smallZone)!, row.id);
    const change = (expectedVersion: number) =>
      api.request<{ updateHousehold: { userErrors: { code: string }[] } }>(
        `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { userErrors { code } } }`,
        { input: { id, expectedVersion, phone: '021-87654321', rooms: 4 } },
        enumerator.token,
      );
    expect((await change(row.version)).data!.updateHousehold.userErrors).toEqual([]);
    expect((await change(row.version)).data!.updateHousehold.userErrors[0].code).toBe('CONFLICT');
    const entries = await api.sql<{
      action: string;
      actor: string;
      before: { phone: string; rooms: number };
      after: { phone: string; rooms: number };
    }>(`SELECT action, actor, before, after FROM audit_log WHERE entity_id = $1 AND action = 'UPDATE'`, [id]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'UPDATE',
      actor: enumerator.username,
      after: { rooms: 4, phone: '021*******21' },
    });
    expect(entries[0].before.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
  });
});
