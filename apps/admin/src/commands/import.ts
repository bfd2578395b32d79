import { ImportElectricityDocument, ImportGridDocument, ImportRegistryDocument } from '@census/client';
import path from 'node:path';
import { connect, type GlobalOptions } from '../connection';
import { EXIT, UsageError } from '../errors';
import type { Encoding } from '../imports/csv';
import { runImport, type ImportSummary } from '../imports/import-runner';
import { mapHeader, toRegistryRow } from '../imports/registry-columns';
import { ELECTRICITY, GRID, mapColumns, type ColumnSpec } from '../imports/source-columns';
import type { BatchResult } from '../imports/import-runner';
import type { CensusClient } from '@census/client';
import { print, type Io } from '../io';

export const IMPORT_HELP = `census-admin import registry|electricity|grid FILE [--format csv|jsonl]
                              [--encoding auto|utf8|gbk] [--batch-size N] [--rejects FILE]

  registry     the police registry push (公安推送), one row per registered person
  electricity  meter accounts with last month's usage (用电信息)
  grid         grid screening lists (网格摸排), one household per row

Imports the police registry push (公安推送): one row per registered person with
citizen_id, name, sex, birth_date, address, registry_household_number, zone_code
(or the Chinese headers 公民身份号码, 姓名, 性别, 出生日期, 户籍地址, 户号, 区划代码);
see docs/imports.md. The file is streamed and sent in batches (default 2000 rows);
rejected rows go to FILE.rejects.csv with row number, field and reason, good rows
are kept. Running the same file again changes nothing: batches are replayed by
their idempotency keys. Exit code 1 when rows were rejected.`;

export interface ImportArgs {
  target?: string;
  file?: string;
  format?: string;
  encoding?: string;
  batchSize?: string;
  rejects?: string;
}

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

export async function importCommand(args: ImportArgs, options: GlobalOptions, io: Io): Promise<number> {
  const target = args.target ?? '';
  if (!['registry', 'electricity', 'grid'].includes(target)) {
    throw new UsageError(`import needs registry, electricity or grid; got '${target}'.`);
  }
  if (!args.file) throw new UsageError(`import ${target} needs a FILE.`);
  const format = (args.format ?? (args.file.endsWith('.jsonl') ? 'jsonl' : 'csv')) as 'csv' | 'jsonl';
  if (!['csv', 'jsonl'].includes(format))
    throw new UsageError(`--format must be csv or jsonl; got '${format}'.`);
  const encoding = (args.encoding ?? 'auto') as Encoding;
  if (!['auto', 'utf8', 'gbk'].includes(encoding))
    throw new UsageError(`--encoding must be auto, utf8 or gbk; got '${encoding}'.`);
  const batchSize = Number(args.batchSize ?? 2000);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2000)
    throw new UsageError('--batch-size must be 1 to 2000.');
  const client = await connect(options, io.env);
  const source = path.basename(args.file);
  let summary: ImportSummary;
  try {
    if (target !== 'registry') {
      summary = await runImport(
        sourceImport(
          target as 'electricity' | 'grid',
          args.file,
          format,
          encoding,
          batchSize,
          args.rejects,
          client,
          options,
          io,
        ),
      );
    } else
      summary = await runImport({
        kind: 'registry',
        file: args.file,
        format,
        encoding,
        batchSize,
        rejectFile: args.rejects ?? `${args.file}.rejects.csv`,
        prepare(fields) {
          const { columns, missing, extra } = mapHeader(fields);
          if (missing.length)
            throw new UsageError(
              `${args.file} lacks the column(s) ${missing.join(', ')} (see docs/imports.md).`,
            );
          if (extra.length && !options.json) print(io.stderr, `Ignoring column(s) ${extra.join(', ')}.`);
          return (record) => toRegistryRow(record.row, record.values, columns);
        },
        async send(rows, idempotencyKey) {
          const { importRegistry } = await client.request(ImportRegistryDocument, {
            input: { idempotencyKey, source, rows },
          });
          return importRegistry;
        },
        progress: progressPrinter(io, options.json),
      });
  } finally {
    if ((io.stderr as { isTTY?: boolean }).isTTY && !options.json) io.stderr.write('\n');
  }
  if (options.json) print(io.stdout, JSON.stringify(summary));
  else {
    print(
      io.stdout,
      `${summary.file}: read ${summary.read}, accepted ${summary.accepted}, rejected ${summary.rejected}, already present ${summary.alreadyPresent} ` +
        `(${summary.batches} batches, ${summary.replayedBatches} replayed; ${summary.rowsPerSecond} rows/s)` +
        (summary.rejectFile ? `; rejected rows in ${summary.rejectFile}` : ''),
    );
  }
  return summary.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
}

/** The electricity and grid imports: the same runner, their own columns and mutation. */
function sourceImport(
  target: 'electricity' | 'grid',
  file: string,
  format: 'csv' | 'jsonl',
  encoding: Encoding,
  batchSize: number,
  rejects: string | undefined,
  client: CensusClient,
  options: GlobalOptions,
  io: Io,
) {
  const spec = (target === 'electricity' ? ELECTRICITY : GRID) as ColumnSpec<{ row: number }>;
  const source = path.basename(file);
  return {
    kind: target,
    file,
    format,
    encoding,
    batchSize,
    rejectFile: rejects ?? `${file}.rejects.csv`,
    prepare(fields: string[]) {
      const { columns, missing, extra } = mapColumns(spec, fields);
      if (missing.length)
        throw new UsageError(`${file} lacks the column(s) ${missing.join(', ')} (see docs/imports.md).`);
      if (extra.length && !options.json) print(io.stderr, `Ignoring column(s) ${extra.join(', ')}.`);
      return (record: { row: number; values: Record<string, string> }) =>
        spec.toRow(record.row, (field) => (columns[field] ? (record.values[columns[field]] ?? '') : ''));
    },
    async send(rows: { row: number }[], idempotencyKey: string): Promise<BatchResult> {
      if (target === 'electricity') {
        const result = await client.request(ImportElectricityDocument, {
          input: { idempotencyKey, source, rows: rows as never },
        });
        return result.importElectricity;
      }
      const result = await client.request(ImportGridDocument, {
        input: { idempotencyKey, source, rows: rows as never },
      });
      return result.importGrid;
    },
    progress: progressPrinter(io, options.json),
  };
}
