/** Every error code a client can branch on; the README lists them with their HTTP status. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'REQUEST_TIMEOUT',
  'REGISTRATION_CLOSED',
  'DUPLICATE_TEAM',
  'CHURCH_LIMIT_REACHED',
  'REGISTRATION_FULL',
  'INVALID_STATUS_TRANSITION',
  'IDEMPOTENCY_KEY_IN_USE',
  'IDEMPOTENCY_KEY_MISMATCH',
  'PAYLOAD_TOO_LARGE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string>;

/** An error meant for the client: its status, code, message and details go out in the envelope as they are. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static validation(fieldErrors: FieldErrors, message = 'Input validation failed'): AppError {
    return new AppError(400, 'VALIDATION_FAILED', message, { field_errors: fieldErrors });
  }
}

/** The body of every error response. */
export interface ErrorEnvelope {
  success: false;
  error_code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  request_id: string;
}
