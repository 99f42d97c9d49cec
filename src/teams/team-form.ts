import { z } from 'zod';
import { addFieldErrors, AppError, type FieldErrors } from '../common/app-error.js';
import { sniffContentType, type SniffedType } from '../storage/file-content.js';
import type { FileContent } from '../storage/file-storage.js';
import {
  type DocumentKind,
  type DocumentSlot,
  DOCUMENT_RULES,
  documentField,
  documentSlotOf,
  missingDocuments,
} from './documents.js';
import { nameKey, visibleText } from './name-key.js';
import { MAX_PLAYERS, MIN_PLAYERS, type NewTeamRow } from './team.js';

export const PLAYER_ROLES = ['Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper'] as const;
export type PlayerRole = (typeof PLAYER_ROLES)[number];
export { MAX_PLAYERS, MIN_PLAYERS };

/** Trim, NFC-normalise and collapse inner runs of whitespace: how names are stored and shown. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** The comparison key for team and church names (look-alikes folded): see name-key.ts. */
export { nameKey } from './name-key.js';

// Letters and combining marks of any script (Devanagari, Tamil, ... need the marks), spaces and . , ' ’ - ( ) &
const PERSON_NAME = /^[\p{L}\p{M} .,'’()&-]+$/u;
const ORG_NAME = /^[\p{L}\p{M}\p{Nd} .,'’()&-]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/**
 * A name: `min`-`max` characters of `allowed`, at least one a visible letter (or digit where allowed).
 * Visible: the Hangul fillers (U+3164, U+FFA0, U+115F-1160) are letters to \p{L}, and joiners and
 * variation selectors are marks, yet all render as nothing, so neither the letter nor the shortest length
 * counts them (`visibleText`). The longest length counts every character: it bounds what is stored.
 */
const text = (min: number, max: number, allowed: RegExp) =>
  z
    .string({ error: 'is required' })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(min, `must be ${min}-${max} characters`)
        .max(max, `must be ${min}-${max} characters`)
        .regex(allowed, 'contains characters that are not allowed')
        .refine((v) => HAS_LETTER_OR_DIGIT.test(visibleText(v)), 'must contain letters')
        .refine((v) => visibleText(v).length >= min, `must be ${min}-${max} characters`),
    );
const personName = text(3, 50, PERSON_NAME);
const orgName = text(3, 80, ORG_NAME);
const phone = z
  .string({ error: 'is required' })
  .transform((v) => v.trim())
  .pipe(z.string().regex(/^[0-9]{10}$/, 'must be exactly 10 digits'));
const email = z
  .string({ error: 'is required' })
  .transform((v) => v.trim())
  .pipe(z.string().max(254, 'is too long').pipe(z.email('must be a valid email address')));
const role = z
  .string({ error: 'is required' })
  .transform((v) => PLAYER_ROLES.find((r) => r.toLowerCase() === v.trim().toLowerCase()))
  .refine((v) => v !== undefined, `must be one of ${PLAYER_ROLES.join(', ')}`);

const playerSchema = z.object({ name: personName, role, phone }, { error: 'must be an object' });

const players = (player: z.ZodType) =>
  z
    .array(player, {
      error: (issue) =>
        issue.input === undefined
          ? 'is required'
          : `must be a JSON array of ${MIN_PLAYERS}-${MAX_PLAYERS} players`,
    })
    .min(MIN_PLAYERS, `must have ${MIN_PLAYERS}-${MAX_PLAYERS} players`)
    .max(MAX_PLAYERS, `must have ${MIN_PLAYERS}-${MAX_PLAYERS} players`);

const formSchema = z.object({
  team_name: orgName,
  church_name: orgName,
  captain_name: personName,
  captain_phone: phone,
  captain_email: email,
  captain_whatsapp: phone,
  coach_name: personName,
  vice_captain_name: personName.optional(),
  vice_captain_phone: phone.optional(),
  vice_captain_email: email.optional(),
  vice_captain_whatsapp: phone.optional(),
  players: players(playerSchema),
});

/**
 * The FastAPI backend's form (the existing front-end's) collects no coach and no player phones, and its
 * captain's WhatsApp number is optional: a team registered through the compatible API may have none
 * (the admin views show what is missing).
 */
const legacyFormSchema = formSchema.extend({
  captain_whatsapp: phone.optional(),
  coach_name: personName.optional(),
  players: players(playerSchema.extend({ phone: phone.optional() })),
});

/** A file as the multipart interceptor read it: in memory or a temporary file, released after the request. */
export interface ReceivedFile {
  content: FileContent;
  size: number;
  /** Hex SHA-256 of its bytes. */
  sha256: string;
  /** Its first bytes, enough to tell its type (storage/file-content.ts). */
  head: Buffer;
}

/** An accepted file: where its bytes wait (until the request ends), and its type as its content says. */
export type UploadedFile = Omit<ReceivedFile, 'head'> & { contentType: SniffedType };

/** A document sent with a form: its slot (kind, and the player's position for a player's) and its file. */
export interface FormFile extends DocumentSlot {
  file: UploadedFile;
}

export type RegistrationForm = Omit<
  z.output<typeof formSchema>,
  'captain_whatsapp' | 'coach_name' | 'players'
> & {
  /** Absent only on the FastAPI-compatible route, as `coach_name` and players' `phone`. */
  captain_whatsapp?: string;
  coach_name?: string;
  players: Player[];
  documents: FormFile[];
};

export interface Player {
  name: string;
  role: PlayerRole;
  phone?: string;
}

/** The files of a multipart body, by field name (`logo`, `players[3].id_proof`). */
export type ReceivedFiles = Record<string, ReceivedFile | undefined>;

/** Which registration rules apply: the native route's, or the FastAPI-compatible route's (no coach, no player phones). */
export interface FormRules {
  /** The document kinds that must be sent (a player's kind: every player's). */
  requiredDocuments: readonly DocumentKind[];
  legacy?: boolean;
}

const VICE_CAPTAIN_FIELDS = [
  'vice_captain_name',
  'vice_captain_phone',
  'vice_captain_email',
  'vice_captain_whatsapp',
];

/**
 * Validates the whole registration form and reports every bad field at once
 * (`players[3].name`, `logo`, ...), or returns the normalised form.
 */
export function parseRegistrationForm(
  fields: Record<string, unknown>,
  files: ReceivedFiles,
  rules: FormRules,
): RegistrationForm {
  return parseForm(rules.legacy ? legacyFormSchema : formSchema, fields, files, {
    requiredDocuments: rules.requiredDocuments,
    blankViceCaptain: 'absent',
  }) as RegistrationForm;
}

/** Edits may clear the vice-captain: a blank vice-captain field means "remove it" (null). */
const editSchema = formSchema
  .extend({
    vice_captain_name: personName.nullable(),
    vice_captain_phone: phone.nullable(),
    vice_captain_email: email.nullable(),
    vice_captain_whatsapp: phone.nullable(),
  })
  .partial();

export type RegistrationEdit = Partial<
  Omit<z.output<typeof editSchema>, 'players'> & Pick<RegistrationForm, 'players' | 'documents'>
>;

/**
 * An edit through the captain's link: any subset of the registration's fields, each under the same
 * rules (`players` replaces the whole list, a file replaces that file); at least one must be given.
 */
export function parseRegistrationEdit(
  fields: Record<string, unknown>,
  files: ReceivedFiles,
): RegistrationEdit {
  const edit = parseForm(editSchema, fields, files, { requiredDocuments: [], blankViceCaptain: 'clear' });
  if (Object.values(edit).every((v) => v === undefined)) {
    throw AppError.validation({ body: 'must change at least one field or file' }, 'Nothing to change');
  }
  return edit;
}

function parseForm(
  schema: z.ZodType,
  fields: Record<string, unknown>,
  files: ReceivedFiles,
  options: { requiredDocuments: readonly DocumentKind[]; blankViceCaptain: 'absent' | 'clear' },
): Record<string, unknown> {
  const fieldErrors: FieldErrors = {};
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) fieldErrors[name] = 'must be given once';
    // An empty optional field is the same as an absent one (browsers send empty inputs), or clears it in an edit.
    else if (VICE_CAPTAIN_FIELDS.includes(name) && typeof value === 'string' && value.trim() === '') {
      if (options.blankViceCaptain === 'clear') input[name] = null;
    } else {
      input[name] = value;
    }
  }
  if (typeof input.players === 'string') {
    try {
      input.players = JSON.parse(input.players);
    } catch {
      fieldErrors.players = 'must be valid JSON';
      delete input.players;
    }
  }

  const parsed = schema.safeParse(input);
  if (!parsed.success) addFieldErrors(fieldErrors, parsed.error, formFieldOf);

  const documents: FormFile[] = [];
  for (const [field, received] of Object.entries(files)) {
    const slot = received && documentSlotOf(field);
    if (!slot) continue;
    const { head, ...file } = received;
    const contentType = sniffContentType(head);
    const rule = DOCUMENT_RULES[slot.kind];
    if (!contentType || !rule.accepts.includes(contentType))
      fieldErrors[field] = acceptedMessage(rule.accepts);
    else documents.push({ ...slot, file: { ...file, contentType } });
  }
  const roster = parsed.success ? (parsed.data as { players?: unknown[] }).players : undefined;
  if (roster) {
    for (const slot of documents.filter((d) => d.player >= roster.length)) {
      fieldErrors[documentField(slot)] = `there is no player ${slot.player + 1}`;
    }
  }
  const present = Object.keys(files).flatMap((field) => documentSlotOf(field) ?? []);
  for (const slot of missingDocuments(options.requiredDocuments, roster?.length ?? 0, present)) {
    fieldErrors[documentField(slot)] = 'is required';
  }

  if (Object.keys(fieldErrors).length > 0 || !parsed.success) throw AppError.validation(fieldErrors);
  return {
    ...(parsed.data as Record<string, unknown>),
    documents: documents.length > 0 ? documents : undefined,
  };
}

function acceptedMessage(accepts: SniffedType[]): string {
  return accepts.includes('application/pdf')
    ? 'must be a PNG, JPEG or PDF file'
    : 'must be a PNG or JPEG image';
}

/** `players[3].name` for a player's field, else the form field's name. */
function formFieldOf(issue: z.core.$ZodIssue): string {
  if (issue.path[0] !== 'players' || issue.path.length < 2) return String(issue.path[0]);
  return issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** The team columns a form sets, with the comparison keys of its names. */
export type TeamColumns = Omit<
  NewTeamRow,
  'id' | 'teamNumber' | 'teamId' | 'playerCount' | 'status' | 'accessTokenHash'
>;

/**
 * The form's fields as team columns: the one mapping used by a registration (every column) and by an
 * edit (only what it gives: a field left out stays as it is, a cleared vice-captain field is null).
 */
export function teamColumns(form: RegistrationForm): TeamColumns;
export function teamColumns(form: RegistrationEdit): Partial<TeamColumns>;
export function teamColumns(form: RegistrationEdit): Partial<TeamColumns> {
  const columns: Partial<TeamColumns> = {
    teamName: form.team_name,
    teamNameKey: form.team_name === undefined ? undefined : nameKey(form.team_name),
    churchName: form.church_name,
    churchKey: form.church_name === undefined ? undefined : nameKey(form.church_name),
    captainName: form.captain_name,
    captainPhone: form.captain_phone,
    captainEmail: form.captain_email,
    captainWhatsapp: form.captain_whatsapp,
    viceCaptainName: form.vice_captain_name,
    viceCaptainPhone: form.vice_captain_phone,
    viceCaptainEmail: form.vice_captain_email,
    viceCaptainWhatsapp: form.vice_captain_whatsapp,
    coachName: form.coach_name,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** The names of the fields and files an edit gives: the edit history keeps these, never the values. */
export function editedFields(edit: RegistrationEdit): string[] {
  const fields = Object.keys(edit).filter(
    (name) => name !== 'documents' && edit[name as keyof RegistrationEdit] !== undefined,
  );
  return [...fields, ...formFiles(edit).map(documentField)];
}

/** The documents a form carries. */
export function formFiles(form: Pick<RegistrationEdit, 'documents'>): FormFile[] {
  return form.documents ?? [];
}
