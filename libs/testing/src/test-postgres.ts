import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { dockerEngineAvailable, startEmbeddedPostgres } from '@census/postgres';

export type TestPostgresKind = 'TEST_DATABASE_URL' | 'testcontainers' | 'embedded';

export interface TestPostgres {
  kind: TestPostgresKind;
  /** URL of a database on a server where the tests may CREATE DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The real PostgreSQL the tests run on: `TEST_DATABASE_URL` when given, a testcontainers container when a
 * Docker engine answers, otherwise an embedded PostgreSQL in a temporary folder. Never a mock.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) {
    return { kind: 'TEST_DATABASE_URL', adminUrl: process.env.TEST_DATABASE_URL, stop: async () => {} };
  }
  if (await dockerEngineAvailable()) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:18-alpine').start();
    return {
      kind: 'testcontainers',
      adminUrl: container.getConnectionUri(),
      stop: async () => void (await container.stop()),
    };
  }
  const parent = await mkdtemp(path.join(tmpdir(), 'census-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(parent, 'data'), persistent: false });
  return {
    kind: 'embedded',
    adminUrl: pg.url,
    async stop() {
      await pg.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}
