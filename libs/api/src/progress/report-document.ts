/**
 * The progress report (进展情况汇报) as a document model: a title and blocks (headings, paragraphs, list items, a
 * table of the child zones). A pure function of the figures, the zone's level and name and the texts its office
 * filled in, unit tested without a database. The Markdown (report-markdown.ts), the web's formatted view and its
 * .docx are all rendered from this one model, so they say the same thing.
 */
import { beijingDateOf, ITEM_LABELS, type ItemKey } from '@census/rules';

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
  /** 住户总数: every household listed (摸底), entered or not; the tile the progress pages show. */
  households: number;
  censusZones: number;
  smallZones: number;
  enumerators: number;
  supervisors: number;
  repeatedFailureHouseholds: number;
  refusingHouseholds: number;
  floatingPersons: number;
  openProblemsByCategory: { category: string; count: number }[];
}

/** The figures of one child zone, for the table of 下级区划. */
export interface ChildFigures {
  code: string;
  name: string;
  households: number;
  enteredHouseholds: number;
  enteredPersons: number;
  submittedHouseholds: number;
  selfReportRate: number | null;
}

/** What the zone's census office wrote into the report (【由人普办填写】); every item may be missing. */
export interface ReportTexts {
  /** 启动月份: the month (1-12) the census work of the zone started. */
  campaignMonth: number | null;
  /** 试点日期: first and last day of the pilot, YYYY-MM-DD. */
  pilotStart: string | null;
  pilotEnd: string | null;
  /** 试点小区户数、人数. */
  pilotHouseholds: number | null;
  pilotPersons: number | null;
  /** 主要做法 1-3 (思想上重视, 准备上充分, 推进上有力); an empty string when not filled. */
  practices: string[];
  /** 工作建议 1-3 (营造舆论氛围, 找准工作方法, 强化人员管理). */
  suggestions: string[];
}

export const EMPTY_TEXTS: ReportTexts = {
  campaignMonth: null,
  pilotStart: null,
  pilotEnd: null,
  pilotHouseholds: null,
  pilotPersons: null,
  practices: [],
  suggestions: [],
};

/** 长表: the sampled households of the zone, those submitted, and the items refused (拒答) by item key. */
export interface ReportLongForm {
  households: number;
  submittedHouseholds: number;
  /** Every long-form item with its refusals ('person.occupation'); items refused 0 times are left out of the text. */
  refusals: { item: string; refused: number }[];
}

export interface ReportInput {
  zoneName: string;
  /** The zone's level (ZoneLevel: PROVINCE, CITY, COUNTY, TOWNSHIP, CENSUS_ZONE, SMALL_ZONE). */
  zoneLevel: string;
  /** When the figures were read; printed in Beijing time as "截至目前" and "数据截至". */
  asOf: Date;
  figures: ReportFigures;
  /** Names of the enumerators behind pace (see EnumeratorProgress.behindPace). */
  behindPace: string[];
  /** The direct child zones, ordered by code; none for a small zone. */
  children?: ChildFigures[];
  texts?: ReportTexts;
  /** The long form's figures; no sentence about it without them. */
  longForm?: ReportLongForm;
}

export type ReportBlockKind = 'TITLE' | 'HEADING' | 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE' | 'NOTE';

export interface ReportTable {
  columns: string[];
  rows: string[][];
}

export interface ReportBlock {
  kind: ReportBlockKind;
  /** The text; for a TABLE its caption. 【…】 marks a part the office has yet to fill in. */
  text: string;
  /** 0 for a top-level item, 1 for an item of a sub-list. */
  level: number;
  table: ReportTable | null;
}

export interface ReportDocument {
  title: string;
  blocks: ReportBlock[];
}

export const NO_REGISTRY_DATA = '（暂无公安推送数据）';
/** The mark of a part the office fills in (in the app, on the report page). */
export const TO_FILL = '【由人普办填写】';

export const CHILD_TABLE_COLUMNS = [
  '下级区划',
  '录入户数',
  '录入人数',
  '短表上报户数',
  '自主填报率',
  '上报率',
];

const CATEGORY_NAMES: Record<string, string> = {
  REFUSAL: '拒绝登记',
  ITEM_REFUSAL: '拒绝填报个别项目',
  WHEREABOUTS_UNKNOWN: '去向不明',
  ADDRESS_NOT_FOUND: '地址查找不到',
  SOURCES_DISAGREE: '数据来源不一致',
  OTHER: '其他',
};

const PRACTICE_HEADS = ['思想上重视。', '准备上充分。', '推进上有力。'];
const SUGGESTION_HEADS = ['营造舆论氛围。', '找准工作方法。', '强化人员管理。'];

/** Beijing-time calendar date written 2020年11月1日. */
export function beijingDate(at: Date): string {
  const { year, month, day } = beijingDateOf(at);
  return `${year}年${month}月${day}日`;
}

/** Beijing time written 2020年11月1日 08:05 (the "数据截至" line). */
export function beijingDateTime(at: Date): string {
  const beijing = new Date(at.getTime() + 8 * 3_600_000);
  const [hour, minute] = [beijing.getUTCHours(), beijing.getUTCMinutes()].map((v) =>
    String(v).padStart(2, '0'),
  );
  return `${beijingDate(at)} ${hour}:${minute}`;
}

/** A YYYY-MM-DD day written 9月1日. */
function monthDay(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}月${date}日`;
}

/** Name endings, longest first, and the area word a report uses for the whole zone ("全区人普工作…"). */
const AREA_SUFFIXES: [string, string][] = [
  ['自治区', '全区'],
  ['自治州', '全州'],
  ['自治县', '全县'],
  ['自治旗', '全旗'],
  ['街道办事处', '全街道'],
  ['办事处', '全街道'],
  ['街道', '全街道'],
  ['居委会', '全社区'],
  ['村委会', '全村'],
  ['社区', '全社区'],
  ['林区', '全区'],
  ['特区', '全区'],
  ['地区', '全地区'],
  ['苏木', '全苏木'],
  ['省', '全省'],
  ['市', '全市'],
  ['盟', '全盟'],
  ['州', '全州'],
  ['县', '全县'],
  ['区', '全区'],
  ['旗', '全旗'],
  ['镇', '全镇'],
  ['乡', '全乡'],
  ['村', '全村'],
];

/** Which area words fit which level: a township named …区 (a rare 区 office) still reads 全区, never 全县. */
const LEVEL_AREAS: Record<string, { allowed: string[]; fallback: string }> = {
  PROVINCE: { allowed: ['全省', '全区', '全市'], fallback: '全省' },
  CITY: { allowed: ['全市', '全州', '全地区', '全盟', '全区'], fallback: '全市' },
  COUNTY: { allowed: ['全县', '全区', '全市', '全旗'], fallback: '全县' },
  TOWNSHIP: { allowed: ['全街道', '全镇', '全乡', '全苏木', '全社区', '全区'], fallback: '全乡镇' },
  CENSUS_ZONE: { allowed: ['全社区', '全村'], fallback: '全普查区' },
  SMALL_ZONE: { allowed: [], fallback: '全普查小区' },
};

/**
 * The area word of a zone ("全县", "全区", "全街道"…) from its name's ending, checked against its level: "全县" only
 * for a county named …县, a district reads "全区", a county-level city "全市", a 街道 "全街道".
 */
export function areaWord(level: string, name: string): string {
  const areas = LEVEL_AREAS[level] ?? { allowed: [], fallback: '全辖区' };
  const trimmed = name.trim();
  const match = AREA_SUFFIXES.find(([suffix]) => trimmed.endsWith(suffix));
  return match && areas.allowed.includes(match[1]) ? match[1] : areas.fallback;
}

/** The offices whose arrangements a zone follows ("按照市县人普办统一安排"). */
function superiorOffices(level: string): string {
  switch (level) {
    case 'PROVINCE':
      return '国务院人普办';
    case 'CITY':
      return '国务院和省人普办';
    case 'COUNTY':
      return '省市人普办';
    default:
      return '市县人普办';
  }
}

/** Whose pilot unit the zone was: a county-level or lower zone is a pilot of its city. */
function pilotArea(level: string): string {
  return level === 'PROVINCE' ? '全国' : level === 'CITY' ? '全省' : '全市';
}

const n = (value: number) => String(value);

/** The report names this many of the most refused long-form items. */
const MOST_REFUSED = 5;

/**
 * 长表 in 存在的问题: the sampled and submitted households, then the refused items by item, most refused first (the
 * form's order among equals), each with the form's label (C20 职业); past MOST_REFUSED items, the first of them.
 */
function longFormText(longForm: ReportLongForm): string {
  const refused = longForm.refusals.filter((r) => r.refused > 0);
  const total = refused.reduce((sum, r) => sum + r.refused, 0);
  const order = (item: string) => longForm.refusals.findIndex((r) => r.item === item);
  const items = [...refused]
    .sort((a, b) => b.refused - a.refused || order(a.item) - order(b.item))
    .map((r) => `${r.item in ITEM_LABELS ? ITEM_LABELS[r.item as ItemKey].zh : r.item} ${n(r.refused)} 项`);
  const most =
    items.length > MOST_REFUSED
      ? `（${n(items.length)} 个项目），最多的是 ${items.slice(0, MOST_REFUSED).join('、')}等`
      : `，其中 ${items.join('、')}`;
  return (
    `长表：抽中 ${n(longForm.households)} 户，已上报 ${n(longForm.submittedHouseholds)} 户；` +
    (total ? `拒答 ${n(total)} 项${most}。` : '暂无拒答项目。')
  );
}
const rateText = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

/** 上报率 (%): households whose short form is submitted / households listed × 100, rounded to 0.1; null for none. */
export function submittedRate(submitted: number, households: number): number | null {
  return households > 0 ? Math.round((submitted / households) * 1000) / 10 : null;
}

const block = (kind: ReportBlockKind, text: string, level = 0): ReportBlock => ({
  kind,
  text,
  level,
  table: null,
});

/** The pilot sentence, only when the office filled the pilot's households and persons. */
function pilotSentence(zoneName: string, level: string, texts: ReportTexts): string {
  if (texts.pilotHouseholds === null || texts.pilotPersons === null) return '';
  const dates =
    texts.pilotStart && texts.pilotEnd
      ? `${monthDay(texts.pilotStart)}至${monthDay(texts.pilotEnd)}`
      : texts.pilotStart
        ? `${monthDay(texts.pilotStart)}起`
        : '';
  return (
    `${zoneName}被确定为${pilotArea(level)}第七次人口普查试点单位，` +
    `${dates}圆满完成试点小区 ${n(texts.pilotHouseholds)} 户、${n(texts.pilotPersons)} 人普查任务；`
  );
}

export function buildReportDocument(input: ReportInput): ReportDocument {
  const { zoneName, zoneLevel, asOf, figures: f, behindPace, longForm } = input;
  const texts = input.texts ?? EMPTY_TEXTS;
  const children = input.children ?? [];
  const area = areaWord(zoneLevel, zoneName);
  const title = `${zoneName}第七次全国人口普查工作进展情况汇报`;

  const registry =
    // Nothing pushed yet (both figures 0, or unknown): say so instead of printing 0 户、0 人.
    !f.registryHouseholds && !f.registryPersons
      ? `此次普查公安部门共推送户籍人口${NO_REGISTRY_DATA}`
      : `此次普查公安部门共推送户籍人口 ${n(f.registryHouseholds ?? 0)} 户、${n(f.registryPersons ?? 0)} 人`;
  const rate = f.selfReportRate === null ? '—（尚无上报户）' : `${f.selfReportRate.toFixed(1)}%`;
  const started = texts.campaignMonth ? `${n(texts.campaignMonth)} 月${area}` : area;
  const notEntered = Math.max(0, f.households - f.enteredHouseholds);
  const listed =
    notEntered > 0
      ? `另有 ${n(notEntered)} 户已摸底、尚未录入（摸底住户共 ${n(f.households)} 户）。`
      : `摸底住户 ${n(f.households)} 户已全部录入。`;
  const progress =
    `按照${superiorOffices(zoneLevel)}统一安排，${pilotSentence(zoneName, zoneLevel, texts)}` +
    `${started}人普工作启动以来，现已进入调查摸底阶段。${registry}；` +
    `常住户数 ${n(f.residentHouseholds)} 户、${n(f.residentPersons)} 人。` +
    `截至目前（${beijingDate(asOf)}），平台完成录入 ${n(f.enteredHouseholds)} 户、${n(f.enteredPersons)} 人` +
    `（户籍 ${n(f.enteredRegisteredPersons)} 人、常住 ${n(f.enteredResidentPersons)} 人）；${listed}` +
    `其中，普通住户 ${n(f.ordinaryHouseholds)} 户、空户 ${n(f.vacantHouseholds)} 户，` +
    `全户外出 ${n(f.awayHouseholds)} 户，全户死亡 ${n(f.deceasedHouseholds)} 户，` +
    `自主填报户 ${n(f.selfReportedHouseholds)} 户，自主填报率 ${rate}，完成短表上报 ${n(f.submittedHouseholds)} 户。` +
    `${area}共划分 ${n(f.censusZones)} 个普查区、${n(f.smallZones)} 个普查小区，` +
    `选派普查指导员 ${n(f.supervisors)} 名、普查员 ${n(f.enumerators)} 名。`;

  const blocks: ReportBlock[] = [
    block('TITLE', title),
    block('NOTE', `数据截至 ${beijingDateTime(asOf)}（北京时间）`),
    block('HEADING', '一、进展情况'),
    block('PARAGRAPH', progress),
  ];
  if (children.length) {
    blocks.push({
      kind: 'TABLE',
      text: '各下级区划进展情况',
      level: 0,
      table: {
        columns: CHILD_TABLE_COLUMNS,
        rows: children.map((child) => [
          child.name,
          n(child.enteredHouseholds),
          n(child.enteredPersons),
          n(child.submittedHouseholds),
          rateText(child.selfReportRate),
          rateText(submittedRate(child.submittedHouseholds, child.households)),
        ]),
      },
    });
    blocks.push(
      block(
        'NOTE',
        '注：上报率 = 完成短表上报户数 ÷ 摸底住户总数 × 100%；' +
          '自主填报率 = 自主填报并上报户数 ÷ 完成短表上报户数 × 100%。',
      ),
    );
  }

  const filled = (items: string[], index: number) => items[index]?.trim() || TO_FILL;
  blocks.push(block('HEADING', '二、主要做法'));
  PRACTICE_HEADS.forEach((head, i) =>
    blocks.push(block('LIST_ITEM', `${i + 1}. ${head}${filled(texts.practices, i)}`)),
  );

  const problems = f.openProblemsByCategory.filter((p) => p.count > 0);
  const behind = behindPace.length
    ? `进度明显落后的普查员（短表上报率低于同区普查员中位数的一半）：${behindPace.join('、')}。`
    : '暂无进度明显落后的普查员。';
  blocks.push(
    block('HEADING', '三、存在的问题'),
    block(
      'LIST_ITEM',
      `1. 基础信息掌握难。流动人口（人在户不在）${n(f.floatingPersons)} 人；` +
        `多次入户未果 ${n(f.repeatedFailureHouseholds)} 户。`,
    ),
    block(
      'LIST_ITEM',
      `2. 入户信息采集难。拒绝登记（门难进）${n(f.refusingHouseholds)} 户。未解决的疑难问题：`,
    ),
    ...(problems.length
      ? problems.map((p) =>
          block('LIST_ITEM', `${CATEGORY_NAMES[p.category] ?? p.category}：${n(p.count)} 件`, 1),
        )
      : [block('LIST_ITEM', '暂无未解决的疑难问题。', 1)]),
    ...(longForm ? [block('LIST_ITEM', longFormText(longForm), 1)] : []),
    block('LIST_ITEM', `3. 普查人员管理难。${behind}`),
    block('HEADING', '四、工作建议'),
  );
  SUGGESTION_HEADS.forEach((head, i) =>
    blocks.push(block('LIST_ITEM', `${i + 1}. ${head}${filled(texts.suggestions, i)}`)),
  );
  return { title, blocks };
}
