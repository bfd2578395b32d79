import { Client } from 'pg';

import { createTestDatabase } from './test-database';

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('gives each caller a fresh, empty, real PostgreSQL database and drops it afterwards', async () => {
    const first = await createTestDatabase('isolation');
    const second = await createTestDatabase('isolation');
    try {
      expect(first.name).not.toBe(second.name);
      await withClient(first.url, (c) => c.query('CREATE TABLE marker (id int)'));
      const tables = await withClient(second.url, (c) =>
        c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`),
      );
      expect(tables.rows[0].n).toBe(0);
      const version = await withClient(first.url, (c) =>
        c.query<{ v: number }>(`SELECT current_setting('server_version_num')::int AS v`),
      );
      expect(version.rows[0].v).toBeGreaterThanOrEqual(140000);
    } finally {
      await first.drop();
      await second.drop();
    }
    await expect(withClient(first.url, (c) => c.query('SELECT 1'))).rejects.toThrow(/does not exist/);
  });
});
