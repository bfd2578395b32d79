import { createHash } from 'node:crypto';

import type { Pool } from 'pg';
import { getMetadataStorage } from 'type-graphql';
import { DataSource, type EntityManager, type EntityMetadata, type ObjectLiteral } from 'typeorm';

import { countyCodeOf } from '@census/rules';

import { atSite, siteHere } from '../database/statement-source';
import { inputErrorOf } from './database-errors';

/** A column of an entity's metadata (TypeORM does not export the class from its root). */
type ColumnMetadata = EntityMetadata['columns'][number];

/** Collects positional parameters while a statement is assembled: `p.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type Queryable = DataSource | EntityManager;

type EntityClass = new () => ObjectLiteral;

const dataSourceOf = (db: Queryable): DataSource => (db instanceof DataSource ? db : db.connection);

/** What only depends on a data source's entity metadata, built once per data source and key. */
const derived = new WeakMap<DataSource, Map<string, unknown>>();

function once<T>(db: Queryable, key: string, build: (dataSource: DataSource) => T): T {
  const dataSource = dataSourceOf(db);
  let cache = derived.get(dataSource);
  if (!cache) derived.set(dataSource, (cache = new Map<string, unknown>()));
  if (!cache.has(key)) cache.set(key, build(dataSource));
  return cache.get(key) as T;
}

/**
 * `SELECT` list for an entity that names every column by its property (`t."small_zone_code" AS "smallZoneCode"`),
 * so raw rows can be hydrated (without alias: for `RETURNING`) into entity instances without TypeORM's row transformer.
 */
export function selectList(db: Queryable, entity: EntityClass, alias?: string): string {
  return once(db, `select|${entity.name}|${alias ?? ''}`, (dataSource) => {
    const prefix = alias ? `${alias}.` : '';
    return dataSource
      .getMetadata(entity)
      .columns // Arrays of a custom enum come back as '{A,B}' text unless cast: node-postgres only knows built-in array types.
      .map((column) => {
        const cast = column.isArray && column.type === 'enum' ? '::text[]' : '';
        return `${prefix}"${column.databaseName}"${cast} AS "${column.propertyName}"`;
      })
      .join(', ');
  });
}

/**
 * Turns a raw row into an instance of its entity class in place: the row already holds every column under its
 * property name, so re-pointing its prototype gives the class's getters (global `id`) without copying the row.
 */
export function hydrate<T extends ObjectLiteral>(entity: new () => T, row: Record<string, unknown>): T {
  return Object.setPrototypeOf(row, entity.prototype as object) as T;
}

export function hydrateAll<T extends ObjectLiteral>(
  entity: new () => T,
  rows: Record<string, unknown>[],
): T[] {
  return rows.map((row) => hydrate(entity, row));
}

/** The names of the GraphQL fields of input classes, with the fields they inherit. */
function inputFieldNames(inputs: readonly (abstract new () => object)[]): Set<string> {
  const names = new Set<string>();
  for (const field of getMetadataStorage().fields) {
    const target = field.target;
    if (inputs.some((input) => input === target || input.prototype instanceof target)) names.add(field.name);
  }
  return names;
}

/**
 * The columns input classes may write, by input property: every field of the inputs that has the name of a column
 * of the entity (in the entity's column order), except `except`, the columns the service sets itself. A new
 * questionnaire item declared on the entity and the input is thus written without being listed anywhere else.
 */
export function inputColumns(
  db: Queryable,
  entity: EntityClass,
  inputs: readonly (abstract new () => object)[],
  except: readonly string[] = [],
): Record<string, string> {
  const key = `input|${entity.name}|${inputs.map((input) => input.name).join(',')}|${except.join(',')}`;
  return once(db, key, (dataSource) => {
    const fields = inputFieldNames(inputs);
    return Object.fromEntries(
      dataSource
        .getMetadata(entity)
        .columns.filter((column) => fields.has(column.propertyName) && !except.includes(column.propertyName))
        .map((column) => [column.propertyName, column.databaseName]),
    );
  });
}

function columnsOf(db: Queryable, entity: EntityClass): Map<string, ColumnMetadata> {
  return once(
    db,
    `columns|${entity.name}`,
    (dataSource) =>
      new Map(dataSource.getMetadata(entity).columns.map((column) => [column.propertyName, column])),
  );
}

function columnOf(db: Queryable, entity: EntityClass, property: string): ColumnMetadata {
  const column = columnsOf(db, entity).get(property);
  if (!column) throw new Error(`${entity.name}.${property} is not a column.`);
  return column;
}

/**
 * The row with its `county_code` filled in when the entity has one and the row does not give it: the county of the
 * row's small zone (or zone), as the table's CHECK requires (docs/scaling.md).
 */
function withCountyCode(
  db: Queryable,
  entity: EntityClass,
  row: Record<string, unknown>,
): Record<string, unknown> {
  if (row.countyCode !== undefined || !columnsOf(db, entity).has('countyCode')) return row;
  const zone = row.smallZoneCode ?? row.zoneCode;
  const county = typeof zone === 'string' ? countyCodeOf(zone) : null;
  // Without a zone the row has no county: the column's NOT NULL refuses it.
  return county ? { ...row, countyCode: county } : row;
}

/**
 * Column and value lists of a one-row `INSERT` from entity properties (`undefined` values are left to the column
 * default): `INSERT INTO t (${columns}) VALUES (${values})`.
 */
export function insertList(
  db: Queryable,
  params: SqlParams,
  entity: EntityClass,
  values: Record<string, unknown>,
): { columns: string; values: string } {
  const assigned = Object.entries(withCountyCode(db, entity, values)).filter(
    ([, value]) => value !== undefined,
  );
  return {
    columns: assigned.map(([property]) => `"${columnOf(db, entity, property).databaseName}"`).join(', '),
    values: assigned.map(([, value]) => params.add(value)).join(', '),
  };
}

/**
 * A one-row `INSERT` that yields nothing when the unique `constraint` already holds the row's key (a number taken
 * by a concurrent insert, say): the stored row, hydrated, or undefined. `insert` lists the columns and values (see
 * `insertList`) in the order of `params`.
 */
export async function insertUnlessTaken<T extends ObjectLiteral>(
  db: Queryable,
  entity: new () => T,
  constraint: string,
  insert: { columns: string; values: string },
  params: unknown[],
): Promise<T | undefined> {
  const table = dataSourceOf(db).getMetadata(entity).tableName;
  const [row] = await query<Record<string, unknown>>(
    db,
    `INSERT INTO ${table} (${insert.columns}) VALUES (${insert.values})
     ON CONFLICT ON CONSTRAINT ${constraint} DO NOTHING
     RETURNING ${selectList(db, entity)}`,
    params,
  );
  return row && hydrate(entity, row);
}

/**
 * Deletes the county-owned row of `entity` with the key (`countyCode`, `rowId`) and answers it as it was (for the
 * audit log). The statement names the county, so it reaches only that county's partition or node.
 */
export async function deleteReturning<T extends ObjectLiteral>(
  db: Queryable,
  entity: new () => T,
  countyCode: string,
  rowId: string,
): Promise<T> {
  const table = dataSourceOf(db).getMetadata(entity).tableName;
  const [gone] = await query<Record<string, unknown>>(
    db,
    `WITH gone AS (DELETE FROM ${table} WHERE county_code = $1 AND id = $2 RETURNING ${selectList(db, entity)})
     SELECT * FROM gone`,
    [countyCode, rowId],
  );
  return hydrate(entity, gone);
}

/**
 * The SQL type of a parameter array holding a column's values: the enum type for enums (text does not cast to an
 * enum on assignment), text for character types (a bare `character[]` would cut values to one character).
 */
function arrayType(dataSource: DataSource, column: ColumnMetadata): string {
  if (column.isArray) throw new Error(`Array column ${column.databaseName} cannot be bulk inserted.`);
  if (column.type === 'enum') return `"${column.enumName ?? ''}"[]`;
  const type = dataSource.driver.normalizeType(column);
  return type === 'character varying' || type === 'character' ? 'text[]' : `${type}[]`;
}

/**
 * A bulk `INSERT ... SELECT FROM unnest(...)` of entity rows given by property: one array parameter per column
 * the rows give (every row the same columns, null for none), typed from the column metadata, so that tens of
 * thousands of rows load per statement without a COPY dependency. Properties that are not columns of the entity
 * are ignored; `orderBy` may name columns (by database name), `tail` adds `ON CONFLICT` / `RETURNING` clauses.
 */
export function unnestInsert(
  db: Queryable,
  entity: EntityClass,
  given: readonly Record<string, unknown>[],
  options: { orderBy?: string; tail?: string } = {},
): { text: string; values: unknown[] } {
  const dataSource = dataSourceOf(db);
  const rows = given.map((row) => withCountyCode(db, entity, row));
  const metadata = dataSource.getMetadata(entity);
  if (!rows.length) throw new Error(`A ${metadata.name} bulk insert needs rows (bulkInsert skips none).`);
  const columns = metadata.columns.filter((column) =>
    rows.some((row) => row[column.propertyName] !== undefined),
  );
  // An array cannot leave one row's column to its default: a column is given in every row or in none.
  for (const column of columns) {
    const missing = rows.findIndex((row) => row[column.propertyName] === undefined);
    if (missing >= 0)
      throw new Error(`Row ${missing} of a ${metadata.name} bulk insert has no ${column.propertyName}.`);
  }
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const arrays = columns.map((column, i) => `$${i + 1}::${arrayType(dataSource, column)}`).join(', ');
  return {
    text: [
      `INSERT INTO "${metadata.tableName}" (${names})`,
      `SELECT * FROM unnest(${arrays}) AS r(${names})`,
      ...(options.orderBy ? [`ORDER BY ${options.orderBy}`] : []),
      ...(options.tail ? [options.tail] : []),
    ].join('\n'),
    values: columns.map((column) => rows.map((row) => row[column.propertyName])),
  };
}

/** Runs an `unnestInsert` and types its `RETURNING` rows; no rows, no statement. */
export async function bulkInsert<T = Record<string, unknown>>(
  db: Queryable,
  entity: EntityClass,
  rows: readonly Record<string, unknown>[],
  options: { orderBy?: string; tail?: string } = {},
): Promise<T[]> {
  if (!rows.length) return [];
  const insert = unnestInsert(db, entity, rows, options);
  return query<T>(db, insert.text, insert.values);
}

/** The values an input gives (not null, not undefined) for the columns it may write: what a create assigns. */
export function givenValues(input: object, columns: Record<string, string>): Record<string, unknown> {
  const values = input as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(columns)
      .filter((property) => values[property] != null)
      .map((property) => [property, values[property]]),
  );
}

/**
 * `SET` list of a partial update: `undefined` leaves a column alone, `null` clears it. `columns` maps input
 * properties to column names so that only known columns can ever be written.
 */
export function setList(params: SqlParams, input: object, columns: Record<string, string>): string[] {
  const values = input as Record<string, unknown>;
  return Object.entries(columns)
    .filter(([property]) => values[property] !== undefined)
    .map(([property, column]) => `${column} = ${params.add(values[property])}`);
}

/**
 * Runs one statement and types its rows; the only place where TypeORM's untyped `query` result is cast. A
 * statement refused for a value the client sent (a data exception) throws a coded BAD_USER_INPUT error instead
 * of the driver's (see database-errors.ts).
 */
export async function query<T = Record<string, unknown>>(
  db: Queryable,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  let rows: unknown;
  try {
    rows = await atSite(siteHere(false), () => db.query(text, params));
  } catch (error) {
    throw inputErrorOf(error) ?? error;
  }
  return rows as T[];
}

/** Statement text → the name it is prepared under on every connection of the pool (see `readQuery`). */
const statementNames = new Map<string, string>();
/** Distinct texts named at most; later texts run unnamed (each connection keeps every statement it prepared). */
const MAX_NAMED_STATEMENTS = 2_000;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `census_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a read of the hot paths (the batch loaders) as a named prepared statement straight on the data source's
 * connection pool: PostgreSQL parses and plans the text once per connection instead of on every request, and the
 * statement skips TypeORM's query runner (its own pool checkout, events, result wrapping). The data source's logger
 * still sees it (statement counts, snapshots), and errors are translated as `query` does. Inside a transaction (an
 * entity manager) it is an ordinary `query`.
 */
export async function readQuery<T = Record<string, unknown>>(
  db: Queryable,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (!(db instanceof DataSource)) return query<T>(db, text, params);
  const pool = (db.driver as unknown as { master: Pool }).master;
  db.logger.logQuery(text, params);
  try {
    const result = await atSite(siteHere(false), () =>
      pool.query({ name: statementName(text), text, values: params }),
    );
    return result.rows as T[];
  } catch (error) {
    db.logger.logQueryError(error instanceof Error ? error : String(error), text, params);
    throw inputErrorOf(error) ?? error;
  }
}
