import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { ERROR_CATALOGUE, type ErrorCode } from '../common/app-error.js';
import { ERROR_DOCS, ErrorEnvelopeDto, exampleEnvelope } from './error-envelope.schema.js';

/** Names of the admin security schemes declared in the document (see setup-docs.ts). */
export const ADMIN_API_KEY_SCHEME = 'admin-api-key';
export const ADMIN_BEARER_SCHEME = 'admin-bearer';

/**
 * Documents the error responses a route can give, one line per route:
 * `@ApiErrorResponses('VALIDATION_FAILED', 'DUPLICATE_TEAM')`. Codes sharing a status become one
 * response with an example per code, all with the shared `ErrorEnvelope` schema.
 */
export function ApiErrorResponses(...codes: ErrorCode[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_CATALOGUE[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, group]) =>
      ApiResponse({
        status,
        description: group.map((code) => `\`${code}\`: ${ERROR_DOCS[code].when}`).join('; '),
        type: ErrorEnvelopeDto,
        examples: Object.fromEntries(
          group.map((code) => [code, { summary: code, value: exampleEnvelope(code) }]),
        ),
        ...(group.some((code) => ERROR_DOCS[code].retryAfter)
          ? {
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait before retrying',
                  schema: { type: 'integer' },
                },
              },
            }
          : {}),
      }),
    ),
  );
}

/** The two headers a client may send to make a state-changing request safe to retry. */
export function ApiIdempotencyHeaders(): MethodDecorator & ClassDecorator {
  const description =
    'A unique value (a UUID) per intended operation. Retrying with the same key and the same request ' +
    'replays the first response (marked `Idempotent-Replayed: true`) instead of doing the work twice; ' +
    'the same key with a different request is `422 IDEMPOTENCY_KEY_MISMATCH`.';
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description,
      schema: { type: 'string', maxLength: 255 },
    }),
    ApiHeader({
      name: 'X-Idempotency-Key',
      required: false,
      description: "The FastAPI backend's name for `Idempotency-Key`; either one is accepted.",
      schema: { type: 'string', maxLength: 255 },
    }),
  );
}

/** An admin route: either admin security scheme, and 401 when the key is missing or wrong. */
export function ApiAdminAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiSecurity(ADMIN_API_KEY_SCHEME),
    ApiBearerAuth(ADMIN_BEARER_SCHEME),
    ApiErrorResponses('UNAUTHORIZED'),
  );
}
