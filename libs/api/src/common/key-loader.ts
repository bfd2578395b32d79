import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';

import { atSite, loaderSite } from '../database/statement-source';
import { hydrate, query, selectList } from './sql';

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
        query<Record<string, unknown>>(
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

/** Loads all rows sharing a parent column (a household's persons), many parents per statement. */
export function createGroupLoader<T extends ObjectLiteral>(
  db: DataSource,
  entity: new () => T,
  table: string,
  column: string,
  parentOf: (row: T) => string,
  orderBy: string,
  visible: (row: T) => boolean,
  prime: (row: T) => void = () => {},
): DataLoader<string, T[]> {
  const columns = selectList(db, entity, 't');
  const site = loaderSite();
  return new DataLoader<string, T[]>(
    async (keys) => {
      const rows = await atSite(site, () =>
        query<Record<string, unknown>>(
          db,
          `SELECT ${columns} FROM ${table} t WHERE t.${column} = ANY($1::text[]::${columnCast(column)}[]) ORDER BY ${orderBy}`,
          [keys],
        ),
      );
      const grouped = new Map<string, T[]>();
      for (const row of rows) {
        const item = hydrate(entity, row);
        if (!visible(item)) continue;
        prime(item);
        const list = grouped.get(parentOf(item)) ?? [];
        list.push(item);
        grouped.set(parentOf(item), list);
      }
      return keys.map((key) => grouped.get(key) ?? []);
    },
    { batchScheduleFn: (run) => setImmediate(run) },
  );
}

/** Identity columns are bigint; codes are text. Casting the parameter keeps the index usable. */
function columnCast(column: string): string {
  return column === 'id' || column.endsWith('_id') ? 'bigint' : 'text';
}
