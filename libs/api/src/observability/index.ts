export { createLogger, loggerSettings, type Logger, type LoggerOptions, type LogFormat } from './logger';
export { CensusMetrics, metricsSettings, serveMetrics } from './metrics';
export { RequestLog, describeError } from './request-log';
export { healthRoutes, pendingMigrations } from './health';
