import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { migrationFileName } from './database-command';
import { loadMigrations, migrationFiles, MIGRATIONS } from './migrations';

const FOLDER = path.join(__dirname, 'migrations');

describe('migrations found in their folder', () => {
  it('loads every migration file of the folder, oldest first, with no list to keep', async () => {
    const files = (await readdir(FOLDER)).filter((file) => /^\d{13}-.*\.ts$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    expect(migrationFiles(FOLDER)).toEqual([...files].sort());
    expect(MIGRATIONS.map((migration) => migration.name.slice(-13))).toEqual(
      [...files].sort().map((file) => file.slice(0, 13)),
    );
  });

  describe('in a folder of its own', () => {
    let folder: string;
    const migration = (name: string, extra = '') =>
      `export class ${name} { async up(): Promise<void> {} async down(): Promise<void> {} }\n${extra}`;
    beforeEach(async () => (folder = await mkdtemp(path.join(tmpdir(), 'census-migrations-'))));
    afterEach(() => rm(folder, { recursive: true, force: true }));

    it('picks up a new file as `db generate` names it, in timestamp order, beside shared exports', async () => {
      await writeFile(path.join(folder, '1800000000001-later-step.ts'), migration('LaterStep1800000000001'));
      await writeFile(
        path.join(folder, '1800000000000-first-step.ts'),
        migration('FirstStep1800000000000', 'export const SHARED_SQL = "SELECT 1";'),
      );
      await writeFile(path.join(folder, '1800000000002-typed.d.ts'), 'export {};');
      await writeFile(path.join(folder, 'README.md'), 'not a migration');
      expect(loadMigrations(folder).map((found) => found.name)).toEqual([
        'FirstStep1800000000000',
        'LaterStep1800000000001',
      ]);
    });

    it('loads what `db generate` writes', async () => {
      const names = ['AddH8Item', 'ABTest', 'Household2Phones'];
      for (const [i, name] of names.entries()) {
        const timestamp = 1800000000000 + i;
        await writeFile(
          path.join(folder, migrationFileName(name, timestamp)),
          migration(`${name}${timestamp}`),
        );
      }
      expect(loadMigrations(folder).map((found) => found.name)).toEqual(
        names.map((name, i) => `${name}${1800000000000 + i}`),
      );
    });

    it('refuses a file without its class, naming the file', async () => {
      await writeFile(path.join(folder, '1800000000000-misnamed.ts'), migration('Misnamed1700000000000'));
      expect(() => loadMigrations(folder)).toThrow(/1800000000000-misnamed\.ts .*none/);
    });
  });
});
