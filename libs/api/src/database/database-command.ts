import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDataSource, migrate } from './data-source';
import { openDevelopmentDatabase } from './development-database';
import { migrationSource, schemaDiff } from './schema-diff';
import { FieldCrypto, type FieldKeys } from '../privacy/field-crypto';
import { rotateFieldKeys } from '../privacy/rotate-keys';

const USAGE = `usage: db (migrate | check | generate <PascalCaseName> | rotate-keys)
  rotate-keys  re-seals citizen IDs and phones from OLD_DATA_ENCRYPTION_KEY / OLD_DATA_HASH_KEY (the keys in use;
               each defaults to the new one: not rotated) to DATA_ENCRYPTION_KEY / DATA_HASH_KEY, in one transaction`;

/**
 * Database maintenance, behind the api app's `migrate` and `migration-generate` targets: `migrate` applies the
 * committed migrations; `check` fails when entities and migrations disagree; `generate <Name>` writes that
 * difference as a new migration to review; `rotate-keys` re-seals the sensitive items with new field keys
 * (docs/operations.md). Without DATABASE_URL they use the embedded development database.
 */
export async function databaseCommand(
  args: string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  const [command, name] = args;
  if (
    !['migrate', 'check', 'generate', 'rotate-keys'].includes(command) ||
    (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? ''))
  ) {
    log(USAGE);
    return 2;
  }
  const keys = command === 'rotate-keys' ? rotationKeys(process.env) : undefined;
  if (typeof keys === 'string') {
    log(keys);
    return 2;
  }
  const database = await openDevelopmentDatabase();
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  try {
    for (const migration of await migrate(dataSource)) log(`applied ${migration}`);
    if (command === 'migrate') return 0;
    if (keys) {
      const summary = await rotateFieldKeys(dataSource, keys.from, keys.to, log);
      log(
        `已用新密钥重新加密并更新检查值；请用新密钥启动 API。 Re-sealed with the new keys and stored their check values ` +
          `(${Object.values(summary.resealed).reduce((a, b) => a + b, 0)} values, ` +
          `${summary.selfReportCodesWithdrawn} self-report codes withdrawn): start the API with the new keys.`,
      );
      return 0;
    }
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

/** The keys of `rotate-keys` from the environment, or what is wrong with them. */
function rotationKeys(env: NodeJS.ProcessEnv): { from: FieldKeys; to: FieldKeys } | string {
  if (!env.DATA_ENCRYPTION_KEY || !env.DATA_HASH_KEY)
    return 'rotate-keys: set the new keys in DATA_ENCRYPTION_KEY and DATA_HASH_KEY, the keys in use in OLD_DATA_ENCRYPTION_KEY / OLD_DATA_HASH_KEY.';
  const to = {
    encryptionKey: Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64'),
    hashKey: Buffer.from(env.DATA_HASH_KEY, 'base64'),
  };
  const from = {
    encryptionKey: env.OLD_DATA_ENCRYPTION_KEY
      ? Buffer.from(env.OLD_DATA_ENCRYPTION_KEY, 'base64')
      : to.encryptionKey,
    hashKey: env.OLD_DATA_HASH_KEY ? Buffer.from(env.OLD_DATA_HASH_KEY, 'base64') : to.hashKey,
  };
  if (from.encryptionKey.equals(to.encryptionKey) && from.hashKey.equals(to.hashKey))
    return 'rotate-keys: OLD_DATA_ENCRYPTION_KEY / OLD_DATA_HASH_KEY are unset or equal to the new keys: nothing to rotate.';
  try {
    new FieldCrypto(from);
    new FieldCrypto(to);
  } catch (error) {
    return `rotate-keys: ${(error as Error).message} (base64)`;
  }
  return { from, to };
}
