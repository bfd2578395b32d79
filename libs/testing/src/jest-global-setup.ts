import { ADMIN_URL_VARIABLE } from './test-database';
import { startTestPostgres, type TestPostgres } from './test-postgres';

const STATE = Symbol.for('census.testPostgres');

/** Jest `globalSetup`: one PostgreSQL server per test run; every test file creates its own database on it. */
export default async function globalSetup(): Promise<void> {
  if (process.env[ADMIN_URL_VARIABLE]) return;
  const postgres = await startTestPostgres();
  (globalThis as Record<symbol, TestPostgres>)[STATE] = postgres;
  process.env[ADMIN_URL_VARIABLE] = postgres.adminUrl;
}

export async function globalTeardown(): Promise<void> {
  const postgres = (globalThis as Record<symbol, TestPostgres | undefined>)[STATE];
  if (postgres) await postgres.stop();
}
