import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiAdminAuth, ApiErrorResponses, ApiIdempotencyHeaders } from '../docs/decorators.js';
import { TEAM_STATUSES } from '../teams/team.js';
import { MAX_PAGE_SIZE, MAX_REASON_LENGTH, SORT_KEYS } from './admin-requests.js';

/** The OpenAPI description of the admin routes; the rules themselves live in admin-requests.ts. */

const TEAM_ID_PARAM = ApiParam({
  name: 'team_id',
  example: 'ICCT-001',
  description: 'The team ID given at registration',
});

const TEAM_SUMMARY_EXAMPLE = {
  team_id: 'ICCT-001',
  team_name: 'Zion Strikers',
  church_name: 'St. Thomas Church',
  captain_name: 'Samuel Joseph',
  captain_email: 'captain@example.org',
  captain_phone: '9876543210',
  player_count: 11,
  status: 'pending',
  logo_url: 'https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c.../logo',
  created_at: '2026-11-23T10:00:00.000Z',
};

/** Every admin route: tagged, behind the admin key, and subject to its rate limit. */
export function ApiAdminController() {
  return applyDecorators(ApiTags('admin'), ApiAdminAuth(), ApiErrorResponses('RATE_LIMITED'));
}

export function ApiListTeams() {
  return applyDecorators(
    ApiOperation({ summary: 'List teams, filtered, searched, sorted and paged' }),
    ApiQuery({ name: 'page', required: false, schema: { type: 'integer', minimum: 1, default: 1 } }),
    ApiQuery({
      name: 'limit',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
    }),
    ApiQuery({ name: 'status', required: false, enum: TEAM_STATUSES }),
    ApiQuery({ name: 'church', required: false, description: 'Case-insensitive part of the church name' }),
    ApiQuery({
      name: 'q',
      required: false,
      description: 'Case-insensitive search in team name, church, captain name and captain email',
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      enum: SORT_KEYS.flatMap((key) => [key, `-${key}`]),
      description: 'A leading `-` sorts descending; `team_id` sorts by number',
    }),
    ApiOkResponse({
      schema: {
        type: 'object',
        example: {
          success: true,
          data: [TEAM_SUMMARY_EXAMPLE],
          pagination: { page: 1, limit: 20, total: 1, total_pages: 1 },
        },
      },
    }),
    ApiErrorResponses('VALIDATION_FAILED'),
  );
}

export function ApiExportTeams() {
  return applyDecorators(
    ApiOperation({ summary: 'All teams with their players as CSV (one row per player), streamed' }),
    ApiProduces('text/csv'),
    ApiOkResponse({
      description: "RFC 4180 CSV; cells that could start a spreadsheet formula are prefixed with `'`",
    }),
  );
}

export function ApiTeamStats() {
  return applyDecorators(
    ApiOperation({ summary: 'Teams by status and per church, players, pending uploads and emails' }),
    ApiOkResponse({ schema: { type: 'object' } }),
  );
}

export function ApiTeamDetail() {
  return applyDecorators(
    ApiOperation({ summary: 'One whole team: captain, vice-captain, coach, players, files, status history' }),
    TEAM_ID_PARAM,
    ApiOkResponse({ schema: { type: 'object' } }),
    ApiErrorResponses('NOT_FOUND'),
  );
}

export function ApiChangeStatus(action: 'approve' | 'reject') {
  const reasonRequired = action === 'reject';
  return applyDecorators(
    ApiOperation({
      summary: `${action === 'approve' ? 'Approve' : 'Reject'} a pending or waitlisted team; the captain is emailed`,
      description:
        action === 'approve'
          ? 'A waitlisted team is approved only into a free place (else `409 REGISTRATION_FULL`).'
          : 'Rejecting a pending team gives its place to the first waitlisted team, whose captain is emailed.',
    }),
    TEAM_ID_PARAM,
    ApiIdempotencyHeaders(),
    ApiBody({
      required: reasonRequired,
      schema: {
        type: 'object',
        ...(reasonRequired ? { required: ['reason'] } : {}),
        properties: { reason: { type: 'string', maxLength: MAX_REASON_LENGTH } },
        example: { reason: reasonRequired ? 'Payment receipt is unreadable' : 'Payment verified' },
      },
    }),
    ApiOkResponse({ schema: { type: 'object' } }),
    ApiErrorResponses(
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      ...(action === 'approve' ? (['REGISTRATION_FULL'] as const) : []),
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
    ),
  );
}

export function ApiResendLink() {
  return applyDecorators(
    ApiOperation({
      summary: 'Email the captain a new private link; the old link stops working',
      description: 'For a captain who lost the confirmation email, or whose link leaked. Any status.',
    }),
    TEAM_ID_PARAM,
    ApiIdempotencyHeaders(),
    ApiOkResponse({
      schema: { type: 'object' },
      example: {
        success: true,
        data: {
          team_id: 'ICCT-001',
          sent_to: 'captain@example.org',
          message: 'A new private link was emailed to the captain',
        },
      },
    }),
    ApiErrorResponses('NOT_FOUND', 'IDEMPOTENCY_KEY_IN_USE', 'IDEMPOTENCY_KEY_MISMATCH'),
  );
}
