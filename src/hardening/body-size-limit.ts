import type { IncomingMessage } from 'node:http';
import type { HttpReply, HttpRequest } from './http.js';
import type { Writable } from 'node:stream';
import { AppError } from '../common/app-error.js';

export function payloadTooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', undefined, { max_bytes: limit });
}

/**
 * Refuses a body whose declared Content-Length is over the limit before a byte of it is read.
 * Chunked bodies are counted by whoever reads them: `readJsonBody` (with its own, smaller
 * limit) and `countingStreamHandler` for multipart.
 */
export function rejectDeclaredOversizeBodies(limit: number) {
  return (req: HttpRequest, _reply: HttpReply, done: (error?: Error) => void): void => {
    const declared = Number(req.headers['content-length']);
    done(Number.isFinite(declared) && declared > limit ? payloadTooLarge(limit) : undefined);
  };
}

/** The request says a body follows (chunked, or a non-zero Content-Length). */
export function declaresBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0;
}

/**
 * Refuses a compressed request body (415) before a byte of it is read: a few KB of gzip can inflate to
 * megabytes, and no client of this API compresses what it sends.
 */
export function refuseEncodedBodies(
  req: HttpRequest,
  _reply: HttpReply,
  done: (error?: Error) => void,
): void {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  done(
    declaresBody(req.raw) && encoding && encoding !== 'identity'
      ? new AppError('UNSUPPORTED_MEDIA_TYPE', 'Compressed request bodies are not accepted')
      : undefined,
  );
}

/**
 * A multer `streamHandler`: pipes the request into the multipart parser and counts the bytes on
 * the way. The count listens to the same 'data' events the pipe does, attached in the same tick,
 * so the parser still sees every byte; past the limit the parser is destroyed with a 413.
 */
export function countingStreamHandler(limit: number) {
  return (req: IncomingMessage, parser: Writable) => {
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.removeListener('data', count);
        parser.destroy(payloadTooLarge(limit));
      }
    };
    req.on('data', count);
    req.pipe(parser);
  };
}
