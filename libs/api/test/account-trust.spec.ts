import { graphqlRequest } from '@census/testing';

import { authenticationCache } from '../src/auth/authentication-cache';
import { Role } from '../src/auth/role';
import { signToken } from '../src/auth/tokens';
import { toGlobalId } from '../src/common/global-id';
import { createCensusServer } from '../src/server/create-app';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

/**
 * Accounts belong to an office zone (所属单位): an office sees and manages only the accounts of its own zones,
 * whatever role they have and whether they hold zones or not; every account change is in the audit log of the
 * offices above it; a password, scope or state change ends the account's sessions.
 */

const PASSWORD = 'correct-horse-9';
const ACCOUNT_FIELDS = 'id username version';

interface Foreign {
  label: string;
  account: TestAccount;
}

describe('accounts of other townships and counties (account takeover)', () => {
  let api: TestApi;
  let county: string;
  let township: string; // the officer's township
  let sibling: string; // another township of the same county
  let mySmallZone: string;
  let siblingSmallZone: string;
  let officer: TestAccount; // TOWNSHIP_OFFICER of `township`
  let countyAdmin: TestAccount; // COUNTY_ADMIN of `county`
  let foreign: Foreign[];
  let integrationElsewhere: TestAccount;

  const OTHER_COUNTY = '330102';
  const OTHER_TOWNSHIP = '330102001';
  const OTHER_SMALL_ZONE = '330102001001001';

  beforeAll(async () => {
    api = await startTestApi('account-trust');
    await seedCounty(api, 300, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [1, 2] });
    county = '330106';
    const townships = await api.sql<{ code: string; small: string }>(
      `SELECT substr(code, 1, 9) AS code, min(code) AS small FROM zone WHERE level = 'SMALL_ZONE'
        GROUP BY 1 ORDER BY 1 LIMIT 2`,
    );
    [{ code: township, small: mySmallZone }, { code: sibling, small: siblingSmallZone }] = townships;
    await api.sql(
      `INSERT INTO zone (code, level, name, parent_code, version) VALUES
        ('3301', 'CITY', '杭州市', '33', 1)
        ON CONFLICT DO NOTHING`,
    );
    await api.sql(
      `INSERT INTO zone (code, level, name, parent_code, version) VALUES
        ($1, 'COUNTY', '上城区', '3301', 1), ($2, 'TOWNSHIP', '清波街道', $1, 1),
        ($3, 'CENSUS_ZONE', '清波社区', $2, 1), ($4, 'SMALL_ZONE', '第1普查小区', $3, 1)`,
      [OTHER_COUNTY, OTHER_TOWNSHIP, OTHER_SMALL_ZONE.slice(0, 12), OTHER_SMALL_ZONE],
    );
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township], { password: PASSWORD });
    countyAdmin = await api.account(Role.COUNTY_ADMIN, [county], { password: PASSWORD });

    // The sibling township's staff: its supervisor holds no zone (its scope comes from its enumerator).
    const siblingSupervisor = await api.account(Role.SUPERVISOR, [], { home: sibling, password: PASSWORD });
    const siblingEnumerator = await api.account(Role.ENUMERATOR, [siblingSmallZone], {
      supervisorId: siblingSupervisor.id,
      password: PASSWORD,
    });
    const siblingOfficer = await api.account(Role.TOWNSHIP_OFFICER, [sibling], { password: PASSWORD });
    const siblingNewcomer = await api.account(Role.ENUMERATOR, [], { home: sibling, password: PASSWORD });
    // Another county's staff.
    const otherAdmin = await api.account(Role.COUNTY_ADMIN, [OTHER_COUNTY], { password: PASSWORD });
    const otherOfficer = await api.account(Role.TOWNSHIP_OFFICER, [OTHER_TOWNSHIP], { password: PASSWORD });
    const otherSupervisor = await api.account(Role.SUPERVISOR, [], {
      home: OTHER_TOWNSHIP,
      password: PASSWORD,
    });
    const otherEnumerator = await api.account(Role.ENUMERATOR, [OTHER_SMALL_ZONE], {
      supervisorId: otherSupervisor.id,
      password: PASSWORD,
    });
    integrationElsewhere = await api.account(Role.INTEGRATION, [OTHER_COUNTY]);
    foreign = [
      { label: 'sibling township supervisor (no zones)', account: siblingSupervisor },
      { label: 'sibling township enumerator', account: siblingEnumerator },
      { label: 'sibling township officer', account: siblingOfficer },
      { label: 'sibling township newcomer (no zones)', account: siblingNewcomer },
      { label: 'other county admin', account: otherAdmin },
      { label: 'other county officer', account: otherOfficer },
      { label: 'other county supervisor (no zones)', account: otherSupervisor },
      { label: 'other county enumerator', account: otherEnumerator },
      { label: 'other county integration', account: integrationElsewhere },
    ];
  });
  afterAll(() => api.close());

  /** The stored state of an account, to prove a refused change changed nothing. */
  const stored = async (id: string) =>
    (
      await api.sql<{ version: number; password_hash: string; active: boolean; zones: string[] }>(
        `SELECT version, password_hash, active,
                ARRAY(SELECT zone_code FROM account_zone WHERE account_id = a.id ORDER BY 1) AS zones
           FROM account a WHERE id = $1`,
        [id],
      )
    )[0];

  const listed = async (token: string) => {
    const response = await api.request<{ accounts: { nodes: { username: string }[] } }>(
      `{ accounts(first: 100) { nodes { username } } }`,
      undefined,
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.accounts.nodes.map((n) => n.username);
  };

  it('a township officer lists its own staff and no account of a sibling township or another county', async () => {
    const mine = await api.account(Role.SUPERVISOR, [], { home: township });
    const usernames = await listed(officer.token);
    expect(usernames).toContain(mine.username);
    expect(usernames).toContain(officer.username);
    for (const { account } of foreign) expect(usernames).not.toContain(account.username);
  });

  it('a county office lists its county and nothing of another county', async () => {
    const usernames = await listed(countyAdmin.token);
    for (const { label, account } of foreign) {
      if (label.startsWith('sibling')) expect(usernames).toContain(account.username);
      else expect(usernames).not.toContain(account.username);
    }
  });

  it('node(id) answers null for every foreign account, to officers, supervisors and enumerators alike', async () => {
    const supervisor = await api.account(Role.SUPERVISOR, [], { home: township });
    const enumerator = await api.account(Role.ENUMERATOR, [mySmallZone], { supervisorId: supervisor.id });
    for (const caller of [officer, supervisor, enumerator]) {
      const response = await api.request<{ nodes: (null | { id: string })[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
        { ids: foreign.map((f) => toGlobalId('Account', f.account.id)) },
        caller.token,
      );
      expect(response.data!.nodes).toEqual(foreign.map(() => null));
    }
    // The enumerator sees itself and its supervisor; the supervisor itself and its enumerator.
    const own = await api.request<{ nodes: ({ username: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Account { username } } }`,
      { ids: [toGlobalId('Account', enumerator.id), toGlobalId('Account', supervisor.id)] },
      enumerator.token,
    );
    expect(own.data!.nodes).toEqual([{ username: enumerator.username }, { username: supervisor.username }]);
  });

  it('refuses to change, disable or re-password a foreign account, exactly as for a missing one', async () => {
    for (const caller of [officer, countyAdmin]) {
      for (const { label, account } of foreign) {
        if (caller === countyAdmin && label.startsWith('sibling')) continue; // the county office's own staff
        const before = await stored(account.id);
        for (const change of [{ password: 'taken-over-123' }, { active: false }, { name: '冒名' }]) {
          const response = await api.request<{
            updateAccount: { account: unknown; userErrors: { code: string }[] };
          }>(
            `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { ${ACCOUNT_FIELDS} } userErrors { code } } }`,
            { input: { id: toGlobalId('Account', account.id), expectedVersion: before.version, ...change } },
            caller.token,
          );
          expect({ label, errors: response.data!.updateAccount.userErrors }).toEqual({
            label,
            errors: [{ code: 'NOT_FOUND' }],
          });
        }
        expect(await stored(account.id)).toEqual(before);
      }
    }
  });

  it('the reproduced takeover: a new officer cannot reset the password of a sibling supervisor and log in as it', async () => {
    const newOfficer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    const victim = foreign[0].account;
    const attempt = await api.request<{ updateAccount: { userErrors: { code: string }[] } }>(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { userErrors { code } } }`,
      { input: { id: toGlobalId('Account', victim.id), expectedVersion: 1, password: 'taken-over-123' } },
      newOfficer.token,
    );
    expect(attempt.data!.updateAccount.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const login = await api.request<{ login: { token: string | null } }>(
      `mutation { login(input: { username: "${victim.username}", password: "taken-over-123" }) { token } }`,
      undefined,
      null,
    );
    expect(login.data!.login.token).toBeNull();
  });

  it('refuses foreign accounts in importStaff: a row naming one is rejected and changes nothing', async () => {
    for (const { label, account } of foreign) {
      const before = await stored(account.id);
      const response = await api.request<{
        importStaff: { accepted: number; rejected: { row: number; field: string; code: string }[] };
      }>(
        `mutation($input: ImportStaffInput!) { importStaff(input: $input) { accepted rejected { row field code } } }`,
        {
          input: {
            idempotencyKey: `takeover-${account.id}`,
            source: 'staff.csv',
            rows: [
              {
                row: 2,
                username: account.username,
                name: '冒名',
                role: label.includes('supervisor') ? 'SUPERVISOR' : 'ENUMERATOR',
                password: 'taken-over-123',
                zoneCodes: label.includes('supervisor') ? [] : [mySmallZone],
              },
            ],
          },
        },
        officer.token,
      );
      expect(response.errors).toBeUndefined();
      expect({ label, result: response.data!.importStaff }).toEqual({
        label,
        result: { accepted: 0, rejected: [{ row: 2, field: 'username', code: 'DUPLICATE' }] },
      });
      expect(await stored(account.id)).toEqual(before);
    }
  });

  it('refuses to give a small zone to, or set as supervisor, a foreign account', async () => {
    for (const { label, account } of foreign) {
      const assign = await api.request<{ assignSmallZone: { userErrors: { code: string }[] } }>(
        `mutation($input: AssignSmallZoneInput!) { assignSmallZone(input: $input) { userErrors { code } } }`,
        { input: { smallZoneCode: mySmallZone, enumeratorId: toGlobalId('Account', account.id) } },
        officer.token,
      );
      expect({ label, errors: assign.data!.assignSmallZone.userErrors }).toEqual({
        label,
        errors: [{ code: 'NOT_FOUND' }],
      });
      const create = await api.request<{
        createAccount: { userErrors: { field: string[]; code: string }[] };
      }>(
        `mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { field code } } }`,
        {
          input: {
            username: `under-${account.id}`,
            name: '新普查员',
            role: 'ENUMERATOR',
            password: PASSWORD,
            zoneCodes: [],
            supervisorId: toGlobalId('Account', account.id),
          },
        },
        officer.token,
      );
      expect(create.data!.createAccount.userErrors).toEqual([
        { field: ['input', 'supervisorId'], code: 'NOT_FOUND' },
      ]);
    }
  });

  it('refuses API tokens of another county’s integration account', async () => {
    const id = toGlobalId('Account', integrationElsewhere.id);
    const issued = await api.request<{
      createApiToken: { token: string | null; userErrors: { code: string }[] };
    }>(
      `mutation { createApiToken(input: { accountId: "${id}", label: "stolen" }) { token userErrors { code } } }`,
      undefined,
      countyAdmin.token,
    );
    expect(issued.data!.createApiToken).toEqual({ token: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const revoked = await api.request<{
      revokeApiTokens: { revoked: number; userErrors: { code: string }[] };
    }>(
      `mutation { revokeApiTokens(accountId: "${id}") { revoked userErrors { code } } }`,
      undefined,
      countyAdmin.token,
    );
    expect(revoked.data!.revokeApiTokens).toEqual({ revoked: 0, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('keeps everything an account sees inside its home: no zone or enumerator from outside it', async () => {
    // The county office creates a supervisor for the township, then tries to give it a sibling's enumerator.
    const created = await api.request<{ createAccount: { account: { id: string }; userErrors: unknown[] } }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { field code } } }`,
      {
        input: {
          username: 'township-supervisor',
          name: '指导员',
          role: 'SUPERVISOR',
          password: PASSWORD,
          homeZoneCode: township,
        },
      },
      countyAdmin.token,
    );
    expect(created.data!.createAccount.userErrors).toEqual([]);
    const enumerator = await api.request<{
      createAccount: { userErrors: { field: string[]; code: string }[] };
    }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { field code } } }`,
      {
        input: {
          username: 'cross-enumerator',
          name: '普查员',
          role: 'ENUMERATOR',
          password: PASSWORD,
          zoneCodes: [siblingSmallZone],
          supervisorId: created.data!.createAccount.account.id,
        },
      },
      countyAdmin.token,
    );
    expect(enumerator.data!.createAccount.userErrors).toEqual([
      { field: ['input', 'supervisorId'], code: 'OUT_OF_SCOPE' },
    ]);
    // A home inside the township cannot hold a sibling's small zone either.
    const wrongHome = await api.request<{
      createAccount: { userErrors: { field: string[]; code: string }[] };
    }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { field code } } }`,
      {
        input: {
          username: 'wrong-home',
          name: '普查员',
          role: 'ENUMERATOR',
          password: PASSWORD,
          zoneCodes: [siblingSmallZone],
          homeZoneCode: township,
        },
      },
      countyAdmin.token,
    );
    expect(wrongHome.data!.createAccount.userErrors).toEqual([
      { field: ['input', 'zoneCodes'], code: 'OUT_OF_SCOPE' },
    ]);
  });

  it("the database itself refuses a zone outside an account's home, whatever path would write it", async () => {
    const enumerator = await api.account(Role.ENUMERATOR, [mySmallZone]);
    await expect(
      api.sql(`INSERT INTO account_zone (account_id, zone_code) VALUES ($1, $2)`, [
        enumerator.id,
        siblingSmallZone,
      ]),
    ).rejects.toThrow(/outside home zone/);
    const supervisor = await api.account(Role.SUPERVISOR, [], { home: sibling });
    await expect(
      api.sql(`UPDATE account SET supervisor_id = $2 WHERE id = $1`, [enumerator.id, supervisor.id]),
    ).rejects.toThrow(/outside home zone/);
    await expect(
      api.sql(`UPDATE account SET home_zone_code = $2 WHERE id = $1`, [enumerator.id, sibling]),
    ).rejects.toThrow(/outside home zone/);
  });

  it('homes new accounts at the creating office, or at the township holding their zones', async () => {
    const create = (username: string, role: string, zoneCodes: string[], token: string) =>
      api.request<{
        createAccount: { account: { homeZone: { code: string } } | null; userErrors: unknown[] };
      }>(
        `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { homeZone { code } } userErrors { field code } } }`,
        { input: { username, name: '新账号', role, password: PASSWORD, zoneCodes } },
        token,
      );
    const supervisor = await create('home-supervisor', 'SUPERVISOR', [], officer.token);
    expect(supervisor.data!.createAccount.account!.homeZone.code).toBe(township);
    const enumerator = await create('home-enumerator', 'ENUMERATOR', [siblingSmallZone], countyAdmin.token);
    expect(enumerator.data!.createAccount.account!.homeZone.code).toBe(sibling);
    // The sibling township's office now answers for it; this officer does not.
    const siblingOfficer = foreign[2].account;
    expect(await listed(siblingOfficer.token)).toContain('home-enumerator');
    expect(await listed(officer.token)).not.toContain('home-enumerator');
    // A zone-less account of the county office's own belongs to the county.
    const countySupervisor = await create('county-supervisor', 'SUPERVISOR', [], countyAdmin.token);
    expect(countySupervisor.data!.createAccount.account!.homeZone.code).toBe(county);
    // An office holding several zones must say which one a zone-less account belongs to.
    const ambiguous = await create('ambiguous', 'SUPERVISOR', [], api.admin.token);
    expect(ambiguous.data!.createAccount.userErrors).toEqual([
      { field: ['input', 'homeZoneCode'], code: 'REQUIRED' },
    ]);
  });
});

describe('the audit log of account changes', () => {
  let api: TestApi;
  let township: string;
  let smallZone: string;

  beforeAll(async () => {
    api = await startTestApi('account-audit');
    await seedCounty(api, 2, { smallZonesPerCensusZone: [2, 2], householdsPerSmallZone: [1, 2] });
    [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT min(code) AS code FROM zone WHERE level = 'SMALL_ZONE'`,
    );
    township = smallZone.slice(0, 9);
  });
  afterAll(() => api.close());

  it('shows every account change, zone-less accounts included, to the office of the account and the offices above', async () => {
    const officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
    const countyAdmin = await api.account(Role.COUNTY_ADMIN, ['330106']);
    const integration = await api.account(Role.INTEGRATION, ['330106']);
    const run = async <T>(token: string, text: string, variables?: Record<string, unknown>) => {
      const response = await api.request<T>(text, variables, token);
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const created = await run<{ createAccount: { account: { id: string; version: number } } }>(
      officer.token,
      `mutation { createAccount(input: { username: "audited-supervisor", name: "指导员", role: SUPERVISOR, password: "${PASSWORD}" }) { account { id version } } }`,
    );
    const supervisorId = created.createAccount.account.id;
    const enumerator = await run<{ createAccount: { account: { id: string } } }>(
      officer.token,
      `mutation($s: ID!) { createAccount(input: { username: "audited-enumerator", name: "普查员", role: ENUMERATOR, password: "${PASSWORD}", supervisorId: $s }) { account { id } } }`,
      { s: supervisorId },
    );
    await run(
      officer.token,
      `mutation($id: ID!) { updateAccount(input: { id: $id, expectedVersion: 1, password: "another-secret-1" }) { account { id } } }`,
      { id: supervisorId },
    );
    await run(
      officer.token,
      `mutation($id: ID!, $z: String!) { assignSmallZone(input: { smallZoneCode: $z, enumeratorId: $id }) { account { id } } }`,
      { id: enumerator.createAccount.account.id, z: smallZone },
    );
    await run(
      countyAdmin.token,
      `mutation($id: ID!) { createApiToken(input: { accountId: $id, label: "county system" }) { token } }`,
      { id: toGlobalId('Account', integration.id) },
    );
    await run(
      officer.token,
      `mutation { importStaff(input: { idempotencyKey: "audit-import", source: "staff.csv", rows: [{ row: 2, username: "imported-supervisor", name: "指导员", role: SUPERVISOR, password: "${PASSWORD}", zoneCodes: [] }] }) { accepted } }`,
    );
    const entries = async (token: string) =>
      (
        await run<{
          auditLog: { nodes: { entityId: string; smallZoneCode: string | null; after: unknown }[] };
        }>(token, `{ auditLog(action: ACCOUNT, first: 100) { nodes { entityId smallZoneCode after } } }`)
      ).auditLog.nodes;
    const stored = await api.sql<{ n: number; zoneless: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE small_zone_code IS NULL)::int AS zoneless
         FROM audit_log WHERE action = 'ACCOUNT'`,
    );
    expect(stored).toEqual([{ n: 6, zoneless: 0 }]);
    expect(await entries(countyAdmin.token)).toHaveLength(6);
    // The township office sees the five changes of its own staff, not the county's integration token.
    const townshipEntries = await entries(officer.token);
    expect(townshipEntries).toHaveLength(5);
    expect(townshipEntries.map((e) => e.entityId)).toContain(supervisorId);
  });
});

describe('sessions', () => {
  let api: TestApi;
  let officer: TestAccount;
  let township: string;

  const ME = `{ me { username } }`;

  beforeAll(async () => {
    api = await startTestApi('sessions');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [2, 2], householdsPerSmallZone: [1, 2] });
    const [{ code }] = await api.sql<{ code: string }>(
      `SELECT min(code) AS code FROM zone WHERE level = 'SMALL_ZONE'`,
    );
    township = code.slice(0, 9);
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
  });
  afterAll(() => api.close());

  const login = async (username: string, password: string) =>
    (
      await api.request<{ login: { token: string | null; userErrors: { code: string }[] } }>(
        `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token userErrors { code } } }`,
        { u: username, p: password },
        null,
      )
    ).data?.login;

  const update = (id: string, change: Record<string, unknown>) =>
    api.request<{ updateAccount: { userErrors: unknown[] } }>(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { userErrors { code } } }`,
      { input: { id: toGlobalId('Account', id), ...change } },
      officer.token,
    );

  const version = async (id: string) =>
    (await api.sql<{ version: number }>(`SELECT version FROM account WHERE id = $1`, [id]))[0].version;

  it('a password change ends every session of the account, renewed tokens included', async () => {
    const enumerator = await api.account(Role.ENUMERATOR, [], { home: township, password: PASSWORD });
    const first = (await login(enumerator.username, PASSWORD))!.token!;
    const renewed = await api.request<{ renewToken: { token: string } }>(
      `mutation { renewToken { token } }`,
      undefined,
      first,
    );
    const second = renewed.data!.renewToken.token;
    expect((await api.request(ME, undefined, second)).errors).toBeUndefined();
    const changed = await update(enumerator.id, {
      expectedVersion: await version(enumerator.id),
      password: 'brand-new-secret',
    });
    expect(changed.data!.updateAccount.userErrors).toEqual([]);
    for (const token of [first, second]) {
      const me = await api.request(ME, undefined, token);
      expect(me.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
      const renew = await api.request(`mutation { renewToken { token } }`, undefined, token);
      expect(renew.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    }
    const fresh = (await login(enumerator.username, 'brand-new-secret'))!.token!;
    expect((await api.request(ME, undefined, fresh)).errors).toBeUndefined();
  });

  it('records the last sign-in once per login (not per request nor renewal), read by offices and the account only', async () => {
    const supervisor = await api.account(Role.SUPERVISOR, [], { home: township, password: PASSWORD });
    const enumerator = await api.account(Role.ENUMERATOR, [], {
      home: township,
      password: PASSWORD,
      supervisorId: supervisor.id,
    });
    const stored = async () =>
      (
        await api.sql<{ at: Date | null; version: number }>(
          `SELECT last_sign_in_at AS at, version FROM account WHERE id = $1`,
          [enumerator.id],
        )
      )[0];
    const seenBy = async (token: string) =>
      (
        await api.request<{ node: { lastSignInAt: string | null } | null }>(
          `query($id: ID!) { node(id: $id) { ... on Account { lastSignInAt } } }`,
          { id: toGlobalId('Account', enumerator.id) },
          token,
        )
      ).data!.node?.lastSignInAt;
    expect(await stored()).toEqual({ at: null, version: 1 });
    expect(await seenBy(officer.token)).toBeNull();

    expect((await login(enumerator.username, 'not-the-password'))!.token).toBeNull();
    expect((await stored()).at).toBeNull();
    const token = (await login(enumerator.username, PASSWORD))!.token!;
    const signedIn = await stored();
    expect(signedIn.at).toBeInstanceOf(Date);
    // The sign-in changes no version: an office's edit in progress does not conflict with it.
    expect(signedIn.version).toBe(1);

    // Requests and a renewal are no sign-in.
    for (let i = 0; i < 3; i++) expect((await api.request(ME, undefined, token)).errors).toBeUndefined();
    await api.request(`mutation { renewToken { token } }`, undefined, token);
    expect((await stored()).at).toEqual(signedIn.at);

    expect(await seenBy(officer.token)).toBe(signedIn.at!.toISOString());
    const own = await api.request<{ me: { lastSignInAt: string | null } }>(
      `{ me { lastSignInAt } }`,
      undefined,
      token,
    );
    expect(own.data!.me.lastSignInAt).toBe(signedIn.at!.toISOString());
    // The supervisor sees its enumerator, not when it signed in.
    expect(await seenBy(supervisor.token)).toBeNull();
  });

  it('disabling and a change of zones end the sessions too; a name change does not', async () => {
    const enumerator = await api.account(Role.ENUMERATOR, [], { home: township, password: PASSWORD });
    let token = (await login(enumerator.username, PASSWORD))!.token!;
    await update(enumerator.id, { expectedVersion: await version(enumerator.id), name: '改名' });
    expect((await api.request(ME, undefined, token)).errors).toBeUndefined();
    const [{ code: smallZone }] = await api.sql<{ code: string }>(
      `SELECT min(code) AS code FROM zone WHERE level = 'SMALL_ZONE'`,
    );
    for (const change of [{ zoneCodes: [smallZone] }, { active: false }]) {
      const response = await update(enumerator.id, {
        expectedVersion: await version(enumerator.id),
        ...change,
      });
      expect(response.data!.updateAccount.userErrors).toEqual([]);
      const me = await api.request(ME, undefined, token);
      expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      await update(enumerator.id, { expectedVersion: await version(enumerator.id), active: true });
      token = (await login(enumerator.username, PASSWORD))!.token!;
    }
  });

  it('a credential verified a moment ago is not reused after a password or zone change in this process', async () => {
    // The cache keeps a verified credential for seconds; here for ten minutes, so only the change can end it.
    const lifetime = authenticationCache.lifetimeMs;
    authenticationCache.lifetimeMs = 10 * 60_000;
    try {
      const enumerator = await api.account(Role.ENUMERATOR, [], { home: township, password: PASSWORD });
      const token = (await login(enumerator.username, PASSWORD))!.token!;
      expect((await api.request(ME, undefined, token)).errors).toBeUndefined();
      // Proof that the second request is served from the cache: a change behind the API's back (another
      // process) is not seen yet; it would be within AUTHENTICATION_CACHE_MS.
      await api.sql(`UPDATE account SET active = false WHERE id = $1`, [enumerator.id]);
      expect((await api.request(ME, undefined, token)).errors).toBeUndefined();
      await api.sql(`UPDATE account SET active = true WHERE id = $1`, [enumerator.id]);

      const changed = await update(enumerator.id, {
        expectedVersion: await version(enumerator.id),
        password: 'another-new-secret',
      });
      expect(changed.data!.updateAccount.userErrors).toEqual([]);
      const me = await api.request(ME, undefined, token);
      expect(me.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });

      const second = (await login(enumerator.username, 'another-new-secret'))!.token!;
      expect((await api.request(ME, undefined, second)).errors).toBeUndefined();
      const [{ code: smallZone }] = await api.sql<{ code: string }>(
        `SELECT min(code) AS code FROM zone WHERE level = 'SMALL_ZONE'`,
      );
      const moved = await update(enumerator.id, {
        expectedVersion: await version(enumerator.id),
        zoneCodes: [smallZone],
      });
      expect(moved.data!.updateAccount.userErrors).toEqual([]);
      const after = await api.request(ME, undefined, second);
      expect(after.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    } finally {
      authenticationCache.lifetimeMs = lifetime;
    }
  });

  it('renewal stops 12 hours after the password was typed', async () => {
    const enumerator = await api.account(Role.ENUMERATOR, [], { home: township });
    // A token of this server's keys whose session began 13 hours ago (renewed since, so not expired).
    const old = signToken(api.secrets, {
      kind: 'staff',
      accountId: enumerator.id,
      sessionVersion: 1,
      authTime: Math.floor(Date.now() / 1000) - 13 * 3600,
    }).token;
    expect((await api.request(ME, undefined, old)).errors).toBeUndefined();
    const renew = await api.request(`mutation { renewToken { token } }`, undefined, old);
    expect(renew.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
  });
});

describe('attempt limits under parallel requests and several API processes', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('attempt-limits');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [2, 3] });
  });
  afterAll(() => api.close());

  const login = (username: string, password: string, via?: TestApi['request']) =>
    (via ?? ((text, variables, token) => api.request(text, variables, token)))<{
      login: { token: string | null };
    }>(
      `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }`,
      { u: username, p: password },
      null,
    );

  it('100 parallel logins, 99 wrong and then the right one, issue no token: five are evaluated', async () => {
    const target = await api.account(Role.ENUMERATOR, [], { home: '33', password: PASSWORD });
    const answers = await Promise.all([
      ...Array.from({ length: 99 }, (_, i) => login(target.username, `wrong-password-${i}`)),
      login(target.username, PASSWORD),
    ]);
    const evaluated = answers.filter((a) => a.data?.login);
    const throttled = answers.filter((a) => a.errors?.[0].extensions?.code === 'THROTTLED');
    expect(evaluated.length).toBe(5);
    expect(throttled.length).toBe(95);
    expect(answers.some((a) => a.data?.login.token)).toBe(false);
    const [error] = throttled[0].errors!;
    expect(error.message).toMatch(/^登录失败次数过多/);
    expect(error.extensions).toMatchObject({ reason: 'USERNAME' });
    expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('counts in the database: a second API process sees the failures of the first', async () => {
    const target = await api.account(Role.ENUMERATOR, [], { home: '33', password: PASSWORD });
    // A second server on the same database: two processes of one deployment.
    const server = await createCensusServer({ dataSource: api.db, secrets: api.secrets });
    const url = `${await server.listen(0, '127.0.0.1')}/graphql`;
    const viaSecond: TestApi['request'] = (text, variables) => graphqlRequest(url, text, variables, {});
    try {
      for (let i = 0; i < 3; i += 1) await login(target.username, 'wrong-password-a');
      for (let i = 0; i < 2; i += 1) await login(target.username, 'wrong-password-b', viaSecond);
      const sixth = await login(target.username, PASSWORD, viaSecond);
      expect(sixth.errors?.[0].extensions?.code).toBe('THROTTLED');
    } finally {
      await server.stop();
    }
  });

  it('limits failed logins per client address across usernames (password spraying)', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `sprayed-${i}`);
    const answers = [];
    for (const name of names) answers.push(await login(name, 'Summer2026!'));
    const throttled = answers.filter((a) => a.errors?.[0].extensions?.reason === 'ADDRESS');
    // The address limit counts failures whatever the username; the rest are refused before any hashing.
    expect(answers.filter((a) => a.data?.login).length).toBeLessThanOrEqual(30);
    expect(throttled.length).toBeGreaterThanOrEqual(10);
  });

  it('a burst of 300 self-report code guesses is evaluated at most 20 times', async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        api.request<{ startSelfReport: { token: string | null } }>(
          `mutation($input: StartSelfReportInput!) { startSelfReport(input: $input) { token } }`,
          { input: { code: `ABCDE-${String(10000 + i).slice(-5)}`, phone: '13700001111' } },
          null,
        ),
      ),
    );
    const evaluated = answers.filter((a) => a.data?.startSelfReport);
    expect(evaluated.length).toBeLessThanOrEqual(20);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'THROTTLED').length).toBe(
      300 - evaluated.length,
    );
  });
});

describe('import idempotency keys belong to the account and the kind of import', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('import-keys');
    await seedCounty(api, 1, { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [1, 1] });
  });
  afterAll(() => api.close());

  it("refuses another account's key instead of replaying its result", async () => {
    const [{ code }] = await api.sql<{ code: string }>(
      `SELECT min(code) AS code FROM zone WHERE level = 'TOWNSHIP'`,
    );
    const first = await api.account(Role.TOWNSHIP_OFFICER, [code]);
    const second = await api.account(Role.TOWNSHIP_OFFICER, [code]);
    const IMPORT = `mutation($input: ImportStaffInput!) { importStaff(input: $input) { accepted replayed rejected { message } } }`;
    const rows = [
      {
        row: 2,
        username: 'keyed-supervisor',
        name: '指导员',
        role: 'SUPERVISOR',
        password: PASSWORD,
        zoneCodes: [],
      },
    ];
    const input = { idempotencyKey: 'batch-2026-12-03', source: 'staff.csv', rows };
    const applied = await api.request<{ importStaff: { accepted: number } }>(IMPORT, { input }, first.token);
    expect(applied.data!.importStaff.accepted).toBe(1);
    const replay = await api.request<{ importStaff: { replayed: boolean } }>(IMPORT, { input }, first.token);
    expect(replay.data!.importStaff.replayed).toBe(true);
    const other = await api.request(IMPORT, { input }, second.token);
    expect(other.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IDEMPOTENCY_KEY_TAKEN',
    });
    const otherKind = await api.request(
      `mutation($input: ImportGridInput!) { importGrid(input: $input) { accepted } }`,
      { input: { idempotencyKey: 'batch-2026-12-03', rows: [] } },
      first.token,
    );
    expect(otherKind.errors?.[0].extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_TAKEN' });
  });
});
