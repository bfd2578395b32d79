/**
 * A streaming CSV (RFC 4180) and JSON Lines reader for import files: quoted fields with commas, quotes and
 * newlines; CRLF or LF; a UTF-8 BOM; GBK files (common in Chinese offices) detected or chosen. Memory stays flat:
 * records are yielded as the bytes arrive. Every record carries the file row (1 = header) it starts on, so
 * rejections point at what a person sees in a spreadsheet.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

export type Encoding = 'auto' | 'utf8' | 'gbk';

export interface SourceRecord {
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

/** Decodes a byte stream: UTF-8 unless the first bytes are not valid UTF-8 (then GBK), or as told. */
async function* decode(
  chunks: AsyncIterable<Buffer>,
  encoding: Encoding,
  counter?: ReadCounter,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null =
    encoding === 'auto' ? null : new TextDecoder(encoding === 'gbk' ? 'gbk' : 'utf-8');
  let first = true;
  for await (const chunk of chunks) {
    if (counter) counter.bytes += chunk.length;
    let bytes = chunk;
    if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    first = false;
    if (!decoder) {
      try {
        // Streaming mode: a character split at the end of the chunk is not an error, invalid bytes are.
        new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
        decoder = new TextDecoder('utf-8');
      } catch {
        decoder = new TextDecoder('gbk');
      }
    }
    yield decoder.decode(bytes, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

/** Splits decoded text into CSV records (arrays of fields) with the file row each starts on. */
async function* csvRecords(
  text: AsyncIterable<string>,
): AsyncGenerator<{ row: number; fields: string[]; unterminated?: boolean }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let row = 1;
  let startRow = 1;
  let any = false;
  for await (const piece of text) {
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i];
      if (quoted) {
        if (c === '"') {
          if (piece[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === '\n') row++;
          field += c;
        }
        continue;
      }
      if (c === '"' && field === '' && !afterQuote) {
        quoted = true;
        any = true;
      } else if (c === ',') {
        fields.push(field);
        field = '';
        afterQuote = false;
        any = true;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && piece[i + 1] === '\n') i++;
        if (any || field !== '') {
          fields.push(field);
          yield { row: startRow, fields };
        }
        fields = [];
        field = '';
        afterQuote = false;
        any = false;
        row++;
        startRow = row;
      } else {
        field += c;
        any = true;
      }
    }
  }
  if (quoted) yield { row: startRow, fields: [...fields, field], unterminated: true };
  else if (any || field !== '') yield { row: startRow, fields: [...fields, field] };
}

export async function* readCsv(
  path: string,
  encoding: Encoding = 'auto',
  counter?: ReadCounter,
): AsyncGenerator<SourceRecord | { header: string[] }> {
  let header: string[] | null = null;
  for await (const record of csvRecords(
    decode(createReadStream(path, { highWaterMark: 256 * 1024 }), encoding, counter),
  )) {
    if (!header) {
      header = record.fields.map((name) => name.trim());
      yield { header };
      continue;
    }
    const values = Object.fromEntries(header.map((name, i) => [name, (record.fields[i] ?? '').trim()]));
    if (record.unterminated) {
      yield {
        row: record.row,
        values,
        problem: 'The file ends inside a quoted field (a truncated last line?).',
      };
    } else if (record.fields.length !== header.length) {
      yield {
        row: record.row,
        values,
        problem: `The row has ${record.fields.length} fields; the header has ${header.length}.`,
      };
    } else {
      yield { row: record.row, values };
    }
  }
}

export async function* readJsonLines(
  path: string,
  encoding: Encoding = 'auto',
  counter?: ReadCounter,
): AsyncGenerator<SourceRecord> {
  let row = 0;
  let rest = '';
  const lines = async function* () {
    for await (const piece of decode(
      createReadStream(path, { highWaterMark: 256 * 1024 }),
      encoding,
      counter,
    )) {
      rest += piece;
      let newline: number;
      while ((newline = rest.indexOf('\n')) >= 0) {
        yield rest.slice(0, newline);
        rest = rest.slice(newline + 1);
      }
    }
    if (rest) yield rest;
  };
  for await (const line of lines()) {
    row++;
    if (!line.trim()) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      const values = Object.fromEntries(
        Object.entries(parsed).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v as string)]),
      );
      yield { row, values };
    } catch {
      yield { row, values: {}, problem: 'The line is not a JSON object (a truncated last line?).' };
    }
  }
}
