/**
 * The names of the short form's items as the form shows them (H1 户别, D5 出生年月), in Chinese and English. The web
 * form's labels and the server's messages both read them from here, so a message names an item exactly as the
 * form does. Keys are `household.<input field>` and `person.<input field>`.
 */
import type { EnumLabel } from '../enums';

export const ITEM_LABELS = {
  'household.status': { zh: '户状态', en: 'Status' },
  'household.kind': { zh: 'H1 户别', en: 'H1 Household kind' },
  'household.phone': { zh: '联系电话', en: 'Phone' },
  'household.number': { zh: '户编号', en: 'Household number' },
  'household.buildingNumber': { zh: '建筑物编号', en: 'Building number' },
  'household.unit': { zh: '单元', en: 'Unit' },
  'household.presentMale': { zh: 'H2 现住男', en: 'H2 Present, male' },
  'household.presentFemale': { zh: 'H2 现住女', en: 'H2 Present, female' },
  'household.absentMale': { zh: 'H2 户口在本户外出男', en: 'H2 Registered here, away, male' },
  'household.absentFemale': { zh: 'H2 户口在本户外出女', en: 'H2 Registered here, away, female' },
  'household.birthsMale': { zh: 'H3 出生男', en: 'H3 Births, male' },
  'household.birthsFemale': { zh: 'H3 出生女', en: 'H3 Births, female' },
  'household.deathsMale': { zh: 'H4 死亡男', en: 'H4 Deaths, male' },
  'household.deathsFemale': { zh: 'H4 死亡女', en: 'H4 Deaths, female' },
  'household.dwellingType': { zh: 'H5 住房类型', en: 'H5 Dwelling type' },
  'household.floorArea': { zh: 'H6 建筑面积（平方米）', en: 'H6 Floor area (m²)' },
  'household.rooms': { zh: 'H7 房间数', en: 'H7 Rooms' },
  'household.persons': { zh: '人员', en: 'Persons' },
  'person.lineNumber': { zh: '人员序号', en: 'Line number' },
  'person.name': { zh: 'D1 姓名', en: 'D1 Name' },
  'person.relationship': { zh: 'D2 与户主关系', en: 'D2 Relationship to head' },
  'person.citizenId': { zh: 'D3 公民身份号码', en: 'D3 Citizen ID number' },
  'person.sex': { zh: 'D4 性别', en: 'D4 Sex' },
  'person.birthYear': { zh: 'D5 出生年', en: 'D5 Birth year' },
  'person.birthMonth': { zh: 'D5 出生月', en: 'D5 Birth month' },
  'person.birthYearMonth': { zh: 'D5 出生年月', en: 'D5 Birth year-month' },
  'person.ethnicity': { zh: 'D6 民族', en: 'D6 Ethnicity' },
  'person.whereabouts': { zh: 'D7 普查时点居住地', en: 'D7 Where living at the reference moment' },
  'person.registrationPlaceCode': { zh: 'D8 户口登记地代码', en: 'D8 Place of registration (code)' },
  'person.leftRegistrationDuration': {
    zh: 'D9 离开户口登记地时间',
    en: 'D9 Time since leaving registration place',
  },
  'person.leftRegistrationReason': {
    zh: 'D10 离开户口登记地原因',
    en: 'D10 Reason for leaving registration place',
  },
  'person.education': { zh: 'D11 受教育程度', en: 'D11 Education' },
  'person.literate': { zh: 'D12 是否识字', en: 'D12 Literate' },
  'person.resident': { zh: '普查时点住在本户', en: 'Living here at the reference moment' },
  // The long form (普查表长表): person items C12-C28 and household items H8-H18 as the 2020 form numbers them (the
  // short-form items it repeats keep their short-form labels above), and the vehicle item an office may add.
  'person.birthplace': { zh: 'C12 出生地', en: 'C12 Place of birth' },
  'person.residenceFiveYearsAgo': { zh: 'C13 五年前常住地', en: 'C13 Usual residence five years ago' },
  'person.migrationReason': { zh: 'C14 迁移原因', en: 'C14 Reason for moving' },
  'person.schoolCompletion': { zh: 'C16 学业完成情况', en: 'C16 Completion of schooling' },
  'person.workedLastWeek': {
    zh: 'C18 上周是否为取得收入而从事了一小时以上的劳动',
    en: 'C18 Worked an hour or more for income last week',
  },
  'person.industry': { zh: 'C19 行业', en: 'C19 Industry' },
  'person.occupation': { zh: 'C20 职业', en: 'C20 Occupation' },
  'person.notWorkingReason': { zh: 'C21 未工作原因', en: 'C21 Reason for not working' },
  'person.jobSearch': { zh: 'C22 三个月内是否找过工作', en: 'C22 Looked for work in the last three months' },
  'person.ableToWork': { zh: 'C23 能否工作', en: 'C23 Able to start work' },
  'person.maritalStatus': { zh: 'C24 婚姻状况', en: 'C24 Marital status' },
  'person.firstMarriage': { zh: 'C25 初婚年月', en: 'C25 Year-month of first marriage' },
  'person.childrenBorn': { zh: 'C26 生育子女数', en: 'C26 Children ever born' },
  'person.birthsLastYear': { zh: 'C27 过去一年的生育状况', en: 'C27 Births in the past year' },
  'person.health': { zh: 'C28 身体健康状况', en: 'C28 State of health' },
  'household.buildingHeight': { zh: 'H8 住房所在建筑的层数', en: 'H8 Storeys of the building' },
  'household.loadBearingType': { zh: 'H9 承重类型', en: 'H9 Load-bearing structure' },
  'household.constructionPeriod': { zh: 'H10 住房建成年代', en: 'H10 When the dwelling was built' },
  'household.elevator': { zh: 'H11 住房所在建筑有无电梯', en: 'H11 Lift in the building' },
  'household.cookingFuel': { zh: 'H12 主要炊事燃料', en: 'H12 Main cooking fuel' },
  'household.tapWater': { zh: 'H13 住房内有无管道自来水', en: 'H13 Piped tap water in the dwelling' },
  'household.kitchen': { zh: 'H14 住房内有无厨房', en: 'H14 Kitchen in the dwelling' },
  'household.toilet': { zh: 'H15 住房内有无厕所', en: 'H15 Toilet in the dwelling' },
  'household.bathing': { zh: 'H16 住房内有无洗澡设施', en: 'H16 Bathing facilities in the dwelling' },
  'household.housingSource': { zh: 'H17 住房来源', en: 'H17 Source of the dwelling' },
  'household.monthlyRent': { zh: 'H18 月租房费用（元）', en: 'H18 Monthly rent (yuan)' },
  'household.purchaseCost': {
    zh: 'H18 购建房费用（万元）',
    en: 'H18 Cost of buying or building (10,000 yuan)',
  },
  'household.carCount': { zh: '附1 本户拥有汽车数', en: 'Extra 1 Cars owned by the household' },
  'person.registered': { zh: '户口在本户', en: 'Registered in this household' },
} as const satisfies Record<string, EnumLabel>;

export type ItemKey = keyof typeof ITEM_LABELS;

/** The account roles as the web app names them (the API's Role enum values). */
export const ROLE_LABELS = {
  COUNTY_ADMIN: { zh: '人普办管理员', en: 'Census office administrator' },
  TOWNSHIP_OFFICER: { zh: '街道人普办', en: 'Township census office' },
  SUPERVISOR: { zh: '普查指导员', en: 'Supervisor' },
  ENUMERATOR: { zh: '普查员', en: 'Enumerator' },
  INTEGRATION: { zh: '系统对接', en: 'System integration' },
} as const satisfies Record<string, EnumLabel>;

/** The item key of an input field of a household ('presentMale') or a person ('birthYear'), if the form has one. */
export function itemKeyOf(entity: 'household' | 'person', field: string): ItemKey | undefined {
  const key = `${entity}.${field}`;
  return key in ITEM_LABELS ? (key as ItemKey) : undefined;
}
