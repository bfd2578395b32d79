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
