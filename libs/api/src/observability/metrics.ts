import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

import { listBackups } from '../database/backup';

/**
 * The Prometheus metrics of one API server (a registry of its own: tests run several servers in one process).
 * Request figures are counted as requests finish; database figures are read when Prometheus scrapes, with a few
 * cheap queries. Gauges read from the database carry `aggregator: 'max'`: with API_WORKERS > 1 the primary adds
 * the workers' registries up, and every worker sees the same database.
 */
export class CensusMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'result'>;
  readonly duration: Histogram<'operation'>;

  constructor(db: DataSource, options: { backupDirectory?: string } = {}) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'census_http_requests_total',
      help: 'HTTP requests by GraphQL operation (or route) and result: ok or the first error code.',
      labelNames: ['operation', 'result'],
      registers,
    });
    this.duration = new Histogram({
      name: 'census_http_request_duration_seconds',
      help: 'Time from the request to the end of the response, by GraphQL operation (or route).',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });

    const pool = () => (db.driver as unknown as { master?: PoolCounts }).master;
    const poolGauge = (name: string, help: string, read: (p: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const p = pool();
          if (p) this.set(read(p));
        },
      });
    poolGauge('census_db_pool_total', 'Connections open in the database pool.', (p) => p.totalCount);
    poolGauge('census_db_pool_idle', 'Open connections not in use.', (p) => p.idleCount);
    poolGauge(
      'census_db_pool_waiting',
      'Queries waiting for a connection (all in use): above 0 for minutes means the pool is too small.',
      (p) => p.waitingCount,
    );

    // What the database holds is read once per scrape, by whichever gauge asks first.
    let reading: Promise<DatabaseFigures | null> | undefined;
    const figures = () => {
      reading ??= readDatabaseFigures(db).finally(() => setImmediate(() => (reading = undefined)));
      return reading;
    };
    const figureGauge = (name: string, help: string, read: (f: DatabaseFigures) => number) =>
      new Gauge({
        name,
        help,
        registers,
        aggregator: 'max',
        async collect() {
          const f = await figures();
          if (f) this.set(read(f));
        },
      });
    /** One series per key of the figure (label `label`), reset first so that keys that are gone disappear. */
    const countsGauge = (
      name: string,
      help: string,
      label: string,
      read: (f: DatabaseFigures) => Record<string, number>,
    ) =>
      new Gauge({
        name,
        help,
        labelNames: [label],
        registers,
        aggregator: 'max',
        async collect() {
          const f = await figures();
          if (!f) return;
          this.reset();
          for (const [value, count] of Object.entries(read(f))) this.set({ [label]: value }, count);
        },
      });
    figureGauge(
      'census_change_feed_pending_entries',
      'Change-feed entries written but not yet deliverable: their transaction is at or above the horizon (the oldest transaction still open).',
      (f) => f.feedPending,
    );
    figureGauge(
      'census_change_feed_lag_seconds',
      'Age of the oldest change-feed entry not yet deliverable (0 when every entry is): how long an open transaction holds the feed back.',
      (f) => f.feedLagSeconds,
    );
    countsGauge('census_export_jobs', 'Bulk export jobs by status.', 'status', (f) => f.exportJobs);
    countsGauge(
      'census_import_batches',
      'Import batches recorded by kind (REGISTRY, ELECTRICITY, GRID, ZONE, STAFF), since the start of the census.',
      'kind',
      (f) => f.importBatches,
    );
    new Gauge({
      name: 'census_database_up',
      help: '1 when the last scrape could read the database, else 0.',
      registers,
      aggregator: 'max',
      async collect() {
        this.set((await figures()) ? 1 : 0);
      },
    });
    const backupDirectory = options.backupDirectory;
    if (backupDirectory) {
      // Taken at 0 (1970) when there is none: the age is then huge but finite (+Inf does not survive the
      // cluster's JSON aggregation), and any age alert fires.
      const newestBackup = async () => {
        const [newest] = await listBackups(backupDirectory);
        return newest
          ? await stat(newest).then(
              (s) => s.mtimeMs / 1000,
              () => 0,
            )
          : 0;
      };
      new Gauge({
        name: 'census_backup_newest_timestamp_seconds',
        help: 'When the newest backup in the backup folder was taken (Unix time; 0 when there is none).',
        registers,
        aggregator: 'max',
        async collect() {
          this.set(await newestBackup());
        },
      });
      new Gauge({
        name: 'census_backup_age_seconds',
        help: 'Seconds since the newest backup in the backup folder was taken (since 1970 when there is none).',
        registers,
        aggregator: 'min',
        async collect() {
          this.set(Math.max(0, Date.now() / 1000 - (await newestBackup())));
        },
      });
    }
  }

  /** Counts a finished request. */
  observe(operation: string, result: string, seconds: number): void {
    this.requests.inc({ operation, result });
    this.duration.observe({ operation }, seconds);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

interface DatabaseFigures {
  feedPending: number;
  feedLagSeconds: number;
  exportJobs: Record<string, number>;
  importBatches: Record<string, number>;
}

async function readDatabaseFigures(db: DataSource): Promise<DatabaseFigures | null> {
  try {
    const [[feed], exports, imports] = await Promise.all([
      db.query<{ pending: number; lag: number }[]>(`SELECT count(*)::int AS pending,
                coalesce(extract(epoch FROM now() - min(recorded_at)), 0)::float8 AS lag
           FROM change_log WHERE txid >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint`),
      db.query<{ key: string; count: number }[]>(
        `SELECT status::text AS key, count(*)::int AS count FROM export_job GROUP BY 1`,
      ),
      db.query<{ key: string; count: number }[]>(
        `SELECT kind AS key, count(*)::int AS count FROM import_batch GROUP BY 1`,
      ),
    ]);
    const byKey = (rows: { key: string; count: number }[]) =>
      Object.fromEntries(rows.map((row) => [row.key, row.count]));
    return {
      feedPending: feed.pending,
      feedLagSeconds: Math.max(0, feed.lag),
      exportJobs: byKey(exports),
      importBatches: byKey(imports),
    };
  } catch {
    return null;
  }
}

/** METRICS_PORT, METRICS_HOST (default 127.0.0.1) and METRICS_PUBLIC (serve /metrics on the main port too). */
export function metricsSettings(env: NodeJS.ProcessEnv = process.env): {
  port?: number;
  host: string;
  public: boolean;
} {
  const port = env.METRICS_PORT ? Number(env.METRICS_PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new Error('METRICS_PORT 必须是端口号。 METRICS_PORT must be a port number.');
  return { port, host: env.METRICS_HOST || '127.0.0.1', public: env.METRICS_PUBLIC === 'true' };
}

/** A listener of its own that answers GET /metrics with `render()` (and 404 to anything else). */
export async function serveMetrics(
  port: number,
  host: string,
  render: () => Promise<{ contentType: string; body: string }>,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    render().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}/metrics`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * API_WORKERS > 1: the primary answers METRICS_PORT with the sum of the workers' registries (prom-client's
 * AggregatorRegistry asks every worker over the cluster's IPC channel).
 */
export function clusterMetricsRenderer(): () => Promise<{ contentType: string; body: string }> {
  const aggregator = new AggregatorRegistry();
  return async () => ({ contentType: aggregator.contentType, body: await aggregator.clusterMetrics() });
}

/** In a cluster worker: answer the primary's requests for metrics with this server's registry. */
export function shareMetricsWithPrimary(metrics: CensusMetrics): void {
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([metrics.registry]);
}
