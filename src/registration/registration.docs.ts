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
import { MAX_PLAYERS, MIN_PLAYERS, PLAYER_ROLES } from './registration-form.js';
import type { RegistrationResult } from './registration.service.js';

/** The OpenAPI description of POST /api/registration; the rules themselves live in registration-form.ts. */

const PERSON_NAME = "3-50 characters: letters of any script, spaces and `. , ' - ( ) &`";
const ORG_NAME = "3-80 characters: letters of any script, digits, spaces and `. , ' - ( ) &`";
const TEN_DIGITS = { type: 'string', pattern: '^[0-9]{10}$', description: 'Exactly 10 digits' };
const EMAIL = { type: 'string', format: 'email', maxLength: 254 };

const examplePlayers = Array.from({ length: MIN_PLAYERS }, (_, i) => ({
  name: `Player ${String.fromCharCode(65 + i)}`,
  role: PLAYER_ROLES[i % PLAYER_ROLES.length],
  phone: String(9_876_543_210 - i),
}));

const PLAYER_SCHEMA = {
  type: 'object',
  required: ['name', 'role', 'phone'],
  properties: {
    name: { type: 'string', minLength: 3, maxLength: 50, description: PERSON_NAME },
    role: { type: 'string', enum: [...PLAYER_ROLES], description: 'Any letter case is accepted' },
    phone: TEN_DIGITS,
  },
};

export const REGISTRATION_FORM_SCHEMA = {
  type: 'object',
  required: [
    'team_name',
    'church_name',
    'captain_name',
    'captain_phone',
    'captain_email',
    'captain_whatsapp',
    'coach_name',
    'players',
    'logo',
  ],
  properties: {
    team_name: {
      type: 'string',
      minLength: 3,
      maxLength: 80,
      description: `${ORG_NAME}. Unique, ignoring case and spacing.`,
      example: 'St. Thomas Strikers',
    },
    church_name: {
      type: 'string',
      minLength: 3,
      maxLength: 80,
      description: `${ORG_NAME}. At most MAX_TEAMS_PER_CHURCH teams per church.`,
      example: "St. Thomas' Church",
    },
    captain_name: {
      type: 'string',
      minLength: 3,
      maxLength: 50,
      description: PERSON_NAME,
      example: 'John Samuel',
    },
    captain_phone: { ...TEN_DIGITS, example: '9876543210' },
    captain_email: { ...EMAIL, example: 'captain@example.com' },
    captain_whatsapp: { ...TEN_DIGITS, example: '9876543210' },
    coach_name: {
      type: 'string',
      minLength: 3,
      maxLength: 50,
      description: PERSON_NAME,
      example: 'David Paul',
    },
    vice_captain_name: {
      type: 'string',
      minLength: 3,
      maxLength: 50,
      description: `Optional; ${PERSON_NAME}`,
    },
    vice_captain_phone: { ...TEN_DIGITS, description: 'Optional; exactly 10 digits' },
    vice_captain_email: { ...EMAIL, description: 'Optional' },
    vice_captain_whatsapp: { ...TEN_DIGITS, description: 'Optional; exactly 10 digits' },
    players: {
      type: 'string',
      description:
        `A JSON array (sent as one text field) of ${MIN_PLAYERS}-${MAX_PLAYERS} players, each ` +
        `\`{"name", "role", "phone"}\` as in \`x-json-schema\`: name ${PERSON_NAME}; role one of ` +
        `${PLAYER_ROLES.join(', ')} (any case); phone exactly 10 digits.`,
      example: JSON.stringify(examplePlayers),
      'x-json-schema': { type: 'array', minItems: MIN_PLAYERS, maxItems: MAX_PLAYERS, items: PLAYER_SCHEMA },
    },
    logo: {
      type: 'string',
      format: 'binary',
      description:
        'The team logo: PNG or JPEG (checked by content, not by name), at most MAX_LOGO_BYTES (5 MB).',
    },
    payment_receipt: {
      type: 'string',
      format: 'binary',
      description: 'Optional: PNG, JPEG or PDF (checked by content), at most MAX_RECEIPT_BYTES (5 MB).',
    },
  },
};

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
