import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiResponse,
  ApiSecurity,
  type ExamplesObject,
  type HeadersObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { ERROR_CATALOGUE, type ErrorCode } from '../common/app-error.js';
import {
  ERROR_DOCS,
  errorSchema,
  errorSchemaName,
  exampleEnvelope,
  retryAfterOf,
} from './error-envelope.schema.js';
import { responseHeader } from './headers.js';

/** Names of the admin security schemes declared in the document (see setup-docs.ts). */
export const ADMIN_API_KEY_SCHEME = 'admin-api-key';
export const ADMIN_BEARER_SCHEME = 'admin-bearer';

/**
 * What the request pipeline around every route can answer, whatever the route: a body over
 * MAX_REQUEST_SIZE or a compressed one (refused before routing, even where no body is read), and an
 * unexpected failure.
 */
export const PIPELINE_ERRORS = [
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL_ERROR',
] as const satisfies ErrorCode[];

/** ...plus, for every route but `/health`, the request timeout (`@RequestTimeout()`, or the route's own bound). */
export const TIMED_ROUTE_ERRORS = [...PIPELINE_ERRORS, 'REQUEST_TIMEOUT'] as const satisfies ErrorCode[];

/** ...plus, for a route with a path parameter, a path that does not decode (`%E0%A4`). */
export const PATH_PARAM_ERRORS = ['VALIDATION_FAILED'] as const satisfies ErrorCode[];

/** ...plus, for every route but `/health`, the rate limit and an unreachable database. */
export const LIMITED_ROUTE_ERRORS = [
  ...TIMED_ROUTE_ERRORS,
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const satisfies ErrorCode[];

/** What a registration may answer, on the native form and on the FastAPI-compatible one alike. */
export const REGISTRATION_ERRORS = [
  ...LIMITED_ROUTE_ERRORS,
  'VALIDATION_FAILED',
  'REGISTRATION_CLOSED',
  'DUPLICATE_TEAM',
  'CHURCH_LIMIT_REACHED',
  'REGISTRATION_FULL',
  'IDEMPOTENCY_KEY_IN_USE',
  'FILE_TOO_LARGE',
  'IDEMPOTENCY_KEY_MISMATCH',
] as const satisfies ErrorCode[];

/** A JSON response with a named schema (and its examples), as the server sends it. */
export function ApiJsonResponse(
  status: number,
  options: {
    description: string;
    schema: SchemaObject | ReferenceObject;
    example?: unknown;
    examples?: ExamplesObject;
    headers?: HeadersObject;
  },
): MethodDecorator & ClassDecorator {
  const { description, schema, example, examples, headers } = options;
  return ApiResponse({
    status,
    description,
    content: {
      'application/json': {
        schema,
        ...(example === undefined ? {} : { example }),
        ...(examples ? { examples } : {}),
      },
    },
    ...(headers ? { headers } : {}),
  });
}

/**
 * The error responses for a set of codes, by status: codes sharing a status become one response whose
 * schema is the union of those codes' schemas (discriminated by `error_code`), with an example per code.
 */
export function errorResponses(codes: ErrorCode[]): [status: number, response: ResponseObject][] {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_CATALOGUE[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, group]) => {
      const refs = group.map(errorSchema);
      const schema: SchemaObject | ReferenceObject =
        refs.length === 1
          ? refs[0]!
          : {
              oneOf: refs,
              discriminator: {
                propertyName: 'error_code',
                mapping: Object.fromEntries(
                  group.map((code) => [code, `#/components/schemas/${errorSchemaName(code)}`]),
                ),
              },
            };
      const headers = errorHeaders(group);
      return [
        status,
        {
          description: group.map((code) => `\`${code}\`: ${ERROR_DOCS[code].when}`).join('; '),
          content: {
            'application/json': {
              schema,
              examples: Object.fromEntries(
                group.map((code) => [code, { summary: code, value: exampleEnvelope(code) }]),
              ),
            },
          },
          ...(headers ? { headers } : {}),
        },
      ];
    });
}

/**
 * Documents every error response of a route, in ONE call per route (a second call would replace the
 * statuses the first declared): `@ApiErrorResponses('VALIDATION_FAILED', 'DUPLICATE_TEAM', ...)`.
 */
export function ApiErrorResponses(...codes: ErrorCode[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...errorResponses(codes).map(([status, response]) => ApiResponse({ status, ...response })),
  );
}

/**
 * The extension by which a route in a folder that may not import src/docs (metrics/, by the layer
 * rules) lists its error codes: `@ApiExtension(ERROR_CODES_EXTENSION, [...])`; `finishDocument` turns
 * it into the same responses `ApiErrorResponses` gives.
 */
export const ERROR_CODES_EXTENSION = 'x-error-codes';

function errorHeaders(group: ErrorCode[]): HeadersObject | undefined {
  const retry = group.map(retryAfterOf);
  if (!retry.some(Boolean)) return undefined;
  return {
    'Retry-After': responseHeader(
      'Retry-After',
      retry.every((r) => r === 'always'),
    ),
  };
}

/** The two headers a client may send to make a state-changing request safe to retry. */
export function ApiIdempotencyHeaders(): MethodDecorator & ClassDecorator {
  const description =
    'A unique value (a UUID) per intended operation: 1-255 printable ASCII characters, or the same as ' +
    'an RFC 8941 quoted string. Retrying with the same key and the same request replays the first ' +
    'response (marked `Idempotent-Replayed: true`) instead of doing the work twice; the same key with a ' +
    'different request is `422 IDEMPOTENCY_KEY_MISMATCH`, and while the first is still running ' +
    '`409 IDEMPOTENCY_KEY_IN_USE`.';
  const schema: SchemaObject = { type: 'string', minLength: 1, maxLength: 512, pattern: '^[ -~]+$' };
  return applyDecorators(
    ApiHeader({ name: 'Idempotency-Key', required: false, description, schema }),
    ApiHeader({
      name: 'X-Idempotency-Key',
      required: false,
      description:
        "The FastAPI backend's name for `Idempotency-Key`; either one is accepted (not both, unless equal).",
      schema,
    }),
  );
}

/** An admin route: either admin security scheme (its 401 and 429 are in each route's error list). */
export function ApiAdminAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(ApiSecurity(ADMIN_API_KEY_SCHEME), ApiBearerAuth(ADMIN_BEARER_SCHEME));
}
