import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { MigrationInterface } from 'typeorm';

/**
 * A migration's file name: the timestamp TypeORM orders by, then its name in kebab case, as `db generate` writes it
 * (`1796280463470-feed-incarnation.ts`). The folder holds nothing else but this index.
 */
const MIGRATION_FILE = /^(\d{13})-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:ts|js)$/;

/**
 * The migration files of a folder, oldest first: `.ts` where this module runs from the sources (the tests), `.js` in
 * the build (tsc keeps one file per module, next to its `.d.ts`, which is skipped).
 */
export function migrationFiles(folder: string = __dirname): string[] {
  const extension = path.extname(__filename);
  return readdirSync(folder)
    .filter((file) => MIGRATION_FILE.test(file) && path.extname(file) === extension)
    .sort();
}

/**
 * Loads the migration class of each file: exactly one exported class whose name ends with the file's timestamp
 * (TypeORM reads the timestamp from the class name); other exports (SQL shared with later migrations) are left alone.
 * A file that breaks the rule stops the start, naming it.
 */
export function loadMigrations(folder: string = __dirname): (new () => MigrationInterface)[] {
  return migrationFiles(folder).map((file) => {
    const timestamp = MIGRATION_FILE.exec(file)![1];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- found by listing the folder, not by a static import
    const exported = Object.values(require(path.join(folder, file)) as Record<string, unknown>);
    const classes = exported.filter(
      (value): value is new () => MigrationInterface =>
        typeof value === 'function' && value.name.endsWith(timestamp),
    );
    if (classes.length !== 1) {
      throw new Error(
        `Migration ${file} must export exactly one class named after its timestamp (…${timestamp}); it has ` +
          `${classes.length === 0 ? 'none' : classes.map((value) => value.name).join(', ')}`,
      );
    }
    return classes[0];
  });
}

/**
 * Every committed migration, oldest first, found in this folder: a new file is picked up without editing a list. The
 * schema comes only from these.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = loadMigrations();
