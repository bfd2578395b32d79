import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  /** LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent. */
  level?: string;
  /** LOG_FORMAT: `json` (one JSON object a line) or `pretty` (readable, for a terminal). */
  format?: LogFormat;
  /** Where the lines go (default standard output); tests pass a stream of their own. */
  destination?: DestinationStream;
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Paths a log object must never carry, whatever a caller passes: credentials and the request parts that hold
 * input (variables, query text). Censored rather than trusted to be left out.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'token',
  'variables',
  'query',
  'headers',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.token',
  '*.variables',
  '*.query',
  '*.headers',
  '*.detail',
  '*.parameters',
];

/** LOG_LEVEL and LOG_FORMAT, checked; pretty is the default on a terminal outside production. */
export function loggerSettings(env: NodeJS.ProcessEnv = process.env): { level: string; format: LogFormat } {
  const level = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!LEVELS.includes(level))
    throw new Error(
      `LOG_LEVEL 必须是 ${LEVELS.join('、')} 之一。 LOG_LEVEL must be one of ${LEVELS.join(', ')}.`,
    );
  const format = (
    env.LOG_FORMAT || (env.NODE_ENV !== 'production' && process.stdout.isTTY ? 'pretty' : 'json')
  )
    .toLowerCase()
    .trim();
  if (format !== 'json' && format !== 'pretty')
    throw new Error('LOG_FORMAT 必须是 json 或 pretty。 LOG_FORMAT must be json or pretty.');
  return { level, format };
}

/** pino-pretty is a development dependency: where it is missing (a production install) the lines stay JSON. */
function prettyStream(): DestinationStream | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
    return pretty({ sync: true, translateTime: 'SYS:standard', ignore: 'pid,hostname' });
  } catch {
    return undefined;
  }
}

/** The process's structured logger (pino): one JSON object a line, `time` in ISO 8601 UTC. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = options.level && options.format ? undefined : loggerSettings();
  const level = options.level ?? settings!.level;
  const format = options.format ?? settings!.format;
  const destination =
    options.destination ?? (format === 'pretty' ? prettyStream() : undefined) ?? pino.destination(1);
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
