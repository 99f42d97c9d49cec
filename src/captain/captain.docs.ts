import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponses, ApiIdempotencyHeaders } from '../docs/decorators.js';
import { REGISTRATION_FORM_SCHEMA } from '../teams/team-form.docs.js';

/** The OpenAPI description of the captain's private-link routes (captain.controller.ts). */

const LINK_PARAMS = [
  ApiParam({ name: 'team_id', example: 'ICCT-001', description: 'The team ID from the confirmation email' }),
  ApiQuery({
    name: 'token',
    required: true,
    description:
      'The secret from the link in the confirmation email (43 characters). A wrong or missing token is ' +
      'answered exactly like an unknown team: `404 NOT_FOUND`.',
    example: 'q3J8v2mXc4TtN0bYwZ1rS5uK7eH9pLdA6fGiO2nVjQk',
  }),
];

/** The registration form with every field optional. */
function editSchema() {
  const { required: _required, ...schema } = REGISTRATION_FORM_SCHEMA;
  return schema;
}

export const TEAM_VIEW_EXAMPLE = {
  team_id: 'ICCT-001',
  team_name: 'St. Thomas Strikers',
  church_name: "St. Thomas' Church",
  status: 'waitlisted',
  waitlist_position: 2,
  player_count: 11,
  created_at: '2026-01-10T03:30:05.120Z',
  updated_at: '2026-01-11T08:12:40.002Z',
  captain: {
    name: 'Samuel Joseph',
    phone: '9876543210',
    email: 'captain@example.org',
    whatsapp: '9876543210',
  },
  vice_captain: null,
  coach: { name: 'Thomas Mathew' },
  players: [{ position: 1, name: 'Player A', role: 'Batsman', phone: '9876543210' }],
  files: [
    {
      kind: 'logo',
      state: 'uploaded',
      url: 'https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c.../logo',
      content_type: 'image/png',
      size_bytes: 48213,
      uploaded_at: '2026-01-10T03:30:05.000Z',
    },
  ],
  status_history: [
    { from_status: null, to_status: 'waitlisted', reason: null, at: '2026-01-10T03:30:05.120Z' },
  ],
  changes: [{ fields: ['captain_phone', 'logo'], at: '2026-01-11T08:12:40.002Z' }],
};

const TEAM_VIEW_RESPONSE = ApiOkResponse({
  description:
    'The team as the captain entered it, its status and place in line, file states, status history ' +
    '(with reasons) and the list of edits (which fields, when)',
  schema: {
    type: 'object',
    properties: { success: { type: 'boolean', enum: [true] }, data: { type: 'object' } },
  },
  example: { success: true, data: TEAM_VIEW_EXAMPLE },
});

export function ApiCaptainView() {
  return applyDecorators(
    ApiTags('Captain'),
    ApiOperation({ operationId: 'viewRegistration', summary: "The captain's view of the registration" }),
    ...LINK_PARAMS,
    TEAM_VIEW_RESPONSE,
    ApiErrorResponses('NOT_FOUND', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'),
  );
}

export function ApiCaptainEdit() {
  return applyDecorators(
    ApiTags('Captain'),
    ApiOperation({
      operationId: 'editRegistration',
      summary: 'Correct the registration (any subset of the form)',
      description:
        'Allowed while the team is pending or waitlisted. Each field sent is checked by the registration ' +
        'rules; a new team name must be unique and a new church must have a free slot. `players` replaces ' +
        'the whole list; a file replaces that file (the old one is deleted from storage). A blank ' +
        'vice-captain field removes it. The history records which fields changed, not their old values.',
    }),
    ...LINK_PARAMS,
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: editSchema() }),
    ApiIdempotencyHeaders(),
    TEAM_VIEW_RESPONSE,
    ApiErrorResponses(
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      'DUPLICATE_TEAM',
      'CHURCH_LIMIT_REACHED',
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
      'FILE_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'RATE_LIMITED',
    ),
  );
}

export function ApiCaptainWithdraw() {
  return applyDecorators(
    ApiTags('Captain'),
    ApiOperation({
      operationId: 'withdrawRegistration',
      summary: 'Withdraw the team',
      description:
        'Pending, waitlisted and approved teams can withdraw. The place goes to the first waitlisted ' +
        "team (whose captain is emailed) and the church's slot is free again. The captain gets a " +
        'confirmation email.',
    }),
    ...LINK_PARAMS,
    ApiIdempotencyHeaders(),
    TEAM_VIEW_RESPONSE,
    ApiErrorResponses(
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
      'RATE_LIMITED',
    ),
  );
}
