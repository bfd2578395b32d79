import { Role } from '../src/auth/role';
import { type Factories, factories } from './factories';
import { startTestApi, type TestApi } from './harness';

/** `HouseholdFilter.search`: by address, by the head of household's name, by phone; always within the caller's zones. */
describe('household search', () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('household-search');
    make = factories(api);
  });
  afterAll(() => api.close());

  interface Found {
    data?: {
      households: { totalCount: number; nodes: { id: string }[] };
      zone: { households: { totalCount: number; nodes: { id: string }[] } } | null;
    };
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }
  const search = (token: string, zone: string, text: string) =>
    api.request<Found['data']>(
      `query($zone: String!, $text: String!) {
        households(filter: { search: $text }, first: 100) { totalCount nodes { id } }
        zone(code: $zone) { households(filter: { search: $text }, first: 100) { totalCount nodes { id } } }
      }`,
      { zone, text },
      token,
    ) as Promise<Found>;

  /** An enumerator of one small zone with three households, and another small zone with look-alikes. */
  async function setUp() {
    const tree = await make.newZoneTree();
    const other = await make.newSmallZone({ censusZone: tree.censusZone });
    const building = await make.newBuilding({ smallZoneCode: tree.smallZone, address: '文三路88号' });
    const wang = await make.newHousehold({ smallZoneCode: tree.smallZone, building, persons: 0 });
    await make.newPerson(wang, { name: '王建国' });
    await make.newPerson(wang, { name: '李秀英' });
    const phoned = await make.newHousehold({ smallZoneCode: tree.smallZone, phone: '138 0013 8000' });
    const plain = await make.newHousehold({ smallZoneCode: tree.smallZone });
    await make.newPerson(plain, { name: '赵丽' });
    // The same name, address and phone in a small zone the enumerator does not hold.
    const otherBuilding = await make.newBuilding({ smallZoneCode: other, address: '文三路88号' });
    const outside = await make.newHousehold({
      smallZoneCode: other,
      building: otherBuilding,
      phone: '13800138000',
    });
    await make.newPerson(outside, { name: '王建国' });
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [tree.smallZone] });
    return { zone: tree.smallZone, wang, phoned, plain, outside, enumerator };
  }

  const idsOf = (answer: Found) => {
    expect(answer.errors).toBeUndefined();
    const root = answer.data!.households.nodes.map((n) => n.id);
    expect(answer.data!.zone?.households.nodes.map((n) => n.id)).toEqual(root);
    return root;
  };

  it("finds households by the head's name, by address and by phone, only in the caller's zones", async () => {
    const { zone, wang, phoned, plain, enumerator } = await setUp();
    const token = enumerator.token;
    // The head's name, whole or in part; another member's name finds nothing.
    expect(idsOf(await search(token, zone, '王建国'))).toEqual([wang.id]);
    expect(idsOf(await search(token, zone, '建国'))).toEqual([wang.id]);
    expect(idsOf(await search(token, zone, '李秀英'))).toEqual([]);
    expect(idsOf(await search(token, zone, ' 赵丽 '))).toEqual([plain.id]);
    // The address, written as the enumerator would ('88 号' is the stored '88号'), with the room number.
    expect(idsOf(await search(token, zone, '文三路 88 号'))).toEqual([wang.id]);
    expect(idsOf(await search(token, zone, `88号${wang.number}`))).toEqual([wang.id]);
    // The phone, with or without spaces and dashes; a part of it is not a phone and finds nothing.
    expect(idsOf(await search(token, zone, '13800138000'))).toEqual([phoned.id]);
    expect(idsOf(await search(token, zone, '138-0013-8000'))).toEqual([phoned.id]);
    expect(idsOf(await search(token, zone, '0013800'))).toEqual([]);
    // The administrator (all zones) finds the look-alike of the other small zone too.
    const everywhere = await search(api.admin.token, zone, '13800138000');
    expect(everywhere.data!.households.totalCount).toBe(2);
  });

  it('leaves out an empty search, refuses one too long with a code, and never echoes the phone', async () => {
    const { zone, enumerator } = await setUp();
    expect((await search(enumerator.token, zone, '  ')).data!.households.totalCount).toBe(3);
    const tooLong = await search(enumerator.token, zone, '1'.repeat(51));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageCode: 'household.searchTooLong',
      params: { length: 51, max: 50 },
    });
    expect(tooLong.errors?.[0]?.message).toBe('搜索内容有 51 个字，最多 50 个。');
    // The search by phone answers households, none of which shows the number searched for.
    const byPhone = await api.request(
      `query($text: String!) { households(filter: { search: $text }, first: 10) { nodes { id number unit } } }`,
      { text: '138 0013 8000' },
      enumerator.token,
    );
    expect(byPhone.errors).toBeUndefined();
    expect(JSON.stringify(byPhone)).not.toMatch(/13800138000|138 0013 8000/);
  });
});
