/**
 * `npm start`: PostgreSQL (embedded in .data/ unless DATABASE_URL is set), migrations, the demo county and its
 * accounts on first run, then the API, the web app and the offline explorer on PORT (default 4000). Ctrl-C stops everything.
 *
 * API_WORKERS > 1 runs that many API processes sharing the port (node:cluster): GraphQL execution is CPU-bound
 * and one Node process uses one core. The primary owns the database and the seeding; workers only serve.
 */
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { DataSource } from 'typeorm';

import {
  ACCOUNTS_CHANGED,
  backfillLongFormSample,
  backupSettings,
  clusterMetricsRenderer,
  createCensusServer,
  createDataSource,
  createLogger,
  dataDirectory,
  DEMO_PASSWORD,
  FieldCrypto,
  KeyMismatchError,
  loadSecrets,
  LongFormSampler,
  metricsSettings,
  migrate,
  openDevelopmentDatabase,
  Role,
  type Secrets,
  seedDemo,
  seedDemoAccounts,
  serveMetrics,
  shareAuthenticationInvalidations,
  shareMetricsWithPrimary,
  startBackupSchedule,
  verifyFieldKeys,
} from '@census/api';
import { DEMO_COUNTY_CODE, type DemoOptions } from '@census/demo-data';

const WORKERS = Math.max(1, Number(process.env.API_WORKERS ?? 1));
/** LOG_LEVEL, LOG_FORMAT: the request log and internal errors (docs/operations.md, Logs). */
const logger = createLogger();
/** METRICS_PORT, METRICS_HOST, METRICS_PUBLIC (docs/operations.md, Metrics). */
const METRICS = metricsSettings();

/**
 * The client build's persisted-documents manifest (TRUSTED_DOCUMENTS_FILE, default the generated one of
 * libs/client), and the roles that may only run its documents (TRUSTED_DOCUMENTS_REQUIRED_FOR, comma-separated,
 * default INTEGRATION; `none` for nobody).
 */
function trustedDocuments(): { manifest: Record<string, string>; requiredFor: Role[] } {
  const file =
    process.env.TRUSTED_DOCUMENTS_FILE ??
    path.resolve(__dirname, '../../../libs/client/src/generated/persisted-documents.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const setting = process.env.TRUSTED_DOCUMENTS_REQUIRED_FOR ?? Role.INTEGRATION;
  const requiredFor = setting === 'none' ? [] : setting.split(',').map((role) => role.trim());
  const unknown = requiredFor.filter((role) => !(Object.values(Role) as string[]).includes(role));
  if (unknown.length > 0)
    throw new Error(`TRUSTED_DOCUMENTS_REQUIRED_FOR names unknown roles: ${unknown.join(', ')}`);
  return { manifest, requiredFor: requiredFor as Role[] };
}

/**
 * DEMO_SIZE: `full` (default) seeds the demo county as the README describes; `small` seeds one small zone of 3 to 5
 * households per census zone (same divisions, accounts and rules, about 1/50 of the rows), for the tests of HTTP
 * clients that need a real API but not its volume.
 */
function demoOptions(): DemoOptions | undefined {
  const size = process.env.DEMO_SIZE ?? 'full';
  if (size === 'full') return undefined;
  if (size === 'small') return { smallZonesPerCensusZone: [1, 1], householdsPerSmallZone: [3, 5] };
  throw new Error(`DEMO_SIZE must be full or small, not ${size}`);
}

async function seed(dataSource: DataSource, secrets: Secrets): Promise<void> {
  const seeded = await seedDemo(dataSource, new FieldCrypto(secrets.fieldKeys), demoOptions());
  if (seeded) {
    console.log(
      `Seeded the demo county: ${seeded.zones} zones (${seeded.smallZones} small zones), ${seeded.buildings} buildings, ` +
        `${seeded.households} households, ${seeded.persons} persons`,
    );
  }
  const accounts = await seedDemoAccounts(dataSource, DEMO_COUNTY_CODE);
  if (accounts) {
    console.log(
      `Demo accounts (password ${DEMO_PASSWORD}): ${Object.entries(accounts.usernames)
        .filter(([, role]) => role !== Role.INTEGRATION)
        .map(([name, role]) => `${name} (${role})`)
        .join(', ')}; ${await saveIntegrationToken(accounts.integrationToken)}`,
    );
  }
}

/**
 * The county-system account's API token exists only now (the database keeps its hash): into DATA_DIR, created if
 * missing. Where DATA_DIR cannot be written (a read-only container image) the start goes on without it: an admin
 * can issue another token with createApiToken.
 */
async function saveIntegrationToken(token: string): Promise<string> {
  const tokenFile = path.join(dataDirectory(), 'demo-integration-token.txt');
  try {
    await mkdir(dataDirectory(), { recursive: true });
    await writeFile(tokenFile, `${token}\n`, { mode: 0o600 });
    return `API token of county-system in ${tokenFile}`;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    console.warn(
      `无法写入 ${tokenFile}（${reason}）：county-system 的 API 令牌未保存；请以 admin 登录后用 createApiToken 重新签发。 ` +
        `Could not write ${tokenFile} (${reason}): the API token of county-system was not saved; ` +
        'log in as admin and issue one with the createApiToken mutation (or set DATA_DIR to a writable folder).',
    );
    return 'API token of county-system not saved (see above)';
  }
}

/** Serves the API from this process; answers a function that stops it. */
async function serve(
  databaseUrl: string,
  secrets: Secrets,
  backupDirectory: string | undefined,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataSource = createDataSource({ url: databaseUrl, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) });
  await dataSource.initialize();
  const server = await createCensusServer({
    dataSource,
    secrets,
    exportDirectory: process.env.EXPORT_DIR ?? path.join(dataDirectory(), 'exports'),
    trustedDocuments: trustedDocuments(),
    logger,
    metricsPublic: METRICS.public,
    backupDirectory,
  });
  const url = await server.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '0.0.0.0');
  // One process: it serves its own metrics. Workers: the primary serves the sum of theirs.
  let metrics: { url: string; close: () => Promise<void> } | undefined;
  if (cluster.isWorker) {
    shareMetricsWithPrimary(server.metrics);
    shareAuthenticationInvalidations();
  } else if (METRICS.port !== undefined) {
    metrics = await serveMetrics(METRICS.port, METRICS.host, () => server.metrics.render());
    console.log(`Metrics at ${metrics.url}`);
  }
  return {
    url,
    stop: async () => {
      await metrics?.close();
      await server.stop();
      await dataSource.destroy();
    },
  };
}

async function primary(): Promise<void> {
  const started = Date.now();
  const database = await openDevelopmentDatabase();
  console.log(
    database.embedded ? `PostgreSQL (embedded) ready in ${Date.now() - started} ms` : 'Using DATABASE_URL',
  );
  // Without its database the API could only answer errors: exit, so that whoever started it (a person, systemd,
  // a container runtime) starts it again, which starts PostgreSQL again.
  // Ctrl-C in a terminal signals PostgreSQL too, which may exit before our own SIGINT handler runs: wait a moment.
  let stopping = false;
  database.onUnexpectedExit(({ code, signal }) => {
    setTimeout(() => {
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      console.error(
        `内嵌的 PostgreSQL 意外退出（${how}），API 随之退出；请重新启动（npm start）。 ` +
          `The embedded PostgreSQL exited unexpectedly (${how}); the API exits too: start it again (npm start).`,
      );
      process.exit(1);
    }, 500);
  });
  const secrets = await loadSecrets(dataDirectory());
  const dataSource = createDataSource({ url: database.url, poolSize: 2 });
  try {
    await dataSource.initialize();
    for (const name of await migrate(dataSource)) console.log(`Applied migration ${name}`);
    // Other keys than the data was sealed with would fail every read of a citizen ID or phone: refuse to start.
    for (const name of await verifyFieldKeys(dataSource, secrets.fieldKeys)) {
      console.log(`Stored the check value of ${name} in the database`);
    }
    // Households listed before the long form (or written by hand in SQL) get their place in the sample.
    const decided = await backfillLongFormSample(
      dataSource,
      new LongFormSampler(new FieldCrypto(secrets.fieldKeys)),
    );
    if (decided > 0) console.log(`Decided the long-form sample of ${decided} households`);
    if (process.env.SEED_DEMO !== 'false') await seed(dataSource, secrets);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
    throw error;
  }
  await dataSource.destroy();

  // The age of the newest backup is a metric where the API takes the backups (the embedded database).
  const backupDirectory = database.embedded
    ? backupSettings(dataDirectory()).backupDir
    : process.env.BACKUP_DIR;
  let stopServing: () => Promise<void> = async () => {};
  if (WORKERS === 1) {
    const served = await serve(database.url, secrets, backupDirectory);
    stopServing = served.stop;
    console.log(
      `Census API ready at ${served.url}/graphql (web app: ${served.url}/, explorer: ${served.url}/explorer) in ${Date.now() - started} ms`,
    );
  } else {
    for (let i = 0; i < WORKERS; i++)
      cluster.fork({
        CENSUS_WORKER_DATABASE_URL: database.url,
        CENSUS_WORKER_BACKUP_DIR: backupDirectory ?? '',
      });
    const metrics =
      METRICS.port === undefined
        ? undefined
        : await serveMetrics(METRICS.port, METRICS.host, clusterMetricsRenderer());
    if (metrics) console.log(`Metrics of all ${WORKERS} workers at ${metrics.url}`);
    let ready = 0;
    cluster.on('message', (from, message: { ready?: string; [ACCOUNTS_CHANGED]?: boolean }) => {
      // A worker changed accounts: the others stop reusing verified credentials (docs/security.md, Sessions).
      if (message[ACCOUNTS_CHANGED])
        for (const other of Object.values(cluster.workers ?? {})) if (other !== from) other?.send(message);
      if (message.ready && ++ready === WORKERS) {
        console.log(
          `Census API ready at ${message.ready}/graphql (web app: ${message.ready}/, explorer: ${message.ready}/explorer), ${WORKERS} workers, in ${Date.now() - started} ms`,
        );
      }
    });
    stopServing = async () => {
      await metrics?.close();
      const workers = Object.values(cluster.workers ?? {});
      await Promise.all(
        workers.map((worker) => new Promise((resolve) => worker?.once('exit', resolve).kill('SIGTERM'))),
      );
    };
  }

  // Scheduled backups of the embedded database (BACKUP_INTERVAL_HOURS, BACKUP_KEEP, BACKUP_DIR; docs/operations.md).
  const backups = database.embedded
    ? startBackupSchedule({
        databaseUrl: database.url,
        dataDir: dataDirectory(),
        keys: secrets.fieldKeys,
        ...backupSettings(dataDirectory()),
      })
    : undefined;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await backups?.stop();
    await stopServing();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function worker(): Promise<void> {
  const secrets = await loadSecrets(dataDirectory());
  const served = await serve(
    process.env.CENSUS_WORKER_DATABASE_URL!,
    secrets,
    process.env.CENSUS_WORKER_BACKUP_DIR || undefined,
  );
  process.send?.({ ready: served.url });
  process.on('SIGTERM', () => void served.stop().then(() => process.exit(0)));
  process.on('SIGINT', () => {}); // the primary decides when workers stop
}

(cluster.isPrimary ? primary() : worker()).catch((error: unknown) => {
  console.error(
    error instanceof KeyMismatchError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : `启动失败。 Start failed: ${JSON.stringify(error) ?? String(error)}`,
  );
  process.exit(1);
});
