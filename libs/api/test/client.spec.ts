import {
  createClient,
  CreateHouseholdDocument,
  GraphQLRequestError,
  HouseholdsDocument,
  SmallZoneDetailDocument,
  UpdateHouseholdDocument,
  ZoneByCodeDocument,
} from '@census/client';

import { seedCounty, startTestApi, type TestApi } from './harness';

// The generated typed client, used exactly as the web app and the admin scripts use it: over HTTP.
describe('@census/client against the running API', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('client');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1] });
  });
  afterAll(() => api.close());

  it('reads the zone tree and a small zone with typed results', async () => {
    const client = createClient({ url: api.graphqlUrl, token: api.admin.token });
    const county = await client.request(ZoneByCodeDocument, { code: '330106000000', childrenFirst: 3 });
    expect(county.zone?.name).toBe('西湖区');
    expect(county.zone?.children.totalCount).toBe(12);
    expect(county.zone?.children.nodes).toHaveLength(3);

    const [{ code }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' LIMIT 1`,
    );
    const detail = await client.request(SmallZoneDetailDocument, { code, buildingsFirst: 100 });
    const households = detail.zone?.buildings.nodes.flatMap((b) => b.households) ?? [];
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM household WHERE small_zone_code = $1 AND building_id IS NOT NULL`,
      [code],
    );
    expect(households).toHaveLength(n);
  });

  it('creates and updates through typed mutations, surfacing user errors and conflicts', async () => {
    const client = createClient({ url: api.graphqlUrl, token: api.admin.token });
    const [{ code }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' LIMIT 1`,
    );
    const created = await client.request(CreateHouseholdDocument, {
      input: { smallZoneCode: code, status: 'VACANT', note: '空置' },
    });
    expect(created.createHousehold.userErrors).toEqual([]);
    const household = created.createHousehold.household!;
    const updated = await client.request(UpdateHouseholdDocument, {
      input: { id: household.id, expectedVersion: household.version, rooms: 3 },
    });
    expect(updated.updateHousehold.household?.rooms).toBe(3);
    const stale = await client.request(UpdateHouseholdDocument, {
      input: { id: household.id, expectedVersion: household.version, rooms: 4 },
    });
    expect(stale.updateHousehold.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      field: ['input', 'expectedVersion'],
    });
    const vacant = await client.request(HouseholdsDocument, {
      filter: { zoneCode: code, status: ['VACANT'] },
      first: 100,
    });
    expect(vacant.households.nodes.map((h) => h.id)).toContain(household.id);
  });

  it('throws GraphQLRequestError with the error code for invalid arguments', async () => {
    const client = createClient({ url: api.graphqlUrl, token: api.admin.token });
    const error: unknown = await client.request(HouseholdsDocument, { first: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).codes).toContain('BAD_USER_INPUT');
  });
});
