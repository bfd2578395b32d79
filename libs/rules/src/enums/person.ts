import type { EnumLabel } from './enum-helpers';

/** D4 性别; the code is also the parity rule of the citizen ID sequence (odd male, even female). */
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export const SEX_LABELS: Record<Sex, EnumLabel> = {
  [Sex.MALE]: { zh: '男', en: 'Male' },
  [Sex.FEMALE]: { zh: '女', en: 'Female' },
};

export const SEX_CODES: Record<Sex, string> = {
  [Sex.MALE]: '1',
  [Sex.FEMALE]: '2',
};

/** D2 与户主关系. */
export enum Relationship {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  PARENT_IN_LAW = 'PARENT_IN_LAW',
  GRANDPARENT = 'GRANDPARENT',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}

export const RELATIONSHIP_LABELS: Record<Relationship, EnumLabel> = {
  [Relationship.HEAD]: { zh: '户主', en: 'Head of household' },
  [Relationship.SPOUSE]: { zh: '配偶', en: 'Spouse' },
  [Relationship.CHILD]: { zh: '子女', en: 'Son or daughter' },
  [Relationship.PARENT]: { zh: '父母', en: 'Parent' },
  [Relationship.PARENT_IN_LAW]: { zh: '岳父母或公婆', en: 'Parent-in-law' },
  [Relationship.GRANDPARENT]: { zh: '祖父母', en: 'Grandparent' },
  [Relationship.CHILD_IN_LAW]: { zh: '媳婿', en: 'Son- or daughter-in-law' },
  [Relationship.GRANDCHILD]: { zh: '孙子女', en: 'Grandchild' },
  [Relationship.SIBLING]: { zh: '兄弟姐妹', en: 'Brother or sister' },
  [Relationship.OTHER]: { zh: '其他', en: 'Other' },
};

export const RELATIONSHIP_CODES: Record<Relationship, string> = {
  [Relationship.HEAD]: '0',
  [Relationship.SPOUSE]: '1',
  [Relationship.CHILD]: '2',
  [Relationship.PARENT]: '3',
  [Relationship.PARENT_IN_LAW]: '4',
  [Relationship.GRANDPARENT]: '5',
  [Relationship.CHILD_IN_LAW]: '6',
  [Relationship.GRANDCHILD]: '7',
  [Relationship.SIBLING]: '8',
  [Relationship.OTHER]: '9',
};

/**
 * D7 普查时点居住地: where the person was at the reference moment, relative to this small zone.
 * No code table: UNKNOWN (去向不明) is this platform's addition for registered persons whose
 * whereabouts the office could not establish, so the form's option numbers do not cover it.
 */
export enum Whereabouts {
  THIS_SMALL_ZONE = 'THIS_SMALL_ZONE',
  OTHER_SMALL_ZONE_SAME_CENSUS_ZONE = 'OTHER_SMALL_ZONE_SAME_CENSUS_ZONE',
  OTHER_CENSUS_ZONE_SAME_TOWNSHIP = 'OTHER_CENSUS_ZONE_SAME_TOWNSHIP',
  OTHER_TOWNSHIP_SAME_COUNTY = 'OTHER_TOWNSHIP_SAME_COUNTY',
  OTHER_COUNTY = 'OTHER_COUNTY',
  ABROAD = 'ABROAD',
  UNKNOWN = 'UNKNOWN',
}

export const WHEREABOUTS_LABELS: Record<Whereabouts, EnumLabel> = {
  [Whereabouts.THIS_SMALL_ZONE]: { zh: '本普查小区', en: 'This small zone' },
  [Whereabouts.OTHER_SMALL_ZONE_SAME_CENSUS_ZONE]: {
    zh: '本村（居）委会其他普查小区',
    en: 'Another small zone of this village / neighbourhood committee',
  },
  [Whereabouts.OTHER_CENSUS_ZONE_SAME_TOWNSHIP]: {
    zh: '本乡（镇、街道）其他村（居）委会',
    en: 'Another village / neighbourhood committee of this township',
  },
  [Whereabouts.OTHER_TOWNSHIP_SAME_COUNTY]: {
    zh: '本县（市、区）其他乡（镇、街道）',
    en: 'Another township of this county',
  },
  [Whereabouts.OTHER_COUNTY]: { zh: '其他县（市、区）', en: 'Another county' },
  [Whereabouts.ABROAD]: { zh: '港澳台或国外', en: 'Hong Kong, Macao, Taiwan or abroad' },
  [Whereabouts.UNKNOWN]: { zh: '去向不明', en: 'Whereabouts unknown' },
};

/** D9 离开户口登记地时间. */
export enum LeftRegistrationDuration {
  NOT_LEFT = 'NOT_LEFT',
  UNDER_HALF_YEAR = 'UNDER_HALF_YEAR',
  HALF_TO_ONE_YEAR = 'HALF_TO_ONE_YEAR',
  ONE_TO_TWO_YEARS = 'ONE_TO_TWO_YEARS',
  TWO_TO_THREE_YEARS = 'TWO_TO_THREE_YEARS',
  THREE_TO_FOUR_YEARS = 'THREE_TO_FOUR_YEARS',
  FOUR_TO_FIVE_YEARS = 'FOUR_TO_FIVE_YEARS',
  FIVE_TO_SIX_YEARS = 'FIVE_TO_SIX_YEARS',
  SIX_YEARS_OR_MORE = 'SIX_YEARS_OR_MORE',
}

export const LEFT_REGISTRATION_DURATION_LABELS: Record<LeftRegistrationDuration, EnumLabel> = {
  [LeftRegistrationDuration.NOT_LEFT]: { zh: '没有离开户口登记地', en: 'Has not left' },
  [LeftRegistrationDuration.UNDER_HALF_YEAR]: { zh: '不满半年', en: 'Less than half a year' },
  [LeftRegistrationDuration.HALF_TO_ONE_YEAR]: { zh: '半年以上，不满一年', en: 'Half a year to 1 year' },
  [LeftRegistrationDuration.ONE_TO_TWO_YEARS]: { zh: '一年以上，不满二年', en: '1 to 2 years' },
  [LeftRegistrationDuration.TWO_TO_THREE_YEARS]: { zh: '二年以上，不满三年', en: '2 to 3 years' },
  [LeftRegistrationDuration.THREE_TO_FOUR_YEARS]: { zh: '三年以上，不满四年', en: '3 to 4 years' },
  [LeftRegistrationDuration.FOUR_TO_FIVE_YEARS]: { zh: '四年以上，不满五年', en: '4 to 5 years' },
  [LeftRegistrationDuration.FIVE_TO_SIX_YEARS]: { zh: '五年以上，不满六年', en: '5 to 6 years' },
  [LeftRegistrationDuration.SIX_YEARS_OR_MORE]: { zh: '六年及以上', en: '6 years or more' },
};

export const LEFT_REGISTRATION_DURATION_CODES: Record<LeftRegistrationDuration, string> = {
  [LeftRegistrationDuration.NOT_LEFT]: '0',
  [LeftRegistrationDuration.UNDER_HALF_YEAR]: '1',
  [LeftRegistrationDuration.HALF_TO_ONE_YEAR]: '2',
  [LeftRegistrationDuration.ONE_TO_TWO_YEARS]: '3',
  [LeftRegistrationDuration.TWO_TO_THREE_YEARS]: '4',
  [LeftRegistrationDuration.THREE_TO_FOUR_YEARS]: '5',
  [LeftRegistrationDuration.FOUR_TO_FIVE_YEARS]: '6',
  [LeftRegistrationDuration.FIVE_TO_SIX_YEARS]: '7',
  [LeftRegistrationDuration.SIX_YEARS_OR_MORE]: '8',
};

/** D10 离开户口登记地原因. */
export enum LeftRegistrationReason {
  WORK = 'WORK',
  STUDY = 'STUDY',
  ACCOMPANYING_FAMILY = 'ACCOMPANYING_FAMILY',
  RELOCATION = 'RELOCATION',
  REGISTRATION_ONLY = 'REGISTRATION_ONLY',
  MARRIAGE = 'MARRIAGE',
  CARING_FOR_GRANDCHILDREN = 'CARING_FOR_GRANDCHILDREN',
  CHILDREN_EDUCATION = 'CHILDREN_EDUCATION',
  RETIREMENT = 'RETIREMENT',
  OTHER = 'OTHER',
}

export const LEFT_REGISTRATION_REASON_LABELS: Record<LeftRegistrationReason, EnumLabel> = {
  [LeftRegistrationReason.WORK]: { zh: '工作就业', en: 'Work or employment' },
  [LeftRegistrationReason.STUDY]: { zh: '学习培训', en: 'Study or training' },
  [LeftRegistrationReason.ACCOMPANYING_FAMILY]: {
    zh: '随同离开/投亲靠友',
    en: 'Accompanying family / joining relatives or friends',
  },
  [LeftRegistrationReason.RELOCATION]: { zh: '拆迁/搬家', en: 'Demolition / moving house' },
  [LeftRegistrationReason.REGISTRATION_ONLY]: { zh: '寄挂户口', en: 'Registration held here in name only' },
  [LeftRegistrationReason.MARRIAGE]: { zh: '婚姻嫁娶', en: 'Marriage' },
  [LeftRegistrationReason.CARING_FOR_GRANDCHILDREN]: { zh: '照料孙子女', en: 'Caring for grandchildren' },
  [LeftRegistrationReason.CHILDREN_EDUCATION]: { zh: '为子女就学', en: "For children's schooling" },
  [LeftRegistrationReason.RETIREMENT]: { zh: '养老/康养', en: 'Retirement / elderly care' },
  [LeftRegistrationReason.OTHER]: { zh: '其他', en: 'Other' },
};

export const LEFT_REGISTRATION_REASON_CODES: Record<LeftRegistrationReason, string> = {
  [LeftRegistrationReason.WORK]: '1',
  [LeftRegistrationReason.STUDY]: '2',
  [LeftRegistrationReason.ACCOMPANYING_FAMILY]: '3',
  [LeftRegistrationReason.RELOCATION]: '4',
  [LeftRegistrationReason.REGISTRATION_ONLY]: '5',
  [LeftRegistrationReason.MARRIAGE]: '6',
  [LeftRegistrationReason.CARING_FOR_GRANDCHILDREN]: '7',
  [LeftRegistrationReason.CHILDREN_EDUCATION]: '8',
  [LeftRegistrationReason.RETIREMENT]: '9',
  [LeftRegistrationReason.OTHER]: '10',
};

/** D11 受教育程度. */
export enum Education {
  NONE = 'NONE',
  PRESCHOOL = 'PRESCHOOL',
  PRIMARY = 'PRIMARY',
  JUNIOR_SECONDARY = 'JUNIOR_SECONDARY',
  SENIOR_SECONDARY = 'SENIOR_SECONDARY',
  JUNIOR_COLLEGE = 'JUNIOR_COLLEGE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTORATE = 'DOCTORATE',
}

export const EDUCATION_LABELS: Record<Education, EnumLabel> = {
  [Education.NONE]: { zh: '未上过学', en: 'Never attended school' },
  [Education.PRESCHOOL]: { zh: '学前教育', en: 'Pre-school' },
  [Education.PRIMARY]: { zh: '小学', en: 'Primary school' },
  [Education.JUNIOR_SECONDARY]: { zh: '初中', en: 'Junior secondary school' },
  [Education.SENIOR_SECONDARY]: { zh: '高中', en: 'Senior secondary school' },
  [Education.JUNIOR_COLLEGE]: { zh: '大学专科', en: 'Junior college' },
  [Education.BACHELOR]: { zh: '大学本科', en: 'Undergraduate (bachelor)' },
  [Education.MASTER]: { zh: '硕士研究生', en: 'Postgraduate (master)' },
  [Education.DOCTORATE]: { zh: '博士研究生', en: 'Postgraduate (doctorate)' },
};

export const EDUCATION_CODES: Record<Education, string> = {
  [Education.NONE]: '1',
  [Education.PRESCHOOL]: '2',
  [Education.PRIMARY]: '3',
  [Education.JUNIOR_SECONDARY]: '4',
  [Education.SENIOR_SECONDARY]: '5',
  [Education.JUNIOR_COLLEGE]: '6',
  [Education.BACHELOR]: '7',
  [Education.MASTER]: '8',
  [Education.DOCTORATE]: '9',
};
