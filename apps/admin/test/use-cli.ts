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
