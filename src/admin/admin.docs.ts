import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiAdminAuth,
  ApiErrorResponses,
  ApiIdempotencyHeaders,
  ApiJsonResponse,
  LIMITED_ROUTE_ERRORS,
  PATH_PARAM_ERRORS,
} from '../docs/decorators.js';
import { responseHeader } from '../docs/headers.js';
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
import {
  ADMIN_TEAM_EXAMPLE,
  EMAIL,
  FILE_URL,
  ORG_NAME,
  PERSON_NAME,
  PHONE,
  TEAM_ID,
  TEAM_VIEW_SCHEMAS,
} from '../teams/team-view.docs.js';
import { DOCUMENT_KINDS } from '../teams/documents.js';
import { NO_CONTROLS } from '../teams/team-form.docs.js';
import { MAX_PLAYERS } from '../teams/team-form.js';
import { TEAM_STATUSES } from '../teams/team.js';
import { MAX_PAGE_SIZE, MAX_REASON_LENGTH, SORT_KEYS } from './admin-requests.js';
import { EXPORT_HEADER } from './export-columns.js';

/** The OpenAPI description of the admin routes; the rules themselves live in admin-requests.ts. */

components(TEAM_VIEW_SCHEMAS);

/** Every admin route can also answer these (besides the pipeline's): a missing or wrong key. */
const ADMIN_ERRORS = [...LIMITED_ROUTE_ERRORS, 'UNAUTHORIZED'] as const;

const TEAM_ID_PARAM = ApiParam({
  name: 'team_id',
  description: 'The team ID given at registration',
  schema: { type: 'string', pattern: TEAM_ID.pattern, maxLength: 22 },
  example: 'ICCT-001',
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
  logo_url: 'https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png',
  created_at: '2026-11-23T10:00:00.000Z',
};

const LIST_EXAMPLE = {
  success: true,
  data: [TEAM_SUMMARY_EXAMPLE],
  pagination: { page: 1, limit: 20, total: 1, total_pages: 1 },
};

const TEAM_LIST = component(
  'TeamListResponse',
  object(
    {
      success: constant(true),
      data: {
        type: 'array',
        maxItems: MAX_PAGE_SIZE,
        items: component(
          'TeamSummary',
          object({
            team_id: TEAM_ID,
            team_name: ORG_NAME,
            church_name: ORG_NAME,
            captain_name: PERSON_NAME,
            captain_email: EMAIL,
            captain_phone: PHONE,
            player_count: int32(0, MAX_PLAYERS),
            status: schemaRef('TeamStatus'),
            logo_url: nullable({ ...FILE_URL, description: 'null while the logo waits to be uploaded' }),
            created_at: DATE_TIME,
          }),
        ),
      },
      pagination: object({
        page: int32(1),
        limit: int32(1, MAX_PAGE_SIZE),
        total: int32(0, undefined, { description: 'Teams matching the filters, on all pages' }),
        total_pages: int32(),
      }),
    },
    { example: LIST_EXAMPLE },
  ),
);

const DETAIL_EXAMPLE = { success: true, data: ADMIN_TEAM_EXAMPLE };
const ADMIN_TEAM_RESPONSE = component(
  'AdminTeamResponse',
  object({ success: constant(true), data: schemaRef('AdminTeam') }, { example: DETAIL_EXAMPLE }),
);

const STATUS_CHANGE_EXAMPLE = {
  success: true,
  data: {
    team_id: 'ICCT-012',
    previous_status: 'pending',
    status: 'rejected',
    reason: 'The payment receipt is unreadable; please register again with a clear copy.',
    changed_at: '2026-01-16T08:00:00.000Z',
    changed_by: '3f9a1c0b7d2e',
  },
};
const STATUS_CHANGE_RESPONSE = component(
  'StatusChangeResponse',
  object(
    {
      success: constant(true),
      data: object({
        team_id: TEAM_ID,
        previous_status: schemaRef('TeamStatus'),
        status: schemaRef('TeamStatus'),
        reason: nullable(text(MAX_REASON_LENGTH)),
        changed_at: DATE_TIME,
        changed_by: text(12, {
          pattern: '^[0-9a-f]{12}$',
          description: "The admin key's fingerprint (never the key)",
        }),
      }),
    },
    { example: STATUS_CHANGE_EXAMPLE },
  ),
);

const RESEND_EXAMPLE = {
  success: true,
  data: {
    team_id: 'ICCT-001',
    sent_to: 'captain@example.org',
    message: 'A new private link was emailed to the captain',
  },
};
const RESEND_LINK_RESPONSE = component(
  'ResendLinkResponse',
  object(
    {
      success: constant(true),
      data: object({
        team_id: TEAM_ID,
        sent_to: { ...EMAIL, description: "The captain's email address the link goes to" },
        message: text(200),
      }),
    },
    { example: RESEND_EXAMPLE },
  ),
);

const STATS_EXAMPLE = {
  success: true,
  data: {
    teams: {
      total: 42,
      by_status: { pending: 28, approved: 10, rejected: 2, waitlisted: 1, withdrawn: 1 },
      max_teams: 40,
    },
    teams_per_church: [{ church_name: 'Grace Church', teams: 2 }],
    players: 520,
    pending_uploads: 1,
    dead_uploads: 0,
    emails: { pending: 3, sent: 80, dead: 0 },
    documents: {
      expected: ['logo', 'pastor_letter'],
      teams_missing_documents: 5,
      missing_by_kind: {
        logo: 0,
        payment_receipt: 0,
        pastor_letter: 5,
        group_photo: 0,
        id_proof: 0,
        consent_form: 0,
      },
    },
  },
};
const TEAM_STATS_RESPONSE = component(
  'TeamStatsResponse',
  object(
    {
      success: constant(true),
      data: object({
        teams: object({
          total: int32(),
          by_status: object(Object.fromEntries(TEAM_STATUSES.map((status) => [status, int32()]))),
          max_teams: nullable(int32(0, undefined, { description: 'MAX_TEAMS; null: no cap' })),
        }),
        teams_per_church: {
          type: 'array',
          description:
            'Largest first; names differing only in case, spacing or look-alike letters are one church',
          items: object({ church_name: ORG_NAME, teams: int32(1) }),
        },
        players: int32(),
        pending_uploads: int32(0, undefined, {
          description: 'Files accepted while the file storage was down, waiting to be uploaded',
        }),
        dead_uploads: int32(0, undefined, {
          description: 'Such files given up after STORAGE_MAX_ATTEMPTS (their bytes are kept)',
        }),
        emails: object(
          { pending: int32(), sent: int32(), dead: int32() },
          { description: 'The email outbox: `dead` gave up after EMAIL_MAX_ATTEMPTS' },
        ),
        documents: object(
          {
            expected: {
              type: 'array',
              items: { type: 'string', enum: [...DOCUMENT_KINDS] },
              maxItems: DOCUMENT_KINDS.length,
              uniqueItems: true,
              description:
                'The kinds every team is expected to have: REQUIRED_DOCUMENTS and LEGACY_REQUIRED_DOCUMENTS ' +
                "together (a team does not record which route registered it); a player's kind means every player's",
            },
            teams_missing_documents: int32(0, undefined, {
              description: 'Pending, waitlisted and approved teams that lack at least one expected document',
            }),
            missing_by_kind: object(Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, int32()])), {
              description:
                "The expected documents those teams lack, by kind (a player's kind: one per player " +
                'without it); 0 for a kind not expected',
            }),
          },
          { description: 'What teams still in the running lack, of the documents they are expected to have' },
        ),
      }),
    },
    { example: STATS_EXAMPLE },
  ),
);

const CSV_EXAMPLE =
  `\uFEFF${EXPORT_HEADER.join(',')}\r\n` +
  'ICCT-001,Zion Strikers,St. Thomas Church,approved,Samuel Joseph,9876543210,captain@example.org,' +
  '9876543211,,,,,Thomas Mathew,11,https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png,,' +
  '2026-01-10T03:30:05.120Z,1,Player A,Batsman,9876543210,,,pastor_letter; players[0].id_proof,,\r\n';

/** Every admin route: one tag, behind either admin scheme. */
export function ApiAdminController() {
  return applyDecorators(ApiTags('Admin'), ApiAdminAuth());
}

export function ApiListTeams() {
  return applyDecorators(
    ApiOperation({
      operationId: 'listTeams',
      summary: 'List teams, filtered, searched, sorted and paged',
      description:
        'A blank parameter counts as absent. A value out of range, a parameter given twice or an ' +
        'unknown parameter is `400 VALIDATION_FAILED`, each named in `details.field_errors`. `%` and `_` ' +
        'in `q` and `church` match themselves.',
    }),
    ApiQuery({
      name: 'page',
      required: false,
      description: 'Page number; a page past the end returns `data: []` with the real `total`',
      schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 1_000_000, default: 1 },
    }),
    ApiQuery({
      name: 'limit',
      required: false,
      description: 'Teams per page',
      schema: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
    }),
    ApiQuery({ name: 'status', required: false, schema: schemaRef('TeamStatus') }),
    ApiQuery({
      name: 'church',
      required: false,
      description: 'Church name contains this text (case-insensitive)',
      schema: { type: 'string', maxLength: 100, pattern: NO_CONTROLS },
    }),
    ApiQuery({
      name: 'q',
      required: false,
      description: 'Team name, church, captain name or captain email contains this text (case-insensitive)',
      schema: { type: 'string', maxLength: 100, pattern: NO_CONTROLS },
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      description: 'A leading `-` sorts descending; `team_id` sorts by number (ICCT-1000 after ICCT-999)',
      schema: {
        type: 'string',
        enum: SORT_KEYS.flatMap((key) => [key, `-${key}`]),
        default: '-created_at',
      },
    }),
    ApiJsonResponse(200, { description: 'One page of teams', schema: TEAM_LIST, example: LIST_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS, 'VALIDATION_FAILED'),
  );
}

export function ApiExportTeams() {
  return applyDecorators(
    ApiOperation({
      operationId: 'exportTeams',
      summary: 'All teams with their players as CSV (one row per player), streamed',
      description:
        'RFC 4180 CSV in UTF-8 with a byte order mark (for Excel), records ending in CRLF, one record per ' +
        'player with the team columns repeated (a team without players gets one record with the player ' +
        `columns empty). Columns: ${EXPORT_HEADER.map((c) => `\`${c}\``).join(', ')}. A cell that could ` +
        "start a spreadsheet formula (`= + - @`, tab, CR) is prefixed with `'`. Each `*_url` is the " +
        "document's link (empty when not sent, or while it waits for the storage): the logo's public " +
        "address, any other a signed link that expires; `player_*_url` are the record's player's. " +
        '`missing_documents` lists the fields of the documents the team is expected to have and lacks ' +
        '(REQUIRED_DOCUMENTS and LEGACY_REQUIRED_DOCUMENTS together), `; `-separated: ' +
        '`pastor_letter; players[3].id_proof`. Columns added since the first version are at the end. ' +
        'Streamed 200 teams at a time: not one snapshot.',
    }),
    ApiResponse({
      status: 200,
      description: 'The CSV file, as a download named `icct26-teams-YYYY-MM-DD.csv`',
      headers: { 'Content-Disposition': responseHeader('Content-Disposition', true) },
      content: {
        'text/csv': {
          schema: {
            type: 'string',
            maxLength: 1_073_741_824,
            description: `Header record: ${EXPORT_HEADER.join(',')}`,
          },
          example: CSV_EXAMPLE,
        },
      },
    }),
    ApiErrorResponses(...ADMIN_ERRORS),
  );
}

export function ApiTeamStats() {
  return applyDecorators(
    ApiOperation({
      operationId: 'teamStats',
      summary: 'Teams by status and per church, players, pending uploads, emails and missing documents',
      description:
        '`teams_per_church` is sorted by count, largest first; `pending_uploads` counts files accepted ' +
        'while the file storage was down and not yet uploaded (`dead_uploads`: those given up); ' +
        '`emails.dead` counts emails that gave up; `documents` counts what teams still in the running ' +
        '(pending, waitlisted, approved) lack of the documents they are expected to have.',
    }),
    ApiJsonResponse(200, { description: 'The counts', schema: TEAM_STATS_RESPONSE, example: STATS_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS),
  );
}

export function ApiTeamDetail() {
  return applyDecorators(
    ApiOperation({
      operationId: 'getTeam',
      summary: 'One whole team: captain, vice-captain, coach, players, documents, status history',
      description:
        "As the captain sees it, plus who made each change (`actor`: the admin key's fingerprint, " +
        "`captain` or `system`). `documents` lists the team's documents and each player's `documents` " +
        'theirs, every kind with its state (`uploaded`, `pending`, `missing`, `not_sent`); a private ' +
        "document's `url` is a signed link that expires.",
    }),
    TEAM_ID_PARAM,
    ApiJsonResponse(200, { description: 'The team', schema: ADMIN_TEAM_RESPONSE, example: DETAIL_EXAMPLE }),
    ApiErrorResponses(...ADMIN_ERRORS, ...PATH_PARAM_ERRORS, 'NOT_FOUND'),
  );
}

const REASON = text(MAX_REASON_LENGTH, {
  // Line breaks are allowed; no other control character.
  pattern: '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$',
  description: `Trimmed; at most ${MAX_REASON_LENGTH} characters, no control characters but line breaks. Emailed to the captain.`,
});

export function ApiChangeStatus(action: 'approve' | 'reject') {
  const reject = action === 'reject';
  const requestSchema = reject
    ? component(
        'RejectTeamRequest',
        object(
          { reason: { ...REASON, minLength: 1, description: `Required, not blank. ${REASON.description}` } },
          { example: { reason: 'Payment receipt is unreadable' } },
        ),
      )
    : component(
        'ApproveTeamRequest',
        object({ reason: REASON }, { optional: ['reason'], example: { reason: 'Payment verified' } }),
      );
  return applyDecorators(
    ApiOperation({
      operationId: reject ? 'rejectTeam' : 'approveTeam',
      summary: `${reject ? 'Reject' : 'Approve'} a pending or waitlisted team; the captain is emailed`,
      description: reject
        ? 'Rejecting a pending team gives its place to the first waitlisted team, whose captain is emailed. ' +
          'The private documents (all but the logo) are deleted after DOCUMENT_RETENTION_DAYS (30 by ' +
          'default; 0: at once), through the durable deletion queue (`/status` counts them as ' +
          '`deletions_scheduled`). A JSON body of at most 16 KB; any other field is `400`.'
        : 'A waitlisted team is approved only into a free place (else `409 REGISTRATION_FULL`). The body is ' +
          'optional; a JSON body of at most 16 KB, any other field is `400`.',
    }),
    TEAM_ID_PARAM,
    ApiIdempotencyHeaders(),
    ApiConsumes('application/json'),
    ApiBody({ required: reject, schema: requestSchema }),
    ApiJsonResponse(200, {
      description: `The team is now ${reject ? 'rejected' : 'approved'}`,
      schema: STATUS_CHANGE_RESPONSE,
      example: reject
        ? STATUS_CHANGE_EXAMPLE
        : {
            success: true,
            data: { ...STATUS_CHANGE_EXAMPLE.data, status: 'approved', reason: 'Payment verified' },
          },
    }),
    ApiErrorResponses(
      ...ADMIN_ERRORS,
      ...PATH_PARAM_ERRORS,
      'NOT_FOUND',
      'INVALID_STATUS_TRANSITION',
      ...(reject ? [] : (['REGISTRATION_FULL'] as const)),
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
    ),
  );
}

export function ApiResendLink() {
  return applyDecorators(
    ApiOperation({
      operationId: 'resendLink',
      summary: 'Email the captain a new private link; the old link stops working',
      description:
        'For a captain who lost the confirmation email, or whose link leaked. Any status. No body.',
    }),
    TEAM_ID_PARAM,
    ApiIdempotencyHeaders(),
    ApiJsonResponse(200, {
      description: 'A new link is on its way',
      schema: RESEND_LINK_RESPONSE,
      example: RESEND_EXAMPLE,
    }),
    ApiErrorResponses(
      ...ADMIN_ERRORS,
      ...PATH_PARAM_ERRORS,
      'NOT_FOUND',
      'IDEMPOTENCY_KEY_IN_USE',
      'IDEMPOTENCY_KEY_MISMATCH',
    ),
  );
}
