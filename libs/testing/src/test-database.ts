import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** Environment variable through which Jest's global setup hands the server to the test files. */
export const ADMIN_URL_VARIABLE = 'CENSUS_TEST_ADMIN_URL';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE] ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      `No test PostgreSQL: run the tests through Jest with the @census/testing global setup (it sets ${ADMIN_URL_VARIABLE}), or set TEST_DATABASE_URL.`,
    );
  }
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own for one test file: files never share data and never depend on order. */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
