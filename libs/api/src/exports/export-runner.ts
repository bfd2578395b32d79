import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

import { countyKeyOf } from '@census/rules';

import { encodeCursor } from '../changes/change-feed.service';
import { query } from '../common/sql';
import type { FieldCrypto } from '../privacy/field-crypto';
import {
  exportCondition,
  type ExportEntity,
  ExportFormat,
  EXPORTS,
  exportSelect,
  RowWriter,
} from './export-formats';
import { ExportStatus, type StoredExportFile } from './export-job.entity';

/** Rows fetched from the cursor at a time: the export's memory is about this many rows, whatever the county. */
export const FETCH_ROWS = 2000;
/** How often progress and the heartbeat are written. */
const PROGRESS_EVERY_MS = 1000;
/** A RUNNING job whose worker has not written a heartbeat for this long is handed to another worker. */
const STALE_AFTER = '2 minutes';
/** Finished files are kept this long. */
export const KEEP_FILES = '24 hours';

interface ClaimedJob {
  id: string;
  zoneCode: string;
  entities: ExportEntity[];
  format: ExportFormat;
  unmasked: boolean;
}

class Interrupted extends Error {}

/**
 * Runs queued export jobs in this process, one at a time. Several API processes may run side by side: a job is
 * claimed with FOR UPDATE SKIP LOCKED, so exactly one of them runs it; a job whose worker died is re-queued once
 * its heartbeat is stale. Each job reads one REPEATABLE READ snapshot through a server-side cursor, FETCH_ROWS at
 * a time, and writes with back-pressure, so memory does not grow with the size of the county.
 */
export class ExportRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly crypto: FieldCrypto,
    readonly directory: string,
    private readonly pollMs = 5000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for work now (after a job was queued). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => console.error('export runner:', error))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Stops taking jobs; a job being written is put back in the queue for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  fileOf(jobId: string, name: string): string {
    return join(this.directory, jobId, name);
  }

  private async drain(): Promise<void> {
    await query(
      this.db,
      `UPDATE export_job SET status = 'QUEUED', heartbeat_at = NULL
        WHERE status = 'RUNNING' AND heartbeat_at < now() - interval '${STALE_AFTER}'`,
    );
    await this.expire();
    while (!this.stopped) {
      const [job] = await query<ClaimedJob>(
        this.db,
        // Wrapped in a CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
        `WITH claimed AS (
           UPDATE export_job SET status = 'RUNNING', started_at = now(), heartbeat_at = now(), rows_written = 0,
                  files = '[]'::jsonb, error = NULL
            WHERE id = (SELECT id FROM export_job WHERE status = 'QUEUED' ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
            RETURNING id::text, zone_code AS "zoneCode", entities::text[] AS entities, format, unmasked)
         SELECT * FROM claimed`,
      );
      if (!job) return;
      await this.run(job);
    }
  }

  private async run(job: ClaimedJob): Promise<void> {
    const directory = join(this.directory, job.id);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    try {
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      // One snapshot for every file: the files agree with each other and with the change-feed cursor.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const {
        rows: [{ horizon, incarnation }],
      } = await client.query<{ horizon: string; incarnation: number | null }>(
        `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
                (SELECT incarnation FROM feed_incarnation) AS incarnation`,
      );
      if (!/^[0-9]{2,15}$/.test(job.zoneCode)) throw new Error(`bad zone code ${job.zoneCode}`);
      // The county of a zone at or below a county (six digits of the zone code checked above, so it goes in as a
      // literal like the zone code); null above the county.
      const county = countyKeyOf(job.zoneCode);
      const countySql = county === null ? null : `'${county}'`;
      let total = 0;
      for (const entity of job.entities) {
        const spec = EXPORTS[entity];
        const {
          rows: [{ count }],
        } = await client.query<{ count: string }>(
          `SELECT count(*) AS count FROM ${spec.table} WHERE ${exportCondition(spec, '$1', countySql)}`,
          [job.zoneCode],
        );
        total += Number(count);
      }
      await query(this.db, `UPDATE export_job SET total_rows = $2, changes_cursor = $3 WHERE id = $1`, [
        job.id,
        total,
        // An export of a zone at or below a county hands out a cursor of that county's feed (one node's order).
        encodeCursor({ txid: BigInt(horizon), id: 0n, county: county ?? undefined }, incarnation ?? 1),
      ]);

      const files: StoredExportFile[] = [];
      let written = 0;
      let reported = Date.now();
      for (const entity of job.entities) {
        const spec = EXPORTS[entity];
        const name = `${spec.file}.${job.format === ExportFormat.CSV ? 'csv' : 'jsonl'}`;
        const path = join(directory, name);
        const writer = new RowWriter(spec, job.format, job.unmasked, this.crypto);
        const out = createWriteStream(`${path}.part`);
        const hash = createHash('sha256');
        let bytes = 0;
        let rows = 0;
        const write = async (text: string) => {
          const chunk = Buffer.from(text, 'utf8');
          hash.update(chunk);
          bytes += chunk.length;
          if (!out.write(chunk)) await once(out, 'drain');
        };
        await write(writer.header());
        // DECLARE takes no bind parameters: the zone code goes in as a literal (checked to be digits above).
        await client.query(
          `DECLARE export_rows NO SCROLL CURSOR FOR ${exportSelect(
            spec,
            job.unmasked,
            `'${job.zoneCode}'`,
            countySql,
          )}`,
        );
        for (;;) {
          const batch = await client.query<unknown[]>({
            text: `FETCH ${FETCH_ROWS} FROM export_rows`,
            rowMode: 'array',
          });
          if (batch.rows.length === 0) break;
          await write(writer.lines(batch.rows));
          rows += batch.rows.length;
          written += batch.rows.length;
          if (this.stopped) throw new Interrupted();
          if (Date.now() - reported >= PROGRESS_EVERY_MS) {
            reported = Date.now();
            await query(
              this.db,
              `UPDATE export_job SET rows_written = $2, heartbeat_at = now() WHERE id = $1`,
              [job.id, written],
            );
          }
        }
        await client.query('CLOSE export_rows');
        out.end();
        await once(out, 'finish');
        await rename(`${path}.part`, path);
        files.push({ entity, name, rows, bytes, sha256: hash.digest('hex') });
      }
      await client.query('COMMIT');
      await query(
        this.db,
        `UPDATE export_job SET status = 'COMPLETED', rows_written = $2, files = $3::jsonb, finished_at = now(),
                expires_at = now() + interval '${KEEP_FILES}', heartbeat_at = now()
          WHERE id = $1`,
        [job.id, written, JSON.stringify(files)],
      );
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await rm(directory, { recursive: true, force: true }).catch(() => undefined);
      if (error instanceof Interrupted) {
        await query(this.db, `UPDATE export_job SET status = 'QUEUED', heartbeat_at = NULL WHERE id = $1`, [
          job.id,
        ]);
      } else {
        await query(
          this.db,
          `UPDATE export_job SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
          [job.id, error instanceof Error ? error.message : String(error)],
        );
      }
    } finally {
      runner.release().catch(() => undefined);
    }
  }

  /** Deletes the files of jobs past their expiry. */
  private async expire(): Promise<void> {
    const expired = await query<{ id: string }>(
      this.db,
      `WITH expired AS (
         UPDATE export_job SET status = '${ExportStatus.EXPIRED}'
          WHERE status = 'COMPLETED' AND expires_at < now() RETURNING id::text)
       SELECT id FROM expired`,
    );
    for (const { id } of expired) await rm(join(this.directory, id), { recursive: true, force: true });
  }
}
