import type { SchemaObject } from '@nestjs/swagger';
import {
  DOCUMENT_FIELDS,
  DOCUMENT_RULES,
  type DocumentKind,
  documentField,
  documentSlotOf,
  isPlayerKind,
  TEAM_DOCUMENT,
} from './documents.js';
import { MAX_PLAYERS, MIN_PLAYERS, PLAYER_ROLES } from './team-form.js';

/**
 * The registration form as OpenAPI describes it (the rules themselves live in team-form.ts); an edit
 * sends the same form with every field optional. Plain schema objects: the doors' docs declare them as
 * components (`RegistrationForm`, `RegistrationEditForm`, `PlayerInput`).
 *
 * Text is trimmed and inner whitespace collapsed before the length is checked. Optional fields carry an
 * empty example, so Swagger UI's "Try it out" leaves them blank instead of inventing a vice-captain
 * ("string", "user@example.com"); the server takes a blank optional field as not given.
 */
const PERSON_NAME = "3-50 characters: letters of any script, spaces and `. , ' - ( ) &`";
const ORG_NAME = "3-80 characters: letters of any script, digits, spaces and `. , ' - ( ) &`";
const TEN_DIGITS: SchemaObject = {
  type: 'string',
  pattern: '^[0-9]{10}$',
  maxLength: 10,
  description: 'Exactly 10 digits',
};
const EMAIL: SchemaObject = { type: 'string', format: 'email', maxLength: 254 };
/** A blank optional field: nothing (as if not sent); in an edit, a blank vice-captain field removes it. */
const OPTIONAL_PHONE: SchemaObject = {
  type: 'string',
  pattern: '^([0-9]{10})?$',
  maxLength: 10,
  example: '',
};
const OPTIONAL_EMAIL: SchemaObject = {
  type: 'string',
  pattern: '^([^@\\s]+@[^@\\s]+)?$',
  maxLength: 254,
  example: '',
};

/** No control characters: what every name rule implies (the letters allowed are checked by the server). */
export const NO_CONTROLS = '^[^\\u0000-\\u001f\\u007f]*$';

function name(max: number, description: string, example?: string): SchemaObject {
  return {
    type: 'string',
    minLength: 3,
    maxLength: max,
    pattern: NO_CONTROLS,
    description,
    ...(example ? { example } : {}),
  };
}

const examplePlayers = Array.from({ length: MIN_PLAYERS }, (_, i) => ({
  name: `Player ${String.fromCharCode(65 + i)}`,
  role: PLAYER_ROLES[i % PLAYER_ROLES.length],
  phone: String(9_876_543_210 - i),
}));

const PLAYER_INPUT: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role', 'phone'],
  properties: {
    name: name(50, PERSON_NAME),
    role: { type: 'string', enum: [...PLAYER_ROLES], description: 'Any letter case is accepted' },
    phone: TEN_DIGITS,
  },
  example: examplePlayers[0],
};

const PLAYERS: SchemaObject = {
  type: 'array',
  minItems: MIN_PLAYERS,
  maxItems: MAX_PLAYERS,
  items: { $ref: '#/components/schemas/PlayerInput' },
  description:
    `${MIN_PLAYERS}-${MAX_PLAYERS} players, sent as ONE form field holding the JSON array ` +
    '(`players=[{"name":...,"role":...,"phone":...},...]`), never as repeated fields.',
  example: examplePlayers,
};

/**
 * REQUIRED_DOCUMENTS' default (config/app-config.ts): the document docs say are required. The document
 * is static, so a deployment that sets REQUIRED_DOCUMENTS differs from it; each field says so.
 */
export const REQUIRED_BY_DEFAULT: readonly DocumentKind[] = ['logo'];

/** The setting that limits each kind's size (5 MB by default: a file part's `maxLength`). */
const SIZE_SETTING = (kind: DocumentKind) =>
  kind === 'logo'
    ? 'MAX_LOGO_BYTES'
    : kind === 'payment_receipt'
      ? 'MAX_RECEIPT_BYTES'
      : 'MAX_DOCUMENT_BYTES';

/** A document's file part, from its rules in documents.ts: what it accepts, its limit, whether required by default. */
function documentProperty(field: string): SchemaObject {
  const { kind, player } = documentSlotOf(field)!;
  const rule = DOCUMENT_RULES[kind];
  const types = rule.accepts.map((type) => type.split('/')[1]!.toUpperCase()).join(', ');
  const whose = player === TEAM_DOCUMENT ? rule.label : `${rule.label} of player ${player + 1}`;
  const onlyFor = player === TEAM_DOCUMENT ? '' : ` Only for a team of at least ${player + 1} players.`;
  const required = REQUIRED_BY_DEFAULT.includes(kind) ? 'Required' : 'Optional';
  return {
    type: 'string',
    format: 'binary',
    maxLength: 5 * 1024 * 1024,
    description:
      `${whose}: ${types} (checked by content, not by name), at most ${SIZE_SETTING(kind)} (5 MB by ` +
      `default).${onlyFor} ${required} by default: REQUIRED_DOCUMENTS lists the kinds required ` +
      `(${isPlayerKind(kind) ? "a player's kind: every player's" : "a team's kind: this field"}).` +
      `${rule.visibility === 'private' ? ' Private: shown only as a signed link that expires.' : ''}`,
  };
}

const FORM_PROPERTIES: Record<string, SchemaObject> = {
  team_name: name(
    80,
    `${ORG_NAME}. Unique, ignoring case, spacing and look-alike letters.`,
    'St. Thomas Strikers',
  ),
  church_name: name(80, `${ORG_NAME}. At most MAX_TEAMS_PER_CHURCH teams per church.`, "St. Thomas' Church"),
  captain_name: name(50, PERSON_NAME, 'John Samuel'),
  captain_phone: { ...TEN_DIGITS, example: '9876543210' },
  captain_email: { ...EMAIL, example: 'captain@example.com' },
  captain_whatsapp: { ...TEN_DIGITS, example: '9876543210' },
  coach_name: name(50, PERSON_NAME, 'David Paul'),
  vice_captain_name: {
    type: 'string',
    maxLength: 50,
    pattern: NO_CONTROLS,
    description: `Optional (blank: none); when given, ${PERSON_NAME}`,
    example: '',
  },
  vice_captain_phone: { ...OPTIONAL_PHONE, description: 'Optional (blank: none); exactly 10 digits' },
  vice_captain_email: { ...OPTIONAL_EMAIL, description: 'Optional (blank: none); an email address' },
  vice_captain_whatsapp: { ...OPTIONAL_PHONE, description: 'Optional (blank: none); exactly 10 digits' },
  players: PLAYERS,
  // `logo`, `payment_receipt`, `pastor_letter`, `group_photo`, then `players[0].id_proof` ... `players[14].consent_form`.
  ...Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, documentProperty(field)])),
};

export const REGISTRATION_FORM_REQUIRED = [
  'team_name',
  'church_name',
  'captain_name',
  'captain_phone',
  'captain_email',
  'captain_whatsapp',
  'coach_name',
  'players',
  // A player's kind can't be listed here (one field per player): its field descriptions say so.
  ...REQUIRED_BY_DEFAULT.filter((kind) => !isPlayerKind(kind)).map((kind) =>
    documentField({ kind, player: TEAM_DOCUMENT }),
  ),
];

/** An edit: any subset of the form, no example values (Swagger UI would send them all as changes). */
function editProperty(field: string, schema: SchemaObject): SchemaObject {
  const rest: SchemaObject = { ...schema };
  delete rest.example;
  const optional = field.startsWith('vice_captain_');
  const note = optional
    ? ' In an edit, a blank value removes it.'
    : documentSlotOf(field)
      ? " In an edit, it replaces the one sent before (which is deleted from storage); a player's only " +
        'for a player the team has after the edit.'
      : '';
  return {
    ...rest,
    ...(optional ? { example: '' } : {}),
    description: `${rest.description ?? ''}${note}`.trim() || undefined,
  };
}

/** The form's schemas, to declare as components. */
export const TEAM_FORM_SCHEMAS: Record<string, SchemaObject> = {
  PlayerInput: PLAYER_INPUT,
  RegistrationForm: {
    type: 'object',
    additionalProperties: false,
    required: REGISTRATION_FORM_REQUIRED,
    properties: FORM_PROPERTIES,
    description:
      'The registration form (multipart/form-data); every bad field is reported at once. Documents: the ' +
      "team's in `logo`, `payment_receipt`, `pastor_letter`, `group_photo`; each player's in " +
      '`players[N].id_proof` and `players[N].consent_form`, N the position in `players` from 0. Which are ' +
      `required is REQUIRED_DOCUMENTS (by default ${REQUIRED_BY_DEFAULT.join(', ')}); a missing one is ` +
      '`400` naming its field.',
  },
  RegistrationEditForm: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: Object.fromEntries(
      Object.entries(FORM_PROPERTIES).map(([field, schema]) => [field, editProperty(field, schema)]),
    ),
    description:
      'Any subset of the registration form (at least one field or file); each field sent is checked by ' +
      'the registration rules. `players` replaces the whole list (the documents of players past its end ' +
      "are deleted); a file replaces that file, a player's document included (`players[N].id_proof` for " +
      'N below the player count after the edit, else `400` "there is no player N+1").',
  },
};
