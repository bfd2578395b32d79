import { makeCitizenId, Sex } from '@census/rules';
import { startTestApi, type TestApi } from './harness';

interface UserErrorShape {
  field: string[];
  message: string;
  code: string;
}

const ZONE = `zone { code level name version parentCode isVirtual }`;
const ERRORS = `userErrors { field message code }`;

describe('mutations: create, update, delete with user errors that name the field', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('mutations');
  });
  afterAll(() => api.close());

  async function mutate<T>(
    name: string,
    inputType: string,
    selection: string,
    input: Record<string, unknown>,
  ) {
    const response = await api.request<Record<string, T & { userErrors: UserErrorShape[] }>>(
      `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
      { input },
    );
    expect(response.errors).toBeUndefined();
    return response.data![name];
  }

  const createZone = (code: string, name: string) =>
    mutate<{ zone: { code: string; level: string; version: number; isVirtual: boolean } | null }>(
      'createZone',
      'CreateZoneInput',
      ZONE,
      {
        code,
        name,
      },
    );

  it('builds a zone tree, accepting 12-digit padded codes and storing the canonical form', async () => {
    // The harness created province 11; the padded form names the same zone.
    expect((await createZone('110000000000', '北京市')).userErrors[0]).toMatchObject({ code: 'DUPLICATE' });
    expect((await createZone('110100000000', '市辖区')).zone).toMatchObject({ code: '1101', level: 'CITY' });
    expect((await createZone('110105', '朝阳区')).zone).toMatchObject({ code: '110105', level: 'COUNTY' });
    expect((await createZone('110105001000', '建外街道')).zone).toMatchObject({
      code: '110105001',
      level: 'TOWNSHIP',
    });
    expect((await createZone('110105001001', '永安里社区')).zone).toMatchObject({
      code: '110105001001',
      level: 'CENSUS_ZONE',
    });
    expect((await createZone('110105001001003', '第3普查小区')).zone).toMatchObject({
      level: 'SMALL_ZONE',
      isVirtual: false,
    });
    expect((await createZone('110105001001901', '虚拟普查小区')).zone).toMatchObject({ isVirtual: true });
  });

  it('rejects malformed codes, missing parents and duplicates with the field named', async () => {
    const malformed = await createZone('1101050', 'x');
    expect(malformed.zone).toBeNull();
    expect(malformed.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'INVALID' });
    expect(malformed.userErrors[0].message).toContain('1101050');
    const orphan = await createZone('110106001', '某街道');
    expect(orphan.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'NOT_FOUND' });
    const elsewhere = await createZone('120101', '和平区');
    expect(elsewhere.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'OUT_OF_SCOPE' });
    const duplicate = await createZone('110105000000', '朝阳区');
    expect(duplicate.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'DUPLICATE' });
    const zeroSmallZone = await createZone('110105001001000', 'x');
    expect(zeroSmallZone.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'INVALID' });
  });

  it('updates with the expected version and answers CONFLICT when it moved', async () => {
    const first = await mutate<{ zone: { version: number; name: string } }>(
      'updateZone',
      'UpdateZoneInput',
      ZONE,
      {
        code: '110105001',
        expectedVersion: 1,
        name: '建国门外街道',
      },
    );
    expect(first.zone).toMatchObject({ version: 2, name: '建国门外街道' });
    const stale = await mutate<{ zone: unknown }>('updateZone', 'UpdateZoneInput', ZONE, {
      code: '110105001',
      expectedVersion: 1,
      name: '建外',
    });
    expect(stale.zone).toBeNull();
    expect(stale.userErrors[0]).toMatchObject({ field: ['input', 'expectedVersion'], code: 'CONFLICT' });
    expect(stale.userErrors[0].message).toContain('version 2');
  });

  it('refuses to delete a zone with children or data', async () => {
    const refused = await mutate<{ deletedId: string | null }>('deleteZone', 'DeleteZoneInput', 'deletedId', {
      code: '110105001001',
      expectedVersion: 1,
    });
    expect(refused.deletedId).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_EMPTY', field: ['input', 'code'] });
    const deleted = await mutate<{ deletedId: string | null }>('deleteZone', 'DeleteZoneInput', 'deletedId', {
      code: '110105001001901',
      expectedVersion: 1,
    });
    expect(deleted.deletedId).toEqual(expect.any(String));
  });

  describe('buildings, households and persons', () => {
    let buildingId: string;
    let otherBuildingId: string;
    let householdId: string;

    beforeAll(async () => {
      await createZone('110105001002', '光华里社区');
      await createZone('110105001002001', '第1普查小区');
      const building = await mutate<{ building: { id: string; number: string } }>(
        'createBuilding',
        'CreateBuildingInput',
        'building { id number }',
        { smallZoneCode: '110105001001003', address: '永安里东街5号', latitude: 39.9, longitude: 116.44 },
      );
      expect(building.userErrors).toEqual([]);
      expect(building.building.number).toBe('001');
      buildingId = building.building.id;
      const other = await mutate<{ building: { id: string } }>(
        'createBuilding',
        'CreateBuildingInput',
        'building { id }',
        {
          smallZoneCode: '110105001002001',
          address: '光华路1号',
        },
      );
      otherBuildingId = other.building.id;
    });

    it('rejects a building point given by half and a building in a census zone', async () => {
      const half = await mutate<{ building: unknown }>(
        'createBuilding',
        'CreateBuildingInput',
        'building { id }',
        {
          smallZoneCode: '110105001001003',
          address: '永安里东街7号',
          latitude: 39.9,
        },
      );
      expect(half.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'longitude'], code: 'REQUIRED' }),
      ]);
      const wrongLevel = await mutate<{ building: unknown }>(
        'createBuilding',
        'CreateBuildingInput',
        'building { id }',
        {
          smallZoneCode: '110105001001',
          address: '永安里东街7号',
        },
      );
      expect(wrongLevel.userErrors[0]).toMatchObject({ field: ['input', 'smallZoneCode'], code: 'INVALID' });
    });

    it('numbers households max+1 and keeps a household and its building in one small zone', async () => {
      const household = await mutate<{ household: { id: string; number: string; stage: string } }>(
        'createHousehold',
        'CreateHouseholdInput',
        'household { id number stage }',
        {
          smallZoneCode: '110105001001003',
          buildingId,
          phone: '13800138000',
          presentMale: 1,
          presentFemale: 1,
        },
      );
      expect(household.userErrors).toEqual([]);
      expect(household.household).toMatchObject({ number: '001', stage: 'LISTED' });
      householdId = household.household.id;
      const second = await mutate<{ household: { number: string } }>(
        'createHousehold',
        'CreateHouseholdInput',
        'household { number }',
        {
          smallZoneCode: '110105001001003',
          number: '007',
        },
      );
      expect(second.household.number).toBe('007');
      const third = await mutate<{ household: { number: string } }>(
        'createHousehold',
        'CreateHouseholdInput',
        'household { number }',
        {
          smallZoneCode: '110105001001003',
        },
      );
      expect(third.household.number).toBe('008');
      const elsewhere = await mutate<{ household: unknown }>(
        'createHousehold',
        'CreateHouseholdInput',
        'household { id }',
        {
          smallZoneCode: '110105001001003',
          buildingId: otherBuildingId,
        },
      );
      expect(elsewhere.userErrors[0]).toMatchObject({ field: ['input', 'buildingId'], code: 'MISMATCH' });
    });

    it('reports every bad household item at once', async () => {
      const bad = await mutate<{ household: unknown }>(
        'createHousehold',
        'CreateHouseholdInput',
        'household { id }',
        {
          smallZoneCode: '110105001001003',
          number: '12',
          presentMale: -1,
          floorArea: 12.345,
          rooms: 500,
          phone: '12345',
        },
      );
      const fields = bad.userErrors.map((e) => e.field[1]).sort();
      expect(fields).toEqual(['floorArea', 'number', 'phone', 'presentMale', 'rooms']);
    });

    it('checks the citizen ID check character and its agreement with sex and birth month', async () => {
      const valid = makeCitizenId('110105', { year: 1980, month: 5, day: 17 }, 123, Sex.MALE);
      const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
      const person = (citizenId: string, sex = 'MALE', birthMonth = 5) => ({
        householdId,
        name: '张伟',
        relationship: 'HEAD',
        sex,
        birthYear: 1980,
        birthMonth,
        citizenId,
      });
      const badCheck = await mutate<{ person: unknown }>(
        'createPerson',
        'CreatePersonInput',
        'person { id }',
        person(wrongCheck),
      );
      expect(badCheck.userErrors).toHaveLength(1);
      expect(badCheck.userErrors[0]).toMatchObject({ field: ['input', 'citizenId'], code: 'INVALID' });
      expect(badCheck.userErrors[0].message).toContain('check character');
      const disagree = await mutate<{ person: unknown }>(
        'createPerson',
        'CreatePersonInput',
        'person { id }',
        person(valid, 'FEMALE', 6),
      );
      expect(disagree.userErrors.map((e) => e.code)).toEqual(['MISMATCH', 'MISMATCH']);
      expect(disagree.userErrors.every((e) => e.field[1] === 'citizenId')).toBe(true);
      const created = await mutate<{
        person: { id: string; lineNumber: number; citizenId: string; version: number };
      }>(
        'createPerson',
        'CreatePersonInput',
        'person { id lineNumber citizenId version }',
        person(valid.toLowerCase()),
      );
      expect(created.userErrors).toEqual([]);
      // Stored sealed, shown masked to a county administrator.
      expect(created.person).toMatchObject({
        lineNumber: 1,
        citizenId: `${valid.slice(0, 6)}********${valid.slice(14).toUpperCase()}`,
        version: 1,
      });
      const duplicate = await mutate<{ person: unknown }>(
        'createPerson',
        'CreatePersonInput',
        'person { id }',
        person(valid),
      );
      expect(duplicate.userErrors[0]).toMatchObject({ field: ['input', 'citizenId'], code: 'DUPLICATE' });

      const update = await mutate<{ person: { version: number; birthMonth: number } | null }>(
        'updatePerson',
        'UpdatePersonInput',
        'person { version birthMonth }',
        { id: created.person.id, expectedVersion: 1, birthMonth: 7 },
      );
      expect(update.userErrors[0]).toMatchObject({ field: ['input', 'citizenId'], code: 'MISMATCH' });
      const moved = await mutate<{ person: { version: number } | null }>(
        'updatePerson',
        'UpdatePersonInput',
        'person { version }',
        {
          id: created.person.id,
          expectedVersion: 1,
          name: '张伟民',
        },
      );
      expect(moved.person).toEqual({ version: 2 });
    });

    it('refuses to delete a household that still has persons or a building that still has households', async () => {
      const household = await mutate<{ deletedId: string | null }>(
        'deleteHousehold',
        'DeleteHouseholdInput',
        'deletedId',
        {
          id: householdId,
          expectedVersion: 1,
        },
      );
      expect(household.userErrors[0]).toMatchObject({ code: 'NOT_EMPTY' });
      const building = await mutate<{ deletedId: string | null }>(
        'deleteBuilding',
        'DeleteBuildingInput',
        'deletedId',
        {
          id: buildingId,
          expectedVersion: 1,
        },
      );
      expect(building.userErrors[0]).toMatchObject({ code: 'NOT_EMPTY' });
    });

    it('finds a household by its natural key and every object by its global ID', async () => {
      const byKey = await api.request<{ household: { id: string; persons: { name: string }[] } }>(
        `{ household(smallZoneCode: "110105001001003", number: "001") { id persons { name } } }`,
      );
      expect(byKey.data!.household).toEqual({ id: householdId, persons: [{ name: '张伟民' }] });
      const nodes = await api.request<{ nodes: ({ __typename: string } | null)[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
        { ids: [householdId, buildingId, 'bm9wZQ', 'WjoxMjM'] },
      );
      expect(nodes.data!.nodes.map((n) => n?.__typename ?? null)).toEqual([
        'Household',
        'Building',
        null,
        null,
      ]);
    });
  });
});
