import { HouseholdByIdDocument, MeDocument, PersonByIdDocument, ZoneByCodeDocument } from '@census/client';
import { parseCitizenId } from '@census/rules';

import { Role } from '../src/auth/role';
import { type Factories, factories, TEST_COUNTY } from './factories';
import { startTestApi, type TestApi } from './harness';

describe('test data factories', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('factories');
    make = factories(api);
  });
  afterAll(() => api.close());

  it('makes zone trees with real-looking codes under the test county, a new township each time', async () => {
    const first = await make.newZoneTree();
    const second = await make.newZoneTree();
    expect(first.county).toBe(TEST_COUNTY);
    expect(first.township).toMatch(/^330106\d{3}$/);
    expect(first.censusZone).toMatch(new RegExp(`^${first.township}\\d{3}$`));
    expect(first.smallZone).toMatch(new RegExp(`^${first.censusZone}\\d{3}$`));
    expect(second.township).not.toBe(first.township);
    const { zone } = await api
      .request<{ zone: { level: string; name: string; parent: { code: string } } }>(
        `query($code: String!) { zone(code: $code) { level name parent { code } } }`,
        { code: first.smallZone },
      )
      .then((r) => r.data!);
    expect(zone).toEqual({ level: 'SMALL_ZONE', name: '第1普查小区', parent: { code: first.censusZone } });
  });

  it('adds small zones to a census zone one number after the other', async () => {
    const tree = await make.newZoneTree();
    expect(await make.newSmallZone({ censusZone: tree.censusZone })).toBe(`${tree.censusZone}002`);
  });

  it('makes households with persons that the API reads, citizen IDs sealed and valid', async () => {
    const household = await make.newHousehold({ persons: 2, phone: '13700001111', building: true });
    const data = await api
      .request<{ node: { number: string; building: { id: string } | null; persons: { name: string }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Household { number building { id } persons { name } } } }`,
        { id: household.id },
      )
      .then((r) => r.data!);
    expect(data.node.number).toBe('001');
    expect(data.node.building).not.toBeNull();
    expect(data.node.persons.map((p) => p.name)).toEqual(household.persons.map((p) => p.name));
    expect(household.persons.map((p) => p.name).every((name) => /^[\u4e00-\u9fff]{2,3}$/.test(name))).toBe(
      true,
    );
    for (const person of household.persons) expect(parseCitizenId(person.citizenId!).ok).toBe(true);
    const [{ sealed }] = await api.sql<{ sealed: boolean }>(
      `SELECT phone_sealed IS NOT NULL AND phone_masked <> '13700001111' AS sealed FROM household WHERE id = $1`,
      [household.rowId],
    );
    expect(sealed).toBe(true);
  });

  it('numbers households and persons within their small zone and household', async () => {
    const first = await make.newHousehold();
    const second = await make.newHousehold({ smallZoneCode: first.smallZoneCode });
    expect([first.number, second.number]).toEqual(['001', '002']);
    const head = await make.newPerson(first);
    const child = await make.newPerson(first, { name: '陈小红' });
    expect([head.lineNumber, child.lineNumber]).toEqual([1, 2]);
  });

  it('gives accounts a typed client that acts with their role on their zones only', async () => {
    const tree = await make.newZoneTree();
    const household = await make.newHousehold({ smallZoneCode: tree.smallZone, persons: 1 });
    const elsewhere = await make.newHousehold({ persons: 1 });
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
    const me = await enumerator.client.request(MeDocument);
    expect(me.me).toMatchObject({
      role: 'ENUMERATOR',
      zones: [{ code: tree.smallZone, level: 'SMALL_ZONE' }],
    });
    const [{ home }] = await api.sql<{ home: string }>(
      `SELECT home_zone_code AS home FROM account WHERE id = $1`,
      [enumerator.id],
    );
    expect(home).toBe(tree.township);
    const own = await enumerator.client.request(HouseholdByIdDocument, { id: household.id });
    expect(own.node).toMatchObject({ id: household.id, persons: [{ name: household.persons[0].name }] });
    const foreign = await enumerator.client.request(PersonByIdDocument, { id: elsewhere.persons[0].id });
    expect(foreign.node).toBeNull();
    const zone = await enumerator.client.request(ZoneByCodeDocument, { code: tree.smallZone });
    expect(zone.zone?.code).toBe(tree.smallZone);
  });
});
