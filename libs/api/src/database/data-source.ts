import 'reflect-metadata';
import { types } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// NUMERIC (floor areas, sums) arrives as text by default; census figures fit a double exactly enough.
types.setTypeParser(types.builtins.NUMERIC, (value) => Number.parseFloat(value));

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
