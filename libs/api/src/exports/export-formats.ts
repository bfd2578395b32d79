import { toGlobalId, type NodeTypeName } from '../common/global-id';
import { withinZone } from '../common/subtree';
import type { FieldCrypto } from '../privacy/field-crypto';

/** What a bulk export can hold; each becomes one file of the job. */
export enum ExportEntity {
  ZONES = 'ZONES',
  BUILDINGS = 'BUILDINGS',
  HOUSEHOLDS = 'HOUSEHOLDS',
  PERSONS = 'PERSONS',
}

export enum ExportFormat {
  JSONL = 'JSONL',
  CSV = 'CSV',
}

type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp';

/**
 * One exported item. `sql` yields text (or bytea for sealed items); `id` turns a row ID into the API's global ID;
 * `sealed` items are the masked text unless the export is unmasked, then the sealed value opened.
 */
interface ExportColumn {
  name: string;
  kind: Kind;
  sql: string;
  description: string;
  nullable?: boolean;
  id?: NodeTypeName;
  sealed?: { column: string };
  enumValues?: readonly string[];
}

export interface EntityExport {
  entity: ExportEntity;
  /** File base name: zones, buildings, households, persons. */
  file: string;
  table: string;
  /** Zone-code column the subtree filter applies to. */
  zoneColumn: string;
  /** Order of the rows: the primary key. */
  order: string;
  columns: readonly ExportColumn[];
}

const ts = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The row's global ID, as `node(id)` and the change feed's `entityId` know it. */
const globalId = (type: NodeTypeName, sql = 'id::text'): ExportColumn => ({
  name: 'id',
  kind: 'string',
  sql,
  id: type,
  description: 'Global ID (as in the API).',
});

const smallZoneCode: ExportColumn = {
  name: 'smallZoneCode',
  kind: 'string',
  sql: 'small_zone_code',
  description: '普查小区代码 (15 digits).',
};

const versioned: ExportColumn[] = [
  { name: 'version', kind: 'integer', sql: 'version::text', description: 'Optimistic-locking version.' },
  { name: 'updatedAt', kind: 'timestamp', sql: ts('updated_at'), description: 'Last change (UTC).' },
];

export const EXPORTS: Record<ExportEntity, EntityExport> = {
  ZONES: {
    entity: ExportEntity.ZONES,
    file: 'zones',
    table: 'zone',
    zoneColumn: 'code',
    order: 'code',
    columns: [
      globalId('Zone', 'code'),
      { name: 'code', kind: 'string', sql: 'code', description: '统计用区划代码 (2-15 digits).' },
      {
        name: 'level',
        kind: 'string',
        sql: 'level::text',
        description: '区划层级.',
        enumValues: ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'CENSUS_ZONE', 'SMALL_ZONE'],
      },
      { name: 'name', kind: 'string', sql: 'name', description: '名称.' },
      {
        name: 'parentCode',
        kind: 'string',
        sql: 'parent_code',
        nullable: true,
        description: '上级区划代码.',
      },
      { name: 'isVirtual', kind: 'boolean', sql: 'is_virtual::text', description: '虚拟区划.' },
      ...versioned,
    ],
  },
  BUILDINGS: {
    entity: ExportEntity.BUILDINGS,
    file: 'buildings',
    table: 'building',
    zoneColumn: 'small_zone_code',
    order: 'id',
    columns: [
      globalId('Building'),
      smallZoneCode,
      { name: 'number', kind: 'string', sql: 'number', description: '建筑物编号.' },
      { name: 'address', kind: 'string', sql: 'address', description: '地址.' },
      { name: 'kind', kind: 'string', sql: 'kind::text', description: '建筑物类型 (BuildingKind).' },
      {
        name: 'latitude',
        kind: 'number',
        sql: 'latitude::text',
        nullable: true,
        description: 'WGS-84 latitude.',
      },
      {
        name: 'longitude',
        kind: 'number',
        sql: 'longitude::text',
        nullable: true,
        description: 'WGS-84 longitude.',
      },
      ...versioned,
    ],
  },
  HOUSEHOLDS: {
    entity: ExportEntity.HOUSEHOLDS,
    file: 'households',
    table: 'household',
    zoneColumn: 'small_zone_code',
    order: 'id',
    columns: [
      globalId('Household'),
      smallZoneCode,
      { name: 'number', kind: 'string', sql: 'number', description: '户编号 (3 digits).' },
      {
        name: 'buildingId',
        kind: 'string',
        sql: 'building_id::text',
        id: 'Building',
        nullable: true,
        description: 'Global ID of the building.',
      },
      { name: 'unit', kind: 'string', sql: 'unit', nullable: true, description: '单元/门牌.' },
      { name: 'kind', kind: 'string', sql: 'kind::text', description: 'H1 户别 (HouseholdKind).' },
      { name: 'status', kind: 'string', sql: 'status::text', description: '住户状态 (HouseholdStatus).' },
      {
        name: 'registrationMethod',
        kind: 'string',
        sql: 'registration_method::text',
        description: '登记方式 (RegistrationMethod).',
      },
      { name: 'stage', kind: 'string', sql: 'stage::text', description: '登记流程 (HouseholdStage).' },
      ...(
        [
          ['presentMale', 'present_male', 'H2 本户现住男'],
          ['presentFemale', 'present_female', 'H2 本户现住女'],
          ['absentMale', 'absent_male', 'H2 户口在本户、外出男'],
          ['absentFemale', 'absent_female', 'H2 户口在本户、外出女'],
          ['birthsMale', 'births_male', 'H3 出生男'],
          ['birthsFemale', 'births_female', 'H3 出生女'],
          ['deathsMale', 'deaths_male', 'H4 死亡男'],
          ['deathsFemale', 'deaths_female', 'H4 死亡女'],
        ] as const
      ).map(([name, column, description]): ExportColumn => ({
        name,
        kind: 'integer',
        sql: `${column}::text`,
        description,
      })),
      {
        name: 'dwellingType',
        kind: 'string',
        sql: 'dwelling_type::text',
        nullable: true,
        description: '住房类型 (DwellingType).',
      },
      {
        name: 'floorArea',
        kind: 'number',
        sql: 'floor_area::text',
        nullable: true,
        description: '住房面积 m².',
      },
      { name: 'rooms', kind: 'integer', sql: 'rooms::text', nullable: true, description: '住房间数.' },
      {
        name: 'phone',
        kind: 'string',
        sql: 'phone_masked',
        sealed: { column: 'phone_sealed' },
        nullable: true,
        description: '联系电话: masked (138****5678) unless the export is unmasked.',
      },
      { name: 'note', kind: 'string', sql: 'note', nullable: true, description: '备注.' },
      ...versioned,
    ],
  },
  PERSONS: {
    entity: ExportEntity.PERSONS,
    file: 'persons',
    table: 'person',
    zoneColumn: 'small_zone_code',
    order: 'id',
    columns: [
      globalId('Person'),
      {
        name: 'householdId',
        kind: 'string',
        sql: 'household_id::text',
        id: 'Household',
        description: 'Global ID of the household.',
      },
      smallZoneCode,
      { name: 'lineNumber', kind: 'integer', sql: 'line_number::text', description: '人员序号.' },
      { name: 'name', kind: 'string', sql: 'name', description: 'D1 姓名.' },
      { name: 'relationship', kind: 'string', sql: 'relationship::text', description: 'D2 与户主关系.' },
      {
        name: 'citizenId',
        kind: 'string',
        sql: 'citizen_id_masked',
        sealed: { column: 'citizen_id_sealed' },
        nullable: true,
        description: 'D3 公民身份号码: masked (110105********1234) unless the export is unmasked.',
      },
      { name: 'sex', kind: 'string', sql: 'sex::text', description: 'D4 性别 (Sex).' },
      { name: 'birthYear', kind: 'integer', sql: 'birth_year::text', description: 'D5 出生年.' },
      { name: 'birthMonth', kind: 'integer', sql: 'birth_month::text', description: 'D5 出生月.' },
      { name: 'ethnicity', kind: 'string', sql: 'ethnicity::text', nullable: true, description: 'D6 民族.' },
      {
        name: 'whereabouts',
        kind: 'string',
        sql: 'whereabouts::text',
        nullable: true,
        description: 'D7 普查时点居住地.',
      },
      {
        name: 'registrationPlaceCode',
        kind: 'string',
        sql: 'registration_place_code',
        nullable: true,
        description: 'D8 户口登记地.',
      },
      {
        name: 'leftRegistrationDuration',
        kind: 'string',
        sql: 'left_registration_duration::text',
        nullable: true,
        description: 'D9 离开户口登记地时间.',
      },
      {
        name: 'leftRegistrationReason',
        kind: 'string',
        sql: 'left_registration_reason::text',
        nullable: true,
        description: 'D10 离开户口登记地原因.',
      },
      {
        name: 'education',
        kind: 'string',
        sql: 'education::text',
        nullable: true,
        description: 'D11 受教育程度.',
      },
      {
        name: 'literate',
        kind: 'boolean',
        sql: 'literate::text',
        nullable: true,
        description: 'D12 是否识字.',
      },
      { name: 'registered', kind: 'boolean', sql: 'registered::text', description: '户籍人口.' },
      { name: 'resident', kind: 'boolean', sql: 'resident::text', description: '常住人口.' },
      ...versioned,
    ],
  },
};

/** The SELECT of an export: one text (or bytea) per column, rows in key order, within the zone `zoneCodeSql`. */
export function exportSelect(spec: EntityExport, unmasked: boolean, zoneCodeSql: string): string {
  const columns = spec.columns.map((column) =>
    column.sealed && unmasked ? column.sealed.column : column.sql,
  );
  return `SELECT ${columns.join(', ')} FROM ${spec.table}
           WHERE ${withinZone(spec.zoneColumn, zoneCodeSql)}
           ORDER BY ${spec.order}`;
}

/** Turns raw rows (arrays in column order) into lines of the chosen format. */
export class RowWriter {
  private readonly open: ((value: unknown) => string | null)[];

  constructor(
    private readonly spec: EntityExport,
    private readonly format: ExportFormat,
    unmasked: boolean,
    crypto: FieldCrypto,
  ) {
    this.open = spec.columns.map((column) => {
      if (column.sealed && unmasked) return (value) => (value === null ? null : crypto.open(value as Buffer));
      if (column.id) {
        const type = column.id;
        return (value) => (value === null ? null : toGlobalId(type, value as string));
      }
      return (value) => value as string | null;
    });
  }

  /** The first line of the file: the CSV header (with a UTF-8 BOM for spreadsheet programs); nothing for JSONL. */
  header(): string {
    return this.format === ExportFormat.CSV
      ? `\uFEFF${this.spec.columns.map((column) => column.name).join(',')}\r\n`
      : '';
  }

  lines(rows: unknown[][]): string {
    let out = '';
    const { columns } = this.spec;
    for (const row of rows) {
      if (this.format === ExportFormat.JSONL) {
        let line = '{';
        for (let i = 0; i < columns.length; i++) {
          const value = this.open[i](row[i]);
          line += `${i ? ',' : ''}"${columns[i].name}":${jsonValue(columns[i].kind, value)}`;
        }
        out += `${line}}\n`;
      } else {
        let line = '';
        for (let i = 0; i < columns.length; i++) {
          const value = this.open[i](row[i]);
          line += `${i ? ',' : ''}${value === null ? '' : csvValue(value)}`;
        }
        out += `${line}\r\n`;
      }
    }
    return out;
  }
}

function jsonValue(kind: Kind, value: string | null): string {
  if (value === null) return 'null';
  switch (kind) {
    case 'integer':
    case 'number':
    case 'boolean':
      return value;
    case 'string':
    case 'timestamp':
      return JSON.stringify(value);
  }
}

function csvValue(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** JSON Schema (draft 2020-12) of one line of an entity's JSONL file; the CSV has the same columns in order. */
export function exportJsonSchema(spec: EntityExport): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const column of spec.columns) {
    const type = column.kind === 'timestamp' ? 'string' : column.kind === 'integer' ? 'integer' : column.kind;
    properties[column.name] = {
      type: column.nullable ? [type, 'null'] : type,
      description: column.description,
      ...(column.kind === 'timestamp' ? { format: 'date-time' } : {}),
      ...(column.enumValues ? { enum: column.enumValues } : {}),
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://census.example/export/${spec.file}.schema.json`,
    title: `${spec.file} export line`,
    type: 'object',
    additionalProperties: false,
    required: spec.columns.map((column) => column.name),
    properties,
  };
}

/** The committed docs/export-formats.schema.json: one JSON Schema per export file, keyed by file base name. */
export function printExportSchemas(): string {
  const schemas = Object.fromEntries(
    Object.values(EXPORTS).map((spec) => [spec.file, exportJsonSchema(spec)]),
  );
  return `${JSON.stringify(schemas, null, 2)}\n`;
}
