import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';

import { atSite, loaderSite } from '../database/statement-source';
import { type RowRef, rowRefOfKey } from './global-id';
import type { ColumnSet } from './selection';
import { hydrate, readQuery, selectList, SqlParams } from './sql';

/** A county-owned row as the county loaders see it: its county and id. */
interface CountyRow {
  countyCode: string;
  rowId: string;
}

/**
 * The condition on `alias.county_code` naming the counties of `refs` when every ref names its county ("330106:12"),
 * so that the statement reaches only those counties' partitions or nodes; null when one is a bare id of an old
 * global ID (then every county is searched).
 */
export function countiesCondition(
  alias: string,
  counties: readonly (string | null)[],
  params: SqlParams,
): string | null {
  const match = countyMatch(counties, params);
  return match && `${alias}.county_code ${match}`;
}

/**
 * The comparison naming `counties` (`= $n`, or `= ANY($n::text[])` for several), to follow a county column; null
 * when one is unknown (a bare id of an old global ID, a scope above the county).
 */
export function countyMatch(counties: readonly (string | null)[] | null, params: SqlParams): string | null {
  if (!counties || counties.length === 0 || counties.some((county) => county === null)) return null;
  const distinct = [...new Set(counties)].sort();
  return distinct.length === 1 ? `= ${params.add(distinct[0])}` : `= ANY(${params.add(distinct)}::text[])`;
}

/**
 * The condition of a batch of row refs on `t.<column>` (an id column), preceded by the refs' counties when every ref
 * names one; null when no ref names a row.
 */
function byRefs(
  refs: readonly (RowRef | null)[],
  column: string,
): { where: string; values: unknown[]; county: string | null } | null {
  const valid = refs.filter((ref) => ref !== null);
  if (!valid.length) return null;
  const params = new SqlParams();
  const ids = params.add(valid.map((ref) => ref.id));
  const county = countyMatch(
    valid.map((ref) => ref.county),
    params,
  );
  const where = [
    ...(county ? [`t.county_code ${county}`] : []),
    `t.${column} = ANY(${ids}::text[]::bigint[])`,
  ];
  return { where: where.join(' AND '), values: params.values, county };
}

/**
 * Loads county-owned rows by row key ("<county>:<id>", or an old bare id), many keys per statement, naming the
 * keys' counties. A key of another county than the row's loads as null, like a missing row.
 */
export function createCountyRowLoader<T extends ObjectLiteral & CountyRow>(
  db: DataSource,
  entity: new () => T,
  table: string,
  /** The caller's scope: a row it may not see loads as null, exactly like a missing one. */
  visible: (row: T) => boolean,
): DataLoader<string, T | null> {
  const columns = selectList(db, entity, 't');
  const site = loaderSite();
  return new DataLoader<string, T | null>(
    async (keys) => {
      const refs = keys.map((key) => rowRefOfKey(key));
      const statement = byRefs(refs, 'id');
      if (!statement) return keys.map(() => null);
      const rows = await atSite(site, () =>
        readQuery<Record<string, unknown>>(
          db,
          `SELECT ${columns} FROM ${table} t WHERE ${statement.where}`,
          statement.values,
        ),
      );
      const byId = new Map(
        rows
          .map((row) => hydrate(entity, row))
          .filter(visible)
          .map((e) => [e.rowId, e]),
      );
      return refs.map((ref) => {
        const row = ref && byId.get(ref.id);
        return row && (ref.county === null || row.countyCode === ref.county) ? row : null;
      });
    },
    { batchScheduleFn: (run) => setImmediate(run) },
  );
}

/**
 * Loads all county-owned rows of county-owned parents (a household's persons) by the parent's row key, many
 * parents per statement, naming the parents' counties.
 */
export function createCountyGroupLoader<T extends ObjectLiteral & CountyRow>(
  db: DataSource,
  entity: new () => T,
  table: string,
  column: string,
  parentOf: (row: T) => string,
  orderBy: string,
  visible: (row: T) => boolean,
  prime: (row: T) => void = () => {},
  /** The columns to read (common/selection.ts); every column when not given. Only whole rows are primed. */
  selection: ColumnSet | null = null,
): DataLoader<string, T[]> {
  const everyColumn = selectList(db, entity, 't');
  const primes = !selection || selection.complete;
  const site = loaderSite();
  return new DataLoader<string, T[]>(
    async (keys) => {
      const refs = keys.map((key) => rowRefOfKey(key));
      const statement = byRefs(refs, column);
      if (!statement) return keys.map(() => []);
      const rows = await atSite(site, () =>
        readQuery<Record<string, unknown>>(
          db,
          `SELECT ${selection ? selection.sql('t', statement.county) : everyColumn} FROM ${table} t WHERE ${statement.where} ORDER BY ${orderBy}`,
          statement.values,
        ),
      );
      const grouped = new Map<string, T[]>();
      for (const row of rows) {
        const item = hydrate(entity, row);
        if (!visible(item)) continue;
        selection?.attach(row);
        if (primes) prime(item);
        const key = `${item.countyCode}:${parentOf(item)}`;
        const list = grouped.get(key) ?? [];
        list.push(item);
        grouped.set(key, list);
      }
      return refs.map((ref) => {
        if (!ref) return [];
        if (ref.county !== null) return grouped.get(`${ref.county}:${ref.id}`) ?? [];
        return [...grouped.entries()].find(([key]) => key.endsWith(`:${ref.id}`))?.[1] ?? [];
      });
    },
    { batchScheduleFn: (run) => setImmediate(run) },
  );
}

/** Loads rows by a unique column, many keys per statement (`WHERE column = ANY($1)`). */
export function createKeyLoader<T extends ObjectLiteral>(
  db: DataSource,
  entity: new () => T,
  table: string,
  column: string,
  keyOf: (row: T) => string,
  /** The caller's scope: a row it may not see loads as null, exactly like a missing one. */
  visible: (row: T) => boolean,
): DataLoader<string, T | null> {
  const columns = selectList(db, entity, 't');
  const site = loaderSite();
  return new DataLoader<string, T | null>(
    async (keys) => {
      const rows = await atSite(site, () =>
        readQuery<Record<string, unknown>>(
          db,
          `SELECT ${columns} FROM ${table} t WHERE t.${column} = ANY($1::text[]::${columnCast(column)}[])`,
          [keys],
        ),
      );
      const byKey = new Map(
        rows
          .map((row) => hydrate(entity, row))
          .filter(visible)
          .map((e) => [keyOf(e), e]),
      );
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { batchScheduleFn: (run) => setImmediate(run) },
  );
}

/** Identity columns are bigint; codes are text. Casting the parameter keeps the index usable. */
function columnCast(column: string): string {
  return column === 'id' || column.endsWith('_id') ? 'bigint' : 'text';
}

/**
 * A loader per column set, made when a request first asks for that set: `loader(selection)` answers the same
 * DataLoader for the same columns, so parents asking for the same selection share one statement. Without a
 * selection, every column.
 */
export function perSelection<L>(create: (selection: ColumnSet | null) => L): (selection?: ColumnSet) => L {
  const loaders = new Map<string, L>();
  return (selection) => {
    const key = selection?.key ?? '*';
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = create(selection ?? null)));
    return loader;
  };
}
