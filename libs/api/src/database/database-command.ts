import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { BackupError, verifyBackup } from '@census/postgres';

import { bootstrapOffice } from '../accounts/bootstrap';
import { FieldCrypto, type FieldKeys } from '../privacy/field-crypto';
import { rotateFieldKeys } from '../privacy/rotate-keys';
import {
  backupEmbeddedDatabase,
  backupLogLine,
  backupSettings,
  pruneBackups,
  readFieldKeys,
  restoreEmbeddedDatabase,
  restoreLogLine,
  runningEmbeddedServer,
} from './backup';
import { createDataSource, migrate } from './data-source';
import { dataDirectory, openDevelopmentDatabase } from './development-database';
import { migrationSource, schemaDiff } from './schema-diff';

const USAGE = `usage: db (migrate | check | generate <PascalCaseName> | rotate-keys | backup [--to DIR] [--keep N]
          | restore <backup-folder> [--data-dir DIR] | verify-backup <backup-folder>
          | bootstrap --zone <CODE|nation> --username U --name 名称 [--password-stdin])
  rotate-keys  re-seals citizen IDs and phones from OLD_DATA_ENCRYPTION_KEY / OLD_DATA_HASH_KEY (the keys in use;
               each defaults to the new one: not rotated) to DATA_ENCRYPTION_KEY / DATA_HASH_KEY, in one transaction
  bootstrap    creates the first office administrator (人普办管理员) of a zone — nation, province, city, county or
               township — on a database where nobody can create it yet; refuses when the zone has one already.
               The password is read from stdin with --password-stdin, else generated and printed once`;

/**
 * Database maintenance, behind the api app's `migrate` and `migration-generate` targets: `migrate` applies the
 * committed migrations; `check` fails when entities and migrations disagree; `generate <Name>` writes that
 * difference as a new migration to review; `rotate-keys` re-seals the sensitive items with new field keys
 * (docs/operations.md). Without DATABASE_URL they use the embedded development database.
 * `backup` and `restore` back up the embedded database (running or not) and restore a backup into an empty
 * DATA_DIR (docs/operations.md).
 */
export async function databaseCommand(
  args: string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  const [command, name] = args;
  if (command === 'backup' || command === 'restore' || command === 'verify-backup') {
    try {
      if (command === 'verify-backup') return await verifyCommand(args.slice(1), log);
      return await (command === 'backup'
        ? backupCommand(args.slice(1), log)
        : restoreCommand(args.slice(1), log));
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      log(error.message);
      return 1;
    }
  }
  if (command === 'bootstrap') return bootstrapCommand(args.slice(1), log);
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
    const fileName = migrationFileName(name, timestamp);
    const file = path.resolve(__dirname, '..', '..', 'src', 'database', 'migrations', fileName);
    await writeFile(file, await formatted(file, migrationSource(`${name}${timestamp}`, diff)));
    log(`wrote ${file}; the next start applies it (the migrations folder is read at start)`);
    return 0;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

/**
 * `bootstrap --zone CODE|nation --username U --name N [--password-stdin]`: the first office account of a zone,
 * on DATABASE_URL, on the running embedded server of DATA_DIR, or on the embedded database started for it.
 */
async function bootstrapCommand(args: string[], log: (line: string) => void): Promise<number> {
  const zone = option(args, '--zone');
  const username = option(args, '--username');
  const name = option(args, '--name');
  if (!zone || !username || !name) {
    log(USAGE);
    return 2;
  }
  let password: string | null = null;
  if (args.includes('--password-stdin')) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    password = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  const running = process.env.DATABASE_URL ? null : await runningEmbeddedServer(dataDirectory());
  const database = running ? { url: running, stop: async () => {} } : await openDevelopmentDatabase();
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const result = await bootstrapOffice(dataSource, { zone, username, name, password });
    if (!result.ok) {
      log(result.message);
      return 1;
    }
    const where = result.homeZoneCode ?? '全国 nation';
    log(
      `已创建 ${where} 人普办管理员 ${result.username}（${result.role}），负责 ${result.zones.length} 个区划` +
        `${result.createdZones.length ? `，新建省级区划 ${result.createdZones.length} 个` : ''}。 ` +
        `Created the ${where} office administrator ${result.username} (${result.role}) holding ` +
        `${result.zones.length} zone(s)${result.createdZones.length ? `; created ${result.createdZones.length} province zone(s)` : ''}.`,
    );
    if (result.generatedPassword)
      log(`初始密码（只显示这一次）Initial password (shown once): ${result.generatedPassword}`);
    return 0;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

/** The file `generate` writes a migration class `${name}${timestamp}` to: what the migrations folder loads. */
export function migrationFileName(name: string, timestamp: number): string {
  return `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
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

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** A path given on the command line: relative to where `npm run` was typed (Nx runs the script in apps/api). */
function given(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** `backup [--to DIR] [--keep N]`: a backup of the embedded database, through the running server or a started one. */
async function backupCommand(args: string[], log: (line: string) => void): Promise<number> {
  if (process.env.DATABASE_URL) {
    log(
      '设置了 DATABASE_URL：服务器数据库请用 pg_dump 或 pgBackRest 备份，见 docs/operations.md。 ' +
        'DATABASE_URL is set: back up a server database with pg_dump or pgBackRest, see docs/operations.md.',
    );
    return 2;
  }
  const dataDir = dataDirectory();
  const backupDir = given(option(args, '--to') ?? backupSettings(dataDir).backupDir);
  const keys = await readFieldKeys(dataDir);
  if (!keys) {
    log(
      `未找到 DATA_ENCRYPTION_KEY 和 DATA_HASH_KEY（环境变量或 ${path.join(dataDir, 'secrets.json')}）。 ` +
        `DATA_ENCRYPTION_KEY and DATA_HASH_KEY were not found (environment or ${path.join(dataDir, 'secrets.json')}).`,
    );
    return 2;
  }
  const running = await runningEmbeddedServer(dataDir);
  const database = running ? { url: running, stop: async () => {} } : await openDevelopmentDatabase();
  try {
    const result = await backupEmbeddedDatabase({ databaseUrl: database.url, dataDir, backupDir, keys });
    log(backupLogLine(result));
    const keep = option(args, '--keep');
    if (keep)
      for (const removed of await pruneBackups(backupDir, Number(keep)))
        log(`已删除旧备份 Removed old backup ${removed}`);
    return 0;
  } finally {
    await database.stop();
  }
}

/** `restore <backup-folder> [--data-dir DIR]`: into DIR (default DATA_DIR), whose postgres folder must be empty. */
async function restoreCommand(args: string[], log: (line: string) => void): Promise<number> {
  const backup = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--data-dir');
  if (!backup) {
    log(USAGE);
    return 2;
  }
  const dataDir = given(option(args, '--data-dir') ?? dataDirectory());
  const summary = await restoreEmbeddedDatabase({
    backup: given(backup),
    dataDir,
    keys: await readFieldKeys(dataDir),
  });
  log(restoreLogLine(summary));
  return 0;
}

/** `verify-backup <folder>`: every file against its SHA-256, without restoring (e.g. after copying it off-site). */
async function verifyCommand(args: string[], log: (line: string) => void): Promise<number> {
  if (!args[0]) {
    log(USAGE);
    return 2;
  }
  const manifest = await verifyBackup(given(args[0]));
  log(
    `备份完好：${manifest.files.length} 个文件，备份时间 ${manifest.createdAt}。 ` +
      `Backup intact: ${manifest.files.length} files, taken at ${manifest.createdAt}.`,
  );
  return 0;
}

/** The repository's Prettier layout for a generated file (`npm test` checks it); as written where Prettier is absent. */
async function formatted(file: string, source: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    return await prettier.format(source, { ...(await prettier.resolveConfig(file)), filepath: file });
  } catch {
    return source;
  }
}
