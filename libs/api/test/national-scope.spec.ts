import { PROVINCE_CODES } from '@census/rules';

import { bootstrapOffice } from '../src/accounts/bootstrap';
import { Scope } from '../src/auth/principal';
import { SqlParams } from '../src/common/sql';
import { withinZone } from '../src/common/subtree';
import { startTestApi, type TestApi } from './harness';

const PROVINCES = [...PROVINCE_CODES].sort();

/** The condition every scope had before the national shortcut: one subtree range per held zone, OR'd. */
function ranges(zones: string[], column: string, params: SqlParams): string {
  return `(${zones.map((zone) => withinZone(column, params.add(zone))).join(' OR ')})`;
}

/**
 * The national office holds every province: its scope condition is `column IS NOT NULL`, not 34 OR'd ranges. It must
 * select exactly the rows the ranges select (zone codes only ever start with a province code), and a count of the
 * zone table must become an index-only scan.
 */
describe('the scope of an account holding every province', () => {
  let api: TestApi;
  const national = new Scope(PROVINCES);

  beforeAll(async () => {
    api = await startTestApi('national-scope');
    // The harness's administrator holds two provinces without a home, as a national office would: retire it, so
    // that the national office can be bootstrapped.
    await api.sql(`UPDATE account SET active = false WHERE id = $1`, [api.admin.id]);
    const office = await bootstrapOffice(api.db, {
      zone: 'nation',
      username: 'nation',
      name: '国务院人普办',
      password: 'pw-nation-1',
    });
    expect(office.ok).toBe(true);
    // Zones of several provinces and levels, and an account without a home (NULL home_zone_code).
    await api.sql(
      `INSERT INTO zone (code, level, name, parent_code, is_virtual, version) VALUES
         ('4401', 'CITY', '广州市', '44', false, 1), ('440106', 'COUNTY', '天河区', '4401', false, 1),
         ('4419', 'CITY', '东莞市', '44', false, 1), ('441900003', 'TOWNSHIP', '东城街道', '4419', false, 1),
         ('6501', 'CITY', '乌鲁木齐市', '65', false, 1), ('8200', 'CITY', '澳门', '82', false, 1)`,
    );
  });
  afterAll(() => api.close());

  it('is the same set of rows as the ranges over every province, NULLs left out', async () => {
    const cases: [table: string, column: string, key: string][] = [
      ['zone', 'code', 'code'],
      ['zone', 'parent_code', 'code'],
      ['account', 'home_zone_code', 'id'],
      ['account_zone', 'zone_code', 'account_id'],
    ];
    for (const [table, column, key] of cases) {
      const p1 = new SqlParams();
      const mine = await api.sql<{ k: string }>(
        `SELECT t.${key} AS k FROM ${table} t WHERE ${national.condition(`t.${column}`, p1)} ORDER BY 1`,
        p1.values,
      );
      const p2 = new SqlParams();
      const expected = await api.sql<{ k: string }>(
        `SELECT t.${key} AS k FROM ${table} t WHERE ${ranges(PROVINCES, `t.${column}`, p2)} ORDER BY 1`,
        p2.values,
      );
      expect({ table, column, rows: mine }).toEqual({ table, column, rows: expected });
    }
    // NULL parent codes (the provinces) and the national account's NULL home are out, as with the ranges.
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM zone WHERE parent_code IS NULL`,
    );
    expect(n).toBeGreaterThanOrEqual(PROVINCES.length);
    const p = new SqlParams();
    const [{ homes }] = await api.sql<{ homes: number }>(
      `SELECT count(*)::int AS homes FROM account t WHERE t.username = 'nation' AND ${national.condition('t.home_zone_code', p)}`,
      p.values,
    );
    expect(homes).toBe(0);
  });

  it('covers the same codes as the ranges', () => {
    const ranged = (code: string) => PROVINCES.some((province) => code.startsWith(province));
    for (const code of ['11', '4401', '441900003', '820000', '99', '9901', '', '1', 'x44', '830000'])
      expect({ code, covered: national.covers(code) }).toEqual({ code, covered: ranged(code) });
  });

  it('stays the ranges when one province is missing, and for a single province', () => {
    const p = new SqlParams();
    expect(new Scope(PROVINCES.slice(1)).condition('t.code', p)).toContain(' OR ');
    expect(new Scope(['44']).condition('t.code', new SqlParams())).toBe(
      `((t.code >= $1 AND t.code < $1 || ':'))`,
    );
    // Zones below the provinces add nothing to a national scope.
    expect(new Scope([...PROVINCES, '4401']).condition('t.code', new SqlParams())).toBe(
      '(t.code IS NOT NULL)',
    );
  });

  it('counts the zone table with an index-only scan and no filter', async () => {
    // After a VACUUM (autovacuum's, in production) the visibility map lets an index answer a count alone.
    await api.sql('VACUUM ANALYZE zone');
    const plan = (condition: (params: SqlParams) => string) =>
      api.db.transaction(async (tx) => {
        // The test table is tiny: without this the planner reads it sequentially whatever the condition.
        await tx.query('SET LOCAL enable_seqscan = off');
        const p = new SqlParams();
        const rows: { 'QUERY PLAN': unknown }[] = await tx.query(
          `EXPLAIN (FORMAT JSON) SELECT count(*) FROM zone t WHERE ${condition(p)}`,
          p.values,
        );
        const [row] = rows;
        return JSON.stringify(row['QUERY PLAN']);
      });
    const mine = await plan((p) => national.condition('t.code', p));
    expect(mine).toContain('"Node Type":"Index Only Scan"');
    expect(mine).not.toContain('"Filter"');
    expect(mine).not.toContain('Recheck');
    // The ranges it replaces are tested on every row (a filter here; a BitmapOr of 34 index scans, then the
    // table's pages, on the national tree).
    expect(await plan((p) => ranges(PROVINCES, 't.code', p))).toMatch(/"Filter"|"BitmapOr"/);
  });

  it('answers the national office the whole zone table in zones.totalCount', async () => {
    const [account] = await api.sql<{ id: string }>(`SELECT id FROM account WHERE username = 'nation'`);
    const token = await api.signIn(account.id);
    const response = await api.request<{ zones: { totalCount: number } }>(
      `{ zones(first: 1) { totalCount } }`,
      {},
      token,
    );
    const [{ n }] = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM zone`);
    expect(response.data!.zones.totalCount).toBe(n);
  });
});
