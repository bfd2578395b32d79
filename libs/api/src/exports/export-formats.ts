import { getMetadataStorage } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';

import { ZONE_LEVELS } from '@census/rules';

import { Building } from '../buildings/building.entity';
import { type NodeTypeName, toGlobalId } from '../common/global-id';
import { withinZone } from '../common/subtree';
import { Household } from '../households/household.entity';
import {
  answerValueText,
  isSealedAnswer,
  ITEMS,
  type LongFormColumns,
  type LongFormEntity,
  readAnswers,
} from '../long-form/long-form-answers';
import { Person } from '../persons/person.entity';
import type { FieldCrypto } from '../privacy/field-crypto';
import { Zone } from '../zones/zone.entity';

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

type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'object';

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
  /** The long form of a household or person: its answers by item, sealed ones masked unless the export is unmasked. */
  longForm?: LongFormEntity;
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

/** How an exported item differs from its column; the export's own (shorter) description above all. */
type ExportItem = Partial<Omit<ExportColumn, 'kind' | 'sql'>>;

/** The item of a row-key column: the row's global ID. */
const globalIdItem = (type: NodeTypeName): ExportItem => ({
  name: 'id',
  id: type,
  description: 'Global ID (as in the API).',
});

const versioned: ExportColumn[] = [
  { name: 'version', kind: 'integer', sql: 'version::text', description: 'Optimistic-locking version.' },
  { name: 'updatedAt', kind: 'timestamp', sql: ts('updated_at'), description: 'Last change (UTC).' },
];

export interface ExportSpec {
  entity: ExportEntity;
  file: string;
  /** The entity whose columns are exported, in the order the entity declares them. */
  from: abstract new () => object;
  zoneColumn: string;
  order: string;
  /** Items before the entity's columns. */
  leading?: ExportColumn[];
  /**
   * Per property, where the exported item differs from the column. Columns the API shows (a GraphQL field) are
   * exported, with the field's description unless one is given here; columns it does not show (row keys, sealed,
   * hashed and masked forms) only when they have an item here.
   */
  items: Record<string, ExportItem>;
  /** Columns the API shows that the export leaves out. */
  omit?: readonly string[];
}

const KINDS: Record<string, Kind> = {
  enum: 'string',
  varchar: 'string',
  'character varying': 'string',
  char: 'string',
  text: 'string',
  smallint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'integer',
  numeric: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  timestamptz: 'timestamp',
  jsonb: 'object',
};

/**
 * The export of an entity from its TypeORM and GraphQL metadata (no data source needed: the schema file is
 * printed without a database). A column type without a kind (bytea...) is refused rather than guessed.
 */
export function entityExport(spec: ExportSpec): EntityExport {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === spec.from)?.name;
  if (!table) throw new Error(`${spec.from.name} is not an entity.`);
  const fields = new Map(
    getMetadataStorage()
      .fields.filter((field) => field.target === spec.from)
      .map((field) => [field.name, field.description]),
  );
  const declared = getMetadataArgsStorage().columns.filter((column) => column.target === spec.from);
  const unknown = [...Object.keys(spec.items), ...(spec.omit ?? [])].filter(
    (property) => !declared.some((column) => column.propertyName === property),
  );
  if (unknown.length) throw new Error(`${spec.from.name} has no column ${unknown.join(', ')} to export.`);
  const columns = declared
    .filter(
      ({ propertyName }) =>
        (fields.has(propertyName) || propertyName in spec.items) && !spec.omit?.includes(propertyName),
    )
    .map(({ propertyName, options }): ExportColumn => {
      const item = spec.items[propertyName] ?? {};
      const column = options.name ?? propertyName;
      const type = String(options.type);
      const kind = item.id ? 'string' : KINDS[type];
      const description = item.description ?? fields.get(propertyName);
      if (!kind || !description)
        throw new Error(
          `${table}.${column} (${type}) needs an export kind and a description, or to be left out.`,
        );
      // A county-owned row's global ID names its county ("Household:330106:12"), as the API and the change feed do.
      const sql =
        kind === 'timestamp'
          ? ts(column)
          : item.id && item.id !== 'Zone'
            ? `county_code || ':' || ${column}::text`
            : kind === 'string' && type !== 'enum' && !item.id
              ? column
              : `${column}::text`;
      return {
        name: propertyName,
        kind,
        sql,
        ...(options.nullable ? { nullable: true } : {}),
        ...item,
        description,
      };
    });
  return {
    entity: spec.entity,
    file: spec.file,
    table,
    zoneColumn: spec.zoneColumn,
    order: spec.order,
    columns: [...(spec.leading ?? []), ...columns, ...versioned],
  };
}

/** The export of a table of small-zone rows (buildings, households, persons): by row ID, its global ID first. */
function smallZoneRowsExport(
  type: NodeTypeName,
  spec: Omit<ExportSpec, 'zoneColumn' | 'order'>,
): EntityExport {
  return entityExport({
    ...spec,
    zoneColumn: 'small_zone_code',
    order: 'id',
    items: { rowId: globalIdItem(type), ...spec.items },
  });
}

/** The description of an exported long form (items `items`). */
const LONG_FORM_DESCRIPTION = (items: string) =>
  `长表 ${items}: the items answered or refused by field (as Household.longForm / Person.longForm name them), each ` +
  '{"state":"ANSWERED","value":"..."} or {"state":"REFUSED"}; a sealed answer is {"state":"ANSWERED","masked":true} ' +
  'unless the export is unmasked. null: no long-form item recorded.';

export const EXPORTS: Record<ExportEntity, EntityExport> = {
  ZONES: entityExport({
    entity: ExportEntity.ZONES,
    file: 'zones',
    from: Zone,
    zoneColumn: 'code',
    order: 'code',
    leading: [globalId('Zone', 'code')],
    items: {
      code: { description: '统计用区划代码 (2-15 digits).' },
      level: { description: '区划层级.', enumValues: ZONE_LEVELS },
      name: { description: '名称.' },
      parentCode: { description: '上级区划代码.' },
      isVirtual: { description: '虚拟区划.' },
    },
  }),
  BUILDINGS: smallZoneRowsExport('Building', {
    entity: ExportEntity.BUILDINGS,
    file: 'buildings',
    from: Building,
    items: {
      smallZoneCode: { description: '普查小区代码 (15 digits).' },
      number: { description: '建筑物编号.' },
      address: { description: '地址.' },
      kind: { description: '建筑物类型 (BuildingKind).' },
      latitude: { description: 'WGS-84 latitude.' },
      longitude: { description: 'WGS-84 longitude.' },
    },
  }),
  HOUSEHOLDS: smallZoneRowsExport('Household', {
    entity: ExportEntity.HOUSEHOLDS,
    file: 'households',
    from: Household,
    items: {
      smallZoneCode: { description: '普查小区代码 (15 digits).' },
      number: { description: '户编号 (3 digits).' },
      buildingRowId: { name: 'buildingId', id: 'Building', description: 'Global ID of the building.' },
      unit: { description: '单元/门牌.' },
      kind: { description: 'H1 户别 (HouseholdKind).' },
      status: { description: '住户状态 (HouseholdStatus).' },
      registrationMethod: { description: '登记方式 (RegistrationMethod).' },
      stage: { description: '登记流程 (HouseholdStage).' },
      presentMale: { description: 'H2 本户现住男' },
      presentFemale: { description: 'H2 本户现住女' },
      absentMale: { description: 'H2 户口在本户、外出男' },
      absentFemale: { description: 'H2 户口在本户、外出女' },
      birthsMale: { description: 'H3 出生男' },
      birthsFemale: { description: 'H3 出生女' },
      deathsMale: { description: 'H4 死亡男' },
      deathsFemale: { description: 'H4 死亡女' },
      dwellingType: { description: '住房类型 (DwellingType).' },
      floorArea: { description: '住房面积 m².' },
      rooms: { description: '住房间数.' },
      phoneMasked: {
        name: 'phone',
        sealed: { column: 'phone_sealed' },
        description: '联系电话: masked (138****5678) unless the export is unmasked.',
      },
      note: { description: '备注.' },
      longFormSampled: {
        description: '长表户: the household is in the long-form sample (null: not decided yet).',
      },
      longForm: {
        longForm: 'household',
        description: LONG_FORM_DESCRIPTION('H8-H18'),
      },
    },
    omit: ['returnReason', 'selfReportIssuedAt'],
  }),
  PERSONS: smallZoneRowsExport('Person', {
    entity: ExportEntity.PERSONS,
    file: 'persons',
    from: Person,
    items: {
      householdRowId: { name: 'householdId', id: 'Household', description: 'Global ID of the household.' },
      smallZoneCode: { description: '普查小区代码 (15 digits).' },
      lineNumber: { description: '人员序号.' },
      name: { description: 'D1 姓名.' },
      relationship: { description: 'D2 与户主关系.' },
      citizenIdMasked: {
        name: 'citizenId',
        sealed: { column: 'citizen_id_sealed' },
        description: 'D3 公民身份号码: masked (110105********1234) unless the export is unmasked.',
      },
      sex: { description: 'D4 性别 (Sex).' },
      birthYear: { description: 'D5 出生年.' },
      birthMonth: { description: 'D5 出生月.' },
      ethnicity: { description: 'D6 民族.' },
      whereabouts: { description: 'D7 普查时点居住地.' },
      registrationPlaceCode: { description: 'D8 户口登记地.' },
      leftRegistrationDuration: { description: 'D9 离开户口登记地时间.' },
      leftRegistrationReason: { description: 'D10 离开户口登记地原因.' },
      education: { description: 'D11 受教育程度.' },
      literate: { description: 'D12 是否识字.' },
      registered: { description: '户籍人口.' },
      resident: { description: '常住人口.' },
      longForm: {
        longForm: 'person',
        description: LONG_FORM_DESCRIPTION('C12-C28'),
      },
    },
  }),
};

/** The SELECT of an export: one text (or bytea) per column, rows in key order, within the zone `zoneCodeSql`. */
export function exportSelect(
  spec: EntityExport,
  unmasked: boolean,
  zoneCodeSql: string,
  /** The county of the zone, for a zone at or below a county (SQL text); null above the county. */
  countySql: string | null = null,
): string {
  const columns = spec.columns.map((column) =>
    column.longForm
      ? unmasked
        ? // The sealed values go along (base64) to be opened by the writer.
          `CASE WHEN long_form IS NOT NULL THEN jsonb_build_array(long_form, encode(long_form_sealed, 'base64'))::text END`
        : 'long_form::text'
      : column.sealed && unmasked
        ? column.sealed.column
        : column.sql,
  );
  return `SELECT ${columns.join(', ')} FROM ${spec.table}
           WHERE ${exportCondition(spec, zoneCodeSql, countySql)}
           ORDER BY ${spec.order}`;
}

/**
 * The rows of an export: those of the zone's subtree, and for a county-owned table and a zone at or below a county,
 * of that county only (`county_code = ...`, one partition or node); a zone above the county (a city, a province)
 * is the deliberate cross-county read. The zone table is a reference table: it has no county.
 */
export function exportCondition(spec: EntityExport, zoneCodeSql: string, countySql: string | null): string {
  const inCounty = countySql !== null && spec.table !== 'zone' ? `county_code = ${countySql} AND ` : '';
  return `${inCounty}${withinZone(spec.zoneColumn, zoneCodeSql)}`;
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
      const entity = column.longForm;
      if (entity)
        return (value) =>
          value === null ? null : exportedLongForm(entity, value as string, unmasked, crypto);
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

/**
 * A long form as exported (JSON text): from the jsonb column (masked), or from `[jsonb, base64 sealed values]`
 * (unmasked, the sealed values opened), each recorded item by field, in the form's order.
 */
function exportedLongForm(
  entity: LongFormEntity,
  text: string,
  unmasked: boolean,
  crypto: FieldCrypto,
): string {
  let row: LongFormColumns;
  if (unmasked) {
    const [longForm, sealed] = JSON.parse(text) as [Record<string, unknown>, string | null];
    row = { longForm, longFormSealed: sealed === null ? null : Buffer.from(sealed, 'base64') };
  } else row = { longForm: JSON.parse(text) as Record<string, unknown>, longFormSealed: null };
  const answers = readAnswers(row, unmasked ? crypto : undefined);
  const out: Record<string, { state: string; value?: string | null; masked?: true }> = {};
  for (const item of ITEMS[entity]) {
    const answer = answers[item.field];
    if (!answer) continue;
    if (answer.refused === true) out[item.field] = { state: 'REFUSED' };
    else if (!unmasked && isSealedAnswer(row, item.field))
      out[item.field] = { state: 'ANSWERED', masked: true };
    else out[item.field] = { state: 'ANSWERED', value: answerValueText(item, answer.value) };
  }
  return JSON.stringify(out);
}

function jsonValue(kind: Kind, value: string | null): string {
  if (value === null) return 'null';
  switch (kind) {
    case 'integer':
    case 'number':
    case 'boolean':
    case 'object':
      return value;
    case 'string':
    case 'timestamp':
      return JSON.stringify(value);
  }
}

function csvValue(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The items of an exported long form: keyed by the item fields, each answered (maybe masked) or refused. */
function longFormSchema(entity: LongFormEntity): Record<string, unknown> {
  return {
    propertyNames: { enum: ITEMS[entity].map((item) => item.field) },
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      required: ['state'],
      properties: {
        state: { enum: ['ANSWERED', 'REFUSED'] },
        value: { type: ['string', 'null'], description: 'As LongFormItemAnswer.value.' },
        masked: { const: true, description: 'A sealed answer of a masked export.' },
      },
    },
  };
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
      ...(column.longForm ? longFormSchema(column.longForm) : {}),
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
