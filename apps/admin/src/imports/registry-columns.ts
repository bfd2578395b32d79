/**
 * Columns of a police registry file (公安推送), documented in docs/imports.md. Each field accepts its English
 * name and the Chinese headers the registry exports use.
 */
export const REGISTRY_COLUMNS = {
  citizenId: ['citizen_id', '公民身份号码', '身份证号', '身份证号码'],
  name: ['name', '姓名'],
  sex: ['sex', '性别'],
  birthDate: ['birth_date', '出生日期'],
  address: ['address', '户籍地址', '住址'],
  registryHouseholdNumber: ['registry_household_number', '户号'],
  zoneCode: ['zone_code', '区划代码', '普查区代码'],
} as const;

export type RegistryField = keyof typeof REGISTRY_COLUMNS;
export const REQUIRED: readonly RegistryField[] = [
  'citizenId',
  'name',
  'birthDate',
  'address',
  'registryHouseholdNumber',
  'zoneCode',
];

/** Which header names the file uses for each field; the missing required ones. */
export function mapHeader(header: string[]): {
  columns: Partial<Record<RegistryField, string>>;
  missing: RegistryField[];
  extra: string[];
} {
  const columns: Partial<Record<RegistryField, string>> = {};
  for (const [field, names] of Object.entries(REGISTRY_COLUMNS) as [RegistryField, readonly string[]][]) {
    const found = header.find((h) => names.includes(h.toLowerCase()) || names.includes(h));
    if (found) columns[field] = found;
  }
  const used = new Set(Object.values(columns));
  return { columns, missing: REQUIRED.filter((f) => !columns[f]), extra: header.filter((h) => !used.has(h)) };
}

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

/** The API row of a file record, or the reason it cannot be sent (checked again, fully, by the server). */
export function toRegistryRow(
  row: number,
  values: Record<string, string>,
  columns: Partial<Record<RegistryField, string>>,
): RegistryRow | { field: string; message: string } {
  const get = (field: RegistryField) => (columns[field] ? (values[columns[field]] ?? '') : '');
  const sexText = get('sex');
  const sex = sexText ? SEXES[sexText.toLowerCase()] : undefined;
  if (sexText && !sex) return { field: 'sex', message: `Sex '${sexText}' is not 男/女, 1/2 or M/F.` };
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
}
