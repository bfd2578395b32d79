import { randomUUID } from 'node:crypto';

import type { ApolloServerPlugin, BaseContext, ContextFunction } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';

import type { Principal } from '../auth/principal';
import type { Logger } from './logger';
import type { CensusMetrics } from './metrics';

/**
 * One log line per HTTP request, and its count in the metrics. The Express middleware assigns the request ID
 * (X-Request-Id: a sane incoming one is kept, else a new UUID; it is in the response too) and writes the line when
 * the response is finished; the Apollo plugin fills in what only GraphQL knows: the operation, the caller, and the
 * result ('ok' or the first error's code).
 *
 * What is never logged: variables, query text, headers (Authorization, cookies), error messages of user errors
 * (they may echo the input: a citizen ID, a phone, a name), PostgreSQL's detail and parameters. Internal errors are
 * logged with their stack; a PostgreSQL error only with its SQLSTATE code, table, column and constraint.
 */

export interface RequestRecord {
  id: string;
  started: bigint;
  operation?: string;
  operationType?: string;
  result?: string;
  errors?: number;
  errorCodes?: string[];
  account?: string;
  role?: string;
}

const RECORD = Symbol('census request record');
type WithRecord = Response & { [RECORD]?: RequestRecord };

/** Incoming X-Request-Id values kept as they are: hex and dashes (UUIDs, nginx's $request_id), with a letter. */
const SANE_REQUEST_ID = /^(?=[0-9-]*[a-f])[0-9a-f-]{16,64}$/i;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** Distinct operation labels in the metrics before further names count as 'other' (clients choose the names). */
const MAX_OPERATION_LABELS = 300;
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function requestRecordOf(res: Response): RequestRecord | undefined {
  return (res as WithRecord)[RECORD];
}

export class RequestLog {
  private readonly operationLabels = new Set<string>();

  constructor(
    readonly logger: Logger,
    private readonly metrics?: CensusMetrics,
  ) {}

  /** Express middleware, first in the chain. */
  readonly middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const record: RequestRecord = {
      id: incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID(),
      started: process.hrtime.bigint(),
    };
    (res as WithRecord)[RECORD] = record;
    res.setHeader('X-Request-Id', record.id);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.finish(req, res, record);
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };

  /** Wraps Apollo's context function: links the context to the request's record, and notes a refused request. */
  context<TContext extends BaseContext>(
    create: ContextFunction<[{ req: Request; res: Response }], TContext>,
  ): ContextFunction<[{ req: Request; res: Response }], TContext> {
    return async (args) => {
      const record = requestRecordOf(args.res);
      try {
        const context = await create(args);
        // A symbol-keyed property: Apollo copies the context for each operation (batches), and this goes along.
        if (record) (context as { [RECORD]?: RequestRecord })[RECORD] = record;
        return context;
      } catch (error) {
        if (record) {
          record.result = errorCode(error) ?? 'INTERNAL_SERVER_ERROR';
          record.errors = 1;
        }
        throw error;
      }
    };
  }

  /** The Apollo plugin: operation, caller, result; internal errors logged with their cause. */
  plugin<TContext extends BaseContext & { auth?: { principal: Principal } }>(): ApolloServerPlugin<TContext> {
    const logger = this.logger;
    return {
      requestDidStart({ contextValue }) {
        const record = (contextValue as { [RECORD]?: RequestRecord })[RECORD];
        if (!record) return Promise.resolve();
        const principal = contextValue.auth?.principal;
        if (principal?.kind === 'staff') {
          record.account = principal.accountId;
          record.role = principal.role;
        } else if (principal) {
          record.role = principal.kind === 'resident' ? 'RESIDENT' : 'ANONYMOUS';
        }
        return Promise.resolve({
          didResolveOperation(requestContext) {
            if (requestContext.operationName) record.operation = requestContext.operationName;
            record.operationType = requestContext.operation?.operation;
            return Promise.resolve();
          },
          didEncounterErrors(requestContext) {
            for (const error of requestContext.errors) {
              const code = errorCode(error);
              if (code && code !== 'INTERNAL_SERVER_ERROR') continue;
              logger.error(
                {
                  reqId: record.id,
                  operation: record.operation ?? requestContext.request.operationName,
                  path: error.path?.join('.'),
                  err: describeError(error.originalError ?? error),
                },
                'internal error',
              );
            }
            return Promise.resolve();
          },
          willSendResponse(requestContext) {
            const errors = requestContext.errors ?? [];
            if (!record.operation && requestContext.request.operationName)
              record.operation = requestContext.request.operationName;
            if (errors.length > 0) {
              const codes = errors.map((error) => errorCode(error) ?? 'INTERNAL_SERVER_ERROR');
              record.result = codes[0];
              record.errors = errors.length;
              record.errorCodes = [...new Set(codes)];
            } else {
              record.result ??= 'ok';
            }
            return Promise.resolve();
          },
        });
      },
    };
  }

  private finish(req: Request, res: Response, record: RequestRecord): void {
    const seconds = Number(process.hrtime.bigint() - record.started) / 1e9;
    const path = (req.originalUrl || req.url).split('?')[0];
    const route = routeOf(path);
    const graphql = route === 'graphql';
    const operation =
      graphql && record.operation && OPERATION_NAME.test(record.operation) ? record.operation : undefined;
    const status = res.headersSent ? res.statusCode : 499;
    const result = record.result ?? (status < 400 ? 'ok' : `HTTP_${status}`);
    this.metrics?.observe(this.operationLabel(graphql ? (operation ?? 'graphql') : route), result, seconds);
    const line = {
      reqId: record.id,
      method: req.method,
      path: graphql ? '/graphql' : route === 'export-download' ? '/exports/…' : path,
      status,
      ms: Math.round(seconds * 10_000) / 10,
      ...(graphql ? { operation: operation ?? null, opType: record.operationType ?? null } : {}),
      result,
      ...(record.errors ? { errors: record.errors, errorCodes: record.errorCodes ?? [result] } : {}),
      ...(record.role ? { account: record.account ?? null, role: record.role } : {}),
    };
    const level = QUIET_PATHS.has(path)
      ? 'debug'
      : status >= 500 || result === 'INTERNAL_SERVER_ERROR'
        ? 'warn'
        : 'info';
    this.logger[level](line, 'request');
  }

  private operationLabel(name: string): string {
    if (this.operationLabels.has(name)) return name;
    if (this.operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
    this.operationLabels.add(name);
    return name;
  }
}

function routeOf(path: string): string {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path.startsWith('/exports/')) return 'export-download';
  if (path === '/explorer' || path.startsWith('/explorer/')) return 'explorer';
  if (QUIET_PATHS.has(path)) return path.slice(1);
  return 'web';
}

function errorCode(error: unknown): string | undefined {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Long digit runs (citizen IDs, phone numbers) in an internal message are masked, in case one echoes input. */
function scrub(text: string): string {
  return text.replace(/\d{7,}[\dXx]?/g, '[number]');
}

/**
 * An internal error for the log. A PostgreSQL error (or TypeORM's QueryFailedError around one) keeps only its
 * SQLSTATE, table, column, constraint and the stack frames: its message, detail and parameters can hold values.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const driver = (error as { driverError?: unknown }).driverError ?? error;
  const pg = driver as {
    code?: unknown;
    severity?: unknown;
    table?: unknown;
    column?: unknown;
    constraint?: unknown;
  };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  if (typeof pg.code === 'string' && /^[0-9A-Z]{5}$/.test(pg.code) && pg.severity !== undefined) {
    return {
      type: error.name,
      sqlState: pg.code,
      table: pg.table,
      column: pg.column,
      constraint: pg.constraint,
      stack: frames.join('\n'),
    };
  }
  return {
    type: error.name,
    message: scrub(error.message),
    stack: scrub([`${error.name}: ${error.message}`, ...frames].join('\n')),
  };
}
