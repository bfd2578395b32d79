/**
 * Reads an import file held whole in memory (the browser's File): CSV (RFC 4180, parsed by csv-parse: quoted
 * fields with commas, quotes and line breaks; CRLF, LF or CR; a BOM) in UTF-8 or GB18030, decided from the whole
 * file by the rule of encoding.ts. census-admin streams files from disk instead (apps/admin/src/imports/csv.ts),
 * with the same options, rule and messages.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1 and every record, an empty line included, is
 * one row, however many lines its quoted fields span.
 */
// The web app's build aliases this to csv-parse/browser/esm/sync (the same parser with its own Buffer).
import { type Options, parse } from 'csv-parse/sync';

import {
  decodeField,
  type Encoding,
  EncodingTally,
  type FileEncoding,
  isUtf8Bytes,
  MAX_RECORD_BYTES,
  type Position,
  type RefusalCode,
  refusalText,
  tooLargeText,
} from './encoding';

/** The options census-admin's streaming reader uses too. */
export const CSV_OPTIONS: Options = {
  // Fields come as bytes and are decoded here: csv-parse only looks for ASCII quotes, commas and line breaks,
  // which never occur inside a UTF-8 or GB18030 multi-byte character.
  encoding: null,
  bom: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_quotes: true,
  relax_column_count: true,
  max_record_size: MAX_RECORD_BYTES,
};

export interface SourceRecord {
  /** The row a spreadsheet shows (1 = header). */
  row: number;
  /** Field values by header name. */
  values: Record<string, string>;
  /** Why the record could not be read; it is then rejected without reaching the server. */
  problem?: string;
}

export const TRUNCATED =
  '文件在引号内结束（最后一行不完整？）。 The file ends inside a quoted field (a truncated last line?).';

export const fieldCountProblem = (fields: number, header: number) =>
  `该行有 ${fields} 个字段，表头有 ${header} 个。 The row has ${fields} fields; the header has ${header}.`;

/** A file refused as a whole: nothing of it may be sent. */
export interface RefusedFile {
  refused: { code: RefusalCode; message: string };
}

export interface ReadFile {
  encoding: FileEncoding;
  header: string[];
  records: SourceRecord[];
}

interface RawRecord {
  row: number;
  fields: Uint8Array[];
  /** Where the record ends: csv-parse's line count and bytes consumed. */
  end: Position;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Every record of the file as byte fields, and how reading ended (the whole file, or the error's code). */
function rawRecords(bytes: Uint8Array): { records: RawRecord[]; failure?: string } {
  const records: RawRecord[] = [];
  // The UTF-8 byte-order mark is skipped here: csv-parse, finding it, would decode the fields as UTF-8 itself
  // (U+FFFD for anything else), and the rule needs the bytes. Offsets stay those of the file.
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  try {
    parse(bytes.subarray(bom), {
      ...CSV_OPTIONS,
      bom: false,
      on_record: ((fields: Uint8Array[], context: { lines: number; bytes: number }) => {
        records.push({
          row: records.length + 1,
          fields,
          end: { line: context.lines + 1, offset: context.bytes + bom },
        });
        // Nothing is kept by the parser itself.
        return null;
      }) as never,
    });
    return { records };
  } catch (error) {
    return { records, failure: (error as { code?: string }).code ?? String(error) };
  }
}

/** Where record `row` starts: the end of the record before it. */
const startOf = (records: RawRecord[], row: number): Position =>
  row <= 1 ? { line: 1, offset: 0 } : records[row - 2].end;

/** The file's header, records and encoding; or why it is refused, coded, naming row and byte. */
export function readCsvBytes(bytes: Uint8Array, asked: Encoding = 'auto'): ReadFile | RefusedFile {
  const { records, failure } = rawRecords(bytes);
  if (failure === 'CSV_MAX_RECORD_SIZE') {
    const row = records.length + 1;
    return {
      refused: { code: 'RECORD_TOO_LARGE', message: tooLargeText(row, startOf(records, row)) },
    };
  }
  if (failure && failure !== 'CSV_QUOTE_NOT_CLOSED') {
    return {
      refused: {
        code: 'INVALID_ENCODING',
        message: `文件无法按 CSV 读取（${failure}），整个文件未导入。 The file cannot be read as CSV (${failure}); nothing of it was imported.`,
      },
    };
  }
  const wholeUtf8 = asked !== 'gb18030' && isUtf8Bytes(bytes);
  const tally = new EncodingTally();
  if (!wholeUtf8) for (const record of records) tally.add(record.row, record.fields);
  const verdict = tally.verdict(asked, wholeUtf8);
  if ('refusal' in verdict) {
    const { refusal } = verdict;
    const { row, field } = refusal.at;
    const column =
      field < 0 || row === 1
        ? undefined
        : records[0]?.fields[field]
          ? decodeField(records[0].fields[field], refusal.headerEncoding, field === 0)
          : `${field + 1}`;
    return {
      refused: { code: refusal.code, message: refusalText(refusal, startOf(records, row), column) },
    };
  }
  const { encoding } = verdict;
  const header = (records[0]?.fields ?? []).map((f, i) => decodeField(f, encoding, i === 0).trim());
  const out: SourceRecord[] = [];
  for (const record of records.slice(1)) {
    const fields = record.fields.map((f) => decodeField(f, encoding));
    // An empty line is a row of a spreadsheet too, but holds nothing to import.
    if (fields.length === 1 && fields[0] === '') continue;
    const values = Object.fromEntries(header.map((name, i) => [name, (fields[i] ?? '').trim()]));
    out.push(
      fields.length === header.length
        ? { row: record.row, values }
        : { row: record.row, values, problem: fieldCountProblem(fields.length, header.length) },
    );
  }
  if (failure === 'CSV_QUOTE_NOT_CLOSED' && records.length > 0)
    out.push({ row: records.length + 1, values: {}, problem: TRUNCATED });
  return { encoding, header, records: out };
}
