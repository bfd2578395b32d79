import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { backupFolderName } from '../src/database/backup';
import { CensusMetrics, serveMetrics } from '../src/observability/metrics';
import { startTestApi, type TestApi } from './harness';

/** The value of one sample in Prometheus's text format, or undefined. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  if (line === undefined) return undefined;
  const value = line.slice(line.lastIndexOf(' ') + 1);
  return value === '+Inf' ? Number.POSITIVE_INFINITY : Number(value);
}

describe('metrics and health', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('observe_metrics', { metricsPublic: true });
  });
  afterAll(() => api.close());

  const scrape = async () => {
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('counts GraphQL requests by operation and result, with their duration', async () => {
    const before = await scrape();
    expect(sample(before, 'census_http_requests_total', 'operation="Probe",result="ok"')).toBeUndefined();
    await api.request(`query Probe { __typename }`);
    await api.request(`query Probe { __typename }`);
    await api.request(`query Broken { nothing }`);
    const after = await scrape();
    expect(sample(after, 'census_http_requests_total', 'operation="Probe",result="ok"')).toBe(2);
    expect(
      sample(after, 'census_http_requests_total', 'operation="graphql",result="GRAPHQL_VALIDATION_FAILED"'),
    ).toBe(1);
    expect(sample(after, 'census_http_request_duration_seconds_count', 'operation="Probe"')).toBe(2);
  });

  it('reports the database pool, the change feed, exports, imports and the process', async () => {
    const text = await scrape();
    expect(sample(text, 'census_db_pool_total')).toBeGreaterThan(0);
    expect(sample(text, 'census_db_pool_idle')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'census_db_pool_waiting')).toBe(0);
    expect(sample(text, 'census_database_up')).toBe(1);
    expect(sample(text, 'census_change_feed_pending_entries')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'census_change_feed_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('# TYPE census_export_jobs gauge');
    expect(text).toContain('# TYPE census_import_batches gauge');
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    // No backup folder configured for this server: no backup metric rather than a false one.
    expect(text).not.toContain('census_backup_age_seconds');
  });

  it('reports the age of the newest backup, as old as 1970 when there is none', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'census-metrics-backups-'));
    try {
      const metrics = new CensusMetrics(api.db, { backupDirectory: folder });
      const age = async () => sample((await metrics.render()).body, 'census_backup_age_seconds');
      expect(await age()).toBeGreaterThan(50 * 365 * 86_400);
      await mkdir(join(folder, backupFolderName()));
      const fresh = await age();
      expect(fresh).toBeGreaterThanOrEqual(0);
      expect(fresh).toBeLessThan(3600);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('serves /metrics on a listener of its own', async () => {
    const listener = await serveMetrics(0, '127.0.0.1', () => api.server.metrics.render());
    try {
      const response = await fetch(listener.url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('census_http_requests_total');
      expect((await fetch(listener.url.replace('/metrics', '/graphql'))).status).toBe(404);
    } finally {
      await listener.close();
    }
  });

  it('keeps /healthz (alive) and /readyz (database and migrations) apart', async () => {
    expect(await (await fetch(`${api.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });

    const [last] = await api.sql<{ id: number; timestamp: string; name: string }>(
      `SELECT id, timestamp::text, name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    await api.sql(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const pending = await fetch(`${api.baseUrl}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'migrations pending', pending: [last.name] });
      expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await api.sql(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(200);
  });
});

describe('metrics exposure', () => {
  it('does not serve /metrics on the main port unless told to', async () => {
    const api = await startTestApi('observe_private');
    try {
      const response = await fetch(`${api.baseUrl}/metrics`);
      expect(response.status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
