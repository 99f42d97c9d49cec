import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { messageForLog } from '../hardening/log-masking.js';

/** Error codes (node's and postgres.js's) of a connection that could not be made or was cut. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** What stopped the start, in the operator's words: which variable or dependency, and the error. */
export function describeStartupFailure(error: unknown, config: AppConfig): string {
  const err = error instanceof Error ? error : new Error(String(error));
  const { code, syscall } = err as NodeJS.ErrnoException;
  const message = messageForLog(err);
  if (syscall === 'listen') {
    return `cannot listen on ${config.http.host}:${config.http.port} (API_HOST, API_PORT): ${message}`;
  }
  if (config.database.driver === 'postgres') {
    const url = new URL(config.database.url);
    const where = `${url.hostname}:${url.port || '5432'}`;
    if (code && UNREACHABLE.has(code))
      return `cannot reach the database at DATABASE_URL (${where}): ${message}`;
    if (err.name === 'PostgresError') return `the database at DATABASE_URL (${where}) refused: ${message}`;
  }
  return message || err.name;
}

/** The one line that says the process will not start, and why; the caller then exits non-zero. */
export function logRefusal(logger: Logger, problem: string, fields: Record<string, unknown> = {}): void {
  logger.fatal({ event: 'startup_failed', ...fields }, `Refusing to start: ${problem}`);
}

/**
 * Nest's logger while the app is being built, until the app's own (nestjs-pino) takes over: what Nest
 * logs then goes to the same JSON log. When building the app fails (the database cannot be reached,
 * a migration fails), Nest logs the error from its `ExceptionHandler` and exits 1 at once: that
 * error becomes the "Refusing to start" line.
 */
export class StartupNestLogger implements LoggerService {
  /** `logger` without a `context` of its own: each line gets Nest's (NestFactory, InstanceLoader...). */
  constructor(
    private readonly logger: Logger,
    private readonly describe: (error: unknown) => string,
  ) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    if (params.at(-1) === 'ExceptionHandler') {
      const fields = message instanceof Error ? { err: message } : {};
      logRefusal(this.logger.child({ context: 'Startup' }), this.describe(message), fields);
      return;
    }
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const last = params.at(-1);
    const context = typeof last === 'string' ? last : 'Nest';
    if (message instanceof Error) this.logger[level]({ context, err: message }, messageForLog(message));
    else this.logger[level]({ context }, typeof message === 'string' ? message : JSON.stringify(message));
  }
}
