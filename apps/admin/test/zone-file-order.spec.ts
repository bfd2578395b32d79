import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { bootstrap, DIVISIONS, useCli } from './use-cli';

const PASSWORD = 'hainan-office-pass';

/**
 * census-admin keeps two batches in flight. A file holding several levels, parents first (an official 统计用区划代码
 * file does), has children in a batch right after their parent's: that batch must wait until the parent's batch is
 * applied, or the server finds no parent and rejects the children.
 */
describe('a zone file of every level in one', () => {
  const { cli, env } = useCli();

  it('applies every batch after the batches holding its rows’ parents', async () => {
    const office = ['--zone', '46', '--username', 'hainan.office', '--name', '海南省人普办'];
    expect(await bootstrap(env.api, office, PASSWORD)).toMatchObject({ code: 0 });
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
    const file = path.join(env.home, 'haikou.csv');
    await writeFile(file, `code,name\n${lines.join('\n')}\n`);

    const result = await cli(['import', 'zones', file, '--batch-size', '3', '--json']);
    const summary = JSON.parse(result.stdout) as { read: number; accepted: number; rejected: number };
    expect(summary).toMatchObject({ read: lines.length, accepted: lines.length, rejected: 0 });
    expect(result.code).toBe(0);
  });
});
