import { Role } from '../src/auth/role';
import { seedCounty, startTestApi, type TestAccount, type TestApi } from './harness';

interface StaffRow {
  row: number;
  username: string;
  name: string;
  role: Role;
  password?: string | null;
  zoneCodes: string[];
  supervisorUsername?: string | null;
  phone?: string | null;
}

interface ImportResult {
  idempotencyKey: string;
  accepted: number;
  alreadyPresent: number;
  replayed: boolean;
  rejected: { row: number; field: string; code: string; message: string }[];
}

const IMPORT = `mutation ($input: ImportStaffInput!) {
  importStaff(input: $input) { idempotencyKey accepted alreadyPresent replayed rejected { row field code message } }
}`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { message } } }`;
const ME = `{ me { username role zones { code } supervisor { username } } }`;

describe('staff import (人员名册)', () => {
  let api: TestApi;
  let officer: TestAccount;
  let smallZones: string[];
  let township: string;
  let outside: string;

  async function importRows(key: string, rows: StaffRow[], token = officer.token): Promise<ImportResult> {
    const response = await api.request<{ importStaff: ImportResult }>(
      IMPORT,
      { input: { idempotencyKey: key, source: 'staff.xlsx', rows } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.importStaff;
  }

  async function loginAs(username: string, password: string) {
    const response = await api.request<{ login: { token: string | null } }>(
      LOGIN,
      { input: { username, password } },
      null,
    );
    expect(response.data!.login.token).toBeTruthy();
    const me = await api.request<{
      me: {
        username: string;
        role: Role;
        zones: { code: string }[];
        supervisor: { username: string } | null;
      };
    }>(ME, {}, response.data!.login.token);
    return me.data!.me;
  }

  const holders = (code: string) =>
    api.sql<{ username: string }>(
      `SELECT a.username FROM account_zone az JOIN account a ON a.id = az.account_id WHERE az.zone_code = $1
        ORDER BY a.username`,
      [code],
    );

  const rows = (): StaffRow[] => [
    {
      row: 2,
      username: 'zhang.wei',
      name: '张伟',
      role: Role.ENUMERATOR,
      password: 'enumerator-one',
      zoneCodes: [smallZones[0]],
      supervisorUsername: 'li.na',
      phone: '138 0000 0000',
    },
    {
      row: 3,
      username: 'wang-fang',
      name: '王芳',
      role: Role.ENUMERATOR,
      password: 'enumerator-two',
      zoneCodes: [smallZones[1]],
      supervisorUsername: 'LI.NA',
    },
    {
      row: 4,
      username: 'li.na',
      name: '李娜',
      role: Role.SUPERVISOR,
      password: 'supervisor-pw',
      zoneCodes: [],
    },
  ];

  beforeAll(async () => {
    api = await startTestApi('staff-import');
    await seedCounty(api, 2);
    smallZones = (
      await api.sql<{ code: string }>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((r) => r.code);
    township = smallZones[0].slice(0, 9);
    expect(smallZones.filter((code) => code.startsWith(township)).length).toBeGreaterThanOrEqual(2);
    smallZones = smallZones.filter((code) => code.startsWith(township));
    [{ code: outside }] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE char_length(code) = 9 AND code <> $1 ORDER BY code LIMIT 1`,
      [township],
    );
    officer = await api.account(Role.TOWNSHIP_OFFICER, [township]);
  });

  afterAll(() => api.close());

  it('creates a supervisor and two enumerators who log in and see their small zones', async () => {
    const result = await importRows('staff-1', rows());
    expect(result).toEqual({
      idempotencyKey: 'staff-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: false,
      rejected: [],
    });
    const first = await loginAs('zhang.wei', 'enumerator-one');
    expect(first).toMatchObject({
      username: 'zhang.wei',
      role: Role.ENUMERATOR,
      zones: [{ code: smallZones[0] }],
      supervisor: { username: 'li.na' },
    });
    const second = await loginAs('wang-fang', 'enumerator-two');
    expect(second.zones).toEqual([{ code: smallZones[1] }]);
    await loginAs('li.na', 'supervisor-pw');
    const [hash] = await api.sql<{ password_hash: string }>(
      `SELECT password_hash FROM account WHERE username = 'li.na'`,
    );
    expect(hash.password_hash).toMatch(/^\$argon2id\$/);
    const history = await api.sql<{ small_zone_code: string; username: string; unassigned_at: Date | null }>(
      `SELECT h.small_zone_code, a.username, h.unassigned_at FROM small_zone_assignment h
         JOIN account a ON a.id = h.enumerator_id ORDER BY h.id`,
    );
    expect(history).toEqual([
      { small_zone_code: smallZones[0], username: 'zhang.wei', unassigned_at: null },
      { small_zone_code: smallZones[1], username: 'wang-fang', unassigned_at: null },
    ]);
    const audits = await api.sql<{ actor: string; entity_type: string }>(
      `SELECT actor, entity_type FROM audit_log WHERE action = 'ACCOUNT' AND actor = $1`,
      [officer.username],
    );
    expect(audits).toHaveLength(3);
  });

  it('answers alreadyPresent for an identical re-import and replays a repeated key', async () => {
    const again = await importRows('staff-2', rows());
    expect(again).toMatchObject({ accepted: 0, alreadyPresent: 3, replayed: false, rejected: [] });
    // The same account repeating a key gets the stored result; another account is refused the key.
    const stranger = await api.account(Role.COUNTY_ADMIN, ['11']);
    const refused = await api.request(
      IMPORT,
      { input: { idempotencyKey: 'staff-1', rows: [] } },
      stranger.token,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_TAKEN' });
    const replay = await importRows('staff-1', []);
    expect(replay).toEqual({
      idempotencyKey: 'staff-1',
      accepted: 3,
      alreadyPresent: 0,
      replayed: true,
      rejected: [],
    });
    const [{ count }] = await api.sql<{ count: string }>(
      `SELECT count(*) FROM import_batch WHERE kind = 'STAFF'`,
    );
    expect(count).toBe('2');
  });

  it('never resets a password its holder changed when the file is imported again', async () => {
    const [before] = await api.sql<{ password_hash: string; session_version: number }>(
      `SELECT password_hash, session_version FROM account WHERE username = 'zhang.wei'`,
    );
    // The file's password differs from the stored one (as after the enumerator chose their own).
    const changed = rows().map((r) =>
      r.username === 'zhang.wei' ? { ...r, password: 'file-password-9' } : r,
    );
    const again = await importRows('staff-password', changed);
    expect(again).toMatchObject({ accepted: 0, alreadyPresent: 3, rejected: [] });
    const [after] = await api.sql<{ password_hash: string; session_version: number }>(
      `SELECT password_hash, session_version FROM account WHERE username = 'zhang.wei'`,
    );
    expect(after).toEqual(before);
    await loginAs('zhang.wei', 'enumerator-one');
  });

  it('moves a small zone to another enumerator and keeps the history', async () => {
    const [before] = await api.sql<{ version: number }>(
      `SELECT version FROM account WHERE username = 'wang-fang'`,
    );
    const result = await importRows('staff-3', [
      {
        row: 1,
        username: 'wang-fang',
        name: '王芳',
        role: Role.ENUMERATOR,
        zoneCodes: [smallZones[1], smallZones[0]],
        supervisorUsername: 'li.na',
      },
    ]);
    expect(result).toMatchObject({ accepted: 1, alreadyPresent: 0, rejected: [] });
    expect(await holders(smallZones[0])).toEqual([{ username: 'wang-fang' }]);
    expect((await loginAs('zhang.wei', 'enumerator-one')).zones).toEqual([]);
    expect((await loginAs('wang-fang', 'enumerator-two')).zones.map((z) => z.code).sort()).toEqual(
      [smallZones[0], smallZones[1]].sort(),
    );
    const history = await api.sql<{ username: string; closed: boolean }>(
      `SELECT a.username, h.unassigned_at IS NOT NULL AS closed FROM small_zone_assignment h
         JOIN account a ON a.id = h.enumerator_id WHERE h.small_zone_code = $1 ORDER BY h.id`,
      [smallZones[0]],
    );
    expect(history).toEqual([
      { username: 'zhang.wei', closed: true },
      { username: 'wang-fang', closed: false },
    ]);
    const [after] = await api.sql<{ version: number }>(
      `SELECT version FROM account WHERE username = 'wang-fang'`,
    );
    expect(after.version).toBe(before.version + 1);
    const [audit] = await api.sql<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE action = 'ACCOUNT' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.after).toMatchObject({ import: 'staff-3', assignedSmallZones: [smallZones[0]] });
  });

  it('rejects bad rows with their fields and keeps the good ones', async () => {
    const base = { name: '测试', role: Role.ENUMERATOR, password: 'long-enough-pw', zoneCodes: [] };
    const result = await importRows('staff-4', [
      { ...base, row: 1, username: 'x!' },
      { ...base, row: 2, username: 'shorty', password: 'short' },
      { ...base, row: 3, username: 'unknown.zone', zoneCodes: [`${smallZones[0].slice(0, 12)}998`] },
      { ...base, row: 4, username: 'outside.zone', role: Role.SUPERVISOR, zoneCodes: [outside] },
      { ...base, row: 5, username: 'new.admin', role: Role.COUNTY_ADMIN },
      { ...base, row: 6, username: 'no.boss', supervisorUsername: 'nobody' },
      { ...base, row: 7, username: 'twice' },
      { ...base, row: 8, username: 'TWICE' },
      { ...base, row: 9, username: 'li.na', role: Role.ENUMERATOR, password: null },
      { ...base, row: 10, username: 'no.password', password: null },
      { ...base, row: 11, username: 'good.one', supervisorUsername: 'li.na' },
    ]);
    expect(result.accepted).toBe(2);
    expect(result.alreadyPresent).toBe(0);
    expect(result.rejected.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 1, field: 'username', code: 'INVALID' },
      { row: 2, field: 'password', code: 'OUT_OF_RANGE' },
      { row: 3, field: 'zoneCodes', code: 'NOT_FOUND' },
      { row: 4, field: 'zoneCodes', code: 'OUT_OF_SCOPE' },
      { row: 5, field: 'role', code: 'OUT_OF_SCOPE' },
      { row: 6, field: 'supervisorUsername', code: 'NOT_FOUND' },
      { row: 8, field: 'username', code: 'DUPLICATE' },
      { row: 9, field: 'role', code: 'INVALID' },
      { row: 10, field: 'password', code: 'REQUIRED' },
    ]);
    expect(result.rejected[6].message).toContain('第 7 行');
    const created = await api.sql<{ username: string }>(
      `SELECT username FROM account WHERE username IN ('twice', 'good.one', 'shorty', 'new.admin') ORDER BY username`,
    );
    expect(created).toEqual([{ username: 'good.one' }, { username: 'twice' }]);
  });

  it('refuses batches beyond 500 rows and callers other than the offices', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({
      row: i + 1,
      username: `user${i}`,
      name: 'x',
      role: Role.SUPERVISOR,
      zoneCodes: [],
    }));
    const big = await api.request(IMPORT, { input: { idempotencyKey: 'big', rows: many } }, officer.token);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const enumerator = await api.account(Role.ENUMERATOR, [smallZones[0]]);
    const denied = await api.request(
      IMPORT,
      { input: { idempotencyKey: 'denied', rows: [] } },
      enumerator.token,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
