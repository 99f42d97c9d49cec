import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import pino, { type DestinationStream, type Logger, type StreamEntry } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/app-config.js';
import { maskForLog } from './log-masking.js';
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
        // Messages are masked too: an email can hide in an error message.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? (maskForLog(a) as string) : a)) as Parameters<
              typeof method
            >,
          );
        },
      },
    },
    pino.multistream(streams),
  );
}

const LOG_FIELDS = Symbol('requestLogFields');

/** Adds fields (e.g. the new team's team_id) to the one log line written when this request ends. */
export function addRequestLogFields(req: Request, fields: Record<string, unknown>): void {
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

function requestLine(req: IncomingMessage, res: ServerResponse, durationMs: number) {
  const express = req as Request;
  return {
    method: req.method,
    route: (express.route as { path?: string } | undefined)?.path,
    status: aborted(res) ? null : res.statusCode,
    duration_ms: durationMs,
    client_ip: express.ip,
    ...(req as unknown as { [LOG_FIELDS]?: Record<string, unknown> })[LOG_FIELDS],
  };
}

/**
 * pino-http as the first middleware: one flat JSON line per request (request_id, method, route,
 * status, duration_ms, client_ip, team_id), no headers or bodies; `request aborted` with status null
 * when the client left before its answer. Its request id is the one in
 * the X-Request-Id header and in error envelopes.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestIdFor,
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'request_id', responseTime: 'duration_ms' },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 || aborted(res) ? 'warn' : 'info',
    customSuccessMessage: (_req, res) => (aborted(res) ? 'request aborted' : 'request completed'),
    customErrorMessage: (_req, res) => (aborted(res) ? 'request aborted' : 'request failed'),
    customSuccessObject: (req, res, val: { duration_ms: number }) => requestLine(req, res, val.duration_ms),
    customErrorObject: (req, res, _error, val: { duration_ms: number }) =>
      requestLine(req, res, val.duration_ms),
  });
}
