import { makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { type Factories, factories, type TestUser } from './factories';
import { startTestApi, type TestApi } from './harness';

/**
 * 跨县重复登记 (issue 15, item 4): one citizen ID listed in two counties (重报) is found through the national
 * citizen-ID directory, kept in step by the person service, and shows on the worklist of BOTH counties, each with
 * its own person only.
 */
interface Item {
  key: string;
  kind: string;
  zoneCode: string;
  evidence: { source: string; text: string }[];
  person: { id: string; name: string } | null;
  household: { number: string } | null;
}

const WORKLIST = `query ($zone: String!) {
  listingWorklist(zoneCode: $zone, kinds: [CROSS_COUNTY_DUPLICATE], first: 100) {
    totalCount
    nodes { key kind zoneCode evidence { source text } person { id name } household { number } }
  }
}`;

const CREATE = `mutation ($input: CreatePersonInput!) {
  createPerson(input: $input) { person { id version } userErrors { field code message } }
}`;
const UPDATE = `mutation ($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { id version } userErrors { field code message } }
}`;
const DELETE = `mutation ($input: DeletePersonInput!) {
  deletePerson(input: $input) { deletedId userErrors { field code message } }
}`;

const COUNTY_A = '330106';
const COUNTY_B = '330102';
const birth = { year: 1980, month: 3, day: 4 };
const doubled = makeCitizenId('330106', birth, 777, Sex.FEMALE);
const another = makeCitizenId('330106', birth, 779, Sex.FEMALE);

describe('national citizen-ID duplicates (跨县重复登记)', () => {
  let api: TestApi;
  let make: Factories;
  let zoneA: string;
  let zoneB: string;
  let adminA: TestUser;
  let adminB: TestUser;
  let householdA: string;
  let householdB: string;

  beforeAll(async () => {
    api = await startTestApi('national-duplicates');
    make = factories(api);
    zoneA = (await make.newZoneTree({ county: COUNTY_A })).smallZone;
    zoneB = (await make.newZoneTree({ county: COUNTY_B })).smallZone;
    householdA = (await make.newHousehold({ smallZoneCode: zoneA })).id;
    householdB = (await make.newHousehold({ smallZoneCode: zoneB })).id;
    adminA = await make.newAccount({ role: Role.COUNTY_ADMIN, zones: [COUNTY_A] });
    adminB = await make.newAccount({ role: Role.COUNTY_ADMIN, zones: [COUNTY_B] });
  });

  afterAll(() => api?.close());

  async function createPerson(as: TestUser, householdId: string, name: string, citizenId: string) {
    const response = await api.request<{ createPerson: { person: { id: string; version: number } } }>(
      CREATE,
      {
        input: {
          householdId,
          name,
          relationship: 'HEAD',
          sex: 'FEMALE',
          birthYear: birth.year,
          birthMonth: birth.month,
          citizenId,
          registered: true,
          resident: true,
        },
      },
      as.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createPerson).toMatchObject({ userErrors: [] });
    return response.data!.createPerson.person;
  }

  async function worklist(as: TestUser, zone: string): Promise<Item[]> {
    const response = await api.request<{ listingWorklist: { totalCount: number; nodes: Item[] } }>(
      WORKLIST,
      { zone },
      as.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.listingWorklist.totalCount).toBe(response.data!.listingWorklist.nodes.length);
    return response.data!.listingWorklist.nodes;
  }

  const directory = () =>
    api.sql<{ county: string; duplicate: boolean }>(
      `SELECT county_code AS county, duplicate FROM citizen_id_directory ORDER BY county_code`,
    );

  it('shows a person listed in two counties on both counties’ worklists, each with its own person only', async () => {
    const personA = await createPerson(adminA, householdA, '林小红', doubled);
    expect(await worklist(adminA, COUNTY_A)).toEqual([]); // listed once so far
    const personB = await createPerson(adminB, householdB, '林晓虹', doubled);
    expect(await directory()).toEqual([
      { county: COUNTY_B, duplicate: true },
      { county: COUNTY_A, duplicate: true },
    ]);

    const [itemA, ...moreA] = await worklist(adminA, COUNTY_A);
    expect(moreA).toEqual([]);
    expect(itemA).toMatchObject({
      kind: 'CROSS_COUNTY_DUPLICATE',
      zoneCode: zoneA,
      person: { id: personA.id, name: '林小红' },
    });
    const textA = itemA.evidence.map((line) => line.text).join('\n');
    expect(textA).toContain('也登记在');
    expect(textA).toContain(COUNTY_B);
    expect(textA).toContain('330106********');
    expect(textA).not.toContain('林晓虹');

    const [itemB, ...moreB] = await worklist(adminB, COUNTY_B);
    expect(moreB).toEqual([]);
    expect(itemB).toMatchObject({
      kind: 'CROSS_COUNTY_DUPLICATE',
      zoneCode: zoneB,
      person: { id: personB.id, name: '林晓虹' },
    });
    const textB = itemB.evidence.map((line) => line.text).join('\n');
    expect(textB).toContain(COUNTY_A);
    expect(textB).not.toContain('林小红');

    // Each county's zones show only its own item: the other county's worklist is not readable.
    const foreign = await api.request(WORKLIST, { zone: COUNTY_A }, adminB.token);
    expect(JSON.stringify(foreign)).not.toContain('林小红');

    // A changed citizen ID leaves the directory in step: no longer listed twice, on neither worklist.
    const changed = await api.request<{ updatePerson: { userErrors: unknown[] } }>(
      UPDATE,
      { input: { id: personB.id, expectedVersion: personB.version, citizenId: another } },
      adminB.token,
    );
    expect(changed.data!.updatePerson.userErrors).toEqual([]);
    expect(await worklist(adminA, COUNTY_A)).toEqual([]);
    expect(await worklist(adminB, COUNTY_B)).toEqual([]);
    expect(await directory()).toEqual([
      { county: COUNTY_B, duplicate: false },
      { county: COUNTY_A, duplicate: false },
    ]);

    // Listed twice again, then the person of county A is deleted: county B's item goes with it.
    const again = await createPerson(adminA, householdA, '林小虹', another);
    expect((await worklist(adminB, COUNTY_B)).map((item) => item.person?.name)).toEqual(['林晓虹']);
    const deleted = await api.request<{ deletePerson: { userErrors: unknown[] } }>(
      DELETE,
      { input: { id: again.id, expectedVersion: again.version } },
      adminA.token,
    );
    expect(deleted.data!.deletePerson.userErrors).toEqual([]);
    expect(await worklist(adminB, COUNTY_B)).toEqual([]);
    expect(await worklist(adminA, COUNTY_A)).toEqual([]);
  });
});
