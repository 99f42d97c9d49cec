import type { z } from 'zod';

/**
 * Every error code a client can branch on, with the HTTP status it is always sent with and its
 * default message. The envelope filter, the services and the Swagger error docs all read this one
 * table; the README lists the same codes.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: 'Input validation failed' },
  UNAUTHORIZED: { status: 401, message: 'Authentication required' },
  NOT_FOUND: { status: 404, message: 'No such resource' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Method not allowed on this resource' },
  REQUEST_TIMEOUT: { status: 408, message: 'Request timeout exceeded' },
  REGISTRATION_CLOSED: { status: 403, message: 'Registration is closed' },
  LINK_INVALID: { status: 403, message: 'This link is invalid or has expired' },
  DUPLICATE_TEAM: { status: 409, message: 'A team with this name is already registered' },
  CHURCH_LIMIT_REACHED: {
    status: 409,
    message: 'This church has already registered the maximum number of teams',
  },
  REGISTRATION_FULL: { status: 409, message: 'All places are taken' },
  INVALID_STATUS_TRANSITION: { status: 409, message: 'The team is not in a status that allows this change' },
  IDEMPOTENCY_KEY_IN_USE: {
    status: 409,
    message: 'A request with this idempotency key is still in progress; retry shortly',
  },
  IDEMPOTENCY_KEY_MISMATCH: {
    status: 422,
    message: 'This idempotency key was already used with a different request',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Request body too large' },
  FILE_TOO_LARGE: { status: 413, message: 'A file is larger than its limit' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Unsupported content type' },
  RATE_LIMITED: { status: 429, message: 'Too many requests' },
  INTERNAL_ERROR: { status: 500, message: 'An unexpected error occurred' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Service temporarily unavailable' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export type FieldErrors = Record<string, string>;

/** An error meant for the client: its code, message and details go out in the envelope as they are. */
export class AppError extends Error {
  /** Always the catalogue's status for the code. */
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CATALOGUE[code].message,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }

  static validation(fieldErrors: FieldErrors, message = 'Input validation failed'): AppError {
    return new AppError('VALIDATION_FAILED', message, { field_errors: fieldErrors });
  }
}

/**
 * A zod failure as `field_errors`, first message per field, added to `into` (which keeps what it
 * already holds). `fieldOf` names the field of an issue; by default its first path segment, and every
 * unknown key of a strict object (`body` for an issue about the whole input).
 */
export function addFieldErrors(
  into: FieldErrors,
  error: z.ZodError,
  fieldOf: (issue: z.core.$ZodIssue) => string = (issue) => String(issue.path[0] ?? 'body'),
): FieldErrors {
  for (const issue of error.issues) {
    const names = issue.code === 'unrecognized_keys' ? issue.keys : [fieldOf(issue)];
    for (const name of names) into[name] ??= issue.message;
  }
  return into;
}

/** The body of every error response. */
export interface ErrorEnvelope {
  success: false;
  error_code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  request_id: string;
}
