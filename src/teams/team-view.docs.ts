import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { playerRole, teamFileState, teamStatus } from '../database/schema.js';
import {
  DOCUMENT_KINDS,
  DOCUMENT_RULES,
  type DocumentKind,
  type DocumentSlot,
  documentField,
  PLAYER_DOCUMENT_KINDS,
  TEAM_DOCUMENT,
  TEAM_DOCUMENT_KINDS,
} from './documents.js';
import { TEAM_FORM_SCHEMAS } from './team-form.docs.js';
import { MAX_PLAYERS, MIN_PLAYERS } from './team-form.js';

/**
 * The team as `teamView` (team-view.ts) shows it, to the captain and to the admin (who also sees who
 * made each change), as OpenAPI schemas. Plain objects: the doors' docs declare them as components.
 * Closed objects: a field added to the view without adding it here fails the contract test.
 */
type Schema = SchemaObject | ReferenceObject;
const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const int = (minimum: number, maximum: number): SchemaObject => ({
  type: 'integer',
  format: 'int32',
  minimum,
  maximum,
});
const str = (maxLength: number, extra: SchemaObject = {}): SchemaObject => ({
  type: 'string',
  maxLength,
  ...extra,
});
const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true });
const DATE_TIME: SchemaObject = { type: 'string', format: 'date-time', maxLength: 30 };
const closed = (properties: Record<string, Schema>, extra: SchemaObject = {}): SchemaObject => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
  ...extra,
});

export const TEAM_ID: SchemaObject = {
  type: 'string',
  pattern: '^[A-Z0-9]{1,12}-[0-9]{3,9}$',
  maxLength: 22,
  description: 'TEAM_ID_PREFIX-NNN: unique and gapless',
  example: 'ICCT-001',
};
export const PHONE: SchemaObject = str(10, { pattern: '^[0-9]{10}$', example: '9876543210' });
export const EMAIL: SchemaObject = str(254, { format: 'email', example: 'captain@example.org' });
export const PERSON_NAME: SchemaObject = str(50, { example: 'Samuel Joseph' });
export const ORG_NAME: SchemaObject = str(80);
/** A stored file's address: a public URL, or for a private file a signed link made for this response. */
export const FILE_URL: SchemaObject = str(2048, { format: 'uri' });
/** The 12-hex-character fingerprint of the admin key that made a change, `captain` or `system`. */
const ACTOR: SchemaObject = str(12, {
  pattern: '^([0-9a-f]{12}|captain|system)$',
  description: "The admin key's fingerprint, `captain` (through the private link) or `system`",
  example: '3f9a1c0b7d2e',
});
/** A field name of the registration form: a text field, a team document's or a player's (`players[3].id_proof`). */
const FORM_FIELD: SchemaObject = str(40, {
  pattern: '^([a-z_]+|players\\[[0-9]{1,2}\\]\\.[a-z_]+)$',
  example: 'captain_phone',
});
const CONTENT_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];
const CONTENT_TYPE: SchemaObject = { type: 'string', enum: CONTENT_TYPES };
/** Every field of the edit form, text and files: the most one edit can change. */
const EDITABLE_FIELDS = Object.keys(TEAM_FORM_SCHEMAS.RegistrationEditForm!.properties!).length;

/** A document slot as the example shows it: the logo uploaded, everything else not sent. */
function exampleDocument(slot: DocumentSlot) {
  const logo = slot.kind === 'logo';
  return {
    kind: slot.kind,
    field: documentField(slot),
    label: DOCUMENT_RULES[slot.kind].label,
    required: logo || slot.kind === 'pastor_letter',
    state: logo ? 'uploaded' : slot.kind === 'pastor_letter' ? 'missing' : 'not_sent',
    url: logo ? 'https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png' : null,
    content_type: logo ? 'image/png' : null,
    size_bytes: logo ? 48213 : null,
    uploaded_at: logo ? '2026-01-10T03:30:05.000Z' : null,
  };
}

const EXAMPLE_VIEW = {
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
  players: Array.from({ length: 11 }, (_, i) => ({
    position: i + 1,
    name: `Player ${String.fromCharCode(65 + i)}`,
    role: (['Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper'] as const)[i % 4],
    phone: String(9_876_543_210 - i),
    documents: PLAYER_DOCUMENT_KINDS.map((kind) => exampleDocument({ kind, player: i })),
  })),
  documents: TEAM_DOCUMENT_KINDS.map((kind) => exampleDocument({ kind, player: TEAM_DOCUMENT })),
  files: [
    {
      kind: 'logo',
      state: 'uploaded',
      url: 'https://res.cloudinary.com/icct26/image/upload/v1/teams/6f1c/logo.png',
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

/** The captain's view of a team (`GET /api/registration/{team_id}` and the edit and withdraw answers). */
export const CAPTAIN_TEAM_EXAMPLE = EXAMPLE_VIEW;

/** The admin's view: the same, with who made each change. */
export const ADMIN_TEAM_EXAMPLE = {
  ...EXAMPLE_VIEW,
  status_history: [{ ...EXAMPLE_VIEW.status_history[0], actor: 'system' }],
  changes: [{ fields: ['captain_phone', 'logo'], actor: 'captain', at: '2026-01-11T08:12:40.002Z' }],
};

function teamSchema(audience: 'Captain' | 'Admin'): SchemaObject {
  const history = audience === 'Admin' ? 'AdminStatusChange' : 'StatusChange';
  const edit = audience === 'Admin' ? 'AdminTeamEdit' : 'TeamEdit';
  return closed(
    {
      team_id: TEAM_ID,
      team_name: ORG_NAME,
      church_name: ORG_NAME,
      status: ref('TeamStatus'),
      waitlist_position: nullable({
        ...int(1, 2_147_483_647),
        description: 'The place in line while waitlisted (1 is next), else null',
      }),
      player_count: int(0, MAX_PLAYERS),
      created_at: DATE_TIME,
      updated_at: DATE_TIME,
      captain: ref('Captain'),
      vice_captain: nullable(
        closed(
          {
            name: nullable(PERSON_NAME),
            phone: nullable(PHONE),
            email: nullable(EMAIL),
            whatsapp: nullable(PHONE),
          },
          { description: 'null when no vice-captain was given; else each field, null when not given' },
        ),
      ),
      coach: closed({
        name: nullable({
          ...PERSON_NAME,
          description: 'null for a team registered through the FastAPI-compatible form, which has no coach',
        }),
      }),
      players: {
        type: 'array',
        items: ref('Player'),
        maxItems: MAX_PLAYERS,
        description: `In registration order (${MIN_PLAYERS}-${MAX_PLAYERS} for a registered team)`,
      },
      documents: {
        type: 'array',
        items: ref('TeamDocument'),
        minItems: TEAM_DOCUMENT_KINDS.length,
        maxItems: TEAM_DOCUMENT_KINDS.length,
        description: `The team's own documents, every kind (${TEAM_DOCUMENT_KINDS.join(', ')}) sent or not, with its state`,
      },
      files: {
        type: 'array',
        items: ref('TeamFile'),
        maxItems: TEAM_DOCUMENT_KINDS.length,
        description:
          "The team's own files that were sent (its players' are under `players[].documents`). Kept for " +
          'existing clients; `documents` lists every kind with its state.',
      },
      status_history: {
        type: 'array',
        items: ref(history),
        description: 'Oldest first; the first entry is the registration itself',
      },
      changes: { type: 'array', items: ref(edit), description: "The captain's edits, oldest first" },
    },
    {
      description:
        audience === 'Admin'
          ? 'The whole team, with who made each change'
          : 'The team as the captain entered it, its status and place in line, file states, status history and edits',
      example: audience === 'Admin' ? ADMIN_TEAM_EXAMPLE : CAPTAIN_TEAM_EXAMPLE,
    },
  );
}

/** One document slot, sent or not (team-view.ts `documentStates`). */
function teamDocument(): SchemaObject {
  const labels = DOCUMENT_KINDS.map((kind: DocumentKind) => DOCUMENT_RULES[kind].label);
  const unlessSent = (schema: SchemaObject): SchemaObject => ({
    ...nullable(schema),
    description: `${schema.description ? `${schema.description}; ` : ''}null unless sent`,
  });
  return closed(
    {
      kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
      field: {
        ...FORM_FIELD,
        description: 'The multipart field that sends or replaces it (an edit through the private link)',
        example: 'players[3].id_proof',
      },
      label: { type: 'string', enum: labels, description: 'What a captain calls it' },
      required: {
        type: 'boolean',
        description:
          'The team is expected to have it: its kind is in REQUIRED_DOCUMENTS or LEGACY_REQUIRED_DOCUMENTS',
      },
      state: {
        type: 'string',
        enum: [...teamFileState.enumValues, 'missing', 'not_sent'],
        description:
          '`uploaded`; `pending`: accepted while the file storage was down, not uploaded yet (no `url`); ' +
          '`missing`: required and not sent; `not_sent`: optional and not sent',
      },
      url: unlessSent({
        ...FILE_URL,
        description:
          'The logo: its public address; any other document: a signed link that expires ' +
          '(DOCUMENT_LINK_TTL_SECONDS), made for this response. null while pending',
      }),
      content_type: { ...CONTENT_TYPE, enum: [...CONTENT_TYPES, null], nullable: true },
      size_bytes: unlessSent(int(1, 2_147_483_647)),
      uploaded_at: unlessSent(DATE_TIME),
    },
    { example: exampleDocument({ kind: 'id_proof', player: 3 }) },
  );
}

function statusChange(withActor: boolean): SchemaObject {
  return closed({
    from_status: {
      type: 'string',
      enum: [...teamStatus.enumValues, null],
      nullable: true,
      description: 'null for the registration itself',
    },
    to_status: ref('TeamStatus'),
    reason: nullable(str(500)),
    ...(withActor ? { actor: ACTOR } : {}),
    at: DATE_TIME,
  });
}

function teamEdit(withActor: boolean): SchemaObject {
  return closed({
    fields: {
      type: 'array',
      items: FORM_FIELD,
      minItems: 1,
      maxItems: EDITABLE_FIELDS,
      description: 'The form fields and files the edit changed (never their old values)',
    },
    ...(withActor ? { actor: ACTOR } : {}),
    at: DATE_TIME,
  });
}

/** The view's schemas, to declare as components (with `TeamStatus`, declared by the error docs). */
export const TEAM_VIEW_SCHEMAS: Record<string, SchemaObject> = {
  CaptainTeam: teamSchema('Captain'),
  AdminTeam: teamSchema('Admin'),
  Captain: closed({ name: PERSON_NAME, phone: PHONE, email: EMAIL, whatsapp: nullable(PHONE) }),
  Player: closed({
    position: int(1, MAX_PLAYERS),
    name: PERSON_NAME,
    role: { type: 'string', enum: [...playerRole.enumValues] },
    phone: nullable({
      ...PHONE,
      description:
        'null for a team registered through the FastAPI-compatible form, which has no player phones',
    }),
    documents: {
      type: 'array',
      items: ref('TeamDocument'),
      minItems: PLAYER_DOCUMENT_KINDS.length,
      maxItems: PLAYER_DOCUMENT_KINDS.length,
      description: `The player's documents, every kind (${PLAYER_DOCUMENT_KINDS.join(', ')}) sent or not, with its state`,
    },
  }),
  TeamDocument: teamDocument(),
  TeamFile: closed({
    kind: { type: 'string', enum: [...TEAM_DOCUMENT_KINDS] },
    state: {
      type: 'string',
      enum: [...teamFileState.enumValues],
      description: '`pending`: accepted while the file storage was down, not uploaded yet (no `url`)',
    },
    url: nullable({
      ...FILE_URL,
      description:
        'The logo: its public address. Any other document (private): a signed link that expires ' +
        '(DOCUMENT_LINK_TTL_SECONDS), made for this response. null while pending.',
    }),
    content_type: CONTENT_TYPE,
    size_bytes: int(1, 2_147_483_647),
    uploaded_at: nullable(DATE_TIME),
  }),
  StatusChange: statusChange(false),
  AdminStatusChange: statusChange(true),
  TeamEdit: teamEdit(false),
  AdminTeamEdit: teamEdit(true),
};
