import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';

import { countyKeyOf } from '@census/rules';

import { atSite, loaderSite } from '../database/statement-source';
import { codedError } from './coded-error';
import { checkPageArgs, type Page, type PageArgs, type PageRequest } from './connection';
import { rowRefOfKey } from './global-id';
import { countyMatch } from './key-loader';
import type { ColumnSet } from './selection';
import { hydrate, readQuery, selectList, SqlParams } from './sql';
import { withinZone } from './subtree';

/** How one table is listed: its entity, and a unique sort key that doubles as the keyset cursor. */
export interface ListSpec<T extends ObjectLiteral> {
  entity: new () => T;
  table: string;
  order: { column: string; property: keyof T & string }[];
  /** Newest first: every order column descending. */
  descending?: boolean;
}

/** Filter of one list, rendered into SQL conditions on alias `t`. */
export interface ListFilter {
  conditions(params: SqlParams): string[];
}

export const NO_FILTER: ListFilter = { conditions: () => [] };

/**
 * What identifies equal filters for batching: the rendered conditions and their values. Two filters share one
 * statement exactly when they would render the same SQL with the same values, so no filter can be answered with
 * another filter's rows, whatever fields a filter type has.
 */
export function filterKey(filter: ListFilter): string {
  const params = new SqlParams();
  const sql = filter.conditions(params);
  return JSON.stringify([sql, params.values], (_key, value: unknown) =>
    typeof value === 'bigint'
      ? `${value}n`
      : Buffer.isBuffer(value)
        ? `base64:${value.toString('base64')}`
        : value,
  );
}

/** Condition tying a row of `t` to its parent, given the SQL of the parent key (a lateral column). */
export type ParentCondition = (parentKeySql: string) => string;

/**
 * How the rows of a county-owned list belong to their parent: the condition, and the county each parent key lies
 * in, so that a statement for parents of known counties names them (`t.county_code = ...`) and reaches only their
 * partitions or nodes (docs/scaling.md).
 */
export interface ParentLink {
  condition: ParentCondition;
  /** The county of a parent key; null when the parent spans counties (a city, a province). */
  countyOf: (parentKey: string) => string | null;
}

/** Rows of a zone's subtree (`column` holds their zone code); parent keys are zone codes. */
export function zoneParent(column: string): ParentLink {
  return { condition: (key) => withinZone(column, key), countyOf: (code) => countyKeyOf(code) };
}

/**
 * Rows of a county-owned parent row (a building's households): `column` holds the parent's id, parent keys are the
 * parent's row keys ("330106:123", common/global-id.ts).
 */
export function countyRowParent(column: string): ParentLink {
  return {
    condition: (key) =>
      `(t.county_code = split_part(${key}, ':', 1) AND t.${column} = split_part(${key}, ':', 2)::bigint)`,
    countyOf: (key) => rowRefOfKey(key)?.county ?? null,
  };
}

/** The statement's condition naming the parents' counties, when every parent lies in one county. */
function parentCounties(link: ParentLink | null, parentKeys: readonly string[], params: SqlParams): string[] {
  const match = parentCountyMatch(link, parentKeys, params);
  return match ? [`t.county_code ${match}`] : [];
}

function parentCountyMatch(
  link: ParentLink | null,
  parentKeys: readonly string[],
  params: SqlParams,
): string | null {
  if (!link || !('countyOf' in link)) return null;
  return countyMatch(
    parentKeys.map((key) => link.countyOf(key)),
    params,
  );
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const INTEGER_RANGES: Record<string, bigint> = {
  smallint: 32767n,
  int: 2147483647n,
  integer: 2147483647n,
  bigint: 9223372036854775807n,
};

/**
 * Whether a cursor value can stand for a value of this column in SQL: a cursor of the right length with values
 * of the wrong form (hand-made or of another list) would otherwise fail the statement.
 */
function fitsColumn(type: string, value: string): boolean {
  if (value.includes('\u0000')) return false;
  const range = INTEGER_RANGES[type];
  if (range !== undefined)
    return /^-?[0-9]{1,19}$/.test(value) && BigInt(value) <= range && -BigInt(value) <= range;
  if (type.startsWith('timestamp'))
    return (
      /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$/.test(value) &&
      !Number.isNaN(Date.parse(value))
    );
  return true;
}

function decodeCursor(cursor: string, types: string[], argumentName: 'after' | 'before'): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === types.length &&
      values.every((v, i) => typeof v === 'string' && fitsColumn(types[i], v))
    )
      return values;
  } catch {
    // fall through to the error below
  }
  throw codedError(
    'input.badCursor',
    { argument: argumentName, value: cursor },
    { code: 'BAD_USER_INPUT', argumentName },
  );
}

export interface PageLoaderOptions<T> {
  /** The caller's scope as a SQL condition on alias `t`: rows outside it are never read, nor counted. */
  visible: (params: SqlParams) => string;
  /** Called with every row read, to prime the by-key loader so nested lookups of these rows cost nothing. */
  prime?: (row: T) => void;
  /**
   * The counties of the caller's scope (`Scope.counties`, null above the county): child rows read along with the
   * rows (common/selection.ts) name them too when the parents do not, so that their sub-select reaches only those
   * counties' partitions.
   */
  counties?: readonly string[] | null;
}

/**
 * A per-request DataLoader answering pages of one list for many parents at once: every parent requested in
 * the same tick with the same filter and page arguments is answered by ONE statement, a lateral join over
 * the parent keys. `totalCount` is batched the same way. This is what keeps nested connections N+1-free.
 *
 * Backward pages (`last`, `before`) read the same statement in the reverse order, `LIMIT last + 1`, and turn
 * the rows back into list order, so a page reads the same whichever way it was reached.
 */
export function createPageLoader<T extends ObjectLiteral>(
  db: DataSource,
  spec: ListSpec<T>,
  parent: ParentCondition | ParentLink | null,
  options: PageLoaderOptions<T>,
): (parent: string, filter: ListFilter, page: PageArgs, selection?: ColumnSet) => Promise<Page<T>> {
  const { visible, prime = () => {} } = options;
  const link = typeof parent === 'function' ? null : parent;
  const parentCondition = typeof parent === 'function' ? parent : (parent?.condition ?? null);
  const site = loaderSite();
  const everyColumn = selectList(db, spec.entity, 't');
  const orderColumns = spec.order.map((o) => `t.${o.column}`);
  const metadata = db.getMetadata(spec.entity);
  const orderTypes = spec.order.map((o) => {
    const type = metadata.columns.find((c) => c.databaseName === o.column)?.type;
    return typeof type === 'string' ? type : 'text';
  });
  // Rows after a cursor in list order compare greater (ascending lists) or smaller (descending lists).
  const later = spec.descending ? '<' : '>';
  const earlier = spec.descending ? '>' : '<';
  const cursorOf = (node: T) =>
    encodeCursor(
      spec.order.map((o) => {
        const value: unknown = node[o.property];
        return value instanceof Date ? value.toISOString() : String(value);
      }),
    );

  const countLoader = (filter: ListFilter) =>
    new DataLoader<string, number>(
      async (parentKeys) => {
        const params = new SqlParams();
        const parents = params.add(parentKeys);
        const where = [
          ...parentCounties(link, parentKeys, params),
          visible(params),
          ...(parentCondition ? [parentCondition('p.key')] : []),
          ...filter.conditions(params),
        ];
        const rows = await atSite(site, () =>
          readQuery<{ key: string; n: number }>(
            db,
            `SELECT p.key, (SELECT count(*)::int FROM ${spec.table} t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) AS n
               FROM unnest(${parents}::text[]) AS p(key)`,
            params.values,
          ),
        );
        const byKey = new Map(rows.map((r) => [r.key, r.n]));
        return parentKeys.map((key) => byKey.get(key) ?? 0);
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    );

  const pageLoader = (filter: ListFilter, page: PageRequest, selection: ColumnSet | undefined) => {
    // Only whole rows prime the by-key loaders: their other readers expect every column.
    const primes = !selection || selection.complete;
    return new DataLoader<string, { rows: T[]; hasNextPage: boolean; hasPreviousPage: boolean }>(
      async (parentKeys) => {
        const params = new SqlParams();
        const parents = params.add(parentKeys);
        const parentCounty = parentCountyMatch(link, parentKeys, params);
        // Child rows read along (common/selection.ts) name the parents' counties, else the scope's.
        const county = selection?.hasChildren
          ? (parentCounty ?? countyMatch(options.counties ?? null, params))
          : null;
        const where = [
          ...(parentCounty ? [`t.county_code ${parentCounty}`] : []),
          visible(params),
          ...(parentCondition ? [parentCondition('p.key')] : []),
          ...filter.conditions(params),
        ];
        if (page.after) {
          const values = decodeCursor(page.after, orderTypes, 'after').map((v) => params.add(v));
          where.push(`(${orderColumns.join(', ')}) ${later} (${values.join(', ')})`);
        }
        if (page.before) {
          const values = decodeCursor(page.before, orderTypes, 'before').map((v) => params.add(v));
          where.push(`(${orderColumns.join(', ')}) ${earlier} (${values.join(', ')})`);
        }
        // A backward page reads from the end of the list: the reverse order, then the rows turned back.
        const direction = Boolean(spec.descending) !== page.backward ? 'DESC' : 'ASC';
        const limit = params.add(page.size + 1);
        const rows = await atSite(site, () =>
          readQuery<Record<string, unknown> & { __parent: string }>(
            db,
            `SELECT p.key AS "__parent", t.*
               FROM unnest(${parents}::text[]) AS p(key)
               CROSS JOIN LATERAL (
                 SELECT ${selection ? selection.sql('t', county) : everyColumn} FROM ${spec.table} t
                 ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY ${orderColumns.map((c) => `${c} ${direction}`).join(', ')}
                 LIMIT ${limit}
               ) t`,
            params.values,
          ),
        );
        const grouped = new Map<string, T[]>();
        for (const { __parent, ...row } of rows) {
          const list = grouped.get(__parent) ?? [];
          const item = hydrate(spec.entity, row);
          selection?.attach(row);
          if (primes) prime(item);
          list.push(item);
          grouped.set(__parent, list);
        }
        return parentKeys.map((key) => {
          const list = grouped.get(key) ?? [];
          const more = list.length > page.size;
          const rows = list.slice(0, page.size);
          if (!page.backward) {
            // The cursor's own row (and those before it) precede a page read after it.
            return { rows, hasNextPage: more, hasPreviousPage: page.after != null };
          }
          return { rows: rows.reverse(), hasNextPage: page.before != null, hasPreviousPage: more };
        });
      },
      { batchScheduleFn: (run) => setImmediate(run) },
    );
  };

  // One DataLoader per distinct (filter, page) shape: every parent asking for the same shape in the same
  // tick (the usual nested case) shares one statement.
  const pageLoaders = new Map<string, ReturnType<typeof pageLoader>>();
  const countLoaders = new Map<string, ReturnType<typeof countLoader>>();

  return async (parent, filter, args, selection) => {
    const page = checkPageArgs(args);
    const key = filterKey(filter);
    const shape = JSON.stringify([key, page.size, page.backward, page.after, page.before, selection?.key]);
    let pages = pageLoaders.get(shape);
    if (!pages) pageLoaders.set(shape, (pages = pageLoader(filter, page, selection)));
    const { rows, hasNextPage, hasPreviousPage } = await pages.load(parent);
    const count = () => {
      let counts = countLoaders.get(key);
      if (!counts) countLoaders.set(key, (counts = countLoader(filter)));
      return counts.load(parent);
    };
    return { nodes: rows, hasNextPage, hasPreviousPage, cursorOf, count };
  };
}
