import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { Account } from '../accounts/account.entity';
import { DateScalar } from '../common/date-scalar';
import { ProblemCategory } from '../problems/problem.enums';
import { Zone } from '../zones/zone.entity';
import { ReportDocumentType } from './report-document.types';
import { ZoneReportText } from './report-texts.entity';

@ObjectType({ simpleResolvers: true, description: '按类别计数: a count of open problems of one category.' })
export class CategoryCount {
  @Field(() => ProblemCategory, { description: '疑难问题类别: the category.' })
  category!: ProblemCategory;

  @Field(() => Int, { description: '件数: open (OPEN or ESCALATED) problems of this category.' })
  count!: number;
}

/** Every figure of `Progress` that is a plain count, in the order of the report. */
export const COUNT_FIGURES = [
  'residentHouseholds',
  'residentPersons',
  'enteredHouseholds',
  'enteredPersons',
  'enteredRegisteredPersons',
  'enteredResidentPersons',
  'ordinaryHouseholds',
  'vacantHouseholds',
  'awayHouseholds',
  'deceasedHouseholds',
  'selfReportedHouseholds',
  'selfReportedSubmittedHouseholds',
  'submittedHouseholds',
  'approvedHouseholds',
  'returnedHouseholds',
  'households',
  'censusZones',
  'smallZones',
  'enumerators',
  'supervisors',
  'visitedHouseholds',
  'repeatedFailureHouseholds',
  'refusingHouseholds',
  'livingAwayPersons',
  'floatingPersons',
  'longFormHouseholds',
  'longFormSubmittedHouseholds',
  'longFormRefusedItems',
] as const;

export type CountFigure = (typeof COUNT_FIGURES)[number];

@ObjectType({
  simpleResolvers: true,
  description:
    '进展情况: progress figures of a zone and everything below it, exact at the moment of the request (small-zone ' +
    'counters are kept by database triggers in the same transaction as every change). See docs/progress.md.',
})
export class Progress {
  /** The zone the figures are about (canonical code). */
  zoneCode!: string;

  /** The past Beijing day the figures are of (their end of day), or null for now. */
  day!: string | null;

  /** The children's figures when they were read in the same statement (`children` asked along). */
  childFigures?: Progress[];

  @Field(() => GraphQLISODateTime, {
    description:
      '数据截至: the moment the figures are of: now, or for a past day (progress asOf) the end of that Beijing day ' +
      '(24:00 Beijing time).',
  })
  asOf!: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      '公安推送户籍户数: distinct registry household numbers (户号) of the police registry push (importRegistry) ' +
      'whose zone lies in this zone or below it; 0 when nothing was pushed. Counted live over the zone-code range ' +
      '(not from the rollup). Registry persons placed on a census zone count for it and its ancestors, not for its ' +
      'small zones. Nullable for compatibility: null would mean the figure is unknown.',
  })
  registryHouseholds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '公安推送户籍人口: persons of the police registry push (importRegistry) whose zone lies in this zone or below ' +
      'it; 0 when nothing was pushed. Counted live over the zone-code range (not from the rollup).',
  })
  registryPersons!: number | null;

  @Field(() => Int, {
    description: '常住户数: households with at least one resident (常住) person recorded.',
  })
  residentHouseholds!: number;

  @Field(() => Int, { description: '常住人数: persons recorded as resident (常住) of their household.' })
  residentPersons!: number;

  @Field(() => Int, {
    description:
      '平台完成录入户数: households entered in the platform, i.e. past the listing stage (stage is not LISTED) or ' +
      'with at least one person recorded.',
  })
  enteredHouseholds!: number;

  @Field(() => Int, {
    description:
      '平台完成录入人口: persons recorded in the platform (every person belongs to an entered household).',
  })
  enteredPersons!: number;

  @Field(() => Int, {
    description: '录入人口中户籍人口: entered persons registered (户口) in their household.',
  })
  enteredRegisteredPersons!: number;

  @Field(() => Int, { description: '录入人口中常住人口: entered persons resident in their household.' })
  enteredResidentPersons!: number;

  @Field(() => Int, { description: '普通住户: households of status ORDINARY.' })
  ordinaryHouseholds!: number;

  @Field(() => Int, { description: '空户: households of status VACANT (nobody lives there).' })
  vacantHouseholds!: number;

  @Field(() => Int, {
    description: '全户外出: households of status AWAY (the whole household lives elsewhere).',
  })
  awayHouseholds!: number;

  @Field(() => Int, { description: '全户死亡: households of status DECEASED (every member has died).' })
  deceasedHouseholds!: number;

  @Field(() => Int, {
    description: '自主填报户: households whose registration method is SELF_REPORT (any stage).',
  })
  selfReportedHouseholds!: number;

  @Field(() => Int, {
    description:
      '自主填报并上报户: self-reported households whose short form is submitted (stage SUBMITTED or APPROVED); ' +
      'the numerator of selfReportRate.',
  })
  selfReportedSubmittedHouseholds!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '自主填报率 (%): selfReportedSubmittedHouseholds / submittedHouseholds x 100, rounded to 0.1; null while no ' +
      'household has been submitted (no division by zero).',
  })
  selfReportRate!: number | null;

  @Field(() => Int, {
    description: '完成短表上报: households whose short form is submitted, i.e. stage SUBMITTED or APPROVED.',
  })
  submittedHouseholds!: number;

  @Field(() => Int, { description: '审核通过: households of stage APPROVED.' })
  approvedHouseholds!: number;

  @Field(() => Int, { description: '退回修改: households of stage RETURNED (sent back by a supervisor).' })
  returnedHouseholds!: number;

  @Field(() => Int, { description: '住户总数: every household listed, whatever its status or stage.' })
  households!: number;

  @Field(() => Int, {
    description: '普查区数: zones of level CENSUS_ZONE in the subtree (the zone itself included).',
  })
  censusZones!: number;

  @Field(() => Int, {
    description: '普查小区数: zones of level SMALL_ZONE in the subtree (the zone itself included).',
  })
  smallZones!: number;

  @Field(() => Int, {
    description: '普查员数: active ENUMERATOR accounts holding at least one zone in the subtree.',
  })
  enumerators!: number;

  @Field(() => Int, {
    description:
      '普查指导员数: active SUPERVISOR accounts holding a zone in the subtree, or supervising an active enumerator ' +
      'who holds one.',
  })
  supervisors!: number;

  @Field(() => Int, { description: '已入户户数: households with at least one visit recorded.' })
  visitedHouseholds!: number;

  @Field(() => Int, {
    description:
      '多次入户未果: households with at least two visits ending NOBODY_HOME or REFUSED and none COMPLETED.',
  })
  repeatedFailureHouseholds!: number;

  @Field(() => Int, {
    description: '拒绝登记户 (门难进): households with at least one REFUSED visit and none COMPLETED.',
  })
  refusingHouseholds!: number;

  @Field(() => Int, { description: '长表户数: households in the long-form sample (about one in ten).' })
  longFormHouseholds!: number;

  @Field(() => Int, {
    description: '长表已上报户数: sampled households submitted or approved (their long form complete).',
  })
  longFormSubmittedHouseholds!: number;

  @Field(() => Int, {
    description:
      '长表拒答项数: long-form items refused (拒答) in the sampled households, persons’ items included.',
  })
  longFormRefusedItems!: number;

  @Field(() => [CategoryCount], {
    description:
      '未解决疑难问题: problems of the subtree not yet RESOLVED (OPEN or ESCALATED), by category; categories ' +
      'without any are left out.',
  })
  openProblemsByCategory!: CategoryCount[];

  @Field(() => Int, {
    description: '人户分离(户在人不在): persons registered in their household but not resident.',
  })
  livingAwayPersons!: number;

  @Field(() => Int, {
    description: '流动人口(人在户不在): persons resident in their household but not registered there.',
  })
  floatingPersons!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: '普查员进度: the progress of one enumerator in the subtree.',
})
export class EnumeratorProgress {
  accountRowId!: string;

  @Field(() => Account, {
    nullable: true,
    description: 'The enumerator account (null if not visible to you).',
  })
  account!: Account | null;

  @Field(() => [String], {
    description: '负责普查小区: codes of the zones the enumerator holds in the subtree.',
  })
  smallZones!: string[];

  @Field(() => Int, { description: '负责户数: households in those zones.' })
  households!: number;

  @Field(() => Int, { description: '完成短表上报: of those, households SUBMITTED or APPROVED.' })
  submitted!: number;

  @Field(() => Int, { description: '审核通过: of those, households APPROVED.' })
  approved!: number;

  @Field(() => Int, { description: '退回修改: of those, households RETURNED.' })
  returned!: number;

  @Field(() => Int, { description: '自主填报户: of those, households with registration method SELF_REPORT.' })
  selfReported!: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      '最近活动: latest stage change or visit recorded by this enumerator in the zones held; null if none.',
  })
  lastActivityAt!: Date | null;

  @Field(() => Float, {
    description: '上报率: submitted / households (0 when the enumerator holds no household).',
  })
  submittedShare!: number;

  @Field({
    description:
      '进度落后: true when the enumerator holds at least 10 households and the share submitted is below half the ' +
      'median share of the enumerators listed for the same zone (peers).',
  })
  behindPace!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: '每日进度: what happened on one calendar day (Beijing time).',
})
export class DailyProgress {
  @Field(() => DateScalar, { description: '日期: the day, Beijing time (UTC+8).' })
  date!: string;

  @Field(() => Int, { description: '当日上报: households submitted (a stage change to SUBMITTED) that day.' })
  submitted!: number;

  @Field(() => Int, {
    description: '累计上报: households submitted at least once up to the end of that day.',
  })
  submittedCumulative!: number;

  @Field(() => Int, { description: '当日审核通过: households approved that day.' })
  approved!: number;

  @Field(() => Int, {
    description: '当日自主填报: households submitted by the resident (self-report) that day.',
  })
  selfReported!: number;

  @Field(() => Int, { description: '当日入户次数: visits (and calls) recorded that day.' })
  visits!: number;
}

@ObjectType({ simpleResolvers: true, description: '进展情况汇报: the progress report of a zone.' })
export class ProgressReport {
  @Field(() => Zone, { description: 'The zone reported on.' })
  zone!: Zone;

  @Field(() => Progress, { description: 'The figures the report is made of.' })
  figures!: Progress;

  @Field({
    description:
      'The report in Chinese Markdown: 一、进展情况 filled from the figures, 二、主要做法, 三、存在的问题 (pre-filled ' +
      'with open problems, enumerators behind pace and refusing households) and 四、工作建议, with what the ' +
      'office filled in (reportTexts); rendered from `document`.',
  })
  markdown!: string;

  @Field(() => ReportDocumentType, {
    description:
      '汇报文档: the report as a document model (title; headings, paragraphs, list items and a table of the child ' +
      'zones): the markdown, the web view and the .docx download are rendered from it.',
  })
  document!: ReportDocumentType;

  @Field(() => ZoneReportText, {
    nullable: true,
    description:
      "汇报填写内容: what the zone's office filled in (saveReportTexts); null while nothing was saved.",
  })
  reportTexts!: ZoneReportText | null;

  @Field(() => GraphQLISODateTime, { description: '数据截至: the moment the figures were read.' })
  asOf!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: '趋势日: the figures of a zone (or an enumerator) at the end of one day.',
})
export class TrendDay {
  @Field(() => DateScalar, { description: '日期: the day, Beijing time (UTC+8).' })
  date!: string;

  @Field(() => Int, { description: '住户总数: households listed by the end of the day.' })
  households!: number;

  @Field(() => Int, { description: '平台完成录入户数: households entered by the end of the day.' })
  enteredHouseholds!: number;

  @Field(() => Int, { description: '平台完成录入人口: persons recorded by the end of the day.' })
  persons!: number;

  @Field(() => Int, { description: '完成短表上报: households SUBMITTED or APPROVED at the end of the day.' })
  submitted!: number;

  @Field(() => Int, { description: '审核通过: households APPROVED at the end of the day.' })
  approved!: number;

  @Field(() => Int, {
    description:
      '自主填报并上报户: self-reported households submitted (SUBMITTED or APPROVED) at the end of the day.',
  })
  selfReported!: number;
}

@ObjectType({ simpleResolvers: true, description: '下级趋势: the trend of one direct child zone.' })
export class ZoneTrend {
  @Field({ description: '区划代码: the child zone.' })
  zoneCode!: string;

  @Field(() => [TrendDay], { description: 'One item per day of the range.' })
  days!: TrendDay[];
}

@ObjectType({
  simpleResolvers: true,
  description: '普查员趋势: the trend of the zones one enumerator holds.',
})
export class EnumeratorTrend {
  accountRowId!: string;

  @Field(() => Account, {
    nullable: true,
    description: 'The enumerator account (null if not visible to you).',
  })
  account!: Account | null;

  @Field(() => [String], {
    description: '负责普查小区: codes of the zones the enumerator holds now in the subtree.',
  })
  smallZones!: string[];

  @Field(() => [TrendDay], { description: 'One item per day of the range.' })
  days!: TrendDay[];
}

@ObjectType({
  description:
    '进度趋势: the figures of a zone at the end of each Beijing day of a range, from the daily snapshots of the ' +
    'roll-up (exact for every day since they are kept; see docs/progress.md), with its child zones and enumerators.',
})
export class ProgressTrend {
  zoneCode!: string;

  @Field(() => DateScalar, { description: '起始日: the first day.' })
  from!: string;

  @Field(() => DateScalar, {
    description: '截止日: the last day (the requested one, or today when a later day was asked).',
  })
  to!: string;
}
