/**
 * Reads import files: CSV (RFC 4180, parsed by csv-parse: quoted fields with commas, quotes and line breaks; CRLF,
 * LF or CR; a BOM) and JSON Lines, in UTF-8 or GB18030 (the superset of GBK that Chinese offices export).
 *
 * A file is read twice. `surveyFile` first goes through all of it without sending anything: it decides the
 * encoding from the whole file (valid UTF-8, else valid GB18030, else refused, and refused as well when UTF-8 and
 * GB18030 records are mixed) and refuses a record over `MAX_RECORD_BYTES`; a refused file is named with the record,
 * line and byte where the trouble starts, and nothing of it is stored. `readCsv`/`readJsonLines` then stream the
 * records in that encoding. Memory stays flat either way: records are handled as the bytes arrive and none may grow
 * beyond the cap.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1 and every record, an empty line included, is
 * one row, however many lines its quoted fields span (JSON Lines: the line number).
 *
 * The encoding rule, the csv-parse options and the messages are @census/import-files', shared with the web app's
 * 导入 page (which reads a file whole); this module only streams them from disk.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';

import { type Options, Parser } from 'csv-parse';

import {
  CSV_OPTIONS,
  decodeField,
  type Encoding,
  encodingNamed,
  EncodingTally,
  fieldCountProblem,
  type FileEncoding,
  MAX_RECORD_BYTES,
  type RefusalCode,
  refusalText,
  tooLargeText,
  TRUNCATED,
} from '@census/import-files';

import { UsageError } from '../errors';

export { type Encoding, type FileEncoding, MAX_RECORD_BYTES } from '@census/import-files';

/** The `--encoding` value as an `Encoding`; a UsageError for anything else. */
export function parseEncoding(value: string | undefined): Encoding {
  const encoding = encodingNamed(value);
  if (!encoding)
    throw new UsageError(`--encoding must be auto, utf-8, gbk or gb18030; got '${value ?? ''}'.`);
  return encoding;
}

/** A file refused as a whole (exit code 2): nothing of it was sent. */
export class FileRefusedError extends UsageError {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(`${message} (${code})`);
  }
}

export interface SourceRecord {
  /** The row a spreadsheet shows (1 = header); in JSON Lines, the line. */
  row: number;
  /** Field values by header name (CSV) or by key (JSON Lines). */
  values: Record<string, string>;
  /** Why the record could not be read; it is then rejected without reaching the server. */
  problem?: string;
}

/** Bytes read so far, for progress and ETA. */
export interface ReadCounter {
  bytes: number;
}

const HIGH_WATER_MARK = 256 * 1024;

/**
 * 3 when the file starts with the UTF-8 byte-order mark, else 0. CSV files are read after it: csv-parse, finding it,
 * would decode the fields as UTF-8 itself (U+FFFD for anything else), and the encoding rule needs the bytes.
 */
function bomLength(path: string): number {
  const head = Buffer.alloc(3);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, 3, 0);
    return read === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  } finally {
    closeSync(fd);
  }
}

function fileStream(path: string, counter?: ReadCounter, start = 0) {
  const stream = createReadStream(path, { highWaterMark: HIGH_WATER_MARK, start });
  if (counter) {
    counter.bytes += start;
    stream.on('data', (chunk) => (counter.bytes += chunk.length));
  }
  return stream;
}

interface RawRecord {
  row: number;
  fields: Buffer[];
}

type RawOutcome = RawRecord | { row: number; unterminated: true } | { row: number; tooLarge: true };

/**
 * csv-parse ending on its error as on the end of the file: the records parsed before it are all read first (a
 * stream that fails drops what it still buffers), then `{ failure }`.
 */
class ReadingParser extends Parser {
  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback) {
    super._transform(chunk, encoding, (error) => this.settle(error, callback));
  }

  override _flush(callback: TransformCallback) {
    super._flush((error) => this.settle(error, callback));
  }

  private settle(error: Error | null | undefined, callback: TransformCallback) {
    if (error) {
      this.push({ failure: error });
      this.push(null);
    }
    callback();
  }
}

type Parsed<T> = T | { failure: { code?: string } };

/** csv-parse over a file; the caller breaks off after a `failure` (the parser takes nothing after it). */
function csvParser(path: string, options: Options, counter?: ReadCounter) {
  const file = fileStream(path, counter, bomLength(path));
  const parser = file.pipe(new ReadingParser({ ...options, bom: false }));
  return {
    parser,
    close: () => {
      file.destroy();
      parser.destroy();
    },
  };
}

/**
 * The records of a CSV file as byte fields, numbered from 1 (every record counts, an empty line too). A file ending
 * inside a quoted field ends with `unterminated`, a record over the size cap with `tooLarge` (reading stops there).
 */
async function* rawCsvRecords(path: string, counter?: ReadCounter): AsyncGenerator<RawOutcome> {
  const { parser, close } = csvParser(path, CSV_OPTIONS, counter);
  let row = 0;
  try {
    for await (const fields of parser as AsyncIterable<Parsed<Buffer[]>>) {
      row += 1;
      if (!('failure' in fields)) {
        yield { row, fields };
        continue;
      }
      const { code } = fields.failure;
      if (code === 'CSV_QUOTE_NOT_CLOSED') yield { row, unterminated: true };
      else if (code === 'CSV_MAX_RECORD_SIZE') yield { row, tooLarge: true };
      else throw fields.failure as Error;
      return;
    }
  } finally {
    close();
  }
}

/** The lines of a file as bytes (without the line break), numbered from 1; a line over the cap is `tooLarge`. */
async function* rawLines(path: string, counter?: ReadCounter): AsyncGenerator<RawOutcome> {
  let row = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const line = (last: Buffer): RawRecord => {
    let bytes = pending.length ? Buffer.concat([...pending, last]) : last;
    pending = [];
    pendingBytes = 0;
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    if (row === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    row += 1;
    return { row, fields: [bytes] };
  };
  for await (const chunk of fileStream(path, counter) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
      const next = line(chunk.subarray(start, end));
      if (next.fields[0].length > MAX_RECORD_BYTES) {
        yield { row: next.row, tooLarge: true };
        return;
      }
      yield next;
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_RECORD_BYTES) {
        yield { row: row + 1, tooLarge: true };
        return;
      }
    }
  }
  if (pendingBytes > 0) yield line(Buffer.alloc(0));
}

/** Where a record starts, found again for a message: its first line and byte offset (0-based). */
async function locate(
  path: string,
  format: 'csv' | 'jsonl',
  row: number,
): Promise<{ line: number; offset: number }> {
  if (row <= 1) return { line: 1, offset: 0 };
  if (format === 'jsonl') {
    let offset = 0;
    let line = 1;
    for await (const chunk of createReadStream(path, {
      highWaterMark: HIGH_WATER_MARK,
    }) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
        line += 1;
        if (line === row) return { line, offset: offset + i + 1 };
      }
      offset += chunk.length;
    }
    return { line: row, offset };
  }
  // The end of the record before it, as csv-parse counts lines and bytes (after the byte-order mark).
  const bom = bomLength(path);
  const { parser, close } = csvParser(path, { ...CSV_OPTIONS, info: true, max_record_size: 0 });
  let line = 1;
  let offset = 0;
  let seen = 0;
  try {
    for await (const record of parser as AsyncIterable<Parsed<{ info: { lines: number; bytes: number } }>>) {
      // The record itself may be unterminated: where it starts is known by then.
      if ('failure' in record) break;
      seen += 1;
      line = record.info.lines + 1;
      offset = record.info.bytes + bom;
      if (seen === row - 1) break;
    }
  } finally {
    close();
  }
  return { line, offset };
}

export interface Survey {
  encoding: FileEncoding;
}

async function wholeFileIsUtf8(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: HIGH_WATER_MARK }))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the whole file once, sending nothing, and decides how to read it: its encoding (as asked, or UTF-8 when the
 * whole file is UTF-8, else GB18030 when the whole file is GB18030 and no record in it is plainly Chinese UTF-8).
 * Throws a FileRefusedError naming the first record in the way: one that is not in the file's encoding, or over the
 * size cap.
 */
export async function surveyFile(path: string, format: 'csv' | 'jsonl', asked: Encoding): Promise<Survey> {
  const utf8 = asked === 'gb18030' ? false : await wholeFileIsUtf8(path);
  // For a UTF-8 file only the record sizes are left to check; otherwise every record's encoding too.
  const tally = new EncodingTally();
  const records = format === 'csv' ? rawCsvRecords(path) : rawLines(path);
  for await (const record of records) {
    if ('tooLarge' in record) {
      throw new FileRefusedError(
        'RECORD_TOO_LARGE',
        tooLargeText(record.row, await locate(path, format, record.row)),
      );
    }
    if ('fields' in record && !utf8) tally.add(record.row, record.fields);
  }
  const verdict = tally.verdict(asked, utf8);
  if ('encoding' in verdict) return verdict;
  const { refusal } = verdict;
  const { row, field } = refusal.at;
  // The header is read in the encoding the file is taken to be; a column name in another shows as its number.
  const column =
    format !== 'csv' || field < 0 || row === 1
      ? undefined
      : ((await headerFields(path, refusal.headerEncoding))[field] ?? `${field + 1}`);
  throw new FileRefusedError(
    refusal.code,
    refusalText(refusal, await locate(path, format, row), column, true),
  );
}

async function headerFields(path: string, encoding: FileEncoding): Promise<string[]> {
  for await (const record of rawCsvRecords(path)) {
    return 'fields' in record ? record.fields.map((f) => decodeField(f, encoding, true)) : [];
  }
  return [];
}

export async function* readCsv(
  path: string,
  encoding: FileEncoding = 'utf8',
  counter?: ReadCounter,
): AsyncGenerator<SourceRecord | { header: string[] }> {
  let header: string[] | null = null;
  for await (const record of rawCsvRecords(path, counter)) {
    if ('tooLarge' in record) {
      // surveyFile refuses such a file before anything is sent; a file changed since is refused here.
      throw new FileRefusedError(
        'RECORD_TOO_LARGE',
        `第 ${record.row} 行超过大小上限。 Row ${record.row} is too large.`,
      );
    }
    if ('unterminated' in record) {
      if (header) yield { row: record.row, values: {}, problem: TRUNCATED };
      continue;
    }
    const fields = record.fields.map((field, i) => decodeField(field, encoding, record.row === 1 && i === 0));
    if (!header) {
      header = fields.map((name) => name.trim());
      yield { header };
      continue;
    }
    // An empty line is a row of a spreadsheet too, but holds nothing to import.
    if (fields.length === 1 && fields[0] === '') continue;
    const values = Object.fromEntries(header.map((name, i) => [name, (fields[i] ?? '').trim()]));
    if (fields.length !== header.length) {
      yield {
        row: record.row,
        values,
        problem: fieldCountProblem(fields.length, header.length),
      };
    } else {
      yield { row: record.row, values };
    }
  }
}

export async function* readJsonLines(
  path: string,
  encoding: FileEncoding = 'utf8',
  counter?: ReadCounter,
): AsyncGenerator<SourceRecord> {
  for await (const record of rawLines(path, counter)) {
    if (!('fields' in record)) {
      throw new FileRefusedError(
        'RECORD_TOO_LARGE',
        `第 ${record.row} 行超过大小上限。 Line ${record.row} is too large.`,
      );
    }
    const { row } = record;
    const line = decodeField(record.fields[0], encoding, row === 1);
    if (!line.trim()) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      const values = Object.fromEntries(
        Object.entries(parsed).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v as string)]),
      );
      yield { row, values };
    } catch {
      yield {
        row,
        values: {},
        problem:
          '该行不是 JSON 对象（最后一行不完整？）。 The line is not a JSON object (a truncated last line?).',
      };
    }
  }
}
