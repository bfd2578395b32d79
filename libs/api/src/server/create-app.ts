import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';

import { negotiateLang } from '@census/rules';

import { authenticate } from '../auth/authenticate';
import { pruneAttemptCounters } from '../auth/rate-limit';
import type { Secrets } from '../auth/secrets';
import { genericMessage, localizedErrorsPlugin, withMessageCode } from '../common/coded-error';
import { shortenEchoes } from '../common/quote';
import { exportRoutes } from '../exports/export-routes';
import { ExportRunner } from '../exports/export-runner';
import { healthRoutes } from '../observability/health';
// Observability: request log, metrics, health (libs/api/src/observability).
import { createLogger, type Logger } from '../observability/logger';
import { CensusMetrics } from '../observability/metrics';
import { describeError, RequestLog } from '../observability/request-log';
import { type CensusContext, createContext, createServices } from './context';
import { defaultWebRoot, explorerRouter, webAppRouter } from './explorer';
import { finalErrorHandler, graphqlBodyGuard, graphqlRequestGuard, notFound } from './http-errors';
import { inputGuardPlugin } from './input-guard';
import { jitGateway } from './jit-executor';
import {
  checkAnonymousDocument,
  DEFAULT_QUERY_LIMITS,
  formatLimitError,
  queryLimitRules,
  type QueryLimits,
} from './query-limits';
import { buildCensusSchema } from './schema';
import { TrustedDocuments, type TrustedDocumentsOptions } from './trusted-documents';

export interface CensusServerOptions {
  dataSource: DataSource;
  secrets: Secrets;
  /** Limits of GraphQL documents (tokens, depth, cost, aliases, ...); defaults in query-limits.ts. */
  queryLimits?: QueryLimits;
  /** `jit` (default) compiles each query with graphql-jit; `graphql-js` is the reference executor. */
  executor?: 'jit' | 'graphql-js';
  /** Address residents open for self-report (QR codes point there). */
  publicUrl?: string;
  /** Hides internal error details (stack traces, SQL) from responses. */
  production?: boolean;
  /**
   * Where bulk exports write their files; defaults to EXPORT_DIR or a folder in the system's temporary directory.
   * Several API processes of one installation must share it.
   */
  exportDirectory?: string;
  /** Runs queued export jobs in this process (default true). */
  runExports?: boolean;
  /**
   * How often the export runner looks for queued or abandoned jobs besides being woken by `startExport` (default 5 s).
   * Each look is a few statements of its own, which a test counting a request's statements must not see.
   */
  exportPollMs?: number;
  /** Days the change feed keeps its entries (default CHANGE_LOG_RETENTION_DAYS or 90); pruned hourly. */
  changeLogRetentionDays?: number;
  /** The client's persisted-documents manifest, and the roles that may run nothing else. */
  trustedDocuments?: TrustedDocumentsOptions;
  /** Express's 'trust proxy' (default TRUST_PROXY): which proxies' X-Forwarded-For names the client. */
  trustProxy?: string;
  /** The request log and internal errors (default: a pino logger by LOG_LEVEL and LOG_FORMAT on standard output). */
  logger?: Logger;
  /** Serves /metrics on the main port too (default: when METRICS_PUBLIC is `true`); else only via `metrics.render()`. */
  metricsPublic?: boolean;
  /** Where backups are kept, for census_backup_age_seconds (default BACKUP_DIR; none: the metric is left out). */
  backupDirectory?: string;
}

export interface CensusServer {
  app: Express;
  httpServer: Server;
  logger: Logger;
  /** Prometheus metrics of this server (`metrics.render()` for a listener of its own: METRICS_PORT). */
  metrics: CensusMetrics;
  /** Listens on `port` (0 for any free port) and answers the base URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
/** Largest JSON body of a GraphQL request without an Authorization header. */
export const ANONYMOUS_BODY_LIMIT = '64kb';

export async function createCensusServer(options: CensusServerOptions): Promise<CensusServer> {
  const { dataSource: db } = options;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const services = createServices(
    db,
    options.secrets,
    options.publicUrl ?? process.env.PUBLIC_URL ?? 'http://localhost:4000',
    options.changeLogRetentionDays ??
      (process.env.CHANGE_LOG_RETENTION_DAYS ? Number(process.env.CHANGE_LOG_RETENTION_DAYS) : undefined),
  );
  const exportRunner = new ExportRunner(
    db,
    services.crypto,
    options.exportDirectory ?? process.env.EXPORT_DIR ?? join(tmpdir(), 'census-exports'),
    options.exportPollMs,
  );
  if (options.runExports ?? true) services.exportRunner = exportRunner;
  const trusted = new TrustedDocuments(options.trustedDocuments ?? { manifest: {} });
  const app = express();
  const httpServer = createServer(app);
  const logger = options.logger ?? createLogger();
  const metrics = new CensusMetrics(db, {
    backupDirectory: options.backupDirectory ?? process.env.BACKUP_DIR,
  });
  const requestLog = new RequestLog(logger, metrics);
  // Longer than the idle timeouts of clients and proxies, so that the server never closes a kept-alive
  // connection just as a client sends on it (undici answers that with "other side closed").
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const schema = await buildCensusSchema();
  const queryLimits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const executor = options.executor ?? (process.env.GRAPHQL_EXECUTOR === 'graphql-js' ? 'graphql-js' : 'jit');
  const apollo = new ApolloServer<CensusContext>({
    ...(executor === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    includeStacktraceInErrorResponses: !production,
    // Documents by hash come from the client's manifest only (trusted-documents.ts), never registered by clients.
    persistedQueries: false,
    // Documents longer than maxTokens are refused while being parsed; the rest are measured before they run.
    parseOptions: { maxTokens: queryLimits.maxTokens },
    validationRules: queryLimitRules(queryLimits),
    plugins: [
      // Cache hints cost about half the throughput on nested responses and nothing here uses them.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      inputGuardPlugin(),
      requestLog.plugin(),
      localizedErrorsPlugin(),
    ],
    formatError(unformatted, error) {
      const limited = formatLimitError(unformatted);
      const formatted = { ...limited, message: shortenEchoes(limited.message) };
      const code = formatted.extensions?.code;
      if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
        return {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', ...genericMessage('INTERNAL_SERVER_ERROR') },
        };
      }
      void error;
      return withMessageCode(formatted);
    },
  });
  await apollo.start();
  services.exportRunner?.start();
  // The change log is pruned past its retention, hourly (one process at a time: an advisory lock).
  let pruneRun: Promise<unknown> = Promise.resolve();
  const prune = () => {
    pruneRun = services.changes
      .pruneOld()
      .then(() => pruneAttemptCounters(db))
      .catch((error: unknown) => logger.error({ err: describeError(error) }, 'change log prune failed'));
  };
  const pruning = setInterval(prune, 3_600_000);
  pruning.unref();
  prune();

  app.disable('x-powered-by');
  // No ETag on answers: every GraphQL answer is a POST's (never revalidated), and hashing a nested read's 50 KB
  // was a few percent of the CPU of each request.
  app.set('etag', false);
  app.use(requestLog.middleware);
  // Behind a reverse proxy, TRUST_PROXY (Express's setting: a hop count, addresses or 'loopback') makes req.ip the
  // client's address, which the login and self-report limits count per address.
  const trustProxy = options.trustProxy ?? process.env.TRUST_PROXY;
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  app.use(healthRoutes(db));
  if (options.metricsPublic ?? process.env.METRICS_PUBLIC === 'true') {
    app.get('/metrics', async (_req, res) => {
      const { contentType, body } = await metrics.render();
      res.type(contentType).send(body);
    });
  }
  app.use(exportRoutes(services.exports, services.exportLinks, exportRunner));
  app.use(explorerRouter(GRAPHQL_PATH));
  // Imports send large variables; requests without credentials (sign-in, the explorer) never need more than a
  // few kilobytes, so their bodies are bounded much tighter.
  // Not strict: a body that is JSON but no object gets its own answer (graphqlBodyGuard), not "invalid JSON".
  const staffJson = express.json({ limit: '5mb', strict: false });
  const anonymousJson = express.json({ limit: ANONYMOUS_BODY_LIMIT, strict: false });
  app.use(
    GRAPHQL_PATH,
    // Answers of 1 KB or more compressed by what the client accepts (brotli at quality 4, else gzip): a small zone's
    // households are 50 KB of JSON, 6 KB with brotli, on a phone's 1.6 Mbps. Credentials travel in the
    // Authorization header, never in cookies, so no other site can make a browser send the requests a BREACH-style
    // guess needs (docs/security.md).
    compression(),
    graphqlRequestGuard,
    (req, res, next) => (req.headers.authorization ? staffJson : anonymousJson)(req, res, next),
    graphqlBodyGuard,
    trusted.middleware,
    expressMiddleware(apollo, {
      context: requestLog.context(async ({ req }) => {
        const auth = await authenticate(db, options.secrets, req.headers.authorization);
        trusted.check(req, auth.principal);
        checkAnonymousDocument(req, auth.principal, queryLimits);
        return createContext(
          db,
          services,
          auth,
          req.ip ?? req.socket.remoteAddress ?? 'unknown',
          `${req.protocol}://${req.get('host') ?? 'localhost'}`,
          negotiateLang(req.get('accept-language')),
        );
      }),
    }),
  );

  // Last, so every API route above answers first; the web app takes the remaining GETs.
  app.use(webAppRouter(defaultWebRoot()));
  // Coded JSON answers, never Express's HTML page: unknown routes, then every error a handler passed on.
  app.use(notFound);
  app.use(finalErrorHandler);

  return {
    app,
    httpServer,
    logger,
    metrics,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          resolve(`http://localhost:${actual}`);
        });
      }),
    stop: async () => {
      clearInterval(pruning);
      await pruneRun;
      await exportRunner.stop();
      await apollo.stop();
    },
  };
}
