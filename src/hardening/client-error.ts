import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { FastifyError } from 'fastify';
import { AppError, type ErrorCode, type ErrorEnvelope } from '../common/app-error.js';
import { errorEnvelope } from './error-envelope.filter.js';
import type { HttpReply, HttpRequest } from './http.js';
import { requestIdFor } from './request-id.js';

const ANSWERS: Record<string, { status: string; code: ErrorCode; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: '431 Request Header Fields Too Large',
    code: 'VALIDATION_FAILED',
    message: 'Request headers too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: '408 Request Timeout',
    code: 'REQUEST_TIMEOUT',
    message: 'Request timeout exceeded',
  },
};
const MALFORMED = {
  status: '400 Bad Request',
  code: 'VALIDATION_FAILED' as const,
  message: 'Malformed HTTP request',
};

/**
 * Requests that Node's HTTP parser refuses (broken framing, a body longer than its Content-Length,
 * Content-Length and chunked at once) never reach the app; answer them in the envelope too, not with
 * Node's bare 400, and close the connection.
 */
export function answerMalformedRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const answer = ANSWERS[error.code ?? ''] ?? MALFORMED;
  const requestId = randomUUID();
  const body = JSON.stringify({
    success: false,
    error_code: answer.code,
    message: answer.message,
    request_id: requestId,
  } satisfies ErrorEnvelope);
  socket.end(
    `HTTP/1.1 ${answer.status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * A URL the router cannot take (a path that does not decode, a route parameter over its length) is
 * refused before any hook runs: 400 in the envelope, with its request id.
 */
export function answerRouterError(_error: FastifyError, req: HttpRequest, reply: HttpReply): void {
  const requestId = requestIdFor(req.raw, reply.raw);
  const error = AppError.validation({ path: 'is not a valid URL path' }, 'The request could not be read');
  reply.status(400).send(errorEnvelope(error, requestId));
}
