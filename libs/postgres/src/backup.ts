import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent } from 'node:fs';
import { chmod, chown, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { Client } from 'pg';

/**
 * Online, consistent physical backups of a PostgreSQL cluster whose data directory this process can read, with the
 * low-level backup API over SQL (no pg_basebackup needed): a temporary replication slot keeps the WAL from the
 * start on, `pg_backup_start` (fast checkpoint), a copy of the data directory while the server keeps working,
 * `pg_backup_stop` on the same connection, its label written as `backup_label`, then the WAL segments from the
 * start to the stop position. Started on such a copy, PostgreSQL replays that WAL from the backup's checkpoint and
 * opens the database as it was when the backup stopped: every transaction committed before is there, none
 * half-written. Physical copies keep the transaction ID counter the change feed orders by.
 *
 * Layout of a backup folder: `manifest.json`, `data/` (the data directory with `backup_label` and `pg_wal/`), and
 * any extra files the caller adds at the top level. The manifest lists every file with size and SHA-256.
 */
export const BACKUP_FORMAT = 'census-postgres-physical-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export interface BackupFile {
  /** Relative to the backup folder, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  label: string;
  createdAt: string;
  finishedAt: string;
  /** `server_version` of the source, e.g. "18.0". */
  postgresVersion: string;
  /** Major version from PG_VERSION: the server that restores it must be of this major version. */
  postgresMajor: string;
  systemIdentifier: string;
  startLsn: string;
  stopLsn: string;
  /** WAL segments included (in data/pg_wal), first to last. */
  walSegments: string[];
  /** Directories of the data directory, relative to `data/`, including the empty ones. */
  directories: string[];
  files: BackupFile[];
  /** Whatever the caller records (schema version, key checks, ...). */
  application: Record<string, unknown>;
}

export interface BackupResult {
  folder: string;
  manifest: BackupManifest;
  bytes: number;
  milliseconds: number;
}

/** Folders whose contents a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const SKIP_CONTENTS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
/** Files of the top level left out. */
const SKIP_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'tablespace_map.old',
  'backup_manifest',
  'recovery.signal',
  'standby.signal',
]);
/** Folders PostgreSQL expects under pg_wal. */
const WAL_SUBDIRECTORIES = ['pg_wal/archive_status', 'pg_wal/summaries'];

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Backs up the cluster behind `connectionString` into `folder` (which must not exist; written as `folder.partial`
 * and renamed when complete, so a folder without the suffix is always a whole backup). The data directory is
 * read from the server (`SHOW data_directory`), so this process must run on the same machine with read access.
 */
export async function backupCluster(options: {
  connectionString: string;
  folder: string;
  label?: string;
  /** Extra files copied to the top level of the backup (e.g. the embedded server's password file). */
  extraFiles?: { from: string; as: string }[];
  /** Application facts recorded in the manifest, read while the backup runs. */
  application?: (client: Client) => Promise<Record<string, unknown>>;
}): Promise<BackupResult> {
  const started = Date.now();
  const folder = path.resolve(options.folder);
  const partial = `${folder}.partial`;
  if (await exists(folder))
    throw new BackupError(
      'EXISTS',
      `备份目录已存在：${folder}。 The backup folder already exists: ${folder}.`,
    );
  await rm(partial, { recursive: true, force: true });
  await mkdir(path.join(partial, 'data'), { recursive: true, mode: 0o700 });
  await chmod(partial, 0o700);
  const label = options.label ?? `census backup ${new Date(started).toISOString()}`;
  const client = new Client({
    connectionString: options.connectionString,
    application_name: 'census-backup',
  });
  await client.connect();
  let backupRunning = false;
  try {
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
      (await client.query(sql, params)).rows[0] as T;
    const { data_directory: dataDirectory } = await one<{ data_directory: string }>(
      `SELECT current_setting('data_directory') AS data_directory`,
    );
    const settings = await one<{ version: string; wal_level: string; segment: string; system: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('wal_level') AS wal_level,
              (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS segment,
              (SELECT system_identifier::text FROM pg_control_system()) AS system`,
    );
    if (settings.wal_level === 'minimal')
      throw new BackupError(
        'WAL_LEVEL',
        'wal_level=minimal 无法在线备份。 Online backups need wal_level replica or logical.',
      );
    const tablespaces = await readdir(path.join(dataDirectory, 'pg_tblspc')).catch(() => []);
    if (tablespaces.length > 0)
      throw new BackupError(
        'TABLESPACES',
        '不支持带表空间的集群。 Clusters with tablespaces are not supported.',
      );
    const slot = `census_backup_${started}_${process.pid}`;
    // Temporary (ends with this session) and reserving WAL at once: nothing from here on can be recycled.
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [slot]);
    const { lsn: startLsn } = await one<{ lsn: string }>(
      'SELECT pg_backup_start($1, fast => true)::text AS lsn',
      [label.slice(0, 1000)],
    );
    backupRunning = true;
    const createdAt = new Date().toISOString();

    const files: BackupFile[] = [];
    const directories: string[] = [];
    await copyTree(dataDirectory, path.join(partial, 'data'), '', files, directories);
    const application = options.application ? await options.application(client) : {};

    const stop = await one<{ lsn: string; labelfile: string; spcmapfile: string }>(
      'SELECT lsn::text AS lsn, labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)',
    );
    backupRunning = false;
    files.push(await writeTracked(partial, 'data/backup_label', stop.labelfile));
    if (stop.spcmapfile) files.push(await writeTracked(partial, 'data/tablespace_map', stop.spcmapfile));

    // The WAL from the start to the stop position (pg_backup_stop switched to a new segment, so the last is whole).
    const names = await one<{ first: string; last: string }>(
      'SELECT pg_walfile_name($1::pg_lsn) AS first, pg_walfile_name($2::pg_lsn) AS last',
      [startLsn, stop.lsn],
    );
    const walDirectory = path.join(dataDirectory, 'pg_wal');
    const walFiles = (await readdir(walDirectory)).sort();
    const segments = walFiles.filter(
      (name) =>
        /^[0-9A-F]{24}$/.test(name) &&
        name.slice(0, 8) === names.first.slice(0, 8) &&
        name >= names.first &&
        name <= names.last,
    );
    const segmentSize = Number(settings.segment);
    const expected = segmentNumber(names.last, segmentSize) - segmentNumber(names.first, segmentSize) + 1;
    if (segments.length !== expected || segments[0] !== names.first || segments.at(-1) !== names.last)
      throw new BackupError(
        'WAL_MISSING',
        `备份所需的 WAL 段不完整（${names.first} … ${names.last}）。 WAL segments ${names.first} to ${names.last} are not all in pg_wal.`,
      );
    for (const name of [...segments, ...walFiles.filter((file) => file.endsWith('.history'))]) {
      files.push(await copyTracked(path.join(walDirectory, name), partial, `data/pg_wal/${name}`));
    }
    for (const extra of options.extraFiles ?? [])
      files.push(await copyTracked(extra.from, partial, extra.as));

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      label,
      createdAt,
      finishedAt: new Date().toISOString(),
      postgresVersion: settings.version,
      postgresMajor: (await readFile(path.join(dataDirectory, 'PG_VERSION'), 'utf8')).trim(),
      systemIdentifier: settings.system,
      startLsn,
      stopLsn: stop.lsn,
      walSegments: segments,
      directories: [...new Set([...directories, ...WAL_SUBDIRECTORIES])].sort(),
      files,
      application,
    };
    await writeFile(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: 0o600,
    });
    await rename(partial, folder);
    return {
      folder,
      manifest,
      bytes: files.reduce((sum, file) => sum + file.size, 0),
      milliseconds: Date.now() - started,
    };
  } catch (error) {
    if (backupRunning) await client.query('SELECT pg_backup_stop(false)').catch(() => undefined);
    await rm(partial, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function segmentNumber(walFile: string, segmentSize: number): number {
  const perLogId = 0x1_0000_0000 / segmentSize;
  return Number.parseInt(walFile.slice(8, 16), 16) * perLogId + Number.parseInt(walFile.slice(16, 24), 16);
}

function skipped(relative: string, entry: Dirent): boolean {
  if (entry.name.startsWith('pgsql_tmp') || entry.name === 'pg_internal.init') return true;
  return !relative.includes('/') && entry.isFile() && SKIP_FILES.has(entry.name);
}

/** Copies a directory tree as it is being written; files that vanish meanwhile (dropped, temporary) are left out. */
async function copyTree(
  source: string,
  backup: string,
  relative: string,
  files: BackupFile[],
  directories: string[],
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(source, relative), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (skipped(relative, entry)) continue;
    const isDirectory =
      entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectoryPath(path.join(source, child))));
    if (isDirectory) {
      directories.push(child);
      await mkdir(path.join(backup, child), { recursive: true, mode: 0o700 });
      if (!SKIP_CONTENTS.has(child)) await copyTree(source, backup, child, files, directories);
    } else if (entry.isFile()) {
      try {
        const file = await copyTracked(path.join(source, child), path.dirname(backup), `data/${child}`);
        files.push(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

async function isDirectoryPath(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

function hashing(hash: ReturnType<typeof createHash>, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      callback(null, chunk);
    },
  });
}

async function copyTracked(from: string, root: string, relative: string): Promise<BackupFile> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  const target = path.join(root, ...relative.split('/'));
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await pipeline(createReadStream(from), hashing(hash, counter), createWriteStream(target, { mode: 0o600 }));
  return { path: relative, size: counter.bytes, sha256: hash.digest('hex') };
}

async function writeTracked(root: string, relative: string, content: string): Promise<BackupFile> {
  const body = Buffer.from(content, 'utf8');
  await writeFile(path.join(root, ...relative.split('/')), body, { mode: 0o600 });
  return { path: relative, size: body.length, sha256: createHash('sha256').update(body).digest('hex') };
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Reads and checks a backup's manifest; refuses what is not a backup of this kind. */
export async function readBackupManifest(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(folder, MANIFEST_FILE), 'utf8')) as BackupManifest;
  } catch {
    throw new BackupError(
      'NOT_A_BACKUP',
      `${folder} 不是完整的备份（没有可读的 ${MANIFEST_FILE}）。 ${folder} is not a complete backup (no readable ${MANIFEST_FILE}).`,
    );
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new BackupError(
      'NOT_A_BACKUP',
      `${folder} 不是本系统可恢复的备份格式。 ${folder} is not a backup format this version can restore.`,
    );
  return manifest;
}

/**
 * Restores a backup's data directory into `dataDir` (absent or empty): every file is checked against its SHA-256
 * while copied, and a corrupt, missing or unlisted file stops the restore and removes what it wrote. Folders get
 * mode 0700, files 0600, owned by `owner` when given (as root: the user PostgreSQL runs as). Start PostgreSQL on
 * the folder afterwards: it replays the included WAL to the backup's stop position.
 */
export async function restoreCluster(options: {
  backup: string;
  dataDir: string;
  owner?: { uid: number; gid: number };
}): Promise<BackupManifest> {
  const backup = path.resolve(options.backup);
  const dataDir = path.resolve(options.dataDir);
  const manifest = await readBackupManifest(backup);
  const present = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (present.length > 0)
    throw new BackupError(
      'TARGET_NOT_EMPTY',
      `目标数据目录不为空：${dataDir}。恢复只写入空目录。 The target data folder is not empty: ${dataDir}. Restore writes only into an empty folder.`,
    );
  const listed = new Set(manifest.files.map((file) => file.path));
  const found = await listFiles(path.join(backup, 'data'), 'data');
  const unlisted = found.filter((file) => !listed.has(file));
  if (unlisted.length > 0)
    throw new BackupError(
      'CORRUPT',
      `备份中有清单之外的文件（${unlisted[0]}），拒绝恢复。 The backup holds a file its manifest does not list (${unlisted[0]}); refusing to restore.`,
    );
  const existed = await exists(dataDir);
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    for (const directory of manifest.directories)
      await mkdir(path.join(dataDir, ...directory.split('/')), { recursive: true, mode: 0o700 });
    for (const file of manifest.files) {
      if (!file.path.startsWith('data/')) continue;
      const relative = file.path.slice('data/'.length);
      if (relative.split('/').includes('..'))
        throw new BackupError('CORRUPT', `非法路径 Illegal path: ${file.path}`);
      let copied: BackupFile;
      try {
        copied = await copyTracked(path.join(backup, ...file.path.split('/')), dataDir, relative);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new BackupError(
          'CORRUPT',
          `备份缺少文件 ${file.path}，拒绝恢复。 The backup lacks the file ${file.path}; refusing to restore.`,
        );
      }
      if (copied.sha256 !== file.sha256 || copied.size !== file.size)
        throw new BackupError(
          'CORRUPT',
          `备份文件 ${file.path} 已损坏或被改动（SHA-256 不符），拒绝恢复。 The backup file ${file.path} is corrupt or altered (SHA-256 differs); refusing to restore.`,
        );
    }
    await setOwnership(dataDir, options.owner);
  } catch (error) {
    // Leave the target as it was: gone, or empty (it may be a mount point).
    if (!existed) await rm(dataDir, { recursive: true, force: true });
    else
      for (const entry of await readdir(dataDir))
        await rm(path.join(dataDir, entry), { recursive: true, force: true });
    throw error;
  }
  return manifest;
}

/** Verifies every file of a backup against its manifest without restoring it. */
export async function verifyBackup(folder: string): Promise<BackupManifest> {
  const manifest = await readBackupManifest(folder);
  for (const file of manifest.files) {
    const hash = createHash('sha256');
    const counter = { bytes: 0 };
    try {
      await pipeline(
        createReadStream(path.join(folder, ...file.path.split('/'))),
        hashing(hash, counter),
        async (source) => {
          for await (const chunk of source) void chunk;
        },
      );
    } catch {
      throw new BackupError('CORRUPT', `备份缺少文件 ${file.path}。 The backup lacks the file ${file.path}.`);
    }
    if (hash.digest('hex') !== file.sha256 || counter.bytes !== file.size)
      throw new BackupError(
        'CORRUPT',
        `备份文件 ${file.path} 已损坏或被改动（SHA-256 不符）。 The backup file ${file.path} is corrupt or altered (SHA-256 differs).`,
      );
  }
  return manifest;
}

async function listFiles(root: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(root, { withFileTypes: true }).catch(() => [] as Dirent[]);
  for (const entry of entries) {
    const child = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(root, entry.name), child)));
    else out.push(child);
  }
  return out;
}

async function setOwnership(root: string, owner: { uid: number; gid: number } | undefined): Promise<void> {
  await chmod(root, 0o700);
  if (owner) await chown(root, owner.uid, owner.gid);
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) await setOwnership(child, owner);
    else {
      await chmod(child, 0o600);
      if (owner) await chown(child, owner.uid, owner.gid);
    }
  }
}
