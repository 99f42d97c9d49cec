import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { AppError, type ErrorCode, type ErrorEnvelope } from '../common/app-error.js';
import { isDatabaseUnavailable } from '../database/database.js';
import { type HttpReply, type HttpRequest, routePattern } from './http.js';
import type { RouteTable } from './method-not-allowed.js';
import { requestIdFor } from './request-id.js';

/** The code for a framework error's status (403 is our 401: guards that say no mean "not authorised"). */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHORIZED',
  403: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The one exit for every error: turns anything thrown into the envelope
 * `{success:false, error_code, message, details?, request_id}`. Internals (stack, SQL, paths)
 * go to the log under the request id, never into the response.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly routes: RouteTable) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const reply = http.getResponse<HttpReply>();
    const res = reply.raw;
    const requestId = requestIdFor(req.raw, res);
    if (exception instanceof IdempotentReplay) {
      reply.header('Idempotent-Replayed', 'true');
      reply.status(exception.status).send(exception.body);
      return;
    }
    // The file server's 403 (a dotfile, a path that climbs out, a folder) would say that something is
    // there: answered as a missing file is.
    const error =
      this.routes.methodNotAllowed(req, exception) ??
      (servesFiles(req) && statusOf(exception) === 403 ? new AppError('NOT_FOUND') : toAppError(exception));
    if (error.status >= 500) {
      this.logger.error({
        msg: 'request failed',
        err: exception,
        request_id: requestId,
        error_code: error.code,
      });
    }
    if (res.headersSent || reply.sent) {
      if (!res.writableEnded) res.destroy();
      return;
    }
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    reply.status(error.status).send(errorEnvelope(error, requestId));
  }
}

/** The static file routes (`/uploads/*`, Swagger UI's assets): the only wildcard routes that answer GET. */
function servesFiles(req: HttpRequest): boolean {
  return routePattern(req)?.endsWith('*') === true;
}

/** The HTTP status an error carries, if any. */
function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  const { status, statusCode } = (exception ?? {}) as { status?: unknown; statusCode?: unknown };
  return typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
}

export function errorEnvelope(error: AppError, requestId: string): ErrorEnvelope {
  return {
    success: false,
    error_code: error.code,
    message: error.message,
    ...(error.details ? { details: error.details } : {}),
    request_id: requestId,
  };
}

/** Thrown to answer with a response stored under an idempotency key, exactly as it was first sent. */
export class IdempotentReplay extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('replay of a stored response');
  }
}

/** Errors from body parsers (http-errors): a status to trust, a message not to show. */
function parserErrorStatus(exception: unknown): number | undefined {
  if (!exception || typeof exception !== 'object') return undefined;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : undefined;
}

export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (isDatabaseUnavailable(exception)) {
    return new AppError('SERVICE_UNAVAILABLE', undefined, undefined, {
      'Retry-After': '5',
    });
  }
  const parserStatus = parserErrorStatus(exception);
  if (parserStatus === 400)
    return AppError.validation({ body: 'is not well-formed' }, 'Malformed request body');
  if (parserStatus !== undefined) return frameworkError(parserStatus);
  if (exception instanceof HttpException) return frameworkError(exception.getStatus());
  return new AppError('INTERNAL_ERROR');
}

/** A framework's error as ours: its status's code, with our wording (the library's never reaches a client). */
function frameworkError(status: number): AppError {
  const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
  return new AppError(code, code === 'VALIDATION_FAILED' ? 'The request could not be read' : undefined);
}
