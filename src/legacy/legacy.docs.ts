import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';
import {
  ApiAdminAuth,
  ApiErrorResponses,
  ApiIdempotencyHeaders,
  ApiJsonResponse,
  LIMITED_ROUTE_ERRORS,
  REGISTRATION_ERRORS,
  PATH_PARAM_ERRORS,
} from '../docs/decorators.js';
import {
  component,
  constant,
  DATE_TIME,
  int32,
  nullable,
  object,
  type Schema,
  text,
} from '../docs/schemas.js';
import { EMAIL, FILE_URL, ORG_NAME, PERSON_NAME, PHONE, TEAM_ID } from '../teams/team-view.docs.js';
import { NO_CONTROLS } from '../teams/team-form.docs.js';
import { MAX_PLAYERS, MIN_PLAYERS, PLAYER_ROLES } from '../teams/team-form.js';
import { TEAM_STATUSES } from '../teams/team.js';
import { LEGACY_FILE_FIELDS, playerField, TEXT_FIELDS } from './legacy-form.js';
import { LEGACY_STATUS } from './legacy-views.js';

/**
 * The OpenAPI description of the FastAPI-compatible API (src/legacy/): one tag, `Legacy`. The paths are
 * documented under the default LEGACY_API_PREFIX (`/legacy`), or wherever it is mounted.
 */

const TAG = 'Legacy';
const COMPAT = 'FastAPI-compatible (for the existing front-end): ';
const ADMIN_ERRORS = [...LIMITED_ROUTE_ERRORS, 'UNAUTHORIZED'] as const;

const LINK = nullable({
  ...FILE_URL,
  description: 'An absolute link; a signed one that expires for a private document; null when there is none',
});
const STATUS = component('LegacyTeamStatus', {
  type: 'string',
  enum: [...new Set(Object.values(LEGACY_STATUS))],
  description:
    'The FastAPI words: `confirmed` is our `approved`; `waitlisted` and `withdrawn` (which it did not ' +
    'have) keep their names.',
});
const PLAYER_ID = text(30, { pattern: '^[A-Z0-9]{1,12}-[0-9]{3,9}-P[0-9]{2}$', example: 'ICCT-001-P01' });
const ROLE: SchemaObject = { type: 'string', enum: [...PLAYER_ROLES] };

// ---------------------------------------------------------------------------------------------------------
// POST /api/register/team

const TEXT_RULES: Record<string, SchemaObject> = {
  name: { type: 'string', maxLength: 80, pattern: NO_CONTROLS },
  phone: { type: 'string', maxLength: 10, pattern: '^([0-9]{10})?$' },
  email: { type: 'string', maxLength: 254 },
  whatsapp: { type: 'string', maxLength: 10, pattern: '^([0-9]{10})?$' },
};
const FILE = (description: string): SchemaObject => ({
  type: 'string',
  format: 'binary',
  maxLength: 5 * 1024 * 1024,
  description,
});

const FORM_PROPERTIES: Record<string, SchemaObject> = {
  ...Object.fromEntries(
    Object.entries(TEXT_FIELDS).map(([field, { native }]): [string, SchemaObject] => [
      field,
      {
        ...TEXT_RULES[field.split('_').at(-1)!],
        description: `Our \`${native}\`${field.startsWith('vice_') ? '; optional (blank: none)' : ''}`,
      },
    ]),
  ),
  ...Object.fromEntries(
    Array.from({ length: MAX_PLAYERS }, (_, n): [string, SchemaObject][] => [
      [playerField(n, 'name'), { type: 'string', maxLength: 50, pattern: NO_CONTROLS }],
      [playerField(n, 'role'), { type: 'string', maxLength: 20, description: PLAYER_ROLES.join(', ') }],
    ]).flat(),
  ),
  ...Object.fromEntries(
    LEGACY_FILE_FIELDS.map((field) => [
      field,
      FILE('PNG, JPEG or PDF (by content), at most MAX_DOCUMENT_BYTES (MAX_RECEIPT_BYTES for the receipt)'),
    ]),
  ),
};

const LEGACY_FORM = component('LegacyRegistrationForm', {
  type: 'object',
  additionalProperties: false,
  required: [
    ...Object.keys(TEXT_FIELDS).filter((f) => !f.startsWith('vice_')),
    ...Array.from({ length: MIN_PLAYERS }, (_, n) => [playerField(n, 'name'), playerField(n, 'role')]).flat(),
    'pastor_letter',
  ],
  properties: FORM_PROPERTIES,
  description:
    `The FastAPI backend's flat form: \`player_N_name\`, \`player_N_role\`, \`player_N_aadhar_file\` and ` +
    `\`player_N_subscription_file\` for N = 0, 1, ... without gaps (${MIN_PLAYERS}-${MAX_PLAYERS} players). ` +
    'An empty field counts as not sent. No coach, logo or player phones. The required documents are ' +
    'LEGACY_REQUIRED_DOCUMENTS (default: the pastor letter).',
});

const REGISTERED_EXAMPLE = {
  success: true,
  team_id: 'ICCT-001',
  message: 'Team registered successfully',
  team_name: 'St. Thomas Strikers',
  church_name: "St. Thomas' Church",
  player_count: 15,
  status: 'pending',
  waitlist_position: null,
  registration_status: 'pending',
};

const REGISTERED = component(
  'LegacyRegistrationSuccess',
  object(
    {
      success: constant(true),
      team_id: TEAM_ID,
      message: text(200),
      team_name: ORG_NAME,
      church_name: ORG_NAME,
      player_count: int32(MIN_PLAYERS, MAX_PLAYERS),
      status: { type: 'string', enum: ['pending', 'waitlisted'] },
      waitlist_position: nullable(int32(1)),
      registration_status: {
        type: 'string',
        enum: ['pending', 'waitlisted'],
        description: "The FastAPI backend's field: `status` again",
      },
    },
    {
      description: 'Our registration answer plus the FastAPI `registration_status`',
      example: REGISTERED_EXAMPLE,
    },
  ),
);

export function ApiLegacyTags(): ClassDecorator {
  return ApiTags(TAG);
}

export function ApiLegacyRegister(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'legacyRegisterTeam',
      summary: 'Register a team (the FastAPI form)',
      description:
        `${COMPAT}the same registration as \`POST /api/registration\`, with its rules, window, places, ` +
        "idempotency and emails, from the FastAPI backend's flat form. Errors are our envelope; as the " +
        "front-end shows only `message`, it names every problem in the front-end's words " +
        "(`Player 4: role must be one of ...`), and `details.field_errors` uses the form's field names " +
        '(`player_3_role`). The body may be up to LEGACY_MAX_REQUEST_SIZE (100 MB).',
    }),
    ApiConsumes('multipart/form-data'),
    ApiBody({ required: true, schema: LEGACY_FORM }),
    ApiIdempotencyHeaders(),
    ApiJsonResponse(201, {
      description: 'The team is registered',
      schema: REGISTERED,
      example: REGISTERED_EXAMPLE,
    }),
    ApiErrorResponses(...REGISTRATION_ERRORS),
  );
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/churches/availability

const AVAILABILITY_EXAMPLE = {
  churches: [
    { church_name: 'Grace Church', team_count: 2, locked: true },
    { church_name: "St. Thomas' Church", team_count: 1, locked: false },
  ],
  summary: { total_churches: 2, locked_churches: 1, available_churches: 1 },
};

const AVAILABILITY = component(
  'ChurchAvailability',
  object(
    {
      churches: {
        type: 'array',
        items: object({
          church_name: ORG_NAME,
          team_count: int32(1, undefined, { description: 'Its teams as MAX_TEAMS_PER_CHURCH counts them' }),
          locked: { type: 'boolean', description: 'team_count has reached MAX_TEAMS_PER_CHURCH' },
        }),
      },
      summary: object({ total_churches: int32(), locked_churches: int32(), available_churches: int32() }),
    },
    { example: AVAILABILITY_EXAMPLE },
  ),
);

export function ApiChurchAvailability(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'legacyChurchAvailability',
      summary: 'Churches and their teams',
      description:
        `${COMPAT}every church with a team, by name, with its teams counted as the church limit counts ` +
        'them (names differing only in case, spacing or look-alike letters are one church; rejected and ' +
        'withdrawn teams do not count), and `locked` once it has MAX_TEAMS_PER_CHURCH.',
    }),
    ApiJsonResponse(200, {
      description: 'The churches',
      schema: AVAILABILITY,
      example: AVAILABILITY_EXAMPLE,
    }),
    ApiErrorResponses(...LIMITED_ROUTE_ERRORS),
  );
}

// ---------------------------------------------------------------------------------------------------------
// The admin routes, and the team routes FastAPI served publicly

const TEAM_ID_PARAM = ApiParam({
  name: 'team_id',
  description: 'The team ID given at registration',
  schema: { type: 'string', pattern: TEAM_ID.pattern, maxLength: 22 },
  example: 'ICCT-001',
});

const LINK_EXAMPLE =
  'https://api.icct26.example/files/dGVhbXM/pastor_letter.pdf?expires=1767000000&signature=' + 'a'.repeat(64);
const CONTACT = object({
  name: nullable(PERSON_NAME),
  phone: nullable(PHONE),
  email: nullable(EMAIL),
  whatsapp: nullable(PHONE),
});

const ADMIN_ITEM_EXAMPLE = {
  teamId: 'ICCT-001',
  teamName: 'St. Thomas Strikers',
  churchName: "St. Thomas' Church",
  captainName: 'Samuel Joseph',
  captainPhone: '9876543210',
  captainEmail: 'captain@example.org',
  viceCaptainName: null,
  viceCaptainPhone: null,
  viceCaptainEmail: null,
  playerCount: 11,
  registrationDate: '2026-01-10T03:30:05.120Z',
  registrationStatus: 'pending',
  paymentReceipt: null,
  pastorLetter: LINK_EXAMPLE,
  groupPhoto: null,
};

const ADMIN_LIST_EXAMPLE = { success: true, data: [ADMIN_ITEM_EXAMPLE] };
const ADMIN_LIST = component(
  'LegacyAdminTeamList',
  object(
    {
      success: constant(true),
      data: {
        type: 'array',
        items: object({
          teamId: TEAM_ID,
          teamName: ORG_NAME,
          churchName: ORG_NAME,
          captainName: PERSON_NAME,
          captainPhone: PHONE,
          captainEmail: EMAIL,
          viceCaptainName: nullable(PERSON_NAME),
          viceCaptainPhone: nullable(PHONE),
          viceCaptainEmail: nullable(EMAIL),
          playerCount: int32(0, MAX_PLAYERS),
          registrationDate: DATE_TIME,
          registrationStatus: STATUS,
          paymentReceipt: LINK,
          pastorLetter: LINK,
          groupPhoto: LINK,
        }),
      },
    },
    { example: ADMIN_LIST_EXAMPLE },
  ),
);

function players(naming: 'camel' | 'snake'): Schema {
  const camel = naming === 'camel';
  return {
    type: 'array',
    maxItems: MAX_PLAYERS,
    items: object({
      [camel ? 'playerId' : 'player_id']: PLAYER_ID,
      playerId: PLAYER_ID,
      name: PERSON_NAME,
      role: ROLE,
      [camel ? 'aadharFile' : 'aadhar_file']: LINK,
      [camel ? 'subscriptionFile' : 'subscription_file']: LINK,
    }),
  };
}

const examplePlayers = (camel: boolean) =>
  Array.from({ length: MIN_PLAYERS }, (_, i) => ({
    [camel ? 'playerId' : 'player_id']: `ICCT-001-P${String(i + 1).padStart(2, '0')}`,
    playerId: `ICCT-001-P${String(i + 1).padStart(2, '0')}`,
    name: `Player ${String.fromCharCode(65 + i)}`,
    role: PLAYER_ROLES[i % PLAYER_ROLES.length],
    [camel ? 'aadharFile' : 'aadhar_file']: null,
    [camel ? 'subscriptionFile' : 'subscription_file']: null,
  }));

const ADMIN_TEAM_EXAMPLE = {
  success: true,
  data: {
    team: {
      teamId: 'ICCT-001',
      teamName: 'St. Thomas Strikers',
      churchName: "St. Thomas' Church",
      captain: {
        name: 'Samuel Joseph',
        phone: '9876543210',
        email: 'captain@example.org',
        whatsapp: null,
      },
      viceCaptain: null,
      paymentReceipt: null,
      pastorLetter: LINK_EXAMPLE,
      groupPhoto: null,
      registrationDate: '2026-01-10T03:30:05.120Z',
      registrationStatus: 'pending',
    },
    players: examplePlayers(true),
  },
};
const ADMIN_TEAM = component(
  'LegacyAdminTeamResponse',
  object(
    {
      success: constant(true),
      data: object({
        team: object({
          teamId: TEAM_ID,
          teamName: ORG_NAME,
          churchName: ORG_NAME,
          captain: CONTACT,
          viceCaptain: nullable(CONTACT),
          paymentReceipt: LINK,
          pastorLetter: LINK,
          groupPhoto: LINK,
          registrationDate: DATE_TIME,
          registrationStatus: STATUS,
        }),
        players: players('camel'),
      }),
    },
    { example: ADMIN_TEAM_EXAMPLE },
  ),
);

const REVIEW_EXAMPLE = {
  success: true,
  data: {
    team_id: 'ICCT-001',
    previous_status: 'pending',
    status: 'approved',
    reason: null,
    changed_at: '2026-01-16T08:00:00.000Z',
    changed_by: '3f9a1c0b7d2e',
  },
  message: 'Team registration confirmed successfully',
  team_id: 'ICCT-001',
  registration_status: 'confirmed',
  email_notification: 'queued',
};
const REVIEW = component(
  'LegacyReviewResponse',
  object(
    {
      success: constant(true),
      data: object({
        team_id: TEAM_ID,
        previous_status: { $ref: '#/components/schemas/TeamStatus' },
        status: { $ref: '#/components/schemas/TeamStatus' },
        reason: nullable(text(500)),
        changed_at: DATE_TIME,
        changed_by: text(12, { pattern: '^[0-9a-f]{12}$', description: "The admin key's fingerprint" }),
      }),
      message: text(200),
      team_id: TEAM_ID,
      registration_status: STATUS,
      email_notification: {
        type: 'string',
        enum: ['queued'],
        description: "The captain's email is in the outbox, committed with the change",
      },
    },
    { description: 'Our review answer plus the FastAPI fields', example: REVIEW_EXAMPLE },
  ),
);

const TEAM_ITEM_EXAMPLE = {
  team_id: 'ICCT-001',
  team_name: 'St. Thomas Strikers',
  church_name: "St. Thomas' Church",
  captain_name: 'Samuel Joseph',
  pastor_letter: LINK_EXAMPLE,
  payment_receipt: null,
  group_photo: null,
  registration_date: '2026-01-10T03:30:05.120Z',
};
const TEAMS_EXAMPLE = { success: true, total_teams: 1, returned: 1, teams: [TEAM_ITEM_EXAMPLE] };
const TEAMS = component(
  'LegacyTeamList',
  object(
    {
      success: constant(true),
      total_teams: int32(),
      returned: int32(),
      teams: {
        type: 'array',
        items: object({
          team_id: TEAM_ID,
          team_name: ORG_NAME,
          church_name: ORG_NAME,
          captain_name: PERSON_NAME,
          pastor_letter: LINK,
          payment_receipt: LINK,
          group_photo: LINK,
          registration_date: DATE_TIME,
        }),
      },
    },
    { example: TEAMS_EXAMPLE },
  ),
);

const TEAM_EXAMPLE = {
  success: true,
  team: {
    team_id: 'ICCT-001',
    team_name: 'St. Thomas Strikers',
    church_name: "St. Thomas' Church",
    captain: {
      name: 'Samuel Joseph',
      phone: '9876543210',
      email: 'captain@example.org',
      whatsapp: '9876543211',
    },
    viceCaptain: null,
    pastor_letter: LINK_EXAMPLE,
    payment_receipt: null,
    group_photo: null,
    registration_date: '2026-01-10T03:30:05.120Z',
  },
  players: examplePlayers(false),
};
const TEAM = component(
  'LegacyTeamResponse',
  object(
    {
      success: constant(true),
      team: object({
        team_id: TEAM_ID,
        team_name: ORG_NAME,
        church_name: ORG_NAME,
        captain: CONTACT,
        viceCaptain: nullable(CONTACT),
        pastor_letter: LINK,
        payment_receipt: LINK,
        group_photo: LINK,
        registration_date: DATE_TIME,
      }),
      players: players('snake'),
    },
    { example: TEAM_EXAMPLE },
  ),
);

/** Every admin route of the legacy API: its tag, behind either admin scheme. */
export function ApiLegacyAdmin(): ClassDecorator {
  return applyDecorators(ApiTags(TAG), ApiAdminAuth());
}

export function ApiLegacyAdminTeams(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'legacyListTeams',
      summary: 'Every team (FastAPI admin list)',
      description:
        `${COMPAT}every team, newest first, not paged (as FastAPI), in its camelCase shape; ` +
        '`registrationStatus` in its words (`confirmed` for approved). Document links are signed and expire.',
    }),
    ApiQuery({
      name: 'status',
      required: false,
      description: 'Only teams of this status (FastAPI words); any other parameter is `400`',
      schema: { type: 'string', enum: [...new Set(TEAM_STATUSES.map((s) => LEGACY_STATUS[s]))] },
    }),
    ApiJsonResponse(200, { description: 'The teams', schema: ADMIN_LIST, example: ADMIN_LIST_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS, 'VALIDATION_FAILED'),
  );
}

export function ApiLegacyAdminTeam(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'legacyGetTeam',
      summary: 'One team with its players (FastAPI admin detail)',
      description: `${COMPAT}the team and its players in its camelCase shape, with signed document links.`,
    }),
    TEAM_ID_PARAM,
    ApiJsonResponse(200, { description: 'The team', schema: ADMIN_TEAM, example: ADMIN_TEAM_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS, ...PATH_PARAM_ERRORS, 'NOT_FOUND'),
  );
}

export function ApiLegacyReview(action: 'confirm' | 'reject'): MethodDecorator {
  const confirm = action === 'confirm';
  return applyDecorators(
    ApiOperation({
      operationId: confirm ? 'legacyConfirmTeam' : 'legacyRejectTeam',
      summary: confirm ? 'Approve a team (FastAPI confirm)' : 'Reject a team (FastAPI reject)',
      description:
        `${COMPAT}the same change as \`POST /admin/teams/{team_id}/${confirm ? 'approve' : 'reject'}\`, ` +
        "with its rules and the captain's email; no body is read" +
        (confirm ? '.' : ': the reason, required there, is optional here (the front-end sends none).'),
    }),
    TEAM_ID_PARAM,
    ApiIdempotencyHeaders(),
    ApiJsonResponse(200, {
      description: `The team is now ${confirm ? 'approved' : 'rejected'}`,
      schema: REVIEW,
      example: confirm
        ? REVIEW_EXAMPLE
        : {
            ...REVIEW_EXAMPLE,
            data: { ...REVIEW_EXAMPLE.data, status: 'rejected' },
            message: 'Team registration rejected',
            registration_status: 'rejected',
          },
    }),
    ApiErrorResponses(
      ...ADMIN_ERRORS,
      ...PATH_PARAM_ERRORS,
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      ...(confirm ? (['REGISTRATION_FULL'] as const) : []),
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
    ),
  );
}

export function ApiLegacyTeams(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'legacyAllTeams',
      summary: 'Every team (FastAPI team list)',
      description:
        `${COMPAT}every team in team-number order, in its snake_case shape. FastAPI served this to anyone; ` +
        'here it needs an admin key (it carries document links).',
    }),
    ApiJsonResponse(200, { description: 'The teams', schema: TEAMS, example: TEAMS_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS),
  );
}

export function ApiLegacyTeam(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'legacyTeam',
      summary: 'One team with its players (FastAPI team detail)',
      description:
        `${COMPAT}the team and its players in its snake_case shape. FastAPI served this to anyone; here it ` +
        'needs an admin key (phones, emails and document links).',
    }),
    TEAM_ID_PARAM,
    ApiJsonResponse(200, { description: 'The team', schema: TEAM, example: TEAM_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS, ...PATH_PARAM_ERRORS, 'NOT_FOUND'),
  );
}
