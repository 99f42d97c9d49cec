import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
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

const REGISTRATION_FORM_SCHEMA = {
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

  @ApiProperty({ enum: ['pending'], example: 'pending', description: 'Every new team waits for an admin' })
  status!: 'pending';
}

export function ApiRegisterTeam(): MethodDecorator {
  return applyDecorators(
    ApiTags('Registration'),
    ApiOperation({
      operationId: 'registerTeam',
      summary: 'Register a team',
      description:
        'Saves the team, its players and its files in one transaction: all or nothing. ' +
        'Every invalid field is reported at once in `details.field_errors`. Send an `Idempotency-Key` ' +
        'to retry safely after a network failure.',
    }),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: REGISTRATION_FORM_SCHEMA }),
    ApiIdempotencyHeaders(),
    ApiOkResponse({
      description: 'The team is registered and pending review',
      type: RegistrationSuccessDto,
      example: {
        success: true,
        team_id: 'ICCT-001',
        message: 'Team registered successfully',
        team_name: 'St. Thomas Strikers',
        church_name: "St. Thomas' Church",
        player_count: 11,
        status: 'pending',
      } satisfies RegistrationResult,
    }),
    ApiErrorResponses(
      'VALIDATION_FAILED',
      'REQUEST_TIMEOUT',
      'DUPLICATE_TEAM',
      'CHURCH_LIMIT_REACHED',
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
