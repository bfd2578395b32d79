/**
 * The county census system's side of docs/integration.md, written from that document alone: plain fetch, the
 * persisted-documents manifest, the export JSON Schemas. No import of the platform's code or client.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface UserError {
  field: string[] | string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  idempotencyKey: string;
  accepted: number;
  alreadyPresent: number;
  rejected: { row: number; field: string; code: string; message: string }[];
  replayed: boolean;
}

export interface ExportFile {
  entity: string;
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  url: string | null;
}

export interface ExportJob {
  id: string;
  status: string;
  totalRows: number | null;
  rowsWritten: number;
  progress: number;
  changesCursor: string | null;
  error: string | null;
  files: ExportFile[];
}

export interface Change {
  type: string;
  operation: string;
  entityId: string;
  zoneCode: string;
  version: number | null;
  node: ({ id: string; version?: number } & Record<string, unknown>) | null;
}

/** An error the API answered (GraphQL errors or an HTTP error), with the codes the document lists. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: string[],
  ) {
    super(message);
  }
}

export class CountySystem {
  private readonly hashes = new Map<string, string>();
  requests = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    manifestFile: string,
  ) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
    // "each document text holds exactly one operation definition, `query <Name>` or `mutation <Name>`"
    for (const [hash, text] of Object.entries(manifest)) {
      const name = /\b(?:query|mutation) ([_A-Za-z][_0-9A-Za-z]*)(?:\(| \{)/.exec(text)?.[1];
      if (name) this.hashes.set(name, hash);
    }
  }

  /** One operation by its manifest hash; network failures and 5xx are retried with the same body. */
  async call<T>(operationName: string, variables: Record<string, unknown> = {}): Promise<T> {
    const documentId = this.hashes.get(operationName);
    if (!documentId) throw new Error(`${operationName} is not in the manifest`);
    const body = JSON.stringify({ documentId, operationName, variables });
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        this.requests++;
        response = await fetch(`${this.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body,
        });
      } catch (error) {
        if (attempt < 5) {
          await sleep(100 * 2 ** attempt);
          continue;
        }
        throw error;
      }
      if (response.status >= 500 && attempt < 5) {
        await sleep(100 * 2 ** attempt);
        continue;
      }
      const answer = (await response.json()) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      if (answer.errors?.length || !answer.data) {
        throw new ApiError(
          answer.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`,
          response.status,
          answer.errors?.map((e) => e.extensions?.code ?? '') ?? [],
        );
      }
      return answer.data;
    }
  }

  async pushRegistry(
    idempotencyKey: string,
    source: string,
    rows: Record<string, unknown>[],
  ): Promise<ImportResult> {
    const data = await this.call<{ importRegistry: ImportResult }>('ImportRegistry', {
      input: { idempotencyKey, source, rows },
    });
    return data.importRegistry;
  }

  async startExport(
    input: Record<string, unknown>,
  ): Promise<{ job: ExportJob | null; userErrors: UserError[] }> {
    const data = await this.call<{ startExport: { job: ExportJob | null; userErrors: UserError[] } }>(
      'StartExport',
      {
        input,
      },
    );
    return data.startExport;
  }

  /** Polls node(id) until the job is COMPLETED (or throws when it FAILED). */
  async waitForExport(id: string, pollMs = 100): Promise<ExportJob> {
    for (;;) {
      const { node } = await this.call<{ node: ExportJob | null }>('ExportJob', { id });
      if (!node) throw new Error(`export ${id} not visible`);
      if (node.status === 'COMPLETED') return node;
      if (node.status === 'FAILED' || node.status === 'EXPIRED')
        throw new Error(`export ${node.status}: ${node.error}`);
      await sleep(pollMs);
    }
  }

  /**
   * Downloads a file through its signed link, checking size and SHA-256 as the document asks; an interrupted
   * download resumes with a Range request.
   */
  async download(file: ExportFile): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let received = 0;
    for (let attempt = 1; received < file.bytes; attempt++) {
      try {
        const response = await fetch(file.url!, received ? { headers: { range: `bytes=${received}-` } } : {});
        if (response.status !== (received ? 206 : 200)) {
          throw new Error(`download of ${file.name}: HTTP ${response.status}`);
        }
        for await (const chunk of response.body!) {
          chunks.push(Buffer.from(chunk as Uint8Array));
          received += (chunk as Uint8Array).length;
        }
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(100 * 2 ** attempt);
      }
      if (file.bytes === 0) break;
    }
    const body = Buffer.concat(chunks);
    if (body.length !== file.bytes)
      throw new Error(`${file.name}: ${body.length} bytes, expected ${file.bytes}`);
    const sha256 = createHash('sha256').update(body).digest('hex');
    if (sha256 !== file.sha256) throw new Error(`${file.name}: checksum ${sha256}, expected ${file.sha256}`);
    return body;
  }

  /** Follows the feed from `cursor` until caught up; stores each page, then its cursor (here: in memory). */
  async followFeed(cursor: string | null, apply: (change: Change) => void, first = 200): Promise<string> {
    let after = cursor;
    for (;;) {
      const { changes } = await this.call<{
        changes: { changes: Change[]; endCursor: string; hasMore: boolean };
      }>('CountyChanges', { after, first });
      changes.changes.forEach(apply);
      after = changes.endCursor;
      if (!changes.hasMore) return after;
    }
  }
}

/** The county's copy: entity ID to version, kept in step by the rules of "Applying a change". */
export class Copy {
  readonly versions = new Map<string, number>();

  load(id: string, version: number): void {
    this.versions.set(id, version);
  }

  apply(change: Change): void {
    if (change.type === 'SUBMISSION' || change.type === 'REVIEW') return;
    const current = this.versions.get(change.entityId);
    if (change.operation === 'DELETE') {
      this.versions.delete(change.entityId);
      return;
    }
    if (current !== undefined && change.version !== null && current >= change.version) return;
    // Take node: at least as new as the change; null means deleted meanwhile (a DELETE follows).
    if (change.node?.version !== undefined) this.versions.set(change.entityId, change.node.version);
  }
}

/** A small JSON Schema check of what the document's schemas use: type, required, additionalProperties, enum. */
export function validateLine(
  schema: { required: string[]; properties: Record<string, { type: string | string[]; enum?: string[] }> },
  line: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  for (const name of schema.required) if (!(name in line)) problems.push(`${name} missing`);
  for (const [name, value] of Object.entries(line)) {
    const property = schema.properties[name];
    if (!property) {
      problems.push(`${name} not in the schema`);
      continue;
    }
    const types = [property.type].flat();
    const actual =
      value === null
        ? 'null'
        : Number.isInteger(value)
          ? 'integer'
          : typeof value === 'number'
            ? 'number'
            : typeof value;
    const fits = types.includes(actual) || (actual === 'integer' && types.includes('number'));
    if (!fits) problems.push(`${name}: ${actual} is not ${types.join('|')}`);
    if (property.enum && value !== null && !property.enum.includes(value as string)) {
      problems.push(`${name}: ${JSON.stringify(value)} not in enum`);
    }
  }
  return problems;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
