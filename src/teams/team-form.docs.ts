import type { SchemaObject } from '@nestjs/swagger';
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

/** A file part; `maxLength` is the default limit in bytes (MAX_LOGO_BYTES, MAX_RECEIPT_BYTES). */
const FILE = (description: string): SchemaObject => ({
  type: 'string',
  format: 'binary',
  maxLength: 5 * 1024 * 1024,
  description,
});

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
  logo: FILE(
    'The team logo: PNG or JPEG (checked by content, not by name), at most MAX_LOGO_BYTES (5 MB by default).',
  ),
  payment_receipt: FILE(
    'Optional: PNG, JPEG or PDF (checked by content), at most MAX_RECEIPT_BYTES (5 MB by default).',
  ),
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
  'logo',
];

/** An edit: any subset of the form, no example values (Swagger UI would send them all as changes). */
function editProperty(field: string, schema: SchemaObject): SchemaObject {
  const rest: SchemaObject = { ...schema };
  delete rest.example;
  const optional = field.startsWith('vice_captain_');
  return {
    ...rest,
    ...(optional ? { example: '' } : {}),
    description:
      `${rest.description ?? ''}${optional ? ' In an edit, a blank value removes it.' : ''}`.trim() ||
      undefined,
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
    description: 'The registration form (multipart/form-data); every bad field is reported at once.',
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
      'the registration rules. `players` replaces the whole list; a file replaces that file.',
  },
};
