/**
 * Answer categories of the long form (普查表长表) of the seventh census, 2020. Codes are the option numbers printed on
 * the form (or, for industry and occupation, the codes of the national classifications the answers are coded to);
 * the Chinese labels are the form's words. docs/long-form.md says which lists were checked against a copy of the
 * form and which follow the 2010 form or the instructions where no copy was at hand.
 */
import type { EnumLabel } from './enum-helpers';

/** C16 学业完成情况 (persons whose education is primary school or above). */
export enum SchoolCompletion {
  IN_SCHOOL = 'IN_SCHOOL',
  GRADUATED = 'GRADUATED',
  INCOMPLETE = 'INCOMPLETE',
  DROPPED_OUT = 'DROPPED_OUT',
  OTHER = 'OTHER',
}

export const SCHOOL_COMPLETION_LABELS: Record<SchoolCompletion, EnumLabel> = {
  [SchoolCompletion.IN_SCHOOL]: { zh: '在校', en: 'In school' },
  [SchoolCompletion.GRADUATED]: { zh: '毕业', en: 'Graduated' },
  [SchoolCompletion.INCOMPLETE]: { zh: '肄业', en: 'Left without completing' },
  [SchoolCompletion.DROPPED_OUT]: { zh: '辍学', en: 'Dropped out' },
  [SchoolCompletion.OTHER]: { zh: '其他', en: 'Other' },
};

export const SCHOOL_COMPLETION_CODES: Record<SchoolCompletion, string> = {
  [SchoolCompletion.IN_SCHOOL]: '1',
  [SchoolCompletion.GRADUATED]: '2',
  [SchoolCompletion.INCOMPLETE]: '3',
  [SchoolCompletion.DROPPED_OUT]: '4',
  [SchoolCompletion.OTHER]: '5',
};

/** C18 上周是否为取得收入而从事了一小时以上的劳动. */
export enum WorkedLastWeek {
  YES = 'YES',
  ON_LEAVE = 'ON_LEAVE',
  NO = 'NO',
}

export const WORKED_LAST_WEEK_LABELS: Record<WorkedLastWeek, EnumLabel> = {
  [WorkedLastWeek.YES]: { zh: '是', en: 'Yes' },
  [WorkedLastWeek.ON_LEAVE]: {
    zh: '在职休假、学习、临时停工或季节性歇业',
    en: 'Has a job but on leave, in training, temporarily laid off or off season',
  },
  [WorkedLastWeek.NO]: { zh: '否', en: 'No' },
};

export const WORKED_LAST_WEEK_CODES: Record<WorkedLastWeek, string> = {
  [WorkedLastWeek.YES]: '1',
  [WorkedLastWeek.ON_LEAVE]: '2',
  [WorkedLastWeek.NO]: '3',
};

/** C19 行业: the 20 sections (门类) of 国民经济行业分类 GB/T 4754-2017, coded A-T. */
export enum Industry {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
  G = 'G',
  H = 'H',
  I = 'I',
  J = 'J',
  K = 'K',
  L = 'L',
  M = 'M',
  N = 'N',
  O = 'O',
  P = 'P',
  Q = 'Q',
  R = 'R',
  S = 'S',
  T = 'T',
}

export const INDUSTRY_LABELS: Record<Industry, EnumLabel> = {
  [Industry.A]: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  [Industry.B]: { zh: '采矿业', en: 'Mining' },
  [Industry.C]: { zh: '制造业', en: 'Manufacturing' },
  [Industry.D]: {
    zh: '电力、热力、燃气及水生产和供应业',
    en: 'Production and supply of electricity, heat, gas and water',
  },
  [Industry.E]: { zh: '建筑业', en: 'Construction' },
  [Industry.F]: { zh: '批发和零售业', en: 'Wholesale and retail trade' },
  [Industry.G]: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  [Industry.H]: { zh: '住宿和餐饮业', en: 'Accommodation and catering' },
  [Industry.I]: {
    zh: '信息传输、软件和信息技术服务业',
    en: 'Information transmission, software and information technology services',
  },
  [Industry.J]: { zh: '金融业', en: 'Finance' },
  [Industry.K]: { zh: '房地产业', en: 'Real estate' },
  [Industry.L]: { zh: '租赁和商务服务业', en: 'Leasing and business services' },
  [Industry.M]: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' },
  [Industry.N]: {
    zh: '水利、环境和公共设施管理业',
    en: 'Water conservancy, environment and public facilities management',
  },
  [Industry.O]: { zh: '居民服务、修理和其他服务业', en: 'Resident services, repair and other services' },
  [Industry.P]: { zh: '教育', en: 'Education' },
  [Industry.Q]: { zh: '卫生和社会工作', en: 'Health and social work' },
  [Industry.R]: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  [Industry.S]: {
    zh: '公共管理、社会保障和社会组织',
    en: 'Public administration, social security and social organisations',
  },
  [Industry.T]: { zh: '国际组织', en: 'International organisations' },
};

/** The section letter is the code. */
export const INDUSTRY_CODES: Record<Industry, string> = {
  [Industry.A]: 'A',
  [Industry.B]: 'B',
  [Industry.C]: 'C',
  [Industry.D]: 'D',
  [Industry.E]: 'E',
  [Industry.F]: 'F',
  [Industry.G]: 'G',
  [Industry.H]: 'H',
  [Industry.I]: 'I',
  [Industry.J]: 'J',
  [Industry.K]: 'K',
  [Industry.L]: 'L',
  [Industry.M]: 'M',
  [Industry.N]: 'N',
  [Industry.O]: 'O',
  [Industry.P]: 'P',
  [Industry.Q]: 'Q',
  [Industry.R]: 'R',
  [Industry.S]: 'S',
  [Industry.T]: 'T',
};

/** C20 职业: the 8 major groups (大类) of 中华人民共和国职业分类大典 (2015), GB/T 6565-2015. */
export enum Occupation {
  HEADS_OF_ORGANISATIONS = 'HEADS_OF_ORGANISATIONS',
  PROFESSIONALS = 'PROFESSIONALS',
  CLERICAL = 'CLERICAL',
  SERVICE = 'SERVICE',
  AGRICULTURE = 'AGRICULTURE',
  PRODUCTION = 'PRODUCTION',
  ARMED_FORCES = 'ARMED_FORCES',
  UNCLASSIFIED = 'UNCLASSIFIED',
}

export const OCCUPATION_LABELS: Record<Occupation, EnumLabel> = {
  [Occupation.HEADS_OF_ORGANISATIONS]: {
    zh: '党的机关、国家机关、群众团体和社会组织、企事业单位负责人',
    en: 'Heads of Party and state organs, mass and social organisations, enterprises and institutions',
  },
  [Occupation.PROFESSIONALS]: { zh: '专业技术人员', en: 'Professional and technical personnel' },
  [Occupation.CLERICAL]: { zh: '办事人员和有关人员', en: 'Clerical and related personnel' },
  [Occupation.SERVICE]: {
    zh: '社会生产服务和生活服务人员',
    en: 'Production and living services personnel',
  },
  [Occupation.AGRICULTURE]: {
    zh: '农、林、牧、渔业生产及辅助人员',
    en: 'Agriculture, forestry, animal husbandry and fishery workers',
  },
  [Occupation.PRODUCTION]: {
    zh: '生产制造及有关人员',
    en: 'Production, manufacturing and related workers',
  },
  [Occupation.ARMED_FORCES]: { zh: '军人', en: 'Armed forces' },
  [Occupation.UNCLASSIFIED]: { zh: '不便分类的其他从业人员', en: 'Other workers not classifiable' },
};

/** GB/T 6565-2015 major-group codes: 1-6, X for the armed forces, Y for workers not classifiable. */
export const OCCUPATION_CODES: Record<Occupation, string> = {
  [Occupation.HEADS_OF_ORGANISATIONS]: '1',
  [Occupation.PROFESSIONALS]: '2',
  [Occupation.CLERICAL]: '3',
  [Occupation.SERVICE]: '4',
  [Occupation.AGRICULTURE]: '5',
  [Occupation.PRODUCTION]: '6',
  [Occupation.ARMED_FORCES]: 'X',
  [Occupation.UNCLASSIFIED]: 'Y',
};

/** C21 未工作原因 (persons who did not work last week). */
export enum NotWorkingReason {
  STUDYING = 'STUDYING',
  UNABLE_TO_WORK = 'UNABLE_TO_WORK',
  RETIRED = 'RETIRED',
  HOUSEWORK = 'HOUSEWORK',
  NEVER_WORKED_AFTER_GRADUATION = 'NEVER_WORKED_AFTER_GRADUATION',
  LOST_JOB_EMPLOYER = 'LOST_JOB_EMPLOYER',
  LOST_JOB_PERSONAL = 'LOST_JOB_PERSONAL',
  LAND_REQUISITIONED = 'LAND_REQUISITIONED',
  OTHER = 'OTHER',
}

export const NOT_WORKING_REASON_LABELS: Record<NotWorkingReason, EnumLabel> = {
  [NotWorkingReason.STUDYING]: { zh: '在校学习', en: 'Studying' },
  [NotWorkingReason.UNABLE_TO_WORK]: { zh: '丧失工作能力', en: 'Unable to work' },
  [NotWorkingReason.RETIRED]: { zh: '离退休', en: 'Retired' },
  [NotWorkingReason.HOUSEWORK]: { zh: '料理家务', en: 'Keeping house' },
  [NotWorkingReason.NEVER_WORKED_AFTER_GRADUATION]: {
    zh: '毕业后未工作',
    en: 'Has not worked since graduating',
  },
  [NotWorkingReason.LOST_JOB_EMPLOYER]: {
    zh: '因单位原因失去工作',
    en: 'Lost job for reasons of the employer',
  },
  [NotWorkingReason.LOST_JOB_PERSONAL]: { zh: '因本人原因失去工作', en: 'Lost job for personal reasons' },
  [NotWorkingReason.LAND_REQUISITIONED]: { zh: '承包土地被征用', en: 'Contracted land requisitioned' },
  [NotWorkingReason.OTHER]: { zh: '其他', en: 'Other' },
};

export const NOT_WORKING_REASON_CODES: Record<NotWorkingReason, string> = {
  [NotWorkingReason.STUDYING]: '1',
  [NotWorkingReason.UNABLE_TO_WORK]: '2',
  [NotWorkingReason.RETIRED]: '3',
  [NotWorkingReason.HOUSEWORK]: '4',
  [NotWorkingReason.NEVER_WORKED_AFTER_GRADUATION]: '5',
  [NotWorkingReason.LOST_JOB_EMPLOYER]: '6',
  [NotWorkingReason.LOST_JOB_PERSONAL]: '7',
  [NotWorkingReason.LAND_REQUISITIONED]: '8',
  [NotWorkingReason.OTHER]: '9',
};

/** C22 三个月内是否找过工作 (how, or 未找过工作). */
export enum JobSearch {
  EMPLOYMENT_AGENCY = 'EMPLOYMENT_AGENCY',
  FRIENDS_AND_RELATIVES = 'FRIENDS_AND_RELATIVES',
  ADVERTISEMENTS = 'ADVERTISEMENTS',
  RECRUITMENT = 'RECRUITMENT',
  PREPARING_OWN_BUSINESS = 'PREPARING_OWN_BUSINESS',
  OTHER = 'OTHER',
  DID_NOT_LOOK = 'DID_NOT_LOOK',
}

export const JOB_SEARCH_LABELS: Record<JobSearch, EnumLabel> = {
  [JobSearch.EMPLOYMENT_AGENCY]: { zh: '在职业介绍机构求职', en: 'Through an employment agency' },
  [JobSearch.FRIENDS_AND_RELATIVES]: { zh: '委托亲友找工作', en: 'Through friends or relatives' },
  [JobSearch.ADVERTISEMENTS]: { zh: '应答或刊登广告', en: 'Answered or placed advertisements' },
  [JobSearch.RECRUITMENT]: {
    zh: '参加用人单位招聘或招考',
    en: "Took part in an employer's recruitment or examination",
  },
  [JobSearch.PREPARING_OWN_BUSINESS]: { zh: '为自己经营作准备', en: 'Preparing a business of their own' },
  [JobSearch.OTHER]: { zh: '其他', en: 'Other' },
  [JobSearch.DID_NOT_LOOK]: { zh: '未找过工作', en: 'Did not look for work' },
};

export const JOB_SEARCH_CODES: Record<JobSearch, string> = {
  [JobSearch.EMPLOYMENT_AGENCY]: '1',
  [JobSearch.FRIENDS_AND_RELATIVES]: '2',
  [JobSearch.ADVERTISEMENTS]: '3',
  [JobSearch.RECRUITMENT]: '4',
  [JobSearch.PREPARING_OWN_BUSINESS]: '5',
  [JobSearch.OTHER]: '6',
  [JobSearch.DID_NOT_LOOK]: '7',
};

/** C23 能否工作: could start a suitable job within two weeks. */
export enum AbleToWork {
  ABLE = 'ABLE',
  UNABLE = 'UNABLE',
}

export const ABLE_TO_WORK_LABELS: Record<AbleToWork, EnumLabel> = {
  [AbleToWork.ABLE]: { zh: '能', en: 'Able' },
  [AbleToWork.UNABLE]: { zh: '不能', en: 'Not able' },
};

export const ABLE_TO_WORK_CODES: Record<AbleToWork, string> = {
  [AbleToWork.ABLE]: '1',
  [AbleToWork.UNABLE]: '2',
};

/** C24 婚姻状况 (persons aged 15 and over). */
export enum MaritalStatus {
  NEVER_MARRIED = 'NEVER_MARRIED',
  MARRIED = 'MARRIED',
  DIVORCED = 'DIVORCED',
  WIDOWED = 'WIDOWED',
}

export const MARITAL_STATUS_LABELS: Record<MaritalStatus, EnumLabel> = {
  [MaritalStatus.NEVER_MARRIED]: { zh: '未婚', en: 'Never married' },
  [MaritalStatus.MARRIED]: { zh: '有配偶', en: 'Married' },
  [MaritalStatus.DIVORCED]: { zh: '离婚', en: 'Divorced' },
  [MaritalStatus.WIDOWED]: { zh: '丧偶', en: 'Widowed' },
};

export const MARITAL_STATUS_CODES: Record<MaritalStatus, string> = {
  [MaritalStatus.NEVER_MARRIED]: '1',
  [MaritalStatus.MARRIED]: '2',
  [MaritalStatus.DIVORCED]: '3',
  [MaritalStatus.WIDOWED]: '4',
};

/** C27 过去一年的生育状况 (women 15-50): births from 2019-11-01 to 2020-10-31, by the order of the child. */
export enum BirthsLastYear {
  NONE = 'NONE',
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD_OR_LATER = 'THIRD_OR_LATER',
}

export const BIRTHS_LAST_YEAR_LABELS: Record<BirthsLastYear, EnumLabel> = {
  [BirthsLastYear.NONE]: { zh: '未生育', en: 'No birth' },
  [BirthsLastYear.FIRST]: { zh: '生育一孩', en: 'Gave birth to a first child' },
  [BirthsLastYear.SECOND]: { zh: '生育二孩', en: 'Gave birth to a second child' },
  [BirthsLastYear.THIRD_OR_LATER]: { zh: '生育三孩及以上', en: 'Gave birth to a third or later child' },
};

export const BIRTHS_LAST_YEAR_CODES: Record<BirthsLastYear, string> = {
  [BirthsLastYear.NONE]: '0',
  [BirthsLastYear.FIRST]: '1',
  [BirthsLastYear.SECOND]: '2',
  [BirthsLastYear.THIRD_OR_LATER]: '3',
};

/** C28 身体健康状况 (persons aged 60 and over). */
export enum HealthStatus {
  HEALTHY = 'HEALTHY',
  BASICALLY_HEALTHY = 'BASICALLY_HEALTHY',
  UNHEALTHY_SELF_CARING = 'UNHEALTHY_SELF_CARING',
  NOT_SELF_CARING = 'NOT_SELF_CARING',
}

export const HEALTH_STATUS_LABELS: Record<HealthStatus, EnumLabel> = {
  [HealthStatus.HEALTHY]: { zh: '健康', en: 'Healthy' },
  [HealthStatus.BASICALLY_HEALTHY]: { zh: '基本健康', en: 'Basically healthy' },
  [HealthStatus.UNHEALTHY_SELF_CARING]: {
    zh: '不健康，但生活能自理',
    en: 'Not healthy but able to look after themselves',
  },
  [HealthStatus.NOT_SELF_CARING]: { zh: '生活不能自理', en: 'Unable to look after themselves' },
};

export const HEALTH_STATUS_CODES: Record<HealthStatus, string> = {
  [HealthStatus.HEALTHY]: '1',
  [HealthStatus.BASICALLY_HEALTHY]: '2',
  [HealthStatus.UNHEALTHY_SELF_CARING]: '3',
  [HealthStatus.NOT_SELF_CARING]: '4',
};

/** C12 出生地, relative to where the person is enumerated. */
export enum Birthplace {
  THIS_COUNTY = 'THIS_COUNTY',
  OTHER_COUNTY_SAME_PROVINCE = 'OTHER_COUNTY_SAME_PROVINCE',
  OTHER_PROVINCE = 'OTHER_PROVINCE',
  ABROAD = 'ABROAD',
}

export const BIRTHPLACE_LABELS: Record<Birthplace, EnumLabel> = {
  [Birthplace.THIS_COUNTY]: { zh: '本县（市、区）', en: 'This county' },
  [Birthplace.OTHER_COUNTY_SAME_PROVINCE]: {
    zh: '本省其他县（市、区）',
    en: 'Another county of this province',
  },
  [Birthplace.OTHER_PROVINCE]: { zh: '外省（区、市）', en: 'Another province' },
  [Birthplace.ABROAD]: { zh: '港澳台或国外', en: 'Hong Kong, Macao, Taiwan or abroad' },
};

export const BIRTHPLACE_CODES: Record<Birthplace, string> = {
  [Birthplace.THIS_COUNTY]: '1',
  [Birthplace.OTHER_COUNTY_SAME_PROVINCE]: '2',
  [Birthplace.OTHER_PROVINCE]: '3',
  [Birthplace.ABROAD]: '4',
};

/** C13 五年前常住地 (2015-11-01, persons aged 5 and over), relative to where the person lives now. */
export enum ResidenceFiveYearsAgo {
  THIS_TOWNSHIP = 'THIS_TOWNSHIP',
  OTHER_TOWNSHIP_SAME_COUNTY = 'OTHER_TOWNSHIP_SAME_COUNTY',
  OTHER_COUNTY_SAME_PROVINCE = 'OTHER_COUNTY_SAME_PROVINCE',
  OTHER_PROVINCE = 'OTHER_PROVINCE',
  ABROAD = 'ABROAD',
}

export const RESIDENCE_FIVE_YEARS_AGO_LABELS: Record<ResidenceFiveYearsAgo, EnumLabel> = {
  [ResidenceFiveYearsAgo.THIS_TOWNSHIP]: { zh: '本乡（镇、街道）', en: 'This township' },
  [ResidenceFiveYearsAgo.OTHER_TOWNSHIP_SAME_COUNTY]: {
    zh: '本县（市、区）其他乡（镇、街道）',
    en: 'Another township of this county',
  },
  [ResidenceFiveYearsAgo.OTHER_COUNTY_SAME_PROVINCE]: {
    zh: '本省其他县（市、区）',
    en: 'Another county of this province',
  },
  [ResidenceFiveYearsAgo.OTHER_PROVINCE]: { zh: '外省（区、市）', en: 'Another province' },
  [ResidenceFiveYearsAgo.ABROAD]: { zh: '港澳台或国外', en: 'Hong Kong, Macao, Taiwan or abroad' },
};

export const RESIDENCE_FIVE_YEARS_AGO_CODES: Record<ResidenceFiveYearsAgo, string> = {
  [ResidenceFiveYearsAgo.THIS_TOWNSHIP]: '1',
  [ResidenceFiveYearsAgo.OTHER_TOWNSHIP_SAME_COUNTY]: '2',
  [ResidenceFiveYearsAgo.OTHER_COUNTY_SAME_PROVINCE]: '3',
  [ResidenceFiveYearsAgo.OTHER_PROVINCE]: '4',
  [ResidenceFiveYearsAgo.ABROAD]: '5',
};

/** H8 住房所在建筑的层数. */
export enum BuildingHeight {
  SINGLE_STOREY = 'SINGLE_STOREY',
  MULTI_STOREY = 'MULTI_STOREY',
  HIGH_RISE = 'HIGH_RISE',
  SUPER_HIGH_RISE = 'SUPER_HIGH_RISE',
}

export const BUILDING_HEIGHT_LABELS: Record<BuildingHeight, EnumLabel> = {
  [BuildingHeight.SINGLE_STOREY]: { zh: '平房', en: 'Single storey' },
  [BuildingHeight.MULTI_STOREY]: { zh: '多层（7层及以下）', en: 'Multi-storey (7 floors or fewer)' },
  [BuildingHeight.HIGH_RISE]: { zh: '高层（8—33层）', en: 'High-rise (8-33 floors)' },
  [BuildingHeight.SUPER_HIGH_RISE]: { zh: '超高层（34层及以上）', en: 'Super high-rise (34 floors or more)' },
};

export const BUILDING_HEIGHT_CODES: Record<BuildingHeight, string> = {
  [BuildingHeight.SINGLE_STOREY]: '1',
  [BuildingHeight.MULTI_STOREY]: '2',
  [BuildingHeight.HIGH_RISE]: '3',
  [BuildingHeight.SUPER_HIGH_RISE]: '4',
};

/** H9 承重类型. */
export enum LoadBearingType {
  STEEL_CONCRETE = 'STEEL_CONCRETE',
  MIXED = 'MIXED',
  BRICK_WOOD = 'BRICK_WOOD',
  BAMBOO_STRAW_EARTH = 'BAMBOO_STRAW_EARTH',
  OTHER = 'OTHER',
}

export const LOAD_BEARING_TYPE_LABELS: Record<LoadBearingType, EnumLabel> = {
  [LoadBearingType.STEEL_CONCRETE]: { zh: '钢及钢筋混凝土结构', en: 'Steel or reinforced concrete' },
  [LoadBearingType.MIXED]: { zh: '混合结构', en: 'Mixed structure' },
  [LoadBearingType.BRICK_WOOD]: { zh: '砖木结构', en: 'Brick and wood' },
  [LoadBearingType.BAMBOO_STRAW_EARTH]: { zh: '竹草土坯结构', en: 'Bamboo, straw or adobe' },
  [LoadBearingType.OTHER]: { zh: '其他结构', en: 'Other structure' },
};

export const LOAD_BEARING_TYPE_CODES: Record<LoadBearingType, string> = {
  [LoadBearingType.STEEL_CONCRETE]: '1',
  [LoadBearingType.MIXED]: '2',
  [LoadBearingType.BRICK_WOOD]: '3',
  [LoadBearingType.BAMBOO_STRAW_EARTH]: '4',
  [LoadBearingType.OTHER]: '5',
};

/** H10 住房建成年代. */
export enum ConstructionPeriod {
  BEFORE_1949 = 'BEFORE_1949',
  Y1949_1959 = 'Y1949_1959',
  Y1960_1969 = 'Y1960_1969',
  Y1970_1979 = 'Y1970_1979',
  Y1980_1989 = 'Y1980_1989',
  Y1990_1999 = 'Y1990_1999',
  Y2000_2009 = 'Y2000_2009',
  Y2010_2014 = 'Y2010_2014',
  Y2015_OR_LATER = 'Y2015_OR_LATER',
}

export const CONSTRUCTION_PERIOD_LABELS: Record<ConstructionPeriod, EnumLabel> = {
  [ConstructionPeriod.BEFORE_1949]: { zh: '1949年以前', en: 'Before 1949' },
  [ConstructionPeriod.Y1949_1959]: { zh: '1949—1959年', en: '1949-1959' },
  [ConstructionPeriod.Y1960_1969]: { zh: '1960—1969年', en: '1960-1969' },
  [ConstructionPeriod.Y1970_1979]: { zh: '1970—1979年', en: '1970-1979' },
  [ConstructionPeriod.Y1980_1989]: { zh: '1980—1989年', en: '1980-1989' },
  [ConstructionPeriod.Y1990_1999]: { zh: '1990—1999年', en: '1990-1999' },
  [ConstructionPeriod.Y2000_2009]: { zh: '2000—2009年', en: '2000-2009' },
  [ConstructionPeriod.Y2010_2014]: { zh: '2010—2014年', en: '2010-2014' },
  [ConstructionPeriod.Y2015_OR_LATER]: { zh: '2015年以后', en: '2015 or later' },
};

export const CONSTRUCTION_PERIOD_CODES: Record<ConstructionPeriod, string> = {
  [ConstructionPeriod.BEFORE_1949]: '1',
  [ConstructionPeriod.Y1949_1959]: '2',
  [ConstructionPeriod.Y1960_1969]: '3',
  [ConstructionPeriod.Y1970_1979]: '4',
  [ConstructionPeriod.Y1980_1989]: '5',
  [ConstructionPeriod.Y1990_1999]: '6',
  [ConstructionPeriod.Y2000_2009]: '7',
  [ConstructionPeriod.Y2010_2014]: '8',
  [ConstructionPeriod.Y2015_OR_LATER]: '9',
};

/** H11 住房所在建筑有无电梯, H13 住房内有无管道自来水: 1 有, 2 无. */
export enum HasFacility {
  YES = 'YES',
  NO = 'NO',
}

export const HAS_FACILITY_LABELS: Record<HasFacility, EnumLabel> = {
  [HasFacility.YES]: { zh: '有', en: 'Yes' },
  [HasFacility.NO]: { zh: '无', en: 'No' },
};

export const HAS_FACILITY_CODES: Record<HasFacility, string> = {
  [HasFacility.YES]: '1',
  [HasFacility.NO]: '2',
};

/** H12 主要炊事燃料. */
export enum CookingFuel {
  GAS = 'GAS',
  ELECTRICITY = 'ELECTRICITY',
  COAL = 'COAL',
  FIREWOOD_STRAW = 'FIREWOOD_STRAW',
  OTHER = 'OTHER',
}

export const COOKING_FUEL_LABELS: Record<CookingFuel, EnumLabel> = {
  [CookingFuel.GAS]: { zh: '燃气', en: 'Gas' },
  [CookingFuel.ELECTRICITY]: { zh: '电', en: 'Electricity' },
  [CookingFuel.COAL]: { zh: '煤炭', en: 'Coal' },
  [CookingFuel.FIREWOOD_STRAW]: { zh: '柴草', en: 'Firewood or straw' },
  [CookingFuel.OTHER]: { zh: '其他', en: 'Other' },
};

export const COOKING_FUEL_CODES: Record<CookingFuel, string> = {
  [CookingFuel.GAS]: '1',
  [CookingFuel.ELECTRICITY]: '2',
  [CookingFuel.COAL]: '3',
  [CookingFuel.FIREWOOD_STRAW]: '4',
  [CookingFuel.OTHER]: '5',
};

/** H14 住房内有无厨房. */
export enum KitchenUse {
  OWN = 'OWN',
  SHARED = 'SHARED',
  NONE = 'NONE',
}

export const KITCHEN_USE_LABELS: Record<KitchenUse, EnumLabel> = {
  [KitchenUse.OWN]: { zh: '独立使用', en: 'For this household only' },
  [KitchenUse.SHARED]: { zh: '与其他户合用', en: 'Shared with other households' },
  [KitchenUse.NONE]: { zh: '无', en: 'None' },
};

export const KITCHEN_USE_CODES: Record<KitchenUse, string> = {
  [KitchenUse.OWN]: '1',
  [KitchenUse.SHARED]: '2',
  [KitchenUse.NONE]: '3',
};

/** H15 住房内有无厕所. */
export enum ToiletType {
  FLUSH_SANITARY = 'FLUSH_SANITARY',
  FLUSH_NON_SANITARY = 'FLUSH_NON_SANITARY',
  SANITARY_DRY = 'SANITARY_DRY',
  ORDINARY_DRY = 'ORDINARY_DRY',
  NONE = 'NONE',
}

export const TOILET_TYPE_LABELS: Record<ToiletType, EnumLabel> = {
  [ToiletType.FLUSH_SANITARY]: { zh: '水冲式卫生厕所', en: 'Flush toilet, sanitary' },
  [ToiletType.FLUSH_NON_SANITARY]: { zh: '水冲式非卫生厕所', en: 'Flush toilet, not sanitary' },
  [ToiletType.SANITARY_DRY]: { zh: '卫生旱厕', en: 'Sanitary dry toilet' },
  [ToiletType.ORDINARY_DRY]: { zh: '普通旱厕', en: 'Ordinary dry toilet' },
  [ToiletType.NONE]: { zh: '无', en: 'None' },
};

export const TOILET_TYPE_CODES: Record<ToiletType, string> = {
  [ToiletType.FLUSH_SANITARY]: '1',
  [ToiletType.FLUSH_NON_SANITARY]: '2',
  [ToiletType.SANITARY_DRY]: '3',
  [ToiletType.ORDINARY_DRY]: '4',
  [ToiletType.NONE]: '5',
};

/** H16 住房内有无洗澡设施. */
export enum BathingFacility {
  CENTRAL_HOT_WATER = 'CENTRAL_HOT_WATER',
  OWN_WATER_HEATER = 'OWN_WATER_HEATER',
  OTHER = 'OTHER',
  NONE = 'NONE',
}

export const BATHING_FACILITY_LABELS: Record<BathingFacility, EnumLabel> = {
  [BathingFacility.CENTRAL_HOT_WATER]: { zh: '统一供热水', en: 'Central hot water supply' },
  [BathingFacility.OWN_WATER_HEATER]: { zh: '家庭自装热水器', en: 'Own water heater' },
  [BathingFacility.OTHER]: { zh: '其他', en: 'Other' },
  [BathingFacility.NONE]: { zh: '无', en: 'None' },
};

export const BATHING_FACILITY_CODES: Record<BathingFacility, string> = {
  [BathingFacility.CENTRAL_HOT_WATER]: '1',
  [BathingFacility.OWN_WATER_HEATER]: '2',
  [BathingFacility.OTHER]: '3',
  [BathingFacility.NONE]: '4',
};

/** H17 住房来源. */
export enum HousingSource {
  RENT_PUBLIC = 'RENT_PUBLIC',
  RENT_OTHER = 'RENT_OTHER',
  BOUGHT_NEW = 'BOUGHT_NEW',
  BOUGHT_SECOND_HAND = 'BOUGHT_SECOND_HAND',
  BOUGHT_FORMER_PUBLIC = 'BOUGHT_FORMER_PUBLIC',
  BOUGHT_AFFORDABLE = 'BOUGHT_AFFORDABLE',
  SELF_BUILT = 'SELF_BUILT',
  OTHER = 'OTHER',
}

export const HOUSING_SOURCE_LABELS: Record<HousingSource, EnumLabel> = {
  [HousingSource.RENT_PUBLIC]: { zh: '租赁廉租房/公租房', en: 'Rented low-rent or public rental housing' },
  [HousingSource.RENT_OTHER]: { zh: '租赁其他住房', en: 'Rented other housing' },
  [HousingSource.BOUGHT_NEW]: { zh: '购买新建商品房', en: 'Bought new commercial housing' },
  [HousingSource.BOUGHT_SECOND_HAND]: { zh: '购买二手房', en: 'Bought second-hand housing' },
  [HousingSource.BOUGHT_FORMER_PUBLIC]: { zh: '购买原公有住房', en: 'Bought former public housing' },
  [HousingSource.BOUGHT_AFFORDABLE]: {
    zh: '购买经济适用房/两限房',
    en: 'Bought affordable or price-capped housing',
  },
  [HousingSource.SELF_BUILT]: { zh: '自建住房', en: 'Self-built' },
  [HousingSource.OTHER]: { zh: '其他', en: 'Other' },
};

export const HOUSING_SOURCE_CODES: Record<HousingSource, string> = {
  [HousingSource.RENT_PUBLIC]: '1',
  [HousingSource.RENT_OTHER]: '2',
  [HousingSource.BOUGHT_NEW]: '3',
  [HousingSource.BOUGHT_SECOND_HAND]: '4',
  [HousingSource.BOUGHT_FORMER_PUBLIC]: '5',
  [HousingSource.BOUGHT_AFFORDABLE]: '6',
  [HousingSource.SELF_BUILT]: '7',
  [HousingSource.OTHER]: '8',
};

/** Housing sources that are rented: H18 月租房费用 is asked. */
export const RENTED_HOUSING_SOURCES: readonly HousingSource[] = Object.freeze([
  HousingSource.RENT_PUBLIC,
  HousingSource.RENT_OTHER,
]);

/** Housing sources that were bought or built: the office-added 购建房费用 is asked. */
export const BOUGHT_OR_BUILT_HOUSING_SOURCES: readonly HousingSource[] = Object.freeze([
  HousingSource.BOUGHT_NEW,
  HousingSource.BOUGHT_SECOND_HAND,
  HousingSource.BOUGHT_FORMER_PUBLIC,
  HousingSource.BOUGHT_AFFORDABLE,
  HousingSource.SELF_BUILT,
]);
