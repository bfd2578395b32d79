import { makeCitizenId, Sex } from '@census/rules';
import { graphqlRequest } from '@census/testing';

import { Role } from '../src/auth/role';
import { type Factories, factories, type HouseholdRow } from './factories';
import { startTestApi, type TestApi } from './harness';

interface UserError {
  field: string[];
  code: string;
  messageCode: string;
  params: Record<string, unknown>;
  message: string;
}

const ERRORS = 'userErrors { field code messageCode params message }';

/** A global ID as the API writes them (base64 of "Type:key"), anywhere in a text. */
const GLOBAL_ID = /[A-Za-z0-9+/=_-]{12,}/;

describe("messages in the user's language", () => {
  let api: TestApi;
  let make: Factories;

  beforeAll(async () => {
    api = await startTestApi('messages');
    make = factories(api);
  });
  afterAll(() => api.close());

  /** The request as `user`, with an Accept-Language header when `lang` is given. */
  const ask = <T>(
    user: { token: string } | null,
    query: string,
    variables: Record<string, unknown>,
    lang?: string,
  ) =>
    graphqlRequest<T>(api.graphqlUrl, query, variables, {
      ...(user ? { authorization: `Bearer ${user.token}` } : {}),
      ...(lang ? { 'accept-language': lang } : {}),
    });

  async function enumeratorWithHousehold(overrides: Parameters<Factories['newHousehold']>[0] = {}) {
    const { smallZone } = await make.newZoneTree();
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [smallZone] });
    const household = await make.newHousehold({ smallZoneCode: smallZone, ...overrides });
    return { enumerator, household };
  }

  /** Every user error of the answers carries a catalogue code, and no message shows a global ID. */
  function expectReadable(errors: UserError[], household?: HouseholdRow) {
    for (const error of errors) {
      expect(error.messageCode).not.toBe('general.detail');
      expect(error.message).not.toMatch(GLOBAL_ID);
      if (household) expect(error.message).not.toContain(household.id);
    }
  }

  it('a version conflict: Chinese by default, English on request, with the versions as params', async () => {
    const { enumerator, household } = await enumeratorWithHousehold();
    const UPDATE = `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { ${ERRORS} } }`;
    const input = { id: household.id, expectedVersion: 4, rooms: 2 };
    type Answer = { updateHousehold: { userErrors: UserError[] } };
    const zh = (await ask<Answer>(enumerator, UPDATE, { input })).data!.updateHousehold.userErrors;
    const en = (await ask<Answer>(enumerator, UPDATE, { input }, 'en-US,en;q=0.9')).data!.updateHousehold
      .userErrors;
    expect(zh).toEqual([
      {
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
        messageCode: 'record.versionConflict',
        params: { object: 'household', current: 1, expected: 4 },
        message: '此住户已被他人修改（当前第1版，您编辑的是第4版），请重新打开后再修改。',
      },
    ]);
    expect(en[0].message).toBe(
      'This household was changed by someone else (it is now at version 1; you edited version 4). Reopen it and make your change again.',
    );
    expectReadable([...zh, ...en], household);
  });

  it('a wrong ID says what kind of object was expected, without quoting the ID', async () => {
    const { enumerator, household } = await enumeratorWithHousehold();
    const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${ERRORS} } }`;
    type Answer = { updatePerson: { userErrors: UserError[] } };
    const input = { id: household.id, expectedVersion: 1, name: '王德福' };
    const [zh] = (await ask<Answer>(enumerator, UPDATE, { input })).data!.updatePerson.userErrors;
    expect(zh).toMatchObject({ messageCode: 'record.notAnId', message: '所给的标识不是人员的标识。' });
    expectReadable([zh], household);
  });

  it('D5 against the citizen ID names both year-months, and the items as the form does', async () => {
    const { enumerator, household } = await enumeratorWithHousehold();
    const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${ERRORS} } }`;
    type Answer = { createPerson: { userErrors: UserError[] } };
    const input = {
      householdId: household.id,
      name: '王德福',
      relationship: 'HEAD',
      sex: 'MALE',
      birthYear: 2020,
      birthMonth: 9,
      citizenId: makeCitizenId('330106', { year: 2018, month: 5, day: 12 }, 11, Sex.MALE),
    };
    const [zh] = (await ask<Answer>(enumerator, CREATE, { input })).data!.createPerson.userErrors;
    const [en] = (await ask<Answer>(enumerator, CREATE, { input }, 'en')).data!.createPerson.userErrors;
    expect(zh).toMatchObject({
      code: 'MISMATCH',
      messageCode: 'rule.citizenIdBirthMismatch',
      params: { given: '2020-09', fromId: '2018-05' },
      message: 'D5 出生年月填的是 2020-09，但公民身份号码显示为 2018-05。',
    });
    expect(en.message).toBe('D5 birth year-month is 2020-09 but the citizen ID says 2018-05.');
    expectReadable([zh, en], household);
  });

  it('H2 counts that disagree with the persons listed name the item H2 户口在本户外出女', async () => {
    const { enumerator, household } = await enumeratorWithHousehold({ absentFemale: 1, presentMale: 1 });
    await make.newPerson(household, { sex: Sex.MALE, birthYear: 1975, birthMonth: 3 });
    const SUBMIT = `mutation($input: HouseholdStageInput!) { submitHousehold(input: $input) { ${ERRORS} } }`;
    type Answer = { submitHousehold: { userErrors: UserError[] } };
    const input = { id: household.id, expectedVersion: 1 };
    const zh = (await ask<Answer>(enumerator, SUBMIT, { input })).data!.submitHousehold.userErrors;
    const en = (await ask<Answer>(enumerator, SUBMIT, { input }, 'en')).data!.submitHousehold.userErrors;
    const counts = (errors: UserError[]) => errors.find((e) => e.messageCode === 'household.countsMismatch');
    expect(counts(zh)).toMatchObject({
      field: ['household', 'absentFemale'],
      params: { item: 'household.absentFemale', given: 1, expected: 0 },
      message: 'H2 户口在本户外出女填的是 1，但所列人员合计为 0。',
    });
    expect(counts(en)?.message).toBe('H2 Registered here, away, female is 1 but the persons listed give 0.');
    expectReadable([...zh, ...en], household);
  });

  it("a self-report code for a household without a phone asks for the phone, in the user's language", async () => {
    const { enumerator, household } = await enumeratorWithHousehold();
    const ISSUE = `mutation($input: IssueSelfReportCodeInput!) { issueSelfReportCode(input: $input) { ${ERRORS} } }`;
    type Answer = { issueSelfReportCode: { userErrors: UserError[] } };
    const input = { householdId: household.id };
    const [zh] = (await ask<Answer>(enumerator, ISSUE, { input })).data!.issueSelfReportCode.userErrors;
    const [en] = (await ask<Answer>(enumerator, ISSUE, { input }, 'en')).data!.issueSelfReportCode.userErrors;
    expect(zh).toMatchObject({
      messageCode: 'selfReport.phoneFirst',
      message: expect.stringMatching(/^请先登记此住户的联系电话/) as string,
    });
    expect(en.message).toMatch(/^Record the household's phone first/);
    expectReadable([zh, en], household);
  });

  it('a forbidden field answers a coded GraphQL error in the chosen language', async () => {
    const { enumerator } = await enumeratorWithHousehold();
    const QUERY = `{ auditLog(first: 1) { totalCount } }`;
    const zh = await ask(enumerator, QUERY, {});
    const en = await ask(enumerator, QUERY, {}, 'en');
    expect(zh.errors?.[0]).toMatchObject({
      message: '您的账号角色无权进行此操作。',
      extensions: { code: 'FORBIDDEN', messageCode: 'auth.forbidden' },
    });
    expect(en.errors?.[0].message).toBe('Your role may not do this.');
    const anonymous = await ask(null, QUERY, {}, 'en');
    expect(anonymous.errors?.[0]).toMatchObject({
      message: 'Log in first: this field needs an access token.',
      extensions: { code: 'UNAUTHENTICATED', messageCode: 'auth.missing' },
    });
  });

  it('a throttled login says how many minutes to wait, with the retry time as params', async () => {
    const account = await api.account(Role.ENUMERATOR, [], { home: '33', password: 'right-password-123' });
    const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`;
    let answer = await ask(null, LOGIN, { u: account.username, p: 'wrong' }, 'en');
    for (let i = 0; i < 20 && answer.errors?.[0]?.extensions?.code !== 'THROTTLED'; i++) {
      answer = await ask(null, LOGIN, { u: account.username, p: 'wrong' }, 'en');
    }
    const [error] = answer.errors!;
    expect(error.extensions).toMatchObject({ code: 'THROTTLED', messageCode: 'auth.throttledLogin' });
    const params = error.extensions!.params as { minutes: number; retryAfterSeconds: number };
    expect(params.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).toBe(
      `Too many failed logins; try again in ${params.minutes} minute${params.minutes === 1 ? '' : 's'}.`,
    );
    const zh = await ask(null, LOGIN, { u: account.username, p: 'wrong' });
    expect(zh.errors?.[0].message).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试。$/);
  });

  it('a Date that does not exist is refused in the chosen language', async () => {
    const { enumerator } = await enumeratorWithHousehold();
    const QUERY = `query($on: Date!) { agenda(day: $on) { __typename } }`;
    const zh = await ask(enumerator, QUERY, { on: '2020-11-31' });
    const en = await ask(enumerator, QUERY, { on: '2020-11-31' }, 'en');
    expect(zh.errors?.[0].message).toContain('日期须为真实存在的日期，写作 YYYY-MM-DD，收到 "2020-11-31"。');
    expect(en.errors?.[0].message).toContain(
      'A Date is a real calendar day written YYYY-MM-DD, not "2020-11-31".',
    );
    expect(en.errors?.[0].message).not.toMatch(/\p{Script=Han}/u);
  });

  it('a GraphQL error of an argument or a limit carries its code and params, and is English on request', async () => {
    const { enumerator } = await enumeratorWithHousehold();
    const QUERY = `{ zones(first: 500) { totalCount } }`;
    const zh = await ask(enumerator, QUERY, {});
    const en = await ask(enumerator, QUERY, {}, 'en');
    expect(zh.errors?.[0]).toMatchObject({
      message: '参数 first 须在 0 到 100 之间，收到 500。',
      extensions: {
        code: 'BAD_USER_INPUT',
        argumentName: 'first',
        messageCode: 'input.pageSize',
        params: { argument: 'first', min: 0, max: 100, value: 500 },
      },
    });
    expect(en.errors?.[0].message).toBe('Argument "first" must be between 0 and 100; got 500.');
    // An error graphql-js raises (a field that does not exist) gets a generic code; its message stays the server's.
    const unknown = await ask(enumerator, `{ noSuchField }`, {}, 'en');
    expect(unknown.errors?.[0].extensions).toMatchObject({ messageCode: 'request.invalid', params: {} });
    expect(unknown.errors?.[0].message).toContain('noSuchField');
  });

  it('a rejected import row carries its code and params, Chinese by default and English on request', async () => {
    const officer = await api.account(Role.COUNTY_ADMIN, ['330106'], { home: '330106' });
    const IMPORT = `mutation($input: ImportZonesInput!) {
      importZones(input: $input) { rejected { row field code messageCode params message } }
    }`;
    type Answer = {
      importZones: {
        rejected: {
          row: number;
          field: string;
          code: string;
          messageCode: string;
          params: object;
          message: string;
        }[];
      };
    };
    const rows = [{ row: 1, code: '3301069', name: '错' }];
    const zh = await ask<Answer>(officer, IMPORT, { input: { idempotencyKey: 'msg-zh', rows } });
    const en = await ask<Answer>(officer, IMPORT, { input: { idempotencyKey: 'msg-en', rows } }, 'en');
    expect(zh.data!.importZones.rejected).toEqual([
      {
        row: 1,
        field: 'code',
        code: 'INVALID',
        messageCode: 'zone.codeLength',
        params: { value: '3301069', length: 7 },
        message: '区划代码“3301069”有 7 位，应为 2、4、6、9、12 或 15 位（或补零到 12 位）。',
      },
    ]);
    expect(en.data!.importZones.rejected[0].message).toBe(
      'Zone code ‘3301069’ has 7 digits; expected 2, 4, 6, 9, 12 or 15 digits (or a 12-digit padded code).',
    );
  });
});
