import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A client's X-Request-Id is kept only when it is short and plain; anything else gets a fresh UUID. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

const REQUEST_ID = Symbol('requestId');

/** The request's id: the client's X-Request-Id when well formed, else a fresh UUID; the same on every call. */
export function requestIdOf(req: IncomingMessage): string {
  const holder = req as IncomingMessage & { [REQUEST_ID]?: string };
  const existing = holder[REQUEST_ID];
  if (existing !== undefined) return existing;
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
  holder[REQUEST_ID] = id;
  return id;
}

/** The request's id (`requestIdOf`), also set as the response's X-Request-Id. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const id = requestIdOf(req);
  if (!res.headersSent) res.setHeader('X-Request-Id', id);
  return id;
}
