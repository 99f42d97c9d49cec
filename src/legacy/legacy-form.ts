import { AppError, type FieldErrors } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { multipartInterceptor } from '../hardening/multipart.interceptor.js';
import {
  type DocumentKind,
  documentField,
  documentSlotOf,
  PLAYER_DOCUMENT_KINDS,
  TEAM_DOCUMENT,
} from '../teams/documents.js';
import { MAX_PLAYERS, type ReceivedFiles } from '../teams/team-form.js';

/**
 * The FastAPI backend's registration form (what the existing front-end sends) and its one mapping to
 * ours: the tables below are the whole translation, read both ways (form in, error keys and words out).
 */

/** Its text fields: our field, and what the front-end calls it in its own messages. */
export const TEXT_FIELDS: Record<string, { native: string; label: string }> = {
  team_name: { native: 'team_name', label: 'Team name' },
  church_name: { native: 'church_name', label: 'Church name' },
  captain_name: { native: 'captain_name', label: 'Captain name' },
  captain_phone: { native: 'captain_phone', label: 'Captain phone' },
  captain_email: { native: 'captain_email', label: 'Captain email' },
  captain_whatsapp: { native: 'captain_whatsapp', label: 'Captain WhatsApp' },
  vice_name: { native: 'vice_captain_name', label: 'Vice-captain name' },
  vice_phone: { native: 'vice_captain_phone', label: 'Vice-captain phone' },
  vice_email: { native: 'vice_captain_email', label: 'Vice-captain email' },
  vice_whatsapp: { native: 'vice_captain_whatsapp', label: 'Vice-captain WhatsApp' },
};

/** Its team files (named as our document kinds): the front-end's words for them. */
export const TEAM_FILES = {
  pastor_letter: 'Pastor letter',
  payment_receipt: 'Payment receipt',
  group_photo: 'Group photo',
} as const satisfies Partial<Record<DocumentKind, string>>;

/** A player's fields (`player_N_<field>`, N from 0): our player field or document kind, and its words. */
export const PLAYER_FIELDS = {
  name: { native: 'name', label: 'name' },
  role: { native: 'role', label: 'role' },
  aadhar_file: { native: 'id_proof', label: 'Aadhar card' },
  subscription_file: { native: 'consent_form', label: 'Subscription file' },
} as const;

type PlayerField = keyof typeof PLAYER_FIELDS;
const PLAYER_FILE_FIELDS = (Object.keys(PLAYER_FIELDS) as PlayerField[]).filter((field) =>
  (PLAYER_DOCUMENT_KINDS as readonly string[]).includes(PLAYER_FIELDS[field].native),
);

// N without leading zeros, below 100: `player_07_name` is no player's field.
const PLAYER_FIELD = /^player_(0|[1-9][0-9]?)_(name|role|aadhar_file|subscription_file)$/;

export const playerField = (player: number, field: PlayerField) => `player_${player}_${field}`;

/** Every file field of the form: the team's 3, then 2 per player (33 for 15 players). */
export const LEGACY_FILE_FIELDS: string[] = [
  ...Object.keys(TEAM_FILES),
  ...Array.from({ length: MAX_PLAYERS }, (_, player) =>
    PLAYER_FILE_FIELDS.map((field) => playerField(player, field)),
  ).flat(),
];

/** Text fields for 15 players: the 10 team fields and a name and role per player. */
const MAX_TEXT_FIELDS = Object.keys(TEXT_FIELDS).length + 2 * MAX_PLAYERS;

/** The form's multipart limits: 15 players' files within each kind's size, the whole body within LEGACY_MAX_REQUEST_SIZE. */
export const LegacyFormMultipart = multipartInterceptor((config) => ({
  files: Object.fromEntries(
    LEGACY_FILE_FIELDS.map((field) => [field, config.documents.maxBytes[nativeFile(field)!.kind]]),
  ),
  maxFields: MAX_TEXT_FIELDS,
  maxFieldBytes: 4 * 1024,
  maxRequestBytes: config.legacyApi.maxRequestBytes,
}));

/** A file field's document slot (`player_3_aadhar_file`: player 3's id_proof), or undefined. */
function nativeFile(field: string) {
  if (field in TEAM_FILES) return { kind: field as DocumentKind, player: TEAM_DOCUMENT };
  const match = PLAYER_FIELD.exec(field);
  const spec = match && PLAYER_FIELDS[match[2] as PlayerField];
  if (!spec || !PLAYER_FILE_FIELDS.includes(match[2] as PlayerField)) return undefined;
  return { kind: spec.native as DocumentKind, player: Number(match[1]) };
}

/** An empty text field is an absent one (the front-end sends every input, filled or not). */
const given = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * The form in our shapes, for `parseRegistrationForm`: renamed text fields, `player_N_name`/`_role` as
 * the `players` array, and files under our field names. The roster runs from player 0 to the highest N
 * of any player field sent, so a gap is a player without a name (a field error, never a dropped player).
 */
export function nativeForm(
  fields: Record<string, unknown>,
  files: ReceivedFiles,
): { fields: Record<string, unknown>; files: ReceivedFiles } {
  const repeated = Object.keys(fields).filter((name) => Array.isArray(fields[name]));
  if (repeated.length > 0) {
    throw AppError.validation(Object.fromEntries(repeated.map((name) => [name, 'must be given once'])));
  }
  const native: Record<string, unknown> = {};
  for (const [name, { native: to }] of Object.entries(TEXT_FIELDS)) native[to] = given(fields[name]);
  const indices = [...Object.keys(fields), ...Object.keys(files)].flatMap((name) => {
    const match = PLAYER_FIELD.exec(name);
    return match ? [Number(match[1])] : [];
  });
  const count = indices.length === 0 ? 0 : Math.max(...indices) + 1;
  // As our form sends it: one JSON field (a player's absent name or role is left out of it).
  native.players = JSON.stringify(
    Array.from({ length: count }, (_, player) => ({
      name: given(fields[playerField(player, 'name')]),
      role: given(fields[playerField(player, 'role')]),
    })),
  );
  const nativeFiles: ReceivedFiles = {};
  for (const [field, file] of Object.entries(files)) {
    const slot = nativeFile(field);
    if (slot) nativeFiles[documentField(slot)] = file;
  }
  return { fields: native, files: nativeFiles };
}

const NATIVE_TEXT = new Map(Object.entries(TEXT_FIELDS).map(([legacy, { native }]) => [native, legacy]));
const NATIVE_PLAYER = /^players\[(\d+)\]\.(name|role)$/;

/** Our field name (`vice_captain_email`, `players[3].role`, `players[3].id_proof`) as the form's. */
function legacyField(field: string): string {
  const text = NATIVE_TEXT.get(field);
  if (text) return text;
  const player = NATIVE_PLAYER.exec(field);
  if (player) return playerField(Number(player[1]), player[2] as PlayerField);
  const slot = documentSlotOf(field);
  if (!slot || slot.player === TEAM_DOCUMENT) return field;
  const file = PLAYER_FILE_FIELDS.find((f) => PLAYER_FIELDS[f].native === slot.kind)!;
  return playerField(slot.player, file);
}

/** One problem as the front-end words it: `Captain phone must be ...`, `Player 4: role must be ...`. */
function describe(field: string, problem: string): string {
  const player = PLAYER_FIELD.exec(field);
  if (player) {
    return `Player ${Number(player[1]) + 1}: ${PLAYER_FIELDS[player[2] as PlayerField].label} ${problem}`;
  }
  const label =
    TEXT_FIELDS[field]?.label ??
    TEAM_FILES[field as keyof typeof TEAM_FILES] ??
    (field === 'players' ? 'Team' : field);
  return `${label} ${problem}`;
}

/**
 * An error of the legacy registration in the front-end's terms: it shows only `message`, so the message
 * names every problem in its words (`Player 4: role must be one of ...`), and `details.field_errors`
 * uses the form's field names (`player_3_role`). The church limit says what the front-end looks for
 * (`Maximum 2 teams`). Codes and statuses are ours. Applying it twice changes nothing.
 */
export function inFrontendWords(error: unknown, config: AppConfig): unknown {
  if (!(error instanceof AppError)) return error;
  if (error.code === 'CHURCH_LIMIT_REACHED') {
    const max = config.registration.maxTeamsPerChurch;
    return new AppError(
      error.code,
      `Maximum ${max} teams already registered for this church`,
      error.details,
      error.headers,
    );
  }
  const fieldErrors = error.details?.field_errors as FieldErrors | undefined;
  if (!fieldErrors) return error;
  const renamed = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, problem]) => [legacyField(field), problem]),
  );
  const problems = Object.entries(renamed).map(([field, problem]) => describe(field, problem));
  return new AppError(
    error.code,
    summary(problems),
    { ...error.details, field_errors: renamed },
    error.headers,
  );
}

/** The envelope's `message` holds at most 500 characters: the problems that fit, then how many more. */
function summary(problems: string[]): string {
  const shown: string[] = [];
  for (const problem of problems) {
    if ([...shown, problem].join('; ').length > 460) break;
    shown.push(problem);
  }
  const more = problems.length - shown.length;
  return more === 0 ? shown.join('; ') : `${shown.join('; ')}; and ${more} more`;
}
