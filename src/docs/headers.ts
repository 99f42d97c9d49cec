import type { HeaderObject, SchemaObject } from '@nestjs/swagger';
import { int32 } from './schemas.js';

/**
 * The response headers the API documents, as the server sends them (src/hardening: request-id.ts,
 * rate-limit.ts, error-envelope.filter.ts; the admin export). Header values travel as text; an
 * `integer` here is a decimal number in that text.
 */
const HEADERS = {
  'X-Request-Id': {
    description:
      "Identifies the request in the server log (and is the error body's `request_id`): the client's own " +
      '`X-Request-Id` when it sent a well-formed one (8-128 of `A-Z a-z 0-9 . _ : -`), else a new UUID.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,128}$', maxLength: 128 },
  },
  'RateLimit-Limit': {
    description:
      'Requests per minute allowed in the budget this request spent (RATE_LIMIT_REQUESTS for changes, ' +
      'RATE_LIMIT_READ_REQUESTS for reads, RATE_LIMIT_ADMIN_REQUESTS under /admin), per client IP and route. ' +
      'Sent on every answer that got as far as the rate limit, and also as `X-RateLimit-Limit`, ' +
      '`X-RateLimit-Remaining` and `X-RateLimit-Reset` for older clients.',
    schema: int32(1),
  },
  'RateLimit-Remaining': {
    description: 'Requests left in that budget this minute',
    schema: int32(0),
  },
  'RateLimit-Reset': {
    description: 'Seconds until that budget is full again',
    schema: int32(0),
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    schema: int32(1, 86_400),
  },
  'Idempotent-Replayed': {
    description:
      'Present on a replay: this is the stored answer to the first request sent with the same ' +
      '`Idempotency-Key` (its status and body), not a new one.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Content-Disposition': {
    description: 'How to save the body: a download and its file name',
    schema: { type: 'string', maxLength: 300, pattern: '^(attachment|inline); filename="[^"]+"$' },
  },
  'Access-Control-Allow-Origin': {
    description:
      'Only when CORS_ORIGINS is set and the request came from one of those origins (CORS is off by default).',
    schema: { type: 'string', format: 'uri', maxLength: 2048 },
  },
} satisfies Record<string, { description: string; schema: SchemaObject }>;

export type ResponseHeaderName = keyof typeof HEADERS;

export function responseHeader(name: ResponseHeaderName, required: boolean): HeaderObject {
  return { ...HEADERS[name], required };
}

/** The key under `components.headers` of a shared header: its name, or `<name>.always` where it is required. */
export function headerComponentKey(name: ResponseHeaderName, required: boolean): string {
  return required ? `${name}.always` : name;
}

/** `components.headers`: the shared headers `finishDocument` refers to, each as it is used. */
export function headerComponents(
  used: [name: ResponseHeaderName, required: boolean][],
): Record<string, HeaderObject> {
  return Object.fromEntries(
    used.map(([name, required]) => [headerComponentKey(name, required), responseHeader(name, required)]),
  );
}

/**
 * The rate-limit headers, in the IETF draft's names. The server also sends them as `X-RateLimit-*`;
 * those are named in the descriptions only (linters take the two spellings side by side for a conflict).
 */
export const RATE_LIMIT_HEADERS = [
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
] as const satisfies ResponseHeaderName[];
