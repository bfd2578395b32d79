import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { atSite, siteHere } from '../database/statement-source';
import { inputErrorOf } from './database-errors';

/** Collects positional parameters while a statement is assembled: `p.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type Queryable = DataSource | EntityManager;

/**
 * `SELECT` list for an entity that names every column by its property (`t."small_zone_code" AS "smallZoneCode"`),
 * so raw rows can be hydrated (without alias: for `RETURNING`) into entity instances without TypeORM's row transformer.
 */
// Select lists depend only on the entity metadata: built once per data source, entity and alias.
const selectLists = new WeakMap<DataSource, Map<string, string>>();

export function selectList(db: Queryable, entity: new () => ObjectLiteral, alias?: string): string {
  const dataSource = db instanceof DataSource ? db : db.connection;
  let cache = selectLists.get(dataSource);
  if (!cache) selectLists.set(dataSource, (cache = new Map<string, string>()));
  const key = `${entity.name}|${alias ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const prefix = alias ? `${alias}.` : '';
  const list = dataSource
    .getMetadata(entity)
    .columns // Arrays of a custom enum come back as '{A,B}' text unless cast: node-postgres only knows built-in array types.
    .map((column) => {
      const cast = column.isArray && column.type === 'enum' ? '::text[]' : '';
      return `${prefix}"${column.databaseName}"${cast} AS "${column.propertyName}"`;
    })
    .join(', ');
  cache.set(key, list);
  return list;
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
