import {
  type CensusClient,
  CreateBuildingDocument,
  type CreateBuildingInput,
  CreateHouseholdDocument,
  type CreateHouseholdInput,
  CreatePersonDocument,
  type CreatePersonInput,
  CreateZoneDocument,
  DeleteBuildingDocument,
  DeleteHouseholdDocument,
  DeleteZoneDocument,
  HouseholdByNumberDocument,
  NodesDocument,
  UpdatePersonDocument,
  UpdateZoneDocument,
} from '@census/client';
import { makeCitizenId, Sex } from '@census/rules';

import { type Factories, factories } from './factories';
import { startTestApi, type TestApi } from './harness';

describe('mutations: create, update, delete with user errors that name the field', () => {
  let api: TestApi;
  let make: Factories;
  let admin: CensusClient;

  beforeAll(async () => {
    api = await startTestApi('mutations');
    make = factories(api);
    admin = make.client(api.admin.token);
  });
  afterAll(() => api.close());

  const createZone = async (code: string, name: string) =>
    (await admin.request(CreateZoneDocument, { input: { code, name } })).createZone;

  describe('zones', () => {
    it('builds a zone tree, accepting 12-digit padded codes and storing the canonical form', async () => {
      // The harness created province 11; the padded form names the same zone.
      expect((await createZone('110000000000', '北京市')).userErrors[0]).toMatchObject({ code: 'DUPLICATE' });
      expect((await createZone('110100000000', '市辖区')).zone).toMatchObject({
        code: '1101',
        level: 'CITY',
      });
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

    it.each<[string, (tree: Awaited<ReturnType<Factories['newZoneTree']>>) => string, string]>([
      ['a malformed code', () => '1101050', 'INVALID'],
      ['a missing parent', () => '110106001', 'NOT_FOUND'],
      ['a zone outside the caller’s', () => '120101', 'OUT_OF_SCOPE'],
      ['an existing zone, padded', (tree) => `${tree.county}000000`, 'DUPLICATE'],
      ['small zone 000', (tree) => `${tree.censusZone}000`, 'INVALID'],
    ])('rejects %s with the field named', async (_name, codeOf, code) => {
      const tree = await make.newZoneTree();
      const refused = await createZone(codeOf(tree), 'x');
      expect(refused.zone).toBeNull();
      expect(refused.userErrors[0]).toMatchObject({ field: ['input', 'code'], code });
    });

    it('names the malformed code in the message', async () => {
      expect((await createZone('1101050', 'x')).userErrors[0].message).toContain('1101050');
    });

    it('updates with the expected version', async () => {
      const { township } = await make.newZoneTree();
      const first = await admin.request(UpdateZoneDocument, {
        input: { code: township, expectedVersion: 1, name: '建国门外街道' },
      });
      expect(first.updateZone.zone).toMatchObject({ version: 2, name: '建国门外街道' });
    });

    it('answers CONFLICT to an update of a version that moved', async () => {
      const { township } = await make.newZoneTree();
      await admin.request(UpdateZoneDocument, {
        input: { code: township, expectedVersion: 1, name: '建国门外街道' },
      });
      const stale = await admin.request(UpdateZoneDocument, {
        input: { code: township, expectedVersion: 1, name: '建外' },
      });
      expect(stale.updateZone.zone).toBeNull();
      expect(stale.updateZone.userErrors[0]).toMatchObject({
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
      });
      expect(stale.updateZone.userErrors[0].message).toContain('当前第2版');
    });

    it('refuses to delete a zone with children', async () => {
      const { censusZone } = await make.newZoneTree();
      const refused = await admin.request(DeleteZoneDocument, {
        input: { code: censusZone, expectedVersion: 1 },
      });
      expect(refused.deleteZone.deletedId).toBeNull();
      expect(refused.deleteZone.userErrors[0]).toMatchObject({ code: 'NOT_EMPTY', field: ['input', 'code'] });
    });

    it('deletes an empty zone', async () => {
      const { smallZone } = await make.newZoneTree();
      const deleted = await admin.request(DeleteZoneDocument, {
        input: { code: smallZone, expectedVersion: 1 },
      });
      expect(deleted.deleteZone.deletedId).toEqual(expect.any(String));
    });
  });

  describe('buildings, households and persons', () => {
    const createBuilding = async (input: CreateBuildingInput) =>
      (await admin.request(CreateBuildingDocument, { input })).createBuilding;
    const createHousehold = async (input: CreateHouseholdInput) =>
      (await admin.request(CreateHouseholdDocument, { input })).createHousehold;
    const createPerson = async (input: CreatePersonInput) =>
      (await admin.request(CreatePersonDocument, { input })).createPerson;

    it('numbers the first building of a small zone 001', async () => {
      const smallZoneCode = await make.newSmallZone();
      const building = await createBuilding({
        smallZoneCode,
        address: '永安里东街5号',
        latitude: 39.9,
        longitude: 116.44,
      });
      expect(building.userErrors).toEqual([]);
      expect(building.building!.number).toBe('001');
    });

    it('rejects a building point given by half', async () => {
      const smallZoneCode = await make.newSmallZone();
      const half = await createBuilding({ smallZoneCode, address: '永安里东街7号', latitude: 39.9 });
      expect(half.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'longitude'], code: 'REQUIRED' }),
      ]);
    });

    it('rejects a building in a census zone', async () => {
      const { censusZone } = await make.newZoneTree();
      const wrongLevel = await createBuilding({ smallZoneCode: censusZone, address: '永安里东街7号' });
      expect(wrongLevel.userErrors[0]).toMatchObject({ field: ['input', 'smallZoneCode'], code: 'INVALID' });
    });

    it('numbers households max+1 after the highest number given', async () => {
      const building = await make.newBuilding();
      const smallZoneCode = building.smallZoneCode;
      const household = await createHousehold({
        smallZoneCode,
        buildingId: building.id,
        phone: '13800138000',
        presentMale: 1,
        presentFemale: 1,
      });
      expect(household.userErrors).toEqual([]);
      expect(household.household).toMatchObject({ number: '001', stage: 'LISTED' });
      expect((await createHousehold({ smallZoneCode, number: '007' })).household!.number).toBe('007');
      expect((await createHousehold({ smallZoneCode })).household!.number).toBe('008');
    });

    it('keeps a household and its building in one small zone', async () => {
      const smallZoneCode = await make.newSmallZone();
      const otherBuilding = await make.newBuilding();
      const elsewhere = await createHousehold({ smallZoneCode, buildingId: otherBuilding.id });
      expect(elsewhere.userErrors[0]).toMatchObject({ field: ['input', 'buildingId'], code: 'MISMATCH' });
    });

    it('reports every bad household item at once', async () => {
      const smallZoneCode = await make.newSmallZone();
      const bad = await createHousehold({
        smallZoneCode,
        number: '12',
        presentMale: -1,
        floorArea: 12.345,
        rooms: 500,
        phone: '12345',
      });
      const fields = bad.userErrors.map((e) => e.field[1]).sort();
      expect(fields).toEqual(['floorArea', 'number', 'phone', 'presentMale', 'rooms']);
    });

    describe('citizen IDs', () => {
      let serial = 99;
      /** A valid ID no other test uses, and a person input of a new household carrying it. */
      async function personWith(sex: Sex = Sex.MALE) {
        const valid = makeCitizenId('110105', { year: 1980, month: 5, day: 17 }, (serial += 2), sex);
        const household = await make.newHousehold();
        const input = (citizenId: string, items: Partial<CreatePersonInput> = {}): CreatePersonInput => ({
          householdId: household.id,
          name: '张伟',
          relationship: 'HEAD',
          sex: 'MALE',
          birthYear: 1980,
          birthMonth: 5,
          citizenId,
          ...items,
        });
        return { valid, input };
      }

      it('rejects a wrong check character', async () => {
        const { valid, input } = await personWith();
        const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
        const badCheck = await createPerson(input(wrongCheck));
        expect(badCheck.userErrors).toHaveLength(1);
        expect(badCheck.userErrors[0]).toMatchObject({ field: ['input', 'citizenId'], code: 'INVALID' });
        expect(badCheck.userErrors[0].message).toContain('校验码');
      });

      it('rejects an ID that disagrees with sex and birth month, at the ID', async () => {
        const { valid, input } = await personWith();
        const disagree = await createPerson(input(valid, { sex: 'FEMALE', birthMonth: 6 }));
        expect(disagree.userErrors.map((e) => e.code)).toEqual(['MISMATCH', 'MISMATCH']);
        expect(disagree.userErrors.every((e) => e.field[1] === 'citizenId')).toBe(true);
      });

      it('stores the ID sealed and shows it masked to a county administrator', async () => {
        const { valid, input } = await personWith();
        const created = await createPerson(input(valid.toLowerCase()));
        expect(created.userErrors).toEqual([]);
        expect(created.person).toMatchObject({
          lineNumber: 1,
          citizenId: `${valid.slice(0, 6)}********${valid.slice(14).toUpperCase()}`,
          version: 1,
        });
      });

      it('rejects an ID already recorded', async () => {
        const { valid, input } = await personWith();
        await createPerson(input(valid));
        const duplicate = await createPerson(input(valid));
        expect(duplicate.userErrors[0]).toMatchObject({ field: ['input', 'citizenId'], code: 'DUPLICATE' });
      });

      it('checks the stored ID again when the birth month changes', async () => {
        const { valid, input } = await personWith();
        const created = await createPerson(input(valid));
        const update = await admin.request(UpdatePersonDocument, {
          input: { id: created.person!.id, expectedVersion: 1, birthMonth: 7 },
        });
        expect(update.updatePerson.userErrors[0]).toMatchObject({
          field: ['input', 'citizenId'],
          code: 'MISMATCH',
        });
      });

      it('updates other items with the expected version', async () => {
        const { valid, input } = await personWith();
        const created = await createPerson(input(valid));
        const moved = await admin.request(UpdatePersonDocument, {
          input: { id: created.person!.id, expectedVersion: 1, name: '张伟民' },
        });
        expect(moved.updatePerson.person).toMatchObject({ version: 2 });
      });
    });

    it('refuses to delete a household that still has persons', async () => {
      const household = await make.newHousehold({ persons: 1 });
      const refused = await admin.request(DeleteHouseholdDocument, {
        input: { id: household.id, expectedVersion: 1 },
      });
      expect(refused.deleteHousehold.userErrors[0]).toMatchObject({ code: 'NOT_EMPTY' });
    });

    it('refuses to delete a building that still has households', async () => {
      const building = await make.newBuilding();
      await make.newHousehold({ building });
      const refused = await admin.request(DeleteBuildingDocument, {
        input: { id: building.id, expectedVersion: 1 },
      });
      expect(refused.deleteBuilding.userErrors[0]).toMatchObject({ code: 'NOT_EMPTY' });
    });

    it('finds a household by its natural key', async () => {
      const household = await make.newHousehold({ persons: 1 });
      const { household: byKey } = await admin.request(HouseholdByNumberDocument, {
        smallZoneCode: household.smallZoneCode,
        number: household.number,
      });
      expect(byKey).toMatchObject({ id: household.id, persons: [{ name: household.persons[0].name }] });
    });

    it('finds every object by its global ID, and null for what is none', async () => {
      const building = await make.newBuilding();
      const household = await make.newHousehold({ building });
      const { nodes } = await admin.request(NodesDocument, {
        ids: [household.id, building.id, 'bm9wZQ', 'WjoxMjM'],
      });
      expect(nodes.map((n) => n?.__typename ?? null)).toEqual(['Household', 'Building', null, null]);
    });
  });
});
