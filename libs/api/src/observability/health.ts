import { Router } from 'express';
import type { DataSource } from 'typeorm';

/** Names of the committed migrations the database has not applied yet. */
export async function pendingMigrations(db: DataSource): Promise<string[]> {
  const applied = new Set(
    (await db.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((row) => row.name),
  );
  return db.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !applied.has(name));
}

/**
 * `/healthz`: the process serves HTTP (no database: a supervisor restarting the API would not bring the database
 * back). `/readyz`: the database answers and every committed migration is applied; 503 with the reason otherwise,
 * so a load balancer sends no traffic to this process.
 */
export function healthRoutes(db: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    let pending: string[];
    try {
      await db.query('SELECT 1');
      pending = await pendingMigrations(db);
    } catch {
      res.status(503).json({ status: 'database unavailable' });
      return;
    }
    if (pending.length > 0) {
      res.status(503).json({ status: 'migrations pending', pending });
      return;
    }
    res.json({ status: 'ok' });
  });
  return router;
}
