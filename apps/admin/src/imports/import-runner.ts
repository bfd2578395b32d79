import { once } from 'node:events';
import { statSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';

import {
  batchKey,
  type BatchResult,
  BOM,
  csvLine,
  type ImportKind,
  type RowProblem,
  type RowRejection,
} from '@census/import-files';

import { UsageError } from '../errors';
import {
  type Encoding,
  type ReadCounter,
  readCsv,
  readJsonLines,
  type SourceRecord,
  surveyFile,
} from './csv';
import type { ImportRun } from './run-journal';

export type { BatchResult, RowRejection } from '@census/import-files';

export interface ImportSummary {
  file: string;
  read: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  batches: number;
  /**
   * Batches answered from the server's record because the interrupted attempt of this run had sent them (the run
   * was resumed): their rows are counted in the totals above as that attempt left them.
   */
  replayedBatches: number;
  /** What the replayed batches held and how the interrupted attempt fared with them (part of the totals). */
  replayed: { rows: number; accepted: number; alreadyPresent: number; rejected: number };
  /** The run: its ID (part of every batch key), when it started, and whether this resumed an interrupted attempt. */
  run: { id: string; startedAt: string; resumed: boolean };
  seconds: number;
  rowsPerSecond: number;
  rejectFile: string | null;
}

export interface ImportOptions<Row extends { row: number }> {
  kind: ImportKind;
  /**
   * Who imports (the account's ID): part of every batch key, because the server keeps a key for the account and
   * the kind of import that first used it and refuses it to anyone else.
   */
  keyScope?: string;
  /** The run this pass belongs to (run-journal.ts): its ID is part of every batch key. */
  run: Pick<ImportRun, 'runId' | 'startedAt' | 'resumed' | 'begin' | 'batchDone' | 'finish'>;
  file: string;
  format: 'csv' | 'jsonl';
  encoding: Encoding;
  batchSize: number;
  rejectFile: string;
  /**
   * Where rejected rows go when `rejectFile` cannot be written (the input lies in a read-only folder); without it,
   * an unwritable `rejectFile` is a usage error. Either way this is found out before anything is sent.
   */
  fallbackRejectFile?: string;
  /** A line for the person running the import (a fallback reject file). */
  notice?: (text: string) => void;
  /** From the header (CSV) or the first record's keys (JSON Lines): how to turn records into API rows. */
  prepare(fields: string[]): (record: SourceRecord) => Row | RowProblem;
  send(rows: Row[], idempotencyKey: string): Promise<BatchResult>;
  /**
   * Rows that need others to exist first (zones: their parents). A batch with a row needing a key of a batch still
   * in flight waits until the batches in flight are applied; without this every batch may be sent while the
   * previous one is.
   */
  order?: { key(row: Row): string; needs(row: Row): string[] };
  progress(done: { rows: number; bytes: number; totalBytes: number; seconds: number }): void;
}

/** Opens the reject file for writing, before anything is sent: in `wanted`, else in `fallback` (said as a notice). */
async function openRejectFile(
  wanted: string,
  fallback: string | undefined,
  notice: (text: string) => void,
): Promise<{ file: string; handle: Awaited<ReturnType<typeof open>> }> {
  try {
    return { file: wanted, handle: await open(wanted, 'w') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (!fallback) {
      throw new UsageError(
        `无法写入被拒行文件 ${wanted}（${code}），未导入任何行；请用 --rejects 指定可写的位置。` +
          ` Cannot write the reject file ${wanted} (${code}); nothing was imported. Name a writable one with --rejects FILE.`,
      );
    }
    await mkdir(path.dirname(fallback), { recursive: true, mode: 0o700 });
    const handle = await open(fallback, 'w');
    notice(
      `无法在输入文件旁写入被拒行文件 ${wanted}（${code}），改写到 ${fallback}。` +
        ` Cannot write ${wanted} (${code}); rejected rows go to ${fallback} instead (or name one with --rejects FILE).`,
    );
    return { file: fallback, handle };
  }
}

/**
 * Streams a file through the API in batches. Each batch's idempotency key is derived from the account, the run ID
 * and the batch's rows: a resumed run (after Ctrl-C, a lost connection or a server restart) sends the same batches
 * under the same keys, so the server replays what the interrupted attempt did and applies only what it had not —
 * nothing is applied twice, and the summary still counts every row. A new run of the same file has a new run ID:
 * every row is checked again (rows rejected before may pass now), rows already stored count as already present.
 */
export async function runImport<Row extends { row: number }>(
  options: ImportOptions<Row>,
): Promise<ImportSummary> {
  const started = performance.now();
  // The whole file is checked before anything is sent: a file in no single encoding, or with a record over the
  // size cap, is refused (FileRefusedError) and nothing of it is stored.
  const { encoding } = await surveyFile(options.file, options.format, options.encoding);
  const counter: ReadCounter = { bytes: 0 };
  const totalBytes = statSync(options.file).size;
  const opened = await openRejectFile(
    options.rejectFile,
    options.fallbackRejectFile,
    options.notice ?? (() => {}),
  );
  const rejects = opened.handle.createWriteStream({ encoding: 'utf8' });
  // For scripts: the field as the API names it and the code (the web app's download has Chinese headers).
  rejects.write(`${BOM}${csvLine(['row', 'field', 'code', 'message'])}`);
  const summary: ImportSummary = {
    file: options.file,
    read: 0,
    accepted: 0,
    rejected: 0,
    alreadyPresent: 0,
    batches: 0,
    replayedBatches: 0,
    replayed: { rows: 0, accepted: 0, alreadyPresent: 0, rejected: 0 },
    run: { id: options.run.runId, startedAt: options.run.startedAt, resumed: options.run.resumed },
    seconds: 0,
    rowsPerSecond: 0,
    rejectFile: null,
  };
  // One line per problem in the reject file; a row with several problems still counts once as rejected.
  const reject = (r: RowRejection) => rejects.write(csvLine([r.row, r.field, r.code, r.message]));

  let convert: ((record: SourceRecord) => Row | RowProblem) | null = null;
  const records: AsyncGenerator<SourceRecord | { header: string[] }> =
    options.format === 'csv'
      ? readCsv(options.file, encoding, counter)
      : readJsonLines(options.file, encoding, counter);
  let batch: Row[] = [];
  let begun = false;
  // The first batch that failed (connection lost, token expired...): no more are sent, those in flight are
  // waited for, then it is thrown. The journal stays, so the next run of the file resumes this one.
  let failure: { error: unknown } | null = null;
  const inFlight = new Set<Promise<void>>();
  // Keys of the rows of the batches in flight, when the rows have an order.
  const pending = new Map<Promise<void>, Set<string>>();
  const settle = async () => {
    await Promise.all(inFlight);
    if (failure) throw failure.error;
  };
  const flush = async () => {
    if (failure) await settle();
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    if (!begun) {
      begun = true;
      await options.run.begin(options.batchSize);
    }
    const key = await batchKey(options.kind, [
      options.keyScope ?? '',
      options.run.runId,
      JSON.stringify(rows),
    ]);
    const { order } = options;
    if (
      order &&
      [...pending.values()].some((keys) => rows.some((row) => order.needs(row).some((k) => keys.has(k))))
    ) {
      await Promise.all(inFlight);
      if (failure) await settle();
    }
    const sending = options.send(rows, key).then(async (result) => {
      const rejected = new Set(result.rejected.map((r) => r.row)).size;
      summary.batches += 1;
      if (result.replayed) {
        summary.replayedBatches += 1;
        summary.replayed.rows += rows.length;
        summary.replayed.accepted += result.accepted;
        summary.replayed.alreadyPresent += result.alreadyPresent;
        summary.replayed.rejected += rejected;
      }
      summary.accepted += result.accepted;
      summary.alreadyPresent += result.alreadyPresent;
      summary.rejected += rejected;
      for (const rejection of result.rejected) reject(rejection);
      options.progress({
        rows: summary.read,
        bytes: counter.bytes,
        totalBytes,
        seconds: (performance.now() - started) / 1000,
      });
      await options.run.batchDone();
    });
    const tracked: Promise<void> = sending
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        inFlight.delete(tracked);
        pending.delete(tracked);
      });
    inFlight.add(tracked);
    if (order) pending.set(tracked, new Set(rows.map((row) => order.key(row))));
    // Two batches in flight: the server works on one while the next is read and sent.
    if (inFlight.size >= 2) await Promise.race(inFlight);
    if (failure) await settle();
  };

  try {
    for await (const record of records) {
      if ('header' in record) {
        convert = options.prepare(record.header);
        continue;
      }
      if (!convert) convert = options.prepare(Object.keys(record.values));
      summary.read += 1;
      if (record.problem) {
        summary.rejected += 1;
        reject({ row: record.row, field: '*', code: 'INVALID', message: record.problem });
        continue;
      }
      const row = convert(record);
      if ('field' in row) {
        summary.rejected += 1;
        reject({ row: record.row, code: 'INVALID', ...row });
      } else {
        batch.push(row);
        if (batch.length >= options.batchSize) await flush();
      }
    }
    if (!convert) throw new UsageError(`${options.file} holds no rows.`);
    await flush();
    await settle();
  } finally {
    // Whatever happened, batches in flight are waited for (their answers are in the reject file), and the reject
    // file is closed.
    await Promise.all(inFlight);
    rejects.end();
    await once(rejects, 'close');
  }
  // The whole file was sent: the run is over, the next run of this file is a new one.
  await options.run.finish();
  summary.seconds = +((performance.now() - started) / 1000).toFixed(2);
  summary.rowsPerSecond = Math.round(summary.read / Math.max(summary.seconds, 0.001));
  summary.rejectFile = summary.rejected > 0 ? opened.file : null;
  return summary;
}
