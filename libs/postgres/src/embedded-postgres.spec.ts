import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Client } from 'pg';

import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';

/** One kept data directory, started again and again the ways a developer's `.data/postgres` is. */
describe('startEmbeddedPostgres on a kept data directory', () => {
  let parent: string;
  let dataDir: string;
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const running: EmbeddedPostgresHandle[] = [];

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'census-pg-test-'));
    dataDir = path.join(parent, 'postgres');
  });
  afterEach(async () => {
    for (const pg of running.splice(0)) await pg.stop();
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  async function start(): Promise<EmbeddedPostgresHandle> {
    const pg = await startEmbeddedPostgres({ dataDir, log });
    running.push(pg);
    return pg;
  }

  async function answers(pg: EmbeddedPostgresHandle): Promise<number> {
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
      return rows[0].one;
    } finally {
      await client.end();
    }
  }

  const postmasterPid = async () =>
    Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

  it('stops a server left running by a previous run (its parent killed) and starts anew, saying so', async () => {
    const orphan = await start();
    running.pop(); // never stopped by its owner, like the PostgreSQL of an API killed with SIGKILL
    const orphanPid = await postmasterPid();
    const orphanExit = new Promise((resolve) => orphan.onUnexpectedExit(resolve));

    const pg = await start();
    expect(await answers(pg)).toBe(1);
    expect(await postmasterPid()).not.toBe(orphanPid);
    await orphanExit;
    expect(logs.join('\n')).toContain(`A PostgreSQL left over from a previous run (process ${orphanPid})`);
    expect(logs.join('\n')).toContain(`上次运行留下的 PostgreSQL（进程 ${orphanPid}）`);
  });

  it('tells whoever depends on it when the server dies, and a later start recovers', async () => {
    const pg = await start();
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      pg.onUnexpectedExit(resolve),
    );
    // A connected session: its server process outlives the postmaster for a moment and holds the shared memory.
    const session = new Client({ connectionString: pg.url });
    session.on('error', () => {});
    await session.connect();
    process.kill(await postmasterPid(), 'SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    running.pop();

    expect(await answers(await start())).toBe(1);
    await session.end().catch(() => {});
  });

  it('starts over a stale lock file whose process is gone or is another program', async () => {
    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    const other = spawn('sleep', ['600']);
    try {
      for (const pid of [gone.pid!, other.pid!]) {
        const lockFile = path.join(dataDir, 'postmaster.pid');
        await writeFile(lockFile, `${pid}\n${dataDir}\n1700000000\n5432\n`);
        const pg = await start();
        expect(await answers(pg)).toBe(1);
        await pg.stop();
        running.pop();
      }
      expect(other.exitCode).toBeNull();
    } finally {
      other.kill();
    }
  });

  it('says why PostgreSQL did not start instead of failing with no reason', async () => {
    const autoConf = path.join(dataDir, 'postgresql.auto.conf');
    const saved = await readFile(autoConf, 'utf8');
    await appendFile(autoConf, 'no_such_setting_here = 1\n');
    try {
      await expect(start()).rejects.toThrow(/PostgreSQL did not start[\s\S]*no_such_setting_here/);
    } finally {
      await writeFile(autoConf, saved);
    }
  });
});
