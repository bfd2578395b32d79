import {
  type CensusClient,
  HouseholdsDocument,
  IssueSelfReportCodeDocument,
  SelfReportCreatePersonDocument,
  SelfReportHouseholdDocument,
  SelfReportSubmitDocument,
  SelfReportUpdateHouseholdDocument,
  StartSelfReportDocument,
} from '@census/client';
import { DwellingType, makeCitizenId, Sex } from '@census/rules';

import { Role } from '../src/auth/role';
import { errorCodeOf, type Factories, factories, type HouseholdRow, type TestUser } from './factories';
import { startTestApi, type TestApi } from './harness';

const PHONE = '13700001111';

describe('self-report (自主填报)', () => {
  let api: TestApi;
  let make: Factories;
  let anonymous: CensusClient;

  beforeAll(async () => {
    api = await startTestApi('self_report');
    make = factories(api);
    anonymous = make.client(null);
  });
  afterAll(() => api.close());

  /** A listed household with a phone number in a new small zone, and that small zone's enumerator. */
  async function listed(overrides: Parameters<Factories['newHousehold']>[0] = {}) {
    const { smallZone } = await make.newZoneTree();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [smallZone] });
    const household = await make.newHousehold({ smallZoneCode: smallZone, phone: PHONE, ...overrides });
    return { smallZone, enumerator, household };
  }

  const issue = async (enumerator: TestUser, household: HouseholdRow) =>
    (await enumerator.client.request(IssueSelfReportCodeDocument, { input: { householdId: household.id } }))
      .issueSelfReportCode;

  const start = async (code: string, phone: string) =>
    (await anonymous.request(StartSelfReportDocument, { input: { code, phone } })).startSelfReport;

  /** The resident of a listed household, signed in with the code the enumerator issued. */
  async function resident(overrides: Parameters<Factories['newHousehold']>[0] = {}) {
    const context = await listed(overrides);
    const { code } = await issue(context.enumerator, context.household);
    const { token } = await start(code!, PHONE);
    return { ...context, token: token!, client: make.client(token) };
  }

  /** The form as the resident reads it (its version moves with every change). */
  const own = async (client: CensusClient) =>
    (await client.request(SelfReportHouseholdDocument)).selfReportHousehold;

  describe('codes and sessions', () => {
    it('issues an unguessable code with a QR payload, and keeps only its hash', async () => {
      const { enumerator, household } = await listed();
      const issued = await issue(enumerator, household);
      expect(issued.userErrors).toEqual([]);
      expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(issued.qrPayload).toContain(issued.code);
      const [{ text }] = await api.sql<{ text: string }>(
        `SELECT string_agg(encode(self_report_code_hash, 'escape'), '') AS text FROM household`,
      );
      expect(text).not.toContain(issued.code!.replace('-', ''));
    });

    it('opens a session only with the right code and phone, with one answer for every wrong attempt', async () => {
      const { enumerator, household } = await listed();
      const { code } = await issue(enumerator, household);
      const wrongPhone = await start(code!, '13700009999');
      const wrongCode = await start('ABCDE-FGHJK', PHONE);
      expect(wrongPhone.token).toBeNull();
      expect(wrongPhone.userErrors).toEqual(wrongCode.userErrors);
      const session = await start(code!.toLowerCase().replace('-', ' '), '137-0000-1111');
      expect(session.userErrors).toEqual([]);
      expect(session.token).toEqual(expect.any(String));
    });

    it('locks a code out after repeated wrong phone numbers, and throttles guessing', async () => {
      const { enumerator, household } = await listed({ phone: '13700002222' });
      const { code } = await issue(enumerator, household);
      for (let i = 0; i < 5; i++) expect((await start(code!, `1370000300${i}`)).token).toBeNull();
      expect(await errorCodeOf(start(code!, '13700002222'))).toBe('THROTTLED');
    });
  });

  describe("the resident's form", () => {
    it('shows the resident its own household, with its phone, and no other household of the small zone', async () => {
      const { household, smallZone, token } = await resident();
      await make.newHousehold({ smallZoneCode: smallZone });
      // smallZone.households is no field of the client's documents: asked by hand.
      const read = await api.request<{
        selfReportHousehold: { id: string; version: number; phone: string; smallZone: { code: string } };
      }>(
        `{ selfReportHousehold { id version phone(unmasked: true) smallZone { code households { totalCount } } } }`,
        undefined,
        token,
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.selfReportHousehold).toMatchObject({
        id: household.id,
        phone: PHONE,
        smallZone: { code: smallZone, households: { totalCount: 0 } },
      });
    });

    it("keeps the staff's fields out of the resident's reach", async () => {
      const { client } = await resident();
      expect(await errorCodeOf(client.request(HouseholdsDocument))).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for a person added to another household', async () => {
      const { client, smallZone } = await resident();
      const neighbour = await make.newHousehold({ smallZoneCode: smallZone });
      const foreign = await client.request(SelfReportCreatePersonDocument, {
        input: {
          householdId: neighbour.id,
          name: '外人',
          relationship: 'HEAD',
          sex: 'MALE',
          birthYear: 1980,
          birthMonth: 1,
        },
      });
      expect(foreign.selfReportCreatePerson.userErrors[0].code).toBe('NOT_FOUND');
    });

    it('lets the resident add the persons of its household', async () => {
      const { client, household } = await resident();
      const added = await client.request(SelfReportCreatePersonDocument, {
        input: {
          householdId: household.id,
          name: '周丽',
          relationship: 'HEAD',
          sex: 'FEMALE',
          birthYear: 1990,
          birthMonth: 2,
          ethnicity: 'HAN',
          education: 'BACHELOR',
          literate: true,
          citizenId: makeCitizenId('330106', { year: 1990, month: 2, day: 2 }, 20, Sex.FEMALE),
        },
      });
      expect(added.selfReportCreatePerson.userErrors).toEqual([]);
      expect((await own(client)).persons.map((p) => p.name)).toEqual(['周丽']);
    });

    it("leaves the household's status and kind, the enumerator's findings, out of the resident's reach", async () => {
      const { client, household } = await resident();
      const status = await client.request(SelfReportUpdateHouseholdDocument, {
        input: { id: household.id, expectedVersion: (await own(client)).version, status: 'VACANT' },
      });
      expect(status.selfReportUpdateHousehold.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'status'], code: 'INVALID' }),
      ]);
    });

    it("lets the resident answer the household's items", async () => {
      const { client, household } = await resident();
      const counts = await client.request(SelfReportUpdateHouseholdDocument, {
        input: {
          id: household.id,
          expectedVersion: (await own(client)).version,
          presentFemale: 1,
          dwellingType: 'ORDINARY_DWELLING',
          floorArea: 45.5,
          rooms: 2,
        },
      });
      expect(counts.selfReportUpdateHousehold.userErrors).toEqual([]);
      expect(counts.selfReportUpdateHousehold.household).toMatchObject({ presentFemale: 1, rooms: 2 });
    });
  });

  describe('submission', () => {
    /** A resident whose form is complete: a female head, H2 and H5-H7 answered. */
    async function readyToSubmit() {
      const context = await resident({
        presentFemale: 1,
        dwellingType: DwellingType.ORDINARY_DWELLING,
        floorArea: 45.5,
        rooms: 2,
      });
      await make.newPerson(context.household, { sex: Sex.FEMALE, birthYear: 1990, birthMonth: 2 });
      return context;
    }
    const submit = async (client: CensusClient) =>
      (
        await client.request(SelfReportSubmitDocument, {
          input: { expectedVersion: (await own(client)).version },
        })
      ).selfReportSubmit;

    it('submits the form as a self-report', async () => {
      const { client } = await readyToSubmit();
      const submitted = await submit(client);
      expect(submitted.userErrors).toEqual([]);
      expect(submitted.household).toMatchObject({ stage: 'SUBMITTED', registrationMethod: 'SELF_REPORT' });
    });

    it('ends the session with the submission', async () => {
      const { client } = await readyToSubmit();
      await submit(client);
      expect(await errorCodeOf(client.request(SelfReportHouseholdDocument))).toBe('UNAUTHENTICATED');
    });

    it('records the submission in the audit log under the resident', async () => {
      const { client, household } = await readyToSubmit();
      await submit(client);
      const audit = await api.sql<{ actor: string }>(
        `SELECT DISTINCT actor FROM audit_log WHERE entity_id = $1 AND action = 'STAGE'`,
        [household.id],
      );
      expect(audit.map((a) => a.actor)).toEqual([expect.stringMatching(/^resident:/)]);
    });
  });
});
