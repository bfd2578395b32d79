export { createLogger, loggerSettings, type Logger, type LoggerOptions, type LogFormat } from './logger';
export {
  CensusMetrics,
  clusterMetricsRenderer,
  metricsSettings,
  serveMetrics,
  shareMetricsWithPrimary,
} from './metrics';
export { RequestLog, describeError } from './request-log';
export { healthRoutes, pendingMigrations } from './health';
