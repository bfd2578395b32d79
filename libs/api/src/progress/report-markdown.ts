/**
 * The progress report (进展情况汇报) as Chinese Markdown: a pure function of the figures, so that it is unit
 * tested without a database. Section 一 is the seed's paragraph with every X filled in.
 */
import { beijingDateOf } from '@census/rules';

export interface ReportFigures {
  registryHouseholds: number | null;
  registryPersons: number | null;
  residentHouseholds: number;
  residentPersons: number;
  enteredHouseholds: number;
  enteredPersons: number;
  enteredRegisteredPersons: number;
  enteredResidentPersons: number;
  ordinaryHouseholds: number;
  vacantHouseholds: number;
  awayHouseholds: number;
  deceasedHouseholds: number;
  selfReportedHouseholds: number;
  selfReportRate: number | null;
  submittedHouseholds: number;
  censusZones: number;
  smallZones: number;
  enumerators: number;
  supervisors: number;
  repeatedFailureHouseholds: number;
  refusingHouseholds: number;
  floatingPersons: number;
  openProblemsByCategory: { category: string; count: number }[];
}

export interface ReportInput {
  zoneName: string;
  /** When the figures were read; printed as the Beijing-time date of "截止目前". */
  asOf: Date;
  figures: ReportFigures;
  /** Names of the enumerators behind pace (see EnumeratorProgress.behindPace). */
  behindPace: string[];
}

export const NO_REGISTRY_DATA = '（暂无公安推送数据）';

const CATEGORY_NAMES: Record<string, string> = {
  REFUSAL: '拒绝登记',
  ITEM_REFUSAL: '拒绝填报个别项目',
  WHEREABOUTS_UNKNOWN: '去向不明',
  ADDRESS_NOT_FOUND: '地址查找不到',
  SOURCES_DISAGREE: '数据来源不一致',
  OTHER: '其他',
};

/** Beijing-time calendar date written 2020年11月1日. */
export function beijingDate(at: Date): string {
  const { year, month, day } = beijingDateOf(at);
  return `${year}年${month}月${day}日`;
}

const n = (value: number) => String(value);

export function renderProgressReport({ zoneName, asOf, figures: f, behindPace }: ReportInput): string {
  const registry =
    // Nothing pushed yet (both figures 0, or unknown): say so instead of printing 0 户、0 人.
    !f.registryHouseholds && !f.registryPersons
      ? `此次普查公安部门共推送户籍人口${NO_REGISTRY_DATA}`
      : `此次普查公安部门共推送户籍人口 ${n(f.registryHouseholds ?? 0)} 户、${n(f.registryPersons ?? 0)} 人`;
  const rate = f.selfReportRate === null ? '—（尚无上报户）' : `${f.selfReportRate.toFixed(1)}%`;
  const progress =
    `按照市县人普办统一安排，${zoneName}被确定为全市第七次人口普查试点单位，` +
    `【试点日期：X 月 X 日至 X 月 X 日，由人普办填写】圆满完成试点小区【X 户、X 人，由人普办填写】普查任务；` +
    `全县人普工作启动以来，现已进入调查摸底阶段。${registry}；` +
    `常住户数 ${n(f.residentHouseholds)} 户、${n(f.residentPersons)} 人。` +
    `截止目前（${beijingDate(asOf)}），平台完成录入 ${n(f.enteredHouseholds)} 户、${n(f.enteredPersons)} 人` +
    `（户籍 ${n(f.enteredRegisteredPersons)} 人、常住 ${n(f.enteredResidentPersons)} 人）。` +
    `其中，普通住户 ${n(f.ordinaryHouseholds)} 户、空户 ${n(f.vacantHouseholds)} 户，` +
    `全户外出 ${n(f.awayHouseholds)} 户，全户死亡 ${n(f.deceasedHouseholds)} 户，` +
    `自主填报户 ${n(f.selfReportedHouseholds)} 户，自主填报率 ${rate}，完成短表上报 ${n(f.submittedHouseholds)} 户。` +
    `全${zoneName}共划分 ${n(f.censusZones)} 个普查区、${n(f.smallZones)} 个普查小区，` +
    `选派普查指导员 ${n(f.supervisors)} 名、普查员 ${n(f.enumerators)} 名。`;

  const problems = f.openProblemsByCategory.filter((p) => p.count > 0);
  const problemLines = problems.length
    ? problems.map((p) => `   - ${CATEGORY_NAMES[p.category] ?? p.category}：${n(p.count)} 件`).join('\n')
    : '   - 暂无未解决的疑难问题。';
  const behind = behindPace.length
    ? `进度明显落后的普查员（短表上报率低于同区普查员中位数的一半）：${behindPace.join('、')}。`
    : '暂无进度明显落后的普查员。';

  return [
    `# ${zoneName}第七次全国人口普查工作进展情况汇报`,
    '',
    '## 一、进展情况',
    '',
    progress,
    '',
    '## 二、主要做法',
    '',
    '1. 思想上重视。【由人普办填写】',
    '2. 准备上充分。【由人普办填写】',
    '3. 推进上有力。【由人普办填写：错时入户、预约入户、电话沟通等做法】',
    '',
    '## 三、存在的问题',
    '',
    `1. 基础信息掌握难。流动人口（人在户不在）${n(f.floatingPersons)} 人；多次入户未果 ${n(f.repeatedFailureHouseholds)} 户。`,
    `2. 入户信息采集难。拒绝登记（门难进）${n(f.refusingHouseholds)} 户。未解决的疑难问题：`,
    problemLines,
    `3. 普查人员管理难。${behind}`,
    '',
    '## 四、工作建议',
    '',
    '1. 营造舆论氛围。【由人普办填写】',
    '2. 找准工作方法。【由人普办填写】',
    '3. 强化人员管理。【由人普办填写】',
    '',
  ].join('\n');
}
