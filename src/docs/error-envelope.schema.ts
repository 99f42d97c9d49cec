import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode, type ErrorEnvelope } from '../common/app-error.js';

/** The one error body of the API, as the document's shared `ErrorEnvelope` component. */
@ApiSchema({ name: 'ErrorEnvelope', description: 'The body of every error response.' })
export class ErrorEnvelopeDto implements ErrorEnvelope {
  @ApiProperty({ type: 'boolean', enum: [false] })
  success!: false;

  @ApiProperty({
    enum: ERROR_CODES,
    enumName: 'ErrorCode',
    description: 'A stable code to branch on; the message is for people.',
  })
  error_code!: ErrorCode;

  @ApiProperty({ example: 'Input validation failed' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'More about the error. `field_errors` maps each bad field (`players[3].name`, `logo`, ...) to what is wrong with it.',
  })
  details?: Record<string, unknown>;

  @ApiProperty({
    description: 'Identifies the request in the server log; also sent as the `X-Request-Id` header.',
    example: '4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24',
  })
  request_id!: string;
}

interface ErrorDoc {
  /** When the code is sent, for the response description. */
  when: string;
  message: string;
  details?: Record<string, unknown>;
  /** The client should wait this many seconds before retrying. */
  retryAfter?: boolean;
}

/** When each code is sent, and an example body (its status is in ERROR_CATALOGUE). */
export const ERROR_DOCS: Record<ErrorCode, ErrorDoc> = {
  VALIDATION_FAILED: {
    when: 'a field is missing or invalid (all are reported at once), or the body is malformed',
    message: 'Input validation failed',
    details: {
      field_errors: {
        captain_email: 'must be a valid email address',
        'players[3].name': 'must be 3-50 characters',
        logo: 'must be a PNG or JPEG image',
      },
    },
  },
  UNAUTHORIZED: {
    when: 'the admin API key is missing or wrong',
    message: 'Authentication required',
  },
  NOT_FOUND: { when: 'no such resource', message: 'No such resource' },
  METHOD_NOT_ALLOWED: {
    when: 'the method is not allowed on this resource',
    message: 'Method not allowed on this resource',
  },
  REQUEST_TIMEOUT: {
    when: 'the request took longer than REQUEST_TIMEOUT',
    message: 'Request timeout exceeded',
  },
  REGISTRATION_CLOSED: {
    when: 'outside the registration window (REGISTRATION_OPENS_AT to REGISTRATION_CLOSES_AT)',
    message: 'Registration opens at 2026-01-10T03:30:00.000Z',
    details: { opens_at: '2026-01-10T03:30:00.000Z', closes_at: '2026-01-31T18:29:59.000Z' },
  },
  DUPLICATE_TEAM: {
    when: 'a team of that name exists (case-insensitive, whitespace-normalised)',
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
  },
  INVALID_STATUS_TRANSITION: {
    when: 'the team is not in a status that allows this change (e.g. editing an approved team)',
    message: 'An approved team cannot be rejected',
    details: { current_status: 'approved' },
  },
  IDEMPOTENCY_KEY_IN_USE: {
    when: 'a request with the same idempotency key is still being processed',
    message: 'A request with this idempotency key is still in progress',
    retryAfter: true,
  },
  IDEMPOTENCY_KEY_MISMATCH: {
    when: 'the idempotency key was already used with a different request',
    message: 'This idempotency key was used with a different request',
  },
  PAYLOAD_TOO_LARGE: {
    when: 'the body is larger than MAX_REQUEST_SIZE',
    message: 'Request body too large',
  },
  FILE_TOO_LARGE: {
    when: 'a file is larger than its limit',
    message: 'The file in "logo" is larger than 5 MB',
    details: { field_errors: { logo: 'must be at most 5 MB' } },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    when: 'the body is not of the expected content type',
    message: 'The request body must be multipart/form-data',
  },
  RATE_LIMITED: {
    when: 'too many requests from this client; wait `Retry-After` seconds',
    message: 'Too many requests',
    retryAfter: true,
  },
  INTERNAL_ERROR: {
    when: 'anything unexpected (the details are in the server log under the request id)',
    message: 'An unexpected error occurred',
  },
  SERVICE_UNAVAILABLE: {
    when: 'the database or the file storage is unreachable; retry later',
    message: 'Service temporarily unavailable',
    retryAfter: true,
  },
};

export function exampleEnvelope(code: ErrorCode): ErrorEnvelope {
  const doc = ERROR_DOCS[code];
  return {
    success: false,
    error_code: code,
    message: doc.message,
    ...(doc.details ? { details: doc.details } : {}),
    request_id: '4f1c2d0e-5b7a-4c1e-9d3f-2a6b8c0e1f24',
  };
}
