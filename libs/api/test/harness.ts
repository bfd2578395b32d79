import { demoDivisions, generateSmallZones, type DemoOptions } from '@census/demo-data';
import { ZoneLevel } from '@census/rules';
import { createTestDatabase, graphqlRequest, type GraphQLResponse, type TestDatabase } from '@census/testing';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '../src/database/data-source';
import { QueryCounter } from '../src/database/query-counter';
import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { query } from '../src/common/sql';
import { createCensusServer, type CensusServer } from '../src/server/create-app';

export interface TestApi {
  baseUrl: string;
  graphqlUrl: string;
  db: DataSource;
  counter: QueryCounter;
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Plain SQL on the test database, to compute expected figures independently of the API. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Boots the real API over HTTP on a fresh, migrated database of this test file's own. */
export async function startTestApi(label: string, options: { production?: boolean } = {}): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase(label);
  const counter = new QueryCounter(true);
  const db = createDataSource({ url: database.url, logger: counter, poolSize: 20 });
  await db.initialize();
  await migrate(db);
  const server: CensusServer = await createCensusServer({ dataSource: db, production: options.production });
  const baseUrl = await server.listen(0, '127.0.0.1');
  const graphqlUrl = `${baseUrl}/graphql`;
  return {
    baseUrl,
    graphqlUrl,
    db,
    counter,
    request: (query, variables) => graphqlRequest(graphqlUrl, query, variables),
    sql: (text, params) => query(db, text, params),
    async close() {
      await server.stop();
      await db.destroy();
      await database.drop();
    },
  };
}

/**
 * Loads the demo county's real zones plus generated data for the first `censusZones` census zones, through the
 * same bulk loader the demo seed uses.
 */
export async function seedCounty(db: DataSource, censusZones = 2, options: DemoOptions = {}): Promise<void> {
  const divisions = demoDivisions();
  const zones = divisions.filter((z) => z.level === ZoneLevel.CENSUS_ZONE).slice(0, censusZones);
  await db.transaction(async (tx) => {
    await insertZones(tx, divisions);
    await insertSmallZones(tx, [
      ...generateSmallZones(zones, {
        smallZonesPerCensusZone: [1, 2],
        householdsPerSmallZone: [60, 80],
        ...options,
      }),
    ]);
  });
}
