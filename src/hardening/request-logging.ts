import type { ServerResponse } from 'node:http';
import { storage } from 'nestjs-pino/storage.js';
import pino, { type DestinationStream, type Logger, type StreamEntry } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { type HttpReply, type HttpRequest, routePattern } from './http.js';
import { maskForLog, messageForLog } from './log-masking.js';
import { requestIdFor } from './request-id.js';

/**
 * The application's one pino logger: JSON lines to stdout (or the given stream, for tests) and,
 * with LOG_TO_FILE=true, also to LOG_FILE. Everything logged passes through `maskForLog`.
 */
export function createAppLogger(config: AppConfig, destination?: DestinationStream): Logger {
  const level = config.log.level;
  const streams: StreamEntry[] = [{ level: 'trace', stream: destination ?? pino.destination(1) }];
  if (config.log.toFile && level !== 'silent') {
    streams.push({ level: 'trace', stream: pino.destination({ dest: config.log.file, mkdir: true }) });
  }
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => maskForLog(object) as Record<string, unknown>,
      },
      hooks: {
        // Messages are masked too: an email can hide in an error message. Without a message, pino would
        // write the error's own (`logger.error(error)`, `logger.error({ err })`), unmasked: it gets ours.
        logMethod(args, method) {
          const [first, second] = args as unknown[];
          const fields = first as { err?: unknown; msg?: unknown } | null;
          const error = first instanceof Error ? first : fields?.msg === undefined ? fields?.err : undefined;
          const masked = args.map((a) => (typeof a === 'string' ? (maskForLog(a) as string) : a));
          if (error instanceof Error && typeof second !== 'string') masked.splice(1, 0, messageForLog(error));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    pino.multistream(streams),
  );
}

const LOG_FIELDS = Symbol('requestLogFields');

/** Adds fields (e.g. the new team's team_id) to the one log line written when this request ends. */
export function addRequestLogFields(req: HttpRequest, fields: Record<string, unknown>): void {
  const holder = req as unknown as { [LOG_FIELDS]?: Record<string, unknown> };
  holder[LOG_FIELDS] = { ...holder[LOG_FIELDS], ...fields };
}

/**
 * The connection closed before the response was sent: the client gave up (mid-upload, or waiting).
 * `res.statusCode` then is only what the app had meant to send, or Node's default 200.
 */
function aborted(res: ServerResponse): boolean {
  return !res.writableEnded;
}

function requestLine(req: HttpRequest, res: ServerResponse, durationMs: number) {
  return {
    method: req.method,
    route: routePattern(req),
    status: aborted(res) ? null : res.statusCode,
    duration_ms: durationMs,
    client_ip: req.ip,
    ...(req as unknown as { [LOG_FIELDS]?: Record<string, unknown> })[LOG_FIELDS],
  };
}

/**
 * What Nest's logger (nestjs-pino) writes with while a request runs: the app logger with the request's
 * `request_id`. The child logger is made only when something is logged, not for every request.
 */
class RequestLogStore {
  private child: Logger | undefined;

  constructor(
    private readonly root: Logger,
    private readonly requestId: string,
  ) {}

  get logger(): Logger {
    return (this.child ??= this.root.child({ request_id: this.requestId }));
  }

  /** nestjs-pino's `PinoLogger.assign` replaces it. */
  set logger(logger: Logger) {
    this.child = logger;
  }

  get responseLogger(): undefined {
    return undefined;
  }
}

/**
 * The first request hook: one flat JSON line per request (request_id, method, route, status, duration_ms,
 * client_ip, team_id), no headers or bodies; `request aborted` with status null when the client left
 * before its answer; 5xx at error, 4xx and aborted at warn, the rest at info. Its request id is the one
 * in the X-Request-Id header and in error envelopes, and Nest's logger writes it on every line it logs
 * during the request (nestjs-pino's request context, bound here).
 *
 * Per request it does only what it must (issue 15): the id, three listeners, the context; the line (and
 * its child logger) is built only when its level is enabled. It replaces pino-http, which built two
 * child loggers per request, one of them serialising the whole request (headers included) to JSON,
 * whether or not a line was written.
 */
export function requestLogger(
  logger: Logger,
  alsoOnEveryRequest: (req: HttpRequest, reply: HttpReply) => void,
) {
  const levelValue = logger.levels.values;
  const enabled = (level: 'info' | 'warn' | 'error') => levelValue[level]! >= logger.levelVal;
  return (req: HttpRequest, reply: HttpReply, next: () => void): void => {
    const res = reply.raw;
    const requestId = requestIdFor(req.raw, res);
    const started = Date.now();
    let logged = false;
    const done = (error?: unknown) => {
      if (logged) return;
      logged = true;
      const gone = aborted(res);
      const level =
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 || gone ? 'warn' : 'info';
      if (!enabled(level)) return;
      const failed = error !== undefined || res.statusCode >= 500;
      const message = gone ? 'request aborted' : failed ? 'request failed' : 'request completed';
      logger.child({ request_id: requestId })[level](requestLine(req, res, Date.now() - started), message);
    };
    res.on('finish', () => done());
    res.on('close', () => done());
    res.on('error', done);
    alsoOnEveryRequest(req, reply);
    storage.run(new RequestLogStore(logger, requestId), next);
  };
}
