import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode, ErrorEnvelope } from '../common/app-error.js';

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
export function answerMalformedRequestsInEnvelope(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
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
  });
}
