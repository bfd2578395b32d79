import { makeCitizenId, Sex } from '@census/rules';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface Errors {
  userErrors: { field: string[]; code: string; message: string }[];
}

describe('self-report (自主填报)', () => {
  let api: TestApi;
  let enumerator: TestAccount;
  let smallZone: string;
  let household: { id: string; version: number };
  let neighbour: string;

  beforeAll(async () => {
    api = await startTestApi('self_report');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [10, 10] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' LIMIT 1`,
    );
    enumerator = await api.account(Role.ENUMERATOR, [smallZone]);
    const created = await api.request<{ createHousehold: { household: { id: string; version: number } } }>(
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id version } } }`,
      { input: { smallZoneCode: smallZone, phone: '13700001111' } },
      enumerator.token,
    );
    household = created.data!.createHousehold.household;
    const [other] = await api.sql<{ id: string }>(
      `SELECT id FROM household WHERE small_zone_code = $1 ORDER BY id LIMIT 1`,
      [smallZone],
    );
    neighbour = toGlobalId('Household', other.id);
  });
  afterAll(() => api.close());

  const issue = async () => {
    const response = await api.request<{ issueSelfReportCode: Errors & { code: string; qrPayload: string } }>(
      `mutation($id: ID!) { issueSelfReportCode(householdId: $id) { code qrPayload userErrors { field code message } } }`,
      { id: household.id },
      enumerator.token,
    );
    return response.data!.issueSelfReportCode;
  };
  const start = async (code: string, phone: string) =>
    (
      await api.request<{ startSelfReport: Errors & { token: string | null } }>(
        `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token userErrors { field code message } } }`,
        { input: { code, phone } },
        null,
      )
    ).data?.startSelfReport;

  it('issues an unguessable code with a QR payload, and keeps only its hash', async () => {
    const issued = await issue();
    expect(issued.userErrors).toEqual([]);
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(issued.qrPayload).toContain(issued.code);
    const [{ text }] = await api.sql<{ text: string }>(
      `SELECT string_agg(encode(self_report_code_hash, 'escape'), '') AS text FROM household`,
    );
    expect(text).not.toContain(issued.code.replace('-', ''));
  });

  it('opens a session only with the right code and phone, with one answer for every wrong attempt', async () => {
    const { code } = await issue();
    const wrongPhone = await start(code, '13700009999');
    const wrongCode = await start('ABCDE-FGHJK', '13700001111');
    expect(wrongPhone!.token).toBeNull();
    expect(wrongPhone!.userErrors).toEqual(wrongCode!.userErrors);
    const session = await start(code.toLowerCase().replace('-', ' '), '137-0000-1111');
    expect(session!.userErrors).toEqual([]);
    expect(session!.token).toEqual(expect.any(String));
  });

  it("lets the resident read and fill only its own household's form, then submit it, which ends the session", async () => {
    const { code } = await issue();
    const token = (await start(code, '13700001111'))!.token!;
    const own = await api.request<{
      selfReportHousehold: { id: string; version: number; phone: string; smallZone: { code: string } };
    }>(
      `{ selfReportHousehold { id version phone(unmasked: true) smallZone { code households { totalCount } } } }`,
      undefined,
      token,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.selfReportHousehold).toMatchObject({
      id: household.id,
      phone: '13700001111',
      smallZone: { code: smallZone, households: { totalCount: 0 } },
    });
    // Staff fields and other households are out of reach.
    const staffField = await api.request(`{ households { totalCount } }`, undefined, token);
    expect(staffField.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreign = await api.request<{ selfReportCreatePerson: Errors }>(
      `mutation($input: CreatePersonInput!) { selfReportCreatePerson(input: $input) { userErrors { field code message } } }`,
      {
        input: {
          householdId: neighbour,
          name: '外人',
          relationship: 'HEAD',
          sex: 'MALE',
          birthYear: 1980,
          birthMonth: 1,
        },
      },
      token,
    );
    expect(foreign.data!.selfReportCreatePerson.userErrors).toEqual([
      { field: ['input', 'householdId'], code: 'NOT_FOUND', message: `${neighbour} does not exist.` },
    ]);

    const added = await api.request<{ selfReportCreatePerson: Errors }>(
      `mutation($input: CreatePersonInput!) { selfReportCreatePerson(input: $input) { person { id } userErrors { field code message } } }`,
      {
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
      },
      token,
    );
    expect(added.data!.selfReportCreatePerson.userErrors).toEqual([]);
    // The household's status and kind are the enumerator's findings: a resident cannot change them.
    const status = await api.request<{ selfReportUpdateHousehold: Errors }>(
      `mutation($input: UpdateHouseholdInput!) { selfReportUpdateHousehold(input: $input) { userErrors { field code message } } }`,
      {
        input: { id: household.id, expectedVersion: own.data!.selfReportHousehold.version, status: 'VACANT' },
      },
      token,
    );
    expect(status.data!.selfReportUpdateHousehold.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID' }),
    ]);
    const counts = await api.request<{
      selfReportUpdateHousehold: Errors & { household: { version: number } };
    }>(
      `mutation($input: UpdateHouseholdInput!) { selfReportUpdateHousehold(input: $input) { household { version } userErrors { field code message } } }`,
      {
        input: {
          id: household.id,
          expectedVersion: own.data!.selfReportHousehold.version,
          presentFemale: 1,
          dwellingType: 'ORDINARY_DWELLING',
          floorArea: 45.5,
          rooms: 2,
        },
      },
      token,
    );
    expect(counts.data!.selfReportUpdateHousehold.userErrors).toEqual([]);
    const submitted = await api.request<{
      selfReportSubmit: Errors & { household: { stage: string; registrationMethod: string } };
    }>(
      `mutation($input: SubmitSelfReportInput!) { selfReportSubmit(input: $input) { household { stage registrationMethod } userErrors { field code message } } }`,
      { input: { expectedVersion: counts.data!.selfReportUpdateHousehold.household.version } },
      token,
    );
    expect(submitted.data!.selfReportSubmit.userErrors).toEqual([]);
    expect(submitted.data!.selfReportSubmit.household).toEqual({
      stage: 'SUBMITTED',
      registrationMethod: 'SELF_REPORT',
    });
    const after = await api.request(`{ selfReportHousehold { id } }`, undefined, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await api.sql<{ actor: string }>(
      `SELECT DISTINCT actor FROM audit_log WHERE entity_id = $1 AND action = 'STAGE'`,
      [household.id],
    );
    expect(audit.map((a) => a.actor)).toEqual([expect.stringMatching(/^resident:/)]);
  });

  it('locks a code out after repeated wrong phone numbers, and throttles guessing', async () => {
    const created = await api.request<{ createHousehold: { household: { id: string } } }>(
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { household { id } } }`,
      { input: { smallZoneCode: smallZone, phone: '13700002222' } },
      enumerator.token,
    );
    const issued = await api.request<{ issueSelfReportCode: { code: string } }>(
      `mutation($id: ID!) { issueSelfReportCode(householdId: $id) { code } }`,
      { id: created.data!.createHousehold.household.id },
      enumerator.token,
    );
    const { code } = issued.data!.issueSelfReportCode;
    for (let i = 0; i < 5; i++) expect((await start(code, `1370000300${i}`))!.token).toBeNull();
    const locked = await api.request(
      `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token } }`,
      { input: { code, phone: '13700002222' } },
      null,
    );
    expect(locked.errors?.[0].extensions?.code).toBe('THROTTLED');
  });
});
