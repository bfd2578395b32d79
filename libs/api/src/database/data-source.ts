import 'reflect-metadata';

import { types } from 'pg';
import { DataSource, type Logger } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// NUMERIC (floor areas, sums) arrives as text by default; census figures fit a double exactly enough.
types.setTypeParser(types.builtins.NUMERIC, (value) => Number.parseFloat(value));

// TIMESTAMPTZ: every row carries two; V8's own ISO parser is several times faster than the generic one, which
// stays the fallback for what ISO cannot express (infinity, BC dates, sub-minute offsets).
const parseTimestamp = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (value: string) => Date;
types.setTypeParser(types.builtins.TIMESTAMPTZ, (value: string) => {
  const iso = value.replace(' ', 'T');
  const date = new Date(/[+-]\d\d$/.test(iso) ? `${iso}:00` : iso);
  return Number.isNaN(date.getTime()) ? parseTimestamp(value) : date;
});

export interface DataSourceOptions {
  url: string;
  /** Connections in the pool; the API needs few because every request batches its reads. */
  poolSize?: number;
  logger?: Logger;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logger ? ['query'] : false,
    logger: options.logger,
    extra: { max: options.poolSize ?? 10, application_name: 'census-api' },
  });
}

/** Applies every pending committed migration; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
