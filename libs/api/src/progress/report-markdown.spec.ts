import { beijingDate, NO_REGISTRY_DATA, renderProgressReport, type ReportFigures } from './report-markdown';

const figures: ReportFigures = {
  registryHouseholds: null,
  registryPersons: null,
  residentHouseholds: 812,
  residentPersons: 2301,
  enteredHouseholds: 900,
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
  households: 950,
  censusZones: 4,
  smallZones: 11,
  enumerators: 11,
  supervisors: 3,
  repeatedFailureHouseholds: 7,
  refusingHouseholds: 2,
  floatingPersons: 90,
  openProblemsByCategory: [{ category: 'REFUSAL', count: 2 }],
};

describe('renderProgressReport', () => {
  const asOf = new Date('2020-11-01T18:00:00Z'); // 2020-11-02 02:00 in Beijing

  it('fills every X of 一、进展情况 from the figures', () => {
    const markdown = renderProgressReport({
      zoneName: '青石社区',
      zoneLevel: 'CENSUS_ZONE',
      asOf,
      figures,
      behindPace: ['张三'],
    });
    expect(markdown).toContain('## 一、进展情况');
    expect(markdown).toContain(`共推送户籍人口${NO_REGISTRY_DATA}`);
    expect(markdown).toContain('常住户数 812 户、2301 人');
    expect(markdown).toContain(
      '截至目前（2020年11月2日），平台完成录入 900 户、2450 人（户籍 2100 人、常住 2301 人）；另有 50 户已摸底、尚未录入（摸底住户共 950 户）',
    );
    expect(markdown).toContain('普通住户 850 户、空户 30 户，全户外出 15 户，全户死亡 5 户');
    expect(markdown).toContain('自主填报户 120 户，自主填报率 18.5%，完成短表上报 600 户');
    expect(markdown).toContain('4 个普查区、11 个普查小区');
    for (const heading of ['## 二、主要做法', '## 三、存在的问题', '## 四、工作建议']) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('拒绝登记：2 件');
    expect(markdown).toContain('张三');
    // No X is left, and no pilot sentence while the office has not filled the pilot in.
    const section = markdown.split('## 二、主要做法')[0];
    expect(section).not.toMatch(/\bX\b/);
    expect(section).not.toContain('试点');
    expect(markdown).not.toContain('截止');
  });

  it('renders registry figures once they exist and guards an undefined rate', () => {
    const markdown = renderProgressReport({
      zoneName: '永和镇',
      zoneLevel: 'TOWNSHIP',
      asOf,
      figures: {
        ...figures,
        registryHouseholds: 10,
        registryPersons: 30,
        selfReportRate: null,
        openProblemsByCategory: [],
      },
      behindPace: [],
    });
    expect(markdown).toContain('共推送户籍人口 10 户、30 人');
    expect(markdown).toContain('自主填报率 —（尚无上报户）');
    expect(markdown).toContain('暂无进度明显落后的普查员');
    expect(markdown).toContain('暂无未解决的疑难问题');
  });

  it('says no registry data was pushed when both registry figures are zero', () => {
    const markdown = renderProgressReport({
      zoneName: '永和镇',
      zoneLevel: 'TOWNSHIP',
      asOf,
      figures: { ...figures, registryHouseholds: 0, registryPersons: 0 },
      behindPace: [],
    });
    expect(markdown).toContain(`共推送户籍人口${NO_REGISTRY_DATA}`);
    expect(markdown).not.toContain('0 户、0 人');
  });

  it('writes Beijing dates', () => {
    expect(beijingDate(new Date('2020-10-31T16:00:00Z'))).toBe('2020年11月1日');
  });
});
