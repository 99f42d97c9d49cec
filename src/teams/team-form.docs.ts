import { MAX_PLAYERS, MIN_PLAYERS, PLAYER_ROLES } from './team-form.js';

/** The registration form as OpenAPI describes it (the rules themselves live in team-form.ts); an edit sends the same form. */
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
