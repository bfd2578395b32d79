/**
 * The rejects file: one line per problem of a rejected row (a row with several problems has several lines),
 * RFC 4180 CSV in UTF-8 with a byte-order mark (Excel and WPS open it as UTF-8) and CRLF line ends.
 */

/** One problem of a rejected row: the server's (with its message code) or one found before sending. */
export interface RowRejection {
  row: number;
  field: string;
  code: string;
  message: string;
  messageCode?: string | null;
  params?: unknown;
}

/** A CSV cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(cells: (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The byte-order mark that opens every rejects file. */
export const BOM = '\uFEFF';

/** The header of the rejects file people read (the web app's download): 行号, 字段, 问题. */
export const REJECTS_HEADER = ['行号', '字段', '问题'] as const;

/**
 * The rejects file people read: rows in order, the field as the file names its column, the problem as `text`
 * renders it (from its message code in the reader's language).
 */
export function rejectsCsv(
  rejections: readonly RowRejection[],
  label: (field: string) => string,
  text: (rejection: RowRejection) => string,
): string {
  const sorted = [...rejections].sort((a, b) => a.row - b.row);
  return (
    BOM +
    csvLine([...REJECTS_HEADER]) +
    sorted.map((r) => csvLine([r.row, r.field === '*' ? '' : label(r.field), text(r)])).join('')
  );
}

/**
 * One language of a message written "中文。 English." (the problems found before sending, the refusals): the
 * Chinese part up to the first full stop followed by English, or the English rest; the whole when not so written.
 */
export function messageIn(lang: 'zh' | 'en', message: string): string {
  const split = /^(.*?。)\s+(?=[A-Z])(.*)$/s.exec(message);
  if (!split) return message;
  return lang === 'zh' ? split[1] : split[2];
}
