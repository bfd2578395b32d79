import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDataSource, migrate } from './data-source';
import { openDevelopmentDatabase } from './development-database';
import { migrationSource, schemaDiff } from './schema-diff';

const USAGE = 'usage: db (migrate | check | generate <PascalCaseName>)';

/**
 * Database maintenance, behind the api app's `migrate` and `migration-generate` targets: `migrate` applies the
 * committed migrations; `check` fails when entities and migrations disagree; `generate <Name>` writes that
 * difference as a new migration to review. Without DATABASE_URL they use the embedded development database.
 */
export async function databaseCommand(
  args: string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  const [command, name] = args;
  if (
    !['migrate', 'check', 'generate'].includes(command) ||
    (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? ''))
  ) {
    log(USAGE);
    return 2;
  }
  const database = await openDevelopmentDatabase();
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  try {
    for (const migration of await migrate(dataSource)) log(`applied ${migration}`);
    if (command === 'migrate') return 0;
    const diff = await schemaDiff(dataSource);
    if (command === 'check') {
      if (diff.up.length === 0) return 0;
      log(`Entities and migrations disagree:\n${diff.up.join(';\n')}`);
      return 1;
    }
    if (diff.up.length === 0) {
      log('No changes: entities and migrations agree.');
      return 0;
    }
    const timestamp = Date.now();
    const fileName = `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
    const file = path.resolve(__dirname, '..', '..', 'src', 'database', 'migrations', fileName);
    await writeFile(file, migrationSource(`${name}${timestamp}`, diff));
    log(`wrote ${file}; add it to migrations/index.ts`);
    return 0;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}
