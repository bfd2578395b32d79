/**
 * A small fetch-based GraphQL-over-HTTP client for the generated `TypedDocumentString` documents.
 * It runs unchanged in browsers and in Node 20 (global fetch): no Node-only API and no `graphql`
 * runtime dependency.
 */
import { persistedDocumentHash } from './document-hash';
import type { TypedDocumentString } from './generated/graphql';

/** A GraphQL error as the server sends it; `extensions.code` names the kind (e.g. UNAUTHENTICATED). */
export interface GraphQLErrorLike {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The subset of a fetch `Response` that the client reads. */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The subset of `fetch` that the client calls; the global `fetch` of browsers and Node 20 fits. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<FetchResponseLike>;

/** The current bearer token; null or undefined (or an empty string) sends no authorization header. */
export type TokenSource =
  string | null | undefined | (() => string | null | undefined | Promise<string | null | undefined>);

export interface ClientOptions {
  /** Absolute URL of the GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** Bearer token, or a function returning the current one (called before every request). */
  token?: TokenSource;
  /** The fetch to use; defaults to the global `fetch` (looked up at request time). */
  fetch?: FetchLike;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Send generated operations as `documentId` (their hash in the persisted-documents manifest) instead of their
   * text: smaller requests, and required by servers that accept only trusted documents for the caller's role
   * (the integration role by default).
   */
  documentIds?: boolean;
}

export interface RequestOptions {
  /** Aborts the request; the promise then rejects with the fetch's own AbortError. */
  signal?: AbortSignal;
}

export interface CensusClient {
  /** Sends one operation and resolves with its `data`; rejects with a GraphQLRequestError. */
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: NoInfer<TVariables>,
    options?: RequestOptions,
  ): Promise<TResult>;
}

interface GraphQLRequestErrorInit {
  url: string;
  status?: number;
  errors?: readonly GraphQLErrorLike[];
  data?: unknown;
  operationName?: string;
  cause?: unknown;
}

/**
 * Thrown by `request` when the response carries GraphQL `errors`, when the server answers with an
 * HTTP error or something other than a GraphQL response, and when the server cannot be reached.
 */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  /** The GraphQL errors of the response; empty for network and HTTP failures. */
  readonly errors: readonly GraphQLErrorLike[];
  /** HTTP status of the response; undefined when no response arrived (network failure). */
  readonly status: number | undefined;
  /** Partial `data` of the response, if any (a field failed but others resolved). */
  readonly data: unknown;
  /** The endpoint URL. */
  readonly url: string;
  /** Name of the operation that failed, when the document names one. */
  readonly operationName: string | undefined;

  constructor(message: string, init: GraphQLRequestErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.errors = init.errors ?? [];
    this.status = init.status;
    this.data = init.data;
    this.url = init.url;
    this.operationName = init.operationName;
  }

  /** The `extensions.code` values of the GraphQL errors (e.g. UNAUTHENTICATED, BAD_USER_INPUT). */
  get codes(): string[] {
    return this.errors.flatMap((error) =>
      typeof error.extensions?.code === 'string' ? [error.extensions.code] : [],
    );
  }
}

const ACCEPT = 'application/graphql-response+json, application/json';

/** Name of the first operation in a document string (`query Foo(...)` gives `Foo`). */
export function operationNameOf(document: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1];
}

/** Creates a client for the census GraphQL API. */
export function createClient(options: ClientOptions): CensusClient {
  const { url, token } = options;
  const extraHeaders = lowerCaseKeys(options.headers ?? {});

  async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: NoInfer<TVariables>,
    requestOptions: RequestOptions = {},
  ): Promise<TResult> {
    const query = document.toString();
    const operationName = operationNameOf(query);
    const label = operationName ?? 'GraphQL request';
    const fetchImpl = options.fetch ?? globalFetch();

    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: ACCEPT,
      ...extraHeaders,
    };
    const bearer = typeof token === 'function' ? await token() : token;
    if (bearer) headers['authorization'] = `Bearer ${bearer}`;

    const documentId = options.documentIds ? persistedDocumentHash(document) : undefined;
    const body = JSON.stringify({
      ...(documentId ? { documentId } : { query }),
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
    });

    let response: FetchResponseLike;
    let text: string;
    try {
      response = await fetchImpl(url, { method: 'POST', headers, body, signal: requestOptions.signal });
      text = await response.text();
    } catch (cause) {
      if (requestOptions.signal?.aborted) throw cause;
      throw new GraphQLRequestError(`${label}: could not reach ${url}: ${describe(cause)}`, {
        url,
        operationName,
        cause,
      });
    }

    const status = response.status;
    const payload = parseGraphQLResponse(text);

    if (payload?.errors && payload.errors.length > 0) {
      const [first] = payload.errors;
      const code = typeof first?.extensions?.code === 'string' ? ` [${first.extensions.code}]` : '';
      const more = payload.errors.length > 1 ? ` (and ${payload.errors.length - 1} more)` : '';
      throw new GraphQLRequestError(`${label}: ${first?.message ?? 'unknown error'}${code}${more}`, {
        url,
        status,
        errors: payload.errors,
        data: payload.data ?? undefined,
        operationName,
      });
    }

    if (!response.ok) {
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new GraphQLRequestError(
        `${label}: HTTP ${status}${statusText} from ${url}${snippet(text, response.headers.get('content-type'))}`,
        { url, status, data: payload?.data ?? undefined, operationName },
      );
    }

    if (!payload || payload.data === undefined || payload.data === null) {
      throw new GraphQLRequestError(
        `${label}: the response of ${url} (HTTP ${status}) is not a GraphQL result${snippet(text, response.headers.get('content-type'))}`,
        { url, status, operationName },
      );
    }

    return payload.data as TResult;
  }

  return { request };
}

interface GraphQLResponsePayload {
  data?: unknown;
  errors?: GraphQLErrorLike[];
}

function parseGraphQLResponse(text: string): GraphQLResponsePayload | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  if (!('data' in record) && !('errors' in record)) return undefined;
  const errors = Array.isArray(record['errors'])
    ? record['errors'].map((error): GraphQLErrorLike => {
        if (
          typeof error === 'object' &&
          error !== null &&
          typeof (error as GraphQLErrorLike).message === 'string'
        ) {
          return error as GraphQLErrorLike;
        }
        return { message: String(JSON.stringify(error)) };
      })
    : undefined;
  return { data: record['data'], errors };
}

function globalFetch(): FetchLike {
  if (typeof globalThis.fetch !== 'function') {
    throw new Error(
      '@census/client: no global fetch; pass the `fetch` option (Node 20+ and browsers have one)',
    );
  }
  return globalThis.fetch.bind(globalThis);
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

interface ErrorLike {
  message: string;
  code?: unknown;
  cause?: unknown;
}

// Duck-typed rather than `instanceof Error`: fetch errors may come from another realm (an iframe,
// a Node vm context such as Jest's).
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as ErrorLike).message === 'string';
}

function describe(cause: unknown): string {
  if (!isErrorLike(cause)) return String(cause);
  // Node's fetch reports "fetch failed" and puts the reason (ECONNREFUSED, ...) in `cause`.
  const inner = cause.cause;
  if (isErrorLike(inner)) {
    const code =
      typeof inner.code === 'string' && !inner.message.includes(inner.code) ? `${inner.code}: ` : '';
    return `${cause.message} (${code}${inner.message})`;
  }
  return cause.message;
}

function snippet(text: string, contentType: string | null): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return '';
  const shown = trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed;
  return ` (${contentType ?? 'no content type'}): ${shown}`;
}
