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
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';

import { type Options, Parser } from 'csv-parse';

import { UsageError } from '../errors';

/** As asked on the command line; `gbk` reads as GB18030, its superset (every GBK file is a GB18030 file). */
export type Encoding = 'auto' | 'utf8' | 'gb18030';
/** What a file turned out to be. */
export type FileEncoding = Exclude<Encoding, 'auto'>;

const ENCODING_NAMES: Record<string, Encoding> = {
  auto: 'auto',
  utf8: 'utf8',
  'utf-8': 'utf8',
  gbk: 'gb18030',
  gb18030: 'gb18030',
};

/** The `--encoding` value as an `Encoding`; a UsageError for anything else. */
export function parseEncoding(value: string | undefined): Encoding {
  const encoding = ENCODING_NAMES[(value ?? 'auto').toLowerCase()];
  if (!encoding)
    throw new UsageError(`--encoding must be auto, utf-8, gbk or gb18030; got '${value ?? ''}'.`);
  return encoding;
}

/** The largest record (its field bytes) a file may hold: 64 KB, far above any census row. */
export const MAX_RECORD_BYTES = 64 * 1024;

/** Why a whole file is refused before anything of it is sent. */
export type RefusalCode = 'MIXED_ENCODING' | 'INVALID_ENCODING' | 'RECORD_TOO_LARGE';

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

const CSV_OPTIONS: Options = {
  // Fields come as bytes and are decoded here: csv-parse only looks for ASCII quotes, commas and line breaks,
  // which never occur inside a UTF-8 or GB18030 multi-byte character.
  encoding: null,
  bom: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_quotes: true,
  relax_column_count: true,
  max_record_size: MAX_RECORD_BYTES,
};

const HIGH_WATER_MARK = 256 * 1024;

function fileStream(path: string, counter?: ReadCounter) {
  const stream = createReadStream(path, { highWaterMark: HIGH_WATER_MARK });
  if (counter) stream.on('data', (chunk) => (counter.bytes += chunk.length));
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
  const file = fileStream(path, counter);
  const parser = file.pipe(new ReadingParser(options));
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
  // The end of the record before it, as csv-parse counts lines and bytes.
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
      offset = record.info.bytes;
      if (seen === row - 1) break;
    }
  } finally {
    close();
  }
  return { line, offset };
}

/** How the position of a record reads in a message, Chinese and English. */
function where(row: number, position: { line: number; offset: number }, column?: string) {
  const zhColumn = column ? `“${column}”一栏` : '';
  const enColumn = column ? `, column ${column}` : '';
  return {
    zh: `第 ${row} 行（文件第 ${position.line} 行、字节偏移 ${position.offset} 起）${zhColumn}`,
    en: `row ${row} (from line ${position.line}, byte offset ${position.offset}${enColumn})`,
  };
}

const strictGb18030 = new TextDecoder('gb18030', { fatal: true });

function isGb18030(bytes: Buffer): boolean {
  try {
    strictGb18030.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Valid UTF-8 whose non-ASCII characters are all CJK (ideographs, punctuation, full-width forms), two at least. */
function isClearlyChineseUtf8(fields: Buffer[]): boolean {
  let cjk = 0;
  for (const field of fields) {
    if (isAscii(field)) continue;
    if (!isUtf8(field)) return false;
    for (const ch of field.toString('utf8')) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) continue;
      const chinese =
        (code >= 0x3000 && code <= 0x303f) ||
        (code >= 0x3400 && code <= 0x9fff) ||
        (code >= 0xff00 && code <= 0xffef) ||
        (code >= 0x20000 && code <= 0x3ffff);
      if (!chinese) return false;
      cjk += 1;
    }
  }
  return cjk >= 2;
}

/** The first field of a record that is not valid in `test`, as its index, or -1. */
const firstBadField = (fields: Buffer[], test: (bytes: Buffer) => boolean) =>
  fields.findIndex((field) => !isAscii(field) && !test(field));

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
  const checkRecords = !utf8;
  let utf8Rows = 0;
  let firstUtf8: { row: number; field: number } | null = null;
  let notUtf8Rows = 0;
  let firstNotUtf8: { row: number; field: number } | null = null;
  let firstNotGb: { row: number; field: number } | null = null;
  const records = format === 'csv' ? rawCsvRecords(path) : rawLines(path);
  for await (const record of records) {
    if ('tooLarge' in record) {
      const at = where(record.row, await locate(path, format, record.row));
      throw new FileRefusedError(
        'RECORD_TOO_LARGE',
        `${at.zh}的记录超过 ${MAX_RECORD_BYTES / 1024} KB 上限（引号未闭合或文件已损坏？），整个文件未导入。 ` +
          `The record at ${at.en} exceeds the ${MAX_RECORD_BYTES / 1024} KB limit (an unclosed quote or a damaged ` +
          `file?); nothing of the file was imported.`,
      );
    }
    if (!('fields' in record) || !checkRecords) continue;
    const notUtf8 = firstBadField(record.fields, isUtf8);
    if (notUtf8 >= 0) {
      notUtf8Rows += 1;
      firstNotUtf8 ??= { row: record.row, field: notUtf8 };
      const notGb = firstBadField(record.fields, isGb18030);
      if (notGb >= 0) firstNotGb ??= { row: record.row, field: notGb };
    } else if (record.fields.some((field) => !isAscii(field))) {
      utf8Rows += 1;
      if (!firstUtf8 && isClearlyChineseUtf8(record.fields)) firstUtf8 = { row: record.row, field: -1 };
    }
  }
  if (utf8) return { encoding: 'utf8' };
  const columnOf = async (bad: { row: number; field: number }, encoding: FileEncoding) => {
    if (format !== 'csv' || bad.field < 0 || bad.row === 1) return undefined;
    // The header is read in the encoding the file is taken to be; a column name in another shows as its number.
    const raw = (await headerFields(path, encoding))[bad.field];
    return raw ?? `${bad.field + 1}`;
  };
  const refuse = async (
    code: RefusalCode,
    bad: { row: number; field: number },
    encoding: FileEncoding,
    [zh, en]: [string, string],
    [zhAdvice, enAdvice]: [string, string] = ['', ''],
  ) => {
    const at = where(bad.row, await locate(path, format, bad.row), await columnOf(bad, encoding));
    const At = at.en.replace(/^./, (c) => c.toUpperCase());
    return new FileRefusedError(
      code,
      `${at.zh}${zh}，整个文件未导入。${zhAdvice} ${At} ${en}; nothing of the file was imported.${enAdvice ? ` ${enAdvice}` : ''}`,
    );
  };
  if (asked === 'utf8' && firstNotUtf8) {
    throw await refuse('INVALID_ENCODING', firstNotUtf8, 'utf8', [
      '不是有效的 UTF-8 编码',
      'is not valid UTF-8',
    ]);
  }
  if (asked === 'auto' && firstNotUtf8 && utf8Rows >= notUtf8Rows) {
    throw await refuse(
      'MIXED_ENCODING',
      firstNotUtf8,
      'utf8',
      [
        `不是 UTF-8 编码，而文件中另有 ${utf8Rows} 行是 UTF-8（混用了编码，例如粘贴了 GBK 导出的行）`,
        `is not UTF-8 while ${utf8Rows} other rows are (the file mixes encodings, e.g. rows pasted from a GBK export)`,
      ],
      ['请将整个文件另存为 UTF-8 后重试。', 'Save the whole file as UTF-8 and try again.'],
    );
  }
  if (firstNotGb) {
    const forced = asked === 'gb18030';
    throw await refuse(
      'INVALID_ENCODING',
      firstNotGb,
      'gb18030',
      forced
        ? ['不是有效的 GB18030/GBK 编码', 'is not valid GB18030/GBK']
        : [
            '既不是有效的 UTF-8 编码，也不是有效的 GB18030/GBK 编码',
            'is neither valid UTF-8 nor valid GB18030/GBK',
          ],
    );
  }
  if (asked === 'auto' && firstUtf8) {
    throw await refuse(
      'MIXED_ENCODING',
      firstUtf8,
      'gb18030',
      [
        '是 UTF-8 编码的中文，而文件其余部分是 GB18030/GBK（混用了编码）',
        'holds Chinese in UTF-8 while the rest of the file is GB18030/GBK (the file mixes encodings)',
      ],
      [
        '请将整个文件另存为同一种编码后重试；确认整个文件是 GBK 时可加 --encoding gbk。',
        'Save the whole file in one encoding and try again, or give --encoding gbk if it is all GBK.',
      ],
    );
  }
  return { encoding: 'gb18030' };
}

async function headerFields(path: string, encoding: FileEncoding): Promise<string[]> {
  for await (const record of rawCsvRecords(path)) {
    return 'fields' in record ? record.fields.map((f) => decodeField(f, encoding, true)) : [];
  }
  return [];
}

const gb18030 = new TextDecoder('gb18030');

function decodeField(bytes: Buffer, encoding: FileEncoding, first = false): string {
  const text = encoding === 'utf8' || isAscii(bytes) ? bytes.toString('utf8') : gb18030.decode(bytes);
  // A GB18030 byte-order mark (84 31 95 33) decodes to U+FEFF; csv-parse already drops the UTF-8 one.
  return first && text.startsWith('\uFEFF') ? text.slice(1) : text;
}

const TRUNCATED =
  '文件在引号内结束（最后一行不完整？）。 The file ends inside a quoted field (a truncated last line?).';

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
        problem: `该行有 ${fields.length} 个字段，表头有 ${header.length} 个。 The row has ${fields.length} fields; the header has ${header.length}.`,
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
