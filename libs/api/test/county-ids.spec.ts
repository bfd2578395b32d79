import {
  type CensusClient,
  DeleteBuildingDocument,
  DeleteHouseholdDocument,
  DeletePersonDocument,
  HouseholdsDocument,
  NodeDocument,
  PersonsDocument,
  StartEnumerationDocument,
  UpdateBuildingDocument,
  UpdateHouseholdDocument,
  UpdatePersonDocument,
} from '@census/client';

import { countyRowGlobalId, type NodeTypeName, toGlobalId } from '../src/common/global-id';
import { type Factories, factories, TEST_COUNTY } from './factories';
import { startTestApi, type TestApi } from './harness';

/**
 * Global IDs of the field data carry the county (issue 15): old IDs without it still work, an ID naming another
 * county than the row's names nothing, deleted IDs come back in the form the client holds, and no change moves a
 * row to another county.
 */
describe('the county in the global IDs of buildings, households and persons', () => {
  let api: TestApi;
  let make: Factories;
  let admin: CensusClient;

  /** Another county of the administrator's provinces than the test county. */
  const OTHER_COUNTY = '110108';
  /** The ID as issued before the county was in keys: base64url of "Household:<id>". */
  const oldId = (type: NodeTypeName, row: { rowId: string }) => toGlobalId(type, row.rowId);
  /** A well-formed ID of the row's id in a county that is not the row's. */
  const wrongCounty = (type: NodeTypeName, row: { rowId: string }) =>
    countyRowGlobalId(type, OTHER_COUNTY, row.rowId);

  beforeAll(async () => {
    api = await startTestApi('county-ids');
    make = factories(api);
    admin = make.client(api.admin.token);
  });
  afterAll(() => api.close());

  it('gives the rows IDs with their county', async () => {
    const household = await make.newHousehold({ persons: 1 });
    expect(Buffer.from(household.id, 'base64url').toString()).toBe(
      `Household:${TEST_COUNTY}:${household.rowId}`,
    );
    const { node } = await admin.request(NodeDocument, { id: household.id });
    expect(node).toMatchObject({ __typename: 'Household', id: household.id });
  });

  describe('an old ID without the county', () => {
    it('reads the row, which answers its ID with the county', async () => {
      const household = await make.newHousehold({ persons: 1 });
      const [person] = household.persons;
      expect((await admin.request(NodeDocument, { id: oldId('Household', household) })).node).toMatchObject({
        id: household.id,
      });
      expect((await admin.request(NodeDocument, { id: oldId('Person', person) })).node).toMatchObject({
        id: person.id,
      });
    });

    it('updates households, persons and buildings and moves a household along its workflow', async () => {
      const building = await make.newBuilding();
      const household = await make.newHousehold({ building, persons: 1 });
      const [person] = household.persons;
      const { updateHousehold } = await admin.request(UpdateHouseholdDocument, {
        input: { id: oldId('Household', household), expectedVersion: 1, note: '旧 ID' },
      });
      expect(updateHousehold.userErrors).toEqual([]);
      expect(updateHousehold.household).toMatchObject({ id: household.id, note: '旧 ID', version: 2 });
      const { updatePerson } = await admin.request(UpdatePersonDocument, {
        input: { id: oldId('Person', person), expectedVersion: 1, name: '王旧号' },
      });
      expect(updatePerson.userErrors).toEqual([]);
      expect(updatePerson.person).toMatchObject({ id: person.id, name: '王旧号' });
      const { updateBuilding } = await admin.request(UpdateBuildingDocument, {
        input: { id: oldId('Building', building), expectedVersion: 1, address: '旧号路 1 号' },
      });
      expect(updateBuilding.userErrors).toEqual([]);
      expect(updateBuilding.building).toMatchObject({ id: building.id, address: '旧号路 1 号' });
      const enumerator = await make.newAccount({ zones: [household.smallZoneCode] });
      const { startEnumeration } = await enumerator.client.request(StartEnumerationDocument, {
        input: { id: oldId('Household', household), expectedVersion: 2 },
      });
      expect(startEnumeration.userErrors).toEqual([]);
      expect(startEnumeration.household).toMatchObject({ id: household.id, stage: 'ENUMERATING' });
    });

    it('filters persons by household and households by building', async () => {
      const building = await make.newBuilding();
      const household = await make.newHousehold({ building, persons: 2 });
      const { persons } = await admin.request(PersonsDocument, {
        filter: { householdId: oldId('Household', household) },
      });
      expect(persons.nodes.map((p) => p.id)).toEqual(household.persons.map((p) => p.id));
      const { households } = await admin.request(HouseholdsDocument, {
        filter: { buildingId: oldId('Building', building) },
      });
      expect(households.nodes.map((h) => h.id)).toEqual([household.id]);
    });

    it('deletes the row and answers the deleted ID with the county', async () => {
      const household = await make.newHousehold({ persons: 1 });
      const { deletePerson } = await admin.request(DeletePersonDocument, {
        input: { id: oldId('Person', household.persons[0]), expectedVersion: 1 },
      });
      expect(deletePerson).toEqual({ deletedId: household.persons[0].id, userErrors: [] });
    });
  });

  describe('an ID naming another county than the row’s', () => {
    it('names nothing: no node, and changes answer NOT_FOUND', async () => {
      const building = await make.newBuilding();
      const household = await make.newHousehold({ building, persons: 1 });
      const [person] = household.persons;
      for (const id of [
        wrongCounty('Household', household),
        wrongCounty('Person', person),
        wrongCounty('Building', building),
      ])
        expect((await admin.request(NodeDocument, { id })).node).toBeNull();
      const { updateHousehold } = await admin.request(UpdateHouseholdDocument, {
        input: { id: wrongCounty('Household', household), expectedVersion: 1, note: '错县' },
      });
      expect(updateHousehold.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
      const { updatePerson } = await admin.request(UpdatePersonDocument, {
        input: { id: wrongCounty('Person', person), expectedVersion: 1, name: '错县' },
      });
      expect(updatePerson.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
      const enumerator = await make.newAccount({ zones: [household.smallZoneCode] });
      const { startEnumeration } = await enumerator.client.request(StartEnumerationDocument, {
        input: { id: wrongCounty('Household', household), expectedVersion: 1 },
      });
      expect(startEnumeration.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
      const { deleteBuilding } = await admin.request(DeleteBuildingDocument, {
        input: { id: wrongCounty('Building', building), expectedVersion: 1 },
      });
      expect(deleteBuilding.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
      // Nothing changed.
      const [row] = await api.sql<{ version: number }>(`SELECT version FROM household WHERE id = $1`, [
        household.rowId,
      ]);
      expect(row.version).toBe(1);
    });

    it('filters to nothing', async () => {
      const building = await make.newBuilding();
      const household = await make.newHousehold({ building, persons: 1 });
      const { persons } = await admin.request(PersonsDocument, {
        filter: { householdId: wrongCounty('Household', household) },
      });
      expect(persons.totalCount).toBe(0);
      const { households } = await admin.request(HouseholdsDocument, {
        filter: { buildingId: wrongCounty('Building', building) },
      });
      expect(households.totalCount).toBe(0);
      // The right county finds them.
      const right = await admin.request(PersonsDocument, { filter: { householdId: household.id } });
      expect(right.persons.totalCount).toBe(1);
    });
  });

  it('answers deleted IDs in the county form the client holds', async () => {
    const building = await make.newBuilding();
    const household = await make.newHousehold();
    const { deleteHousehold } = await admin.request(DeleteHouseholdDocument, {
      input: { id: household.id, expectedVersion: 1 },
    });
    expect(deleteHousehold).toEqual({ deletedId: household.id, userErrors: [] });
    const { deleteBuilding } = await admin.request(DeleteBuildingDocument, {
      input: { id: building.id, expectedVersion: 1 },
    });
    expect(deleteBuilding).toEqual({ deletedId: building.id, userErrors: [] });
  });

  describe('a change that would move a row to another county', () => {
    /** The cross-county refusal: MISMATCH on the field, coded, in Chinese (the default language). */
    const refusal = (field: string) => ({
      field: ['input', field],
      code: 'MISMATCH',
      messageCode: 'record.otherCounty',
      params: expect.objectContaining({ targetCounty: '110108', rowCounty: '330106' }) as unknown,
      message: expect.stringMatching(/^[^A-Za-z]*另一个县（110108）[^A-Za-z]*本县（330106）/) as string,
    });

    it('refuses to move a person to a household of another county, by its new or its old ID', async () => {
      const household = await make.newHousehold({ persons: 1 });
      const [person] = household.persons;
      const tree = await make.newZoneTree({ county: OTHER_COUNTY });
      const elsewhere = await make.newHousehold({ smallZoneCode: tree.smallZone });
      for (const householdId of [elsewhere.id, oldId('Household', elsewhere)]) {
        const { updatePerson } = await admin.request(UpdatePersonDocument, {
          input: { id: person.id, expectedVersion: 1, householdId },
        });
        expect(updatePerson).toEqual({ person: null, userErrors: [refusal('householdId')] });
      }
      const { persons } = await admin.request(PersonsDocument, { filter: { householdId: household.id } });
      expect(persons.nodes).toMatchObject([{ id: person.id, version: 1 }]);
    });

    it('refuses to put a household in a building of another county', async () => {
      const household = await make.newHousehold();
      const tree = await make.newZoneTree({ county: OTHER_COUNTY });
      const building = await make.newBuilding({ smallZoneCode: tree.smallZone });
      for (const buildingId of [building.id, oldId('Building', building)]) {
        const { updateHousehold } = await admin.request(UpdateHouseholdDocument, {
          input: { id: household.id, expectedVersion: 1, buildingId },
        });
        expect(updateHousehold).toEqual({ household: null, userErrors: [refusal('buildingId')] });
      }
    });

    it('still moves a person between households of its small zone', async () => {
      const household = await make.newHousehold({ persons: 1 });
      const other = await make.newHousehold({ smallZoneCode: household.smallZoneCode, persons: 1 });
      const { updatePerson } = await admin.request(UpdatePersonDocument, {
        input: { id: household.persons[0].id, expectedVersion: 1, householdId: other.id },
      });
      expect(updatePerson.userErrors).toEqual([]);
      expect(updatePerson.person).toMatchObject({ id: household.persons[0].id, lineNumber: 2 });
      const { persons } = await admin.request(PersonsDocument, { filter: { householdId: other.id } });
      expect(persons.nodes.map((p) => p.id).sort()).toEqual(
        [other.persons[0].id, household.persons[0].id].sort(),
      );
    });
  });
});
