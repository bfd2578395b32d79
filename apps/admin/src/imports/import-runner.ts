import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';

import { UsageError } from '../errors';
import {
  type Encoding,
  type ReadCounter,
  readCsv,
  readJsonLines,
  type SourceRecord,
  surveyFile,
} from './csv';

export interface RowRejection {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface BatchResult {
  accepted: number;
  alreadyPresent: number;
  rejected: RowRejection[];
  replayed: boolean;
}

export interface ImportSummary {
  file: string;
  read: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  batches: number;
  replayedBatches: number;
  seconds: number;
  rowsPerSecond: number;
  rejectFile: string | null;
}

export interface ImportOptions<Row extends { row: number }> {
  kind: string;
  /**
   * Who imports (the account's ID): part of every batch key, because the server keeps a key for the account and
   * the kind of import that first used it and refuses it to anyone else.
   */
  keyScope?: string;
  file: string;
  format: 'csv' | 'jsonl';
  encoding: Encoding;
  batchSize: number;
  rejectFile: string;
  /** From the header (CSV) or the first record's keys (JSON Lines): how to turn records into API rows. */
  prepare(fields: string[]): (record: SourceRecord) => Row | { field: string; message: string };
  send(rows: Row[], idempotencyKey: string): Promise<BatchResult>;
  /**
   * Rows that need others to exist first (zones: their parents). A batch with a row needing a key of a batch still
   * in flight waits until the batches in flight are applied; without this every batch may be sent while the
   * previous one is.
   */
  order?: { key(row: Row): string; needs(row: Row): string[] };
  progress(done: { rows: number; bytes: number; totalBytes: number; seconds: number }): void;
}

/**
 * Streams a file through the API in batches. Each batch's idempotency key is derived from its content, so running
 * the same file again (after Ctrl-C, a lost connection or a server restart) replays what was done and sends only
 * what was not: nothing is duplicated, and the summary still counts every row.
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
  const rejects = createWriteStream(options.rejectFile, { encoding: 'utf8' });
  rejects.write('\uFEFFrow,field,code,message\r\n');
  const summary: ImportSummary = {
    file: options.file,
    read: 0,
    accepted: 0,
    rejected: 0,
    alreadyPresent: 0,
    batches: 0,
    replayedBatches: 0,
    seconds: 0,
    rowsPerSecond: 0,
    rejectFile: null,
  };
  // One line per problem in the reject file; a row with several problems still counts once as rejected.
  const reject = (r: RowRejection) => {
    const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    rejects.write(`${r.row},${cell(r.field)},${r.code},${cell(r.message)}\r\n`);
  };

  let convert: ((record: SourceRecord) => Row | { field: string; message: string }) | null = null;
  const records: AsyncGenerator<SourceRecord | { header: string[] }> =
    options.format === 'csv'
      ? readCsv(options.file, encoding, counter)
      : readJsonLines(options.file, encoding, counter);
  let batch: Row[] = [];
  const inFlight = new Set<Promise<void>>();
  // Keys of the rows of the batches in flight, when the rows have an order.
  const pending = new Map<Promise<void>, Set<string>>();
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    const content = createHash('sha256')
      .update(`${options.keyScope ?? ''}\n${JSON.stringify(rows)}`)
      .digest('hex');
    const key = `${options.kind}:${content}`;
    const { order } = options;
    if (
      order &&
      [...pending.values()].some((keys) => rows.some((row) => order.needs(row).some((k) => keys.has(k))))
    )
      await Promise.all(inFlight);
    const sending = options.send(rows, key).then((result) => {
      summary.batches += 1;
      if (result.replayed) summary.replayedBatches += 1;
      summary.accepted += result.accepted;
      summary.alreadyPresent += result.alreadyPresent;
      summary.rejected += new Set(result.rejected.map((r) => r.row)).size;
      for (const rejection of result.rejected) reject(rejection);
      options.progress({
        rows: summary.read,
        bytes: counter.bytes,
        totalBytes,
        seconds: (performance.now() - started) / 1000,
      });
    });
    const tracked = sending.finally(() => {
      inFlight.delete(tracked);
      pending.delete(tracked);
    });
    inFlight.add(tracked);
    if (order) pending.set(tracked, new Set(rows.map((row) => order.key(row))));
    // Two batches in flight: the server works on one while the next is read and sent.
    if (inFlight.size >= 2) await Promise.race(inFlight);
  };

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
  await Promise.all(inFlight);
  rejects.end();
  await once(rejects, 'finish');
  summary.seconds = +((performance.now() - started) / 1000).toFixed(2);
  summary.rowsPerSecond = Math.round(summary.read / Math.max(summary.seconds, 0.001));
  summary.rejectFile = summary.rejected > 0 ? options.rejectFile : null;
  return summary;
}
