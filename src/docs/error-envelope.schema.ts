import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { ERROR_CATALOGUE, ERROR_CODES, type ErrorCode, type ErrorEnvelope } from '../common/app-error.js';
import { teamStatus } from '../database/schema.js';
import { component, constant, int32, nullable, object, text, type Schema } from './schemas.js';

/**
 * The one error body of the API. `ErrorEnvelope` is a union discriminated by `error_code`: one schema
 * per code (`ValidationFailedError`, `RegistrationClosedError`, ...), each with the `details` that code
 * really carries (the `new AppError(...)` sites). Operations refer to the code schemas of the errors
 * they can give, grouped by status (see `ApiErrorResponses`).
 */

interface ErrorDoc {
  /** When the code is sent, for the response description. */
  when: string;
  /** An example message (the catalogue's default, or what the code's main site says). */
  message: string;
  /** An example of `details`, for codes that carry them. */
  details?: Record<string, unknown>;
  /** The `details` schema; `detailsAlways`: every answer with this code has them. */
  detailsSchema?: Schema;
  detailsAlways?: boolean;
  /** Sent with `Retry-After`: `always`, or only from some of its sites. */
  retryAfter?: 'always' | 'sometimes';
}

const EXAMPLE_REQUEST_ID = '4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24';

/** Field name (`players[3].name`, `logo`, an unknown query parameter) to what is wrong with it. */
const FIELD_ERRORS = component('FieldErrors', {
  type: 'object',
  description:
    'Each bad field (a form field, `players[3].name`, a file, a query parameter, or `body` for the ' +
    'request as a whole) with what is wrong with it; every bad field is reported at once.',
  additionalProperties: text(300),
  minProperties: 1,
  maxProperties: 1000,
  example: { captain_email: 'must be a valid email address', 'players[3].name': 'must be 3-50 characters' },
});

const FIELD_ERRORS_DETAILS = component(
  'FieldErrorsDetails',
  object({ field_errors: FIELD_ERRORS }, { description: 'Which fields are wrong, and how' }),
);

const TEAM_STATUS = component('TeamStatus', {
  type: 'string',
  enum: [...teamStatus.enumValues],
  description:
    '`pending` and `approved` teams hold a place; `waitlisted` ones wait for one; `rejected` and ' +
    '`withdrawn` are final.',
});

/** When each code is sent, with an example body and the shape of its details (status: ERROR_CATALOGUE). */
export const ERROR_DOCS: Record<ErrorCode, ErrorDoc> = {
  VALIDATION_FAILED: {
    when: 'a field is missing or invalid (all are reported at once), or the request is malformed',
    message: 'Input validation failed',
    details: {
      field_errors: {
        captain_email: 'must be a valid email address',
        'players[3].name': 'must be 3-50 characters',
        logo: 'must be a PNG or JPEG image',
      },
    },
    // Absent only when the request could not be read at all (a path that does not decode).
    detailsSchema: FIELD_ERRORS_DETAILS,
  },
  UNAUTHORIZED: {
    when: 'the admin API key is missing or wrong',
    message: 'A valid admin API key is required',
  },
  NOT_FOUND: { when: 'no such resource', message: 'No team with this team ID' },
  METHOD_NOT_ALLOWED: {
    when: 'the path exists, but not with this method; `Allow` lists the methods it has',
    message: 'Method not allowed on this resource',
  },
  REQUEST_TIMEOUT: {
    when: 'the request took longer than REQUEST_TIMEOUT (the work itself still finishes whole)',
    message: 'Request timeout exceeded',
  },
  REGISTRATION_CLOSED: {
    when: 'outside the registration window (REGISTRATION_OPENS_AT to REGISTRATION_CLOSES_AT)',
    message: 'Registration opens at 2026-01-10T03:30:00.000Z',
    details: { opens_at: '2026-01-10T03:30:00.000Z', closes_at: '2026-01-31T18:29:59.000Z' },
    detailsSchema: component(
      'RegistrationWindowDetails',
      object(
        {
          opens_at: nullable({ type: 'string', format: 'date-time', maxLength: 30 }),
          closes_at: nullable({ type: 'string', format: 'date-time', maxLength: 30 }),
        },
        { description: 'The window; `null` for an end that is open' },
      ),
    ),
    detailsAlways: true,
  },
  LINK_INVALID: {
    when: 'a link to a private file without its signature or expiry, altered, or expired: ask for the team again for a fresh link',
    message: 'This link is invalid or has expired',
  },
  DUPLICATE_TEAM: {
    when: 'a team of that name exists (compared as the name key: case, spacing, invisible characters and look-alike letters do not count)',
    message: 'A team with this name is already registered',
  },
  CHURCH_LIMIT_REACHED: {
    when: 'the church already has MAX_TEAMS_PER_CHURCH teams (rejected and withdrawn teams do not count)',
    message: 'This church has already registered the maximum number of teams',
  },
  REGISTRATION_FULL: {
    when: 'all MAX_TEAMS places are taken and the waitlist is off (WAITLIST_ENABLED=false), or no place is free to approve a waitlisted team',
    message: 'All places are taken',
    details: { max_teams: 64 },
    detailsSchema: component(
      'RegistrationFullDetails',
      object({ max_teams: nullable(int32(0)) }, { description: 'MAX_TEAMS (`null`: no cap)' }),
    ),
    detailsAlways: true,
  },
  INVALID_STATUS_TRANSITION: {
    when: 'the team is not in a status that allows this change (e.g. editing an approved team)',
    message: 'A rejected team cannot be approved; only pending or waitlisted teams can',
    details: { current_status: 'rejected', requested_status: 'approved' },
    detailsSchema: component(
      'StatusTransitionDetails',
      object(
        {
          current_status: TEAM_STATUS,
          requested_status: {
            type: 'string',
            enum: ['approved', 'rejected', 'withdrawn'],
            description: 'The status asked for; absent for an edit',
          },
        },
        { optional: ['requested_status'] },
      ),
    ),
    detailsAlways: true,
  },
  IDEMPOTENCY_KEY_IN_USE: {
    when: 'a request with the same idempotency key is still being processed; retry after `Retry-After` seconds',
    message: 'A request with this idempotency key is still in progress; retry shortly',
    retryAfter: 'always',
  },
  IDEMPOTENCY_KEY_MISMATCH: {
    when: 'the idempotency key was already used with a different request',
    message: 'This idempotency key was already used with a different request',
  },
  PAYLOAD_TOO_LARGE: {
    when: 'the body is larger than MAX_REQUEST_SIZE (a JSON body: 16 KB)',
    message: 'Request body too large',
    details: { max_bytes: 10_485_760 },
    // Absent only when a body parser refused the size itself.
    detailsSchema: component(
      'PayloadTooLargeDetails',
      object({ max_bytes: int32(1) }, { description: 'The largest body accepted, in bytes' }),
    ),
  },
  FILE_TOO_LARGE: {
    when: 'a file is larger than its limit (MAX_LOGO_BYTES, MAX_RECEIPT_BYTES)',
    message: 'The file in "logo" is larger than 5 MB',
    details: { field_errors: { logo: 'must be at most 5 MB' } },
    detailsSchema: FIELD_ERRORS_DETAILS,
    detailsAlways: true,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    when: 'the body is not of the type the route reads, or is compressed (`Content-Encoding`)',
    message: 'The request body must be multipart/form-data',
  },
  RATE_LIMITED: {
    when: 'too many requests from this client, or too many failed admin logins; wait `Retry-After` seconds',
    message: 'Too many requests; retry later',
    retryAfter: 'always',
  },
  INTERNAL_ERROR: {
    when: 'anything unexpected (the details are in the server log under the request id)',
    message: 'An unexpected error occurred',
  },
  SERVICE_UNAVAILABLE: {
    when: 'the database is unreachable; retry after `Retry-After` seconds',
    message: 'Service temporarily unavailable',
    retryAfter: 'sometimes',
  },
};

/** `VALIDATION_FAILED` -> `ValidationFailedError`: the code's component schema. */
export function errorSchemaName(code: ErrorCode): string {
  const pascal = code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `${pascal}Error`;
}

export function exampleEnvelope(code: ErrorCode): ErrorEnvelope {
  const doc = ERROR_DOCS[code];
  return {
    success: false,
    error_code: code,
    message: doc.message,
    ...(doc.details ? { details: doc.details } : {}),
    request_id: EXAMPLE_REQUEST_ID,
  };
}

const ERROR_CODE = component('ErrorCode', {
  type: 'string',
  enum: [...ERROR_CODES],
  description: 'A stable code to branch on; the message is for people. Each code has one HTTP status.',
});

/**
 * The body of every error response; each code's schema (`ValidationFailedError`, ...) narrows it to that
 * code and the `details` it carries.
 */
export const ERROR_ENVELOPE = component(
  'ErrorEnvelope',
  object(
    {
      success: constant(false),
      error_code: ERROR_CODE,
      message: text(500, { description: 'For people; may change. Branch on `error_code`.' }),
      // Any value here: each code's schema says what its `details` are (a generated client's type for
      // the envelope is `unknown`, which narrowing by `error_code` makes exact).
      details: {
        description: "More about the error; its shape is fixed by `error_code` (see each code's schema)",
      },
      request_id: {
        type: 'string',
        pattern: '^[A-Za-z0-9._:-]{8,128}$',
        maxLength: 128,
        description:
          'Identifies the request in the server log; also sent as the `X-Request-Id` header. Quote it when reporting a problem.',
      },
    },
    {
      optional: ['details'],
      description:
        'The body of every error response: `success: false`, a stable `error_code` to branch on (which ' +
        'fixes the shape of `details`), a `message` for people and the `request_id` to quote.',
      example: exampleEnvelope('VALIDATION_FAILED'),
    },
  ),
);

function codeSchema(code: ErrorCode): SchemaObject {
  const doc = ERROR_DOCS[code];
  const required = ['error_code', ...(doc.detailsSchema && doc.detailsAlways ? ['details'] : [])];
  return {
    description: `\`${code}\` (HTTP ${ERROR_CATALOGUE[code].status}): ${doc.when}.`,
    allOf: [
      ERROR_ENVELOPE,
      {
        type: 'object',
        required,
        properties: {
          error_code: { type: 'string', enum: [code] },
          ...(doc.detailsSchema ? { details: doc.detailsSchema } : {}),
        },
        // A code without details never has them: the four other properties are all there is.
        ...(doc.detailsSchema ? {} : { maxProperties: 4 }),
      },
    ],
    example: exampleEnvelope(code),
  };
}

/** The `$ref` of a code's schema, declared on first use (only codes some operation answers are in the document). */
export function errorSchema(code: ErrorCode): ReferenceObject {
  return component(errorSchemaName(code), codeSchema(code));
}

/** Codes whose answers carry `Retry-After`: always, or from some of their sites only. */
export function retryAfterOf(code: ErrorCode): ErrorDoc['retryAfter'] {
  return ERROR_DOCS[code].retryAfter;
}
