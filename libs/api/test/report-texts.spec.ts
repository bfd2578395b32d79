import { Role } from '../src/auth/role';
import { type Factories, factories, type ZoneTree } from './factories';
import { startTestApi, type TestApi } from './harness';

const SAVE = `mutation ($input: SaveReportTextsInput!) {
  saveReportTexts(input: $input) {
    reportTexts { zoneCode version campaignMonth pilotStart pilotEnd pilotHouseholds pilotPersons practices suggestions }
    userErrors { field code messageCode message }
  }
}`;

const REPORT = `query ($code: String!) {
  progressReport(zoneCode: $code) {
    markdown asOf
    reportTexts { version practices }
    document { title blocks { kind text level table { columns rows { cells } } } }
  }
}`;

interface Saved {
  saveReportTexts: {
    reportTexts: { zoneCode: string; version: number; pilotStart: string | null; practices: string[] } | null;
    userErrors: { field: string[]; code: string; messageCode: string; message: string }[];
  };
}

interface Report {
  progressReport: {
    markdown: string;
    asOf: string;
    reportTexts: { version: number; practices: string[] } | null;
    document: {
      title: string;
      blocks: {
        kind: string;
        text: string;
        level: number;
        table: { columns: string[]; rows: { cells: string[] }[] } | null;
      }[];
    };
  } | null;
}

describe('the report texts an office fills in (saveReportTexts)', () => {
  let api: TestApi;
  let make: Factories;
  let own: ZoneTree;
  let sibling: ZoneTree;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi('report-texts');
    make = factories(api);
    own = await make.newZoneTree();
    sibling = await make.newZoneTree();
    officer = (await make.newAccount({ role: Role.TOWNSHIP_OFFICER, zones: [own.township] })).token;
  });
  afterAll(() => api.close());

  const save = (input: Record<string, unknown>, token = officer) =>
    api.request<Saved>(SAVE, { input }, token).then((response) => {
      expect(response.errors).toBeUndefined();
      return response.data!.saveReportTexts;
    });
  const report = async (code: string, token?: string) => {
    const response = await api.request<Report>(REPORT, { code }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.progressReport;
  };

  it('saves the texts of a zone the office holds and the report uses them', async () => {
    const before = await report(own.township, officer);
    expect(before?.reportTexts).toBeNull();
    expect(before?.markdown).not.toContain('试点');
    expect(before?.markdown).toContain('1. 思想上重视。【由人普办填写】');

    const first = await save({
      zoneCode: own.township,
      expectedVersion: 0,
      campaignMonth: 9,
      pilotStart: '2020-08-10',
      pilotEnd: '2020-08-20',
      pilotHouseholds: 86,
      pilotPersons: 245,
      practices: ['  成立领导小组。 ', '', '错时入户。'],
      suggestions: ['多渠道宣传。'],
    });
    expect(first.userErrors).toEqual([]);
    expect(first.reportTexts).toMatchObject({
      zoneCode: own.township,
      version: 1,
      pilotStart: '2020-08-10',
      practices: ['成立领导小组。', '', '错时入户。'],
    });

    const after = (await report(own.township, officer))!;
    expect(after.reportTexts).toEqual({ version: 1, practices: ['成立领导小组。', '', '错时入户。'] });
    const text = after.document.blocks.map((block) => block.text).join('\n');
    expect(text).toContain(
      '被确定为全市第七次人口普查试点单位，8月10日至8月20日圆满完成试点小区 86 户、245 人普查任务',
    );
    expect(text).toContain('9 月全街道人普工作启动以来');
    expect(text).toContain('1. 思想上重视。成立领导小组。');
    expect(after.markdown).toContain('1. 思想上重视。成立领导小组。');
    expect(after.markdown).toContain('2. 准备上充分。【由人普办填写】');
    // A table of the township's census zones.
    const table = after.document.blocks.find((block) => block.kind === 'TABLE')?.table;
    expect(table?.columns).toEqual([
      '下级区划',
      '录入户数',
      '录入人数',
      '短表上报户数',
      '自主填报率',
      '上报率',
    ]);
    expect(table?.rows.map((row) => row.cells[0])).toHaveLength(1);

    // Audited like the other office changes.
    const audit = await api.sql<{ action: string; entity_type: string; after: { practices: string[] } }>(
      `SELECT action::text, entity_type, after FROM audit_log WHERE entity_type = 'ReportTexts' ORDER BY id`,
    );
    expect(audit.map((row) => [row.action, row.after.practices[0]])).toEqual([['CREATE', '成立领导小组。']]);

    // The next save must name version 1; a stale one is a coded conflict and changes nothing.
    const stale = await save({ zoneCode: own.township, expectedVersion: 0, practices: ['改了'] });
    expect(stale.reportTexts).toBeNull();
    expect(stale.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'expectedVersion'],
        code: 'CONFLICT',
        messageCode: 'record.versionConflict',
      }),
    ]);
    const second = await save({ zoneCode: own.township, expectedVersion: 1, practices: ['改了'] });
    expect(second.reportTexts).toMatchObject({ version: 2, practices: ['改了'], pilotStart: null });
    expect((await report(own.township, officer))?.markdown).not.toContain('试点');
  });

  it('lets the county office save a township of its county, not a township another township', async () => {
    const admin = await make.newAccount({ role: Role.COUNTY_ADMIN, zones: [own.county] });
    const county = await save(
      { zoneCode: sibling.censusZone, expectedVersion: 0, suggestions: ['县里写的'] },
      admin.token,
    );
    expect(county.userErrors).toEqual([]);
    const refused = await save({ zoneCode: sibling.township, expectedVersion: 0, practices: ['越权'] });
    expect(refused.reportTexts).toBeNull();
    expect(refused.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'zoneCode'],
        code: 'OUT_OF_SCOPE',
        messageCode: 'zone.outOfScope',
      }),
    ]);
    expect(await api.sql(`SELECT 1 FROM zone_report_text WHERE zone_code = $1`, [sibling.township])).toEqual(
      [],
    );
    // Nor may an enumerator save (the role is refused before any zone is looked at).
    const enumerator = await make.newAccount({ role: Role.ENUMERATOR, zones: [own.smallZone] });
    const response = await api.request(
      SAVE,
      { input: { zoneCode: own.smallZone, expectedVersion: 0 } },
      enumerator.token,
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses texts out of bounds with coded errors in Chinese', async () => {
    const result = await save({
      zoneCode: own.censusZone,
      expectedVersion: 0,
      campaignMonth: 13,
      pilotStart: '2020-08-20',
      pilotEnd: '2020-08-10',
      pilotHouseholds: -1,
      practices: ['a', 'b', 'c', 'd'],
      suggestions: ['长'.repeat(1001)],
    });
    expect(result.reportTexts).toBeNull();
    expect(result.userErrors.map((e) => [e.field.slice(1).join('.'), e.code, e.messageCode])).toEqual([
      ['campaignMonth', 'OUT_OF_RANGE', 'report.monthRange'],
      ['pilotEnd', 'MISMATCH', 'report.pilotDates'],
      ['pilotHouseholds', 'OUT_OF_RANGE', 'report.pilotCount'],
      ['practices', 'OUT_OF_RANGE', 'report.tooManyItems'],
      ['suggestions.0', 'OUT_OF_RANGE', 'report.textTooLong'],
    ]);
    expect(result.userErrors[4].message).toBe('工作建议第 1 条最多 1,000 字。');
  });
});
