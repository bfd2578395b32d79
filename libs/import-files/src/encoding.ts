/**
 * How an import file's encoding is decided, the same way in census-admin (a file streamed from disk) and in the
 * browser (a file read whole): from ALL of the file, before anything of it is sent. Valid UTF-8 throughout is UTF-8;
 * otherwise valid GB18030 (the superset of GBK that Chinese offices export) throughout, with no record of plainly
 * Chinese UTF-8 in it, is GB18030; a file mixing the two, or valid in neither, is refused, naming the record where
 * the trouble starts. Never store a value you are not sure you decoded right.
 *
 * Only WHATWG TextDecoder (fatal) is used, which Node and every browser the offices use have (Chromium: gbk and
 * gb18030).
 */

/** As asked; `gbk` reads as GB18030, its superset (every GBK file is a GB18030 file). */
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

/** An encoding's name as a person or a script gives it (auto, utf-8, utf8, gbk, gb18030), or null. */
export function encodingNamed(value: string | undefined): Encoding | null {
  return ENCODING_NAMES[(value ?? 'auto').toLowerCase()] ?? null;
}

/** The largest record (its field bytes) a file may hold: 64 KB, far above any census row. */
export const MAX_RECORD_BYTES = 64 * 1024;

/** Why a whole file is refused before anything of it is sent. */
export type RefusalCode = 'MIXED_ENCODING' | 'INVALID_ENCODING' | 'RECORD_TOO_LARGE';

export function isAsciiBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i] >= 0x80) return false;
  return true;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const strictGb18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });

function decodes(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const isUtf8Bytes = (bytes: Uint8Array): boolean => decodes(strictUtf8, bytes);
export const isGb18030Bytes = (bytes: Uint8Array): boolean => decodes(strictGb18030, bytes);

/** Valid UTF-8 whose non-ASCII characters are all CJK (ideographs, punctuation, full-width forms), two at least. */
function isClearlyChineseUtf8(fields: Uint8Array[]): boolean {
  let cjk = 0;
  for (const field of fields) {
    if (isAsciiBytes(field)) continue;
    if (!isUtf8Bytes(field)) return false;
    for (const ch of strictUtf8.decode(field)) {
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
const firstBadField = (fields: Uint8Array[], test: (bytes: Uint8Array) => boolean) =>
  fields.findIndex((field) => !isAsciiBytes(field) && !test(field));

/** A record in the way: its row (1 = header) and the field (index; -1 for the record as a whole). */
export interface BadRecord {
  row: number;
  field: number;
}

/** Why a file is refused: the code, the record, the encoding its header is read in (to name the column), texts. */
export interface Refusal {
  code: RefusalCode;
  at: BadRecord;
  headerEncoding: FileEncoding;
  zh: string;
  en: string;
  /** What to do, for census-admin (it has --encoding) and for the browser. */
  advice?: { zh: string; en: string; zhCli?: string; enCli?: string };
}

/**
 * Records fed one by one (their fields as bytes), then the verdict: the file's encoding or why it is refused.
 * `wholeFileIsUtf8` says whether the whole file decoded as UTF-8; when it did, only the record sizes matter and the
 * records need not be fed at all.
 */
export class EncodingTally {
  private utf8Rows = 0;
  private firstUtf8: BadRecord | null = null;
  private notUtf8Rows = 0;
  private firstNotUtf8: BadRecord | null = null;
  private firstNotGb: BadRecord | null = null;

  add(row: number, fields: Uint8Array[]): void {
    const notUtf8 = firstBadField(fields, isUtf8Bytes);
    if (notUtf8 >= 0) {
      this.notUtf8Rows += 1;
      this.firstNotUtf8 ??= { row, field: notUtf8 };
      const notGb = firstBadField(fields, isGb18030Bytes);
      if (notGb >= 0) this.firstNotGb ??= { row, field: notGb };
    } else if (fields.some((field) => !isAsciiBytes(field))) {
      this.utf8Rows += 1;
      if (!this.firstUtf8 && isClearlyChineseUtf8(fields)) this.firstUtf8 = { row, field: -1 };
    }
  }

  verdict(asked: Encoding, wholeFileIsUtf8: boolean): { encoding: FileEncoding } | { refusal: Refusal } {
    if (wholeFileIsUtf8 && asked !== 'gb18030') return { encoding: 'utf8' };
    if (asked === 'utf8' && this.firstNotUtf8) {
      return {
        refusal: {
          code: 'INVALID_ENCODING',
          at: this.firstNotUtf8,
          headerEncoding: 'utf8',
          zh: '不是有效的 UTF-8 编码',
          en: 'is not valid UTF-8',
        },
      };
    }
    if (asked === 'auto' && this.firstNotUtf8 && this.utf8Rows >= this.notUtf8Rows) {
      return {
        refusal: {
          code: 'MIXED_ENCODING',
          at: this.firstNotUtf8,
          headerEncoding: 'utf8',
          zh: `不是 UTF-8 编码，而文件中另有 ${this.utf8Rows} 行是 UTF-8（混用了编码，例如粘贴了 GBK 导出的行）`,
          en: `is not UTF-8 while ${this.utf8Rows} other rows are (the file mixes encodings, e.g. rows pasted from a GBK export)`,
          advice: {
            zh: '请将整个文件另存为 UTF-8 后重试。',
            en: 'Save the whole file as UTF-8 and try again.',
          },
        },
      };
    }
    if (this.firstNotGb) {
      const forced = asked === 'gb18030';
      return {
        refusal: {
          code: 'INVALID_ENCODING',
          at: this.firstNotGb,
          headerEncoding: 'gb18030',
          zh: forced
            ? '不是有效的 GB18030/GBK 编码'
            : '既不是有效的 UTF-8 编码，也不是有效的 GB18030/GBK 编码',
          en: forced ? 'is not valid GB18030/GBK' : 'is neither valid UTF-8 nor valid GB18030/GBK',
        },
      };
    }
    if (asked === 'auto' && this.firstUtf8) {
      return {
        refusal: {
          code: 'MIXED_ENCODING',
          at: this.firstUtf8,
          headerEncoding: 'gb18030',
          zh: '是 UTF-8 编码的中文，而文件其余部分是 GB18030/GBK（混用了编码）',
          en: 'holds Chinese in UTF-8 while the rest of the file is GB18030/GBK (the file mixes encodings)',
          advice: {
            zh: '请将整个文件另存为同一种编码后重试。',
            en: 'Save the whole file in one encoding and try again.',
            zhCli: '请将整个文件另存为同一种编码后重试；确认整个文件是 GBK 时可加 --encoding gbk。',
            enCli:
              'Save the whole file in one encoding and try again, or give --encoding gbk if it is all GBK.',
          },
        },
      };
    }
    return { encoding: 'gb18030' };
  }
}

/** Where a record starts in the file: its first line and byte offset (0-based). */
export interface Position {
  line: number;
  offset: number;
}

/** How the position of a record reads in a message, Chinese and English. */
export function whereText(row: number, position: Position, column?: string): { zh: string; en: string } {
  const zhColumn = column ? `“${column}”一栏` : '';
  const enColumn = column ? `, column ${column}` : '';
  return {
    zh: `第 ${row} 行（文件第 ${position.line} 行、字节偏移 ${position.offset} 起）${zhColumn}`,
    en: `row ${row} (from line ${position.line}, byte offset ${position.offset}${enColumn})`,
  };
}

/** The message of a refused file (without its code): Chinese first, then English. */
export function refusalText(
  refusal: Refusal,
  position: Position,
  column: string | undefined,
  cli = false,
): string {
  const at = whereText(refusal.at.row, position, column);
  const At = at.en.replace(/^./, (c) => c.toUpperCase());
  const zhAdvice = (cli ? refusal.advice?.zhCli : undefined) ?? refusal.advice?.zh ?? '';
  const enAdvice = (cli ? refusal.advice?.enCli : undefined) ?? refusal.advice?.en ?? '';
  return (
    `${at.zh}${refusal.zh}，整个文件未导入。${zhAdvice} ${At} ${refusal.en}; nothing of the file was imported.` +
    (enAdvice ? ` ${enAdvice}` : '')
  );
}

/** The message of a file refused for a record over the size cap. */
export function tooLargeText(row: number, position: Position): string {
  const at = whereText(row, position);
  const kb = MAX_RECORD_BYTES / 1024;
  return (
    `${at.zh}的记录超过 ${kb} KB 上限（引号未闭合或文件已损坏？），整个文件未导入。 ` +
    `The record at ${at.en} exceeds the ${kb} KB limit (an unclosed quote or a damaged file?); nothing of the ` +
    `file was imported.`
  );
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030', { ignoreBOM: true });

/** A field's text in the file's encoding; the first field of a file loses a byte-order mark. */
export function decodeField(bytes: Uint8Array, encoding: FileEncoding, first = false): string {
  const text = encoding === 'utf8' || isAsciiBytes(bytes) ? utf8.decode(bytes) : gb18030.decode(bytes);
  // A GB18030 byte-order mark (84 31 95 33) decodes to U+FEFF; csv-parse already drops the UTF-8 one.
  return first && text.startsWith('\uFEFF') ? text.slice(1) : text;
}
