import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiSchema,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponses, ApiIdempotencyHeaders } from '../docs/decorators.js';
import { REGISTRATION_FORM_SCHEMA } from '../teams/team-form.docs.js';
import { MAX_PLAYERS, MIN_PLAYERS } from '../teams/team-form.js';
import type { RegistrationResult } from './registration.service.js';

/** The OpenAPI description of POST /api/registration and GET /api/registration/status. */

@ApiSchema({ name: 'RegistrationSuccess' })
class RegistrationSuccessDto implements RegistrationResult {
  @ApiProperty({ type: 'boolean', enum: [true] })
  success!: true;

  @ApiProperty({ example: 'ICCT-001', description: 'TEAM_ID_PREFIX-NNN: unique and gapless' })
  team_id!: string;

  @ApiProperty({ example: 'Team registered successfully' })
  message!: string;

  @ApiProperty({ example: 'St. Thomas Strikers', description: 'As saved: trimmed, inner spaces collapsed' })
  team_name!: string;

  @ApiProperty({ example: "St. Thomas' Church" })
  church_name!: string;

  @ApiProperty({ example: 11, minimum: MIN_PLAYERS, maximum: MAX_PLAYERS })
  player_count!: number;

  @ApiProperty({
    enum: ['pending', 'waitlisted'],
    example: 'pending',
    description: 'pending: holds a place and waits for an admin; waitlisted: all MAX_TEAMS places were taken',
  })
  status!: 'pending' | 'waitlisted';

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: null,
    description: 'The place in line when waitlisted (1 is next); null when the team holds a place',
  })
  waitlist_position!: number | null;
}

const REGISTRATION_EXAMPLE = {
  success: true,
  team_id: 'ICCT-001',
  message: 'Team registered successfully',
  team_name: 'St. Thomas Strikers',
  church_name: "St. Thomas' Church",
  player_count: 11,
  status: 'pending',
  waitlist_position: null,
} satisfies RegistrationResult;

export function ApiRegisterTeam(): MethodDecorator {
  return applyDecorators(
    ApiTags('Registration'),
    ApiOperation({
      operationId: 'registerTeam',
      summary: 'Register a team',
      description:
        'Saves the team, its players and its files in one transaction: all or nothing. ' +
        'Every invalid field is reported at once in `details.field_errors`. Send an `Idempotency-Key` ' +
        'to retry safely after a network failure. Outside REGISTRATION_OPENS_AT..REGISTRATION_CLOSES_AT ' +
        'the answer is `403 REGISTRATION_CLOSED`. When all MAX_TEAMS places are taken the team is ' +
        '`waitlisted` (or `409 REGISTRATION_FULL` with WAITLIST_ENABLED=false). The confirmation email ' +
        "carries the captain's private link.",
    }),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: REGISTRATION_FORM_SCHEMA }),
    ApiIdempotencyHeaders(),
    ApiOkResponse({
      description: 'The team is registered: pending review, or on the waitlist',
      type: RegistrationSuccessDto,
      examples: {
        pending: { summary: 'Holds a place', value: REGISTRATION_EXAMPLE },
        waitlisted: {
          summary: 'All places taken',
          value: {
            ...REGISTRATION_EXAMPLE,
            team_id: 'ICCT-065',
            message: 'All places are taken: team registered on the waitlist',
            status: 'waitlisted',
            waitlist_position: 1,
          } satisfies RegistrationResult,
        },
      },
    }),
    ApiErrorResponses(
      'VALIDATION_FAILED',
      'REGISTRATION_CLOSED',
      'REQUEST_TIMEOUT',
      'DUPLICATE_TEAM',
      'CHURCH_LIMIT_REACHED',
      'REGISTRATION_FULL',
      'IDEMPOTENCY_KEY_IN_USE',
      'PAYLOAD_TOO_LARGE',
      'FILE_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'IDEMPOTENCY_KEY_MISMATCH',
      'RATE_LIMITED',
      'INTERNAL_ERROR',
      'SERVICE_UNAVAILABLE',
    ),
  );
}

export function ApiRegistrationStatus(): MethodDecorator {
  return applyDecorators(
    ApiTags('Registration'),
    ApiOperation({
      operationId: 'registrationStatus',
      summary: 'Whether registration is open, and how many places are left',
      description:
        'Public and cheap enough to poll from a countdown page: the counts are cached for ' +
        'REGISTRATION_STATUS_CACHE_MS (1 s). `registered` counts pending and approved teams (the ones ' +
        'holding a place); `remaining` and `max_teams` are null without MAX_TEAMS. With `?church=NAME`, ' +
        "also that church's teams and remaining slots, the name matched as the church limit matches it " +
        '(case and spacing ignored).',
    }),
    ApiQuery({ name: 'church', required: false, example: "St. Thomas' Church" }),
    ApiOkResponse({
      description: 'The window and the counts',
      schema: {
        type: 'object',
        required: [
          'success',
          'open',
          'opens_at',
          'closes_at',
          'max_teams',
          'registered',
          'remaining',
          'waitlisted',
          'waitlist_enabled',
          'max_teams_per_church',
        ],
        properties: {
          success: { type: 'boolean', enum: [true] },
          open: { type: 'boolean', description: 'Inside the registration window now' },
          opens_at: { type: 'string', format: 'date-time', nullable: true },
          closes_at: { type: 'string', format: 'date-time', nullable: true },
          max_teams: { type: 'integer', nullable: true },
          registered: { type: 'integer' },
          remaining: { type: 'integer', nullable: true },
          waitlisted: { type: 'integer' },
          waitlist_enabled: { type: 'boolean' },
          max_teams_per_church: { type: 'integer' },
          church: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              teams: { type: 'integer' },
              remaining: { type: 'integer' },
            },
          },
        },
      },
      example: {
        success: true,
        open: true,
        opens_at: '2026-01-10T03:30:00.000Z',
        closes_at: '2026-01-31T18:29:59.000Z',
        max_teams: 64,
        registered: 61,
        remaining: 3,
        waitlisted: 0,
        waitlist_enabled: true,
        max_teams_per_church: 2,
        church: { name: "St. Thomas' Church", teams: 1, remaining: 1 },
      },
    }),
    ApiErrorResponses('VALIDATION_FAILED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'),
  );
}
