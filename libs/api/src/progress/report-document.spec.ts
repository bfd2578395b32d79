import {
  areaWord,
  beijingDateTime,
  buildReportDocument,
  CHILD_TABLE_COLUMNS,
  EMPTY_TEXTS,
  type ReportFigures,
  type ReportInput,
  submittedRate,
  TO_FILL,
} from './report-document';
import { documentMarkdown } from './report-markdown';

const figures: ReportFigures = {
  registryHouseholds: 40,
  registryPersons: 120,
  residentHouseholds: 812,
  residentPersons: 2301,
  enteredHouseholds: 49280,
  enteredPersons: 2450,
  enteredRegisteredPersons: 2100,
  enteredResidentPersons: 2301,
  ordinaryHouseholds: 850,
  vacantHouseholds: 30,
  awayHouseholds: 15,
  deceasedHouseholds: 5,
  selfReportedHouseholds: 120,
  selfReportRate: 18.5,
  submittedHouseholds: 600,
  households: 49770,
  censusZones: 4,
  smallZones: 11,
  enumerators: 11,
  supervisors: 3,
  repeatedFailureHouseholds: 7,
  refusingHouseholds: 2,
  floatingPersons: 90,
  openProblemsByCategory: [{ category: 'REFUSAL', count: 2 }],
};

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  zoneName: '西湖区',
  zoneLevel: 'COUNTY',
  asOf: new Date('2020-11-01T18:05:00Z'), // 2020-11-02 02:05 in Beijing
  figures,
  behindPace: [],
  ...overrides,
});

const textOf = (overrides: Partial<ReportInput> = {}) =>
  buildReportDocument(input(overrides))
    .blocks.map((block) => block.text)
    .join('\n');

describe('the report wording by the zone level and name', () => {
  it.each([
    ['COUNTY', '临安县', '全县'],
    ['COUNTY', '西湖区', '全区'],
    ['COUNTY', '建德市', '全市'],
    ['COUNTY', '鄂托克旗', '全旗'],
    ['COUNTY', '景宁畲族自治县', '全县'],
    ['TOWNSHIP', '北山街道', '全街道'],
    ['TOWNSHIP', '永和镇', '全镇'],
    ['TOWNSHIP', '鸬鸟乡', '全乡'],
    ['TOWNSHIP', '东城办事处', '全街道'],
    ['CENSUS_ZONE', '青石社区', '全社区'],
    ['CENSUS_ZONE', '青石社区居委会', '全社区'],
    ['CENSUS_ZONE', '上村村委会', '全村'],
    ['CENSUS_ZONE', '第1普查区', '全普查区'],
    ['SMALL_ZONE', '第3普查小区', '全普查小区'],
    ['CITY', '杭州市', '全市'],
    ['PROVINCE', '浙江省', '全省'],
    ['PROVINCE', '广西壮族自治区', '全区'],
    // The level wins over a misleading ending: a township is never 全县, a small zone never 全区.
    ['TOWNSHIP', '城关县', '全乡镇'],
    ['SMALL_ZONE', '第3小区', '全普查小区'],
  ])('%s %s reads %s', (level, name, word) => {
    expect(areaWord(level, name)).toBe(word);
  });

  it.each([
    ['COUNTY', '临安县', '全县'],
    ['COUNTY', '西湖区', '全区'],
    ['COUNTY', '建德市', '全市'],
    ['TOWNSHIP', '北山街道', '全街道'],
    ['TOWNSHIP', '永和镇', '全镇'],
    ['TOWNSHIP', '鸬鸟乡', '全乡'],
    ['CENSUS_ZONE', '青石社区', '全社区'],
  ])('the report of %s %s says %s and no other area word', (level, name, word) => {
    const text = textOf({ zoneLevel: level, zoneName: name });
    expect(text).toContain(`${word}人普工作启动以来`);
    expect(text).toContain(`${word}共划分 4 个普查区`);
    const others = ['全县', '全区', '全市', '全街道', '全镇', '全乡', '全社区'].filter((w) => w !== word);
    for (const other of others) expect(text).not.toContain(other);
  });

  it('follows the offices above the zone', () => {
    expect(textOf({ zoneLevel: 'COUNTY' })).toContain('按照省市人普办统一安排');
    expect(textOf({ zoneLevel: 'TOWNSHIP', zoneName: '北山街道' })).toContain('按照市县人普办统一安排');
  });
});

describe('buildReportDocument', () => {
  it('has a title, the four sections and a Beijing-time 数据截至 line', () => {
    const document = buildReportDocument(input());
    expect(document.title).toBe('西湖区第七次全国人口普查工作进展情况汇报');
    expect(document.blocks[0]).toEqual({ kind: 'TITLE', text: document.title, level: 0, table: null });
    expect(document.blocks.filter((b) => b.kind === 'HEADING').map((b) => b.text)).toEqual([
      '一、进展情况',
      '二、主要做法',
      '三、存在的问题',
      '四、工作建议',
    ]);
    expect(document.blocks[1].text).toBe('数据截至 2020年11月2日 02:05（北京时间）');
    expect(beijingDateTime(new Date('2020-10-31T16:00:00Z'))).toBe('2020年11月1日 00:00');
  });

  it('writes 截至目前 and explains entered versus listed households', () => {
    const text = textOf();
    expect(text).toContain('截至目前（2020年11月2日），平台完成录入 49280 户');
    expect(text).not.toContain('截止');
    expect(text).toContain('另有 490 户已摸底、尚未录入（摸底住户共 49770 户）');
    expect(textOf({ figures: { ...figures, households: 49280 } })).toContain('摸底住户 49280 户已全部录入');
  });

  it('leaves the pilot out until the office fills it in, then writes it with its dates', () => {
    expect(textOf()).not.toContain('试点');
    // Households without persons is not filled yet either.
    expect(textOf({ texts: { ...EMPTY_TEXTS, pilotHouseholds: 80 } })).not.toContain('试点');
    const text = textOf({
      texts: {
        ...EMPTY_TEXTS,
        campaignMonth: 9,
        pilotStart: '2020-08-10',
        pilotEnd: '2020-08-20',
        pilotHouseholds: 86,
        pilotPersons: 245,
      },
    });
    expect(text).toContain(
      '西湖区被确定为全市第七次人口普查试点单位，8月10日至8月20日圆满完成试点小区 86 户、245 人普查任务；' +
        '9 月全区人普工作启动以来',
    );
  });

  it('marks what the office has not filled and uses what it has', () => {
    const empty = buildReportDocument(input()).blocks.filter((b) => b.kind === 'LIST_ITEM');
    expect(empty.filter((b) => b.text.endsWith(TO_FILL))).toHaveLength(6);
    const text = textOf({
      texts: {
        ...EMPTY_TEXTS,
        practices: ['成立领导小组，制定工作方案。', '', '错时入户、预约入户。'],
        suggestions: ['多渠道宣传。'],
      },
    });
    expect(text).toContain('1. 思想上重视。成立领导小组，制定工作方案。');
    expect(text).toContain(`2. 准备上充分。${TO_FILL}`);
    expect(text).toContain('3. 推进上有力。错时入户、预约入户。');
    expect(text).toContain('1. 营造舆论氛围。多渠道宣传。');
    expect(text).toContain(`3. 强化人员管理。${TO_FILL}`);
  });

  it('counts the long form in 存在的问题: sampled and submitted households, refusals by item with their labels', () => {
    const document = buildReportDocument(
      input({
        longForm: {
          households: 4978,
          submittedHouseholds: 3012,
          refusals: [
            { item: 'person.birthplace', refused: 0 },
            { item: 'person.industry', refused: 3 },
            { item: 'person.occupation', refused: 12 },
            { item: 'person.maritalStatus', refused: 3 },
          ],
        },
      }),
    );
    const problems = document.blocks.slice(
      document.blocks.findIndex((b) => b.text === '三、存在的问题'),
      document.blocks.findIndex((b) => b.text === '四、工作建议'),
    );
    expect(problems).toContainEqual({
      kind: 'LIST_ITEM',
      level: 1,
      table: null,
      text: '长表：抽中 4978 户，已上报 3012 户；拒答 18 项，其中 C20 职业 12 项、C19 行业 3 项、C24 婚姻状况 3 项。',
    });
    const many = ['birthplace', 'industry', 'occupation', 'maritalStatus', 'firstMarriage', 'health'];
    expect(
      textOf({
        longForm: {
          households: 10,
          submittedHouseholds: 2,
          refusals: many.map((field, i) => ({ item: `person.${field}`, refused: i + 1 })),
        },
      }),
    ).toContain(
      '长表：抽中 10 户，已上报 2 户；拒答 21 项（6 个项目），最多的是 C28 身体健康状况 6 项、C25 初婚年月 5 项、' +
        'C24 婚姻状况 4 项、C20 职业 3 项、C19 行业 2 项等。',
    );
    expect(textOf({ longForm: { households: 10, submittedHouseholds: 0, refusals: [] } })).toContain(
      '长表：抽中 10 户，已上报 0 户；暂无拒答项目。',
    );
    expect(textOf()).not.toContain('长表');
  });

  it('has one table row per child zone with the submitted rate defined', () => {
    const document = buildReportDocument(
      input({
        children: [
          {
            code: '330106002',
            name: '北山街道',
            households: 200,
            enteredHouseholds: 180,
            enteredPersons: 500,
            submittedHouseholds: 150,
            selfReportRate: 20,
          },
          {
            code: '330106003',
            name: '西溪街道',
            households: 0,
            enteredHouseholds: 0,
            enteredPersons: 0,
            submittedHouseholds: 0,
            selfReportRate: null,
          },
        ],
      }),
    );
    const tables = document.blocks.filter((b) => b.kind === 'TABLE');
    expect(tables).toHaveLength(1);
    expect(tables[0].table).toEqual({
      columns: CHILD_TABLE_COLUMNS,
      rows: [
        ['北山街道', '180', '500', '150', '20.0%', '75.0%'],
        ['西溪街道', '0', '0', '0', '—', '—'],
      ],
    });
    expect(
      document.blocks.some((b) => b.text.startsWith('注：上报率 = 完成短表上报户数 ÷ 摸底住户总数')),
    ).toBe(true);
    expect(submittedRate(1, 3)).toBe(33.3);
    // A zone without children (a small zone) has no table.
    expect(buildReportDocument(input()).blocks.some((b) => b.kind === 'TABLE')).toBe(false);
  });

  it('renders the table in the Markdown', () => {
    const markdown = documentMarkdown(
      buildReportDocument(
        input({
          children: [
            {
              code: '330106002',
              name: '北|山',
              households: 2,
              enteredHouseholds: 1,
              enteredPersons: 3,
              submittedHouseholds: 1,
              selfReportRate: null,
            },
          ],
        }),
      ),
    );
    expect(markdown).toContain('| 下级区划 | 录入户数 | 录入人数 | 短表上报户数 | 自主填报率 | 上报率 |');
    expect(markdown).toContain('| 北\\|山 | 1 | 3 | 1 | — | 50.0% |');
    expect(markdown.startsWith('# 西湖区第七次全国人口普查工作进展情况汇报\n')).toBe(true);
  });
});
