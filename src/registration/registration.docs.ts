import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiIdempotencyHeaders,
  ApiJsonResponse,
  LIMITED_ROUTE_ERRORS,
  REGISTRATION_ERRORS,
} from '../docs/decorators.js';
import {
  component,
  components,
  constant,
  DATE_TIME,
  int32,
  nullable,
  object,
  schemaRef,
  text,
} from '../docs/schemas.js';
import { NO_CONTROLS, TEAM_FORM_SCHEMAS } from '../teams/team-form.docs.js';
import { ORG_NAME, TEAM_ID } from '../teams/team-view.docs.js';
import { MAX_PLAYERS, MIN_PLAYERS } from '../teams/team-form.js';
import type { RegistrationResult } from '../teams/registration.service.js';

/** The OpenAPI description of POST /api/registration and GET /api/registration/status. */

components(TEAM_FORM_SCHEMAS);

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

const REGISTRATION_SUCCESS = component(
  'RegistrationSuccess',
  object(
    {
      success: constant(true),
      team_id: TEAM_ID,
      message: text(200, { example: 'Team registered successfully' }),
      team_name: { ...ORG_NAME, description: 'As saved: trimmed, inner spaces collapsed' },
      church_name: ORG_NAME,
      player_count: int32(MIN_PLAYERS, MAX_PLAYERS),
      status: {
        type: 'string',
        enum: ['pending', 'waitlisted'],
        description:
          'pending: holds a place and waits for an admin; waitlisted: all MAX_TEAMS places were taken',
      },
      waitlist_position: nullable(
        int32(1, undefined, {
          description: 'The place in line when waitlisted (1 is next); null when the team holds a place',
        }),
      ),
    },
    {
      description: 'The team is registered: pending review, or on the waitlist',
      example: REGISTRATION_EXAMPLE,
    },
  ),
);

const STATUS_EXAMPLE = {
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
};

const REGISTRATION_STATUS = component(
  'RegistrationStatus',
  object(
    {
      success: constant(true),
      open: { type: 'boolean', description: 'Inside the registration window now' },
      opens_at: nullable({ ...DATE_TIME, description: 'REGISTRATION_OPENS_AT; null: always open' }),
      closes_at: nullable({ ...DATE_TIME, description: 'REGISTRATION_CLOSES_AT; null: never closes' }),
      max_teams: nullable(int32(0, undefined, { description: 'MAX_TEAMS; null: no cap' })),
      registered: int32(0, undefined, { description: 'Teams holding a place (pending and approved)' }),
      remaining: nullable(int32(0, undefined, { description: 'Places left; null without MAX_TEAMS' })),
      waitlisted: int32(),
      waitlist_enabled: { type: 'boolean' },
      max_teams_per_church: int32(),
      church: object(
        {
          name: { ...ORG_NAME, description: 'The name asked for, trimmed and spaces collapsed' },
          teams: int32(0, undefined, { description: "The church's teams as its limit counts them" }),
          remaining: int32(),
        },
        { description: 'Only with `?church=NAME`' },
      ),
    },
    {
      optional: ['church'],
      description: 'Whether registration is open, and the places',
      example: STATUS_EXAMPLE,
    },
  ),
);

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
    ApiBody({ required: true, schema: schemaRef('RegistrationForm') }),
    ApiIdempotencyHeaders(),
    ApiJsonResponse(200, {
      description: 'The team is registered: pending review, or on the waitlist',
      schema: REGISTRATION_SUCCESS,
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
    ApiErrorResponses(...REGISTRATION_ERRORS),
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
        '(case, spacing and look-alike letters ignored). Any other parameter is `400 VALIDATION_FAILED`.',
    }),
    ApiQuery({
      name: 'church',
      required: false,
      description: 'A church name (blank: as if absent)',
      schema: { type: 'string', maxLength: 80, pattern: NO_CONTROLS },
      example: "St. Thomas' Church",
    }),
    ApiJsonResponse(200, {
      description: 'The window and the counts',
      schema: REGISTRATION_STATUS,
      example: STATUS_EXAMPLE,
    }),
    ApiErrorResponses(...LIMITED_ROUTE_ERRORS, 'VALIDATION_FAILED'),
  );
}
