import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
const API_MAIN = path.resolve(__dirname, '..', '..', '..', 'apps', 'api', 'dist', 'main.js');

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

/** A new API on a new database; or, given the `dataDir` and `port` of a stopped one, that API started again. */
export async function startApi(again: { dataDir?: string; port?: number } = {}): Promise<ApiProcess> {
  const dataDir = again.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'census-admin-test-')));
  const port = again.port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      NODE_ENV: 'test',
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
