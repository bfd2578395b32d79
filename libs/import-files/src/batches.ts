/**
 * Sending rows to the API in batches of at most `maxBatchSize(kind)` rows, each under an idempotency key: the server
 * applies a key once and answers its stored result to any later call with it (for the account and kind that first
 * used it). Shared by census-admin and the web app's 导入 page.
 */
import {
  ImportElectricityDocument,
  ImportGridDocument,
  ImportRegistryDocument,
  ImportStaffDocument,
  ImportZonesDocument,
  type TypedDocumentString,
} from '@census/client';

import type { ImportKind, RowProblem } from './columns';
import type { SourceRecord } from './read';
import type { RowRejection } from './rejects';

/** What the API answers for one batch. */
export interface BatchResult {
  accepted: number;
  alreadyPresent: number;
  rejected: RowRejection[];
  replayed: boolean;
}

/** A typed client's request function (`createClient(...).request`, the web app's `request`). */
export type Request = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) => Promise<TResult>;

/** SHA-256 of bytes or text, lower-case hex (WebCrypto: Node and browsers). */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A batch's idempotency key: the kind, then the SHA-256 of what identifies the batch. */
export async function batchKey(kind: ImportKind | 'boundaries', parts: readonly string[]): Promise<string> {
  return `${kind}:${await sha256Hex(parts.join('\n'))}`;
}

/**
 * The name the server keeps for a file: its name and a fingerprint of its content. The same file sent again is
 * recognised row by row, so the same citizen ID at two rows of one file is a duplicate even across batches.
 */
export function sourceOf(fileName: string, digest: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return `${base.slice(0, 160)}#${digest.slice(0, 16)}`;
}

/** Sends one batch of `kind` and answers what the server did with it. */
export async function sendBatch(
  request: Request,
  kind: ImportKind,
  source: string,
  rows: { row: number }[],
  idempotencyKey: string,
): Promise<BatchResult> {
  const input = { input: { idempotencyKey, source, rows: rows as never } };
  switch (kind) {
    case 'zones':
      return (await request(ImportZonesDocument, input)).importZones;
    case 'staff':
      return (await request(ImportStaffDocument, input)).importStaff;
    case 'registry':
      return (await request(ImportRegistryDocument, input)).importRegistry;
    case 'electricity':
      return (await request(ImportElectricityDocument, input)).importElectricity;
    case 'grid':
      return (await request(ImportGridDocument, input)).importGrid;
  }
}

/** What a whole file did. */
export interface ImportTotals {
  /** Records read (data rows, without the header and empty lines). */
  read: number;
  accepted: number;
  alreadyPresent: number;
  /** Rows rejected (a row with several problems counts once). */
  rejected: number;
  batches: number;
  /** Batches the server answered from its record: this file was sent before under the same keys. */
  replayedBatches: number;
  /** Every problem, with its row, field and message (and code, where the server gave one). */
  rejections: RowRejection[];
}

/**
 * The rows of a file checked before sending: each record becomes an API row or a rejection (a record the file
 * reader could not read, or one whose values cannot be an API row).
 */
export function prepareRows(
  records: readonly SourceRecord[],
  convert: (record: SourceRecord) => { row: number } | RowProblem,
): { rows: { row: number }[]; rejections: RowRejection[] } {
  const rows: { row: number }[] = [];
  const rejections: RowRejection[] = [];
  for (const record of records) {
    if (record.problem) {
      rejections.push({ row: record.row, field: '*', code: 'INVALID', message: record.problem });
      continue;
    }
    const row = convert(record);
    if ('field' in row) rejections.push({ row: record.row, code: 'INVALID', ...row });
    else rows.push(row);
  }
  return { rows, rejections };
}

/**
 * Sends a file's rows one batch after another, each keyed by the account, the file's SHA-256, the batch size and
 * the batch's number: sending the same file again (a page reloaded halfway, a second click) sends the same batches
 * under the same keys, and the server answers the ones it has from its record instead of applying them twice.
 */
export async function sendFile(options: {
  kind: ImportKind;
  request: Request;
  /** The importing account's ID: the server keeps a key for the account that first used it. */
  account: string;
  fileName: string;
  fileDigest: string;
  rows: readonly { row: number }[];
  /** Rows rejected before sending; counted and listed with the server's. */
  rejections: readonly RowRejection[];
  read: number;
  batchSize: number;
  progress?: (done: { batches: number; of: number; rows: number }) => void;
}): Promise<ImportTotals> {
  const { kind, rows, batchSize } = options;
  const source = sourceOf(options.fileName, options.fileDigest);
  const rejectedRows = new Set(options.rejections.map((r) => r.row));
  const totals: ImportTotals = {
    read: options.read,
    accepted: 0,
    alreadyPresent: 0,
    rejected: 0,
    batches: 0,
    replayedBatches: 0,
    rejections: [...options.rejections],
  };
  const of = Math.ceil(rows.length / batchSize);
  options.progress?.({ batches: 0, of, rows: 0 });
  for (let number = 0; number < of; number += 1) {
    const batch = rows.slice(number * batchSize, (number + 1) * batchSize);
    const key = await batchKey(kind, [
      options.account,
      options.fileDigest,
      String(batchSize),
      String(number + 1),
    ]);
    const result = await sendBatch(options.request, kind, source, batch, key);
    totals.batches += 1;
    if (result.replayed) totals.replayedBatches += 1;
    totals.accepted += result.accepted;
    totals.alreadyPresent += result.alreadyPresent;
    for (const rejection of result.rejected) {
      rejectedRows.add(rejection.row);
      totals.rejections.push(rejection);
    }
    options.progress?.({ batches: number + 1, of, rows: Math.min(rows.length, (number + 1) * batchSize) });
  }
  totals.rejected = rejectedRows.size;
  return totals;
}
