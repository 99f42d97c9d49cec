import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DOCUMENT_KINDS } from '../common/document-kinds.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * pending and approved teams hold a place (MAX_TEAMS); waitlisted ones wait for one, in team-number
 * order; rejected and withdrawn ones hold nothing, not even their church's slot.
 */
export const teamStatus = pgEnum('team_status', [
  'pending',
  'approved',
  'rejected',
  'waitlisted',
  'withdrawn',
]);
export const playerRole = pgEnum('player_role', ['Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper']);
export const teamFileKind = pgEnum('team_file_kind', DOCUMENT_KINDS);
export const teamFileState = pgEnum('team_file_state', ['uploaded', 'pending']);
export const emailState = pgEnum('email_state', ['pending', 'sent', 'dead']);
/** A queued job's state (see `jobColumns`): waiting to be tried, or given up. */
export const jobState = pgEnum('job_state', ['pending', 'dead']);
export const idempotencyState = pgEnum('idempotency_state', ['in_progress', 'completed']);

/**
 * What a durable job queue (src/jobs/) needs of its table, besides a `state` with `pending` and `dead`:
 * tries so far (counted at claim), when the job is next due, the lease of the instance trying it (a
 * crashed instance's jobs come back when it runs out), and why the last try failed.
 */
const jobColumns = () => ({
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastError: text('last_error'),
});

/** Gapless counters (the team number): incremented inside the registering transaction. */
export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull().default(0),
});

/** One team per name key: a second registration of a name breaks this index (DUPLICATE_TEAM). */
export const TEAM_NAME_UNIQUE_INDEX = 'teams_team_name_key_key';

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * Null only inside the registering transaction, which numbers the team as its last statement
     * (see TeamPlaces.takeNumber): a committed team always has both.
     */
    teamNumber: integer('team_number'),
    /** The public team ID (`ICCT-001`). In TypeScript `teamId` always means this; a row's uuid is `id`, `teamUuid` where another table refers to it. */
    teamId: text('team_id'),
    teamName: text('team_name').notNull(),
    /** The name key (teams/name-key.ts: NFKC, case-folded, invisible characters dropped, look-alikes mapped): what "the same team" means. */
    teamNameKey: text('team_name_key').notNull(),
    churchName: text('church_name').notNull(),
    churchKey: text('church_key').notNull(),
    captainName: text('captain_name').notNull(),
    captainPhone: text('captain_phone').notNull(),
    captainEmail: text('captain_email').notNull(),
    /** Null only for a team registered through the FastAPI-compatible API, whose form makes it optional. */
    captainWhatsapp: text('captain_whatsapp'),
    viceCaptainName: text('vice_captain_name'),
    viceCaptainPhone: text('vice_captain_phone'),
    viceCaptainEmail: text('vice_captain_email'),
    viceCaptainWhatsapp: text('vice_captain_whatsapp'),
    /** Null for a team registered through the FastAPI-compatible API, whose form has no coach. */
    coachName: text('coach_name'),
    playerCount: smallint('player_count').notNull(),
    status: teamStatus('status').notNull().default('pending'),
    /** SHA-256 of the captain's private-link token (the token itself is only ever in the email). */
    accessTokenHash: text('access_token_hash'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('teams_team_number_key').on(t.teamNumber),
    uniqueIndex('teams_team_id_key').on(t.teamId),
    uniqueIndex(TEAM_NAME_UNIQUE_INDEX).on(t.teamNameKey),
    index('teams_church_key_idx').on(t.churchKey),
    index('teams_status_created_at_idx').on(t.status, t.createdAt),
    // The admin list's default order (newest first, ties by number), read straight from the index.
    index('teams_created_at_team_number_idx').on(t.createdAt, t.teamNumber),
    // The admin list: filter by status, sorted by name or number.
    index('teams_status_team_name_key_idx').on(t.status, t.teamNameKey),
    index('teams_status_team_number_idx').on(t.status, t.teamNumber),
    // The admin search and church filter are substring matches (ILIKE '%text%'): trigram indexes (pg_trgm).
    index('teams_team_name_trgm_idx').using('gin', t.teamName.op('gin_trgm_ops')),
    index('teams_church_name_trgm_idx').using('gin', t.churchName.op('gin_trgm_ops')),
    index('teams_captain_name_trgm_idx').using('gin', t.captainName.op('gin_trgm_ops')),
    index('teams_captain_email_trgm_idx').using('gin', t.captainEmail.op('gin_trgm_ops')),
  ],
);

export const players = pgTable(
  'players',
  {
    teamUuid: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    role: playerRole('role').notNull(),
    /** Null for a team registered through the FastAPI-compatible API, whose form has no player phones. */
    phone: text('phone'),
  },
  (t) => [primaryKey({ columns: [t.teamUuid, t.position] })],
);

/** Where a team's documents (and its players') live: an uploaded file's storage id, or `pending` while its bytes wait in pending_uploads. */
export const teamFiles = pgTable(
  'team_files',
  {
    teamUuid: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    kind: teamFileKind('kind').notNull(),
    /** The player's position (from 0) for a player's document; TEAM_DOCUMENT (-1) for the team's own. */
    playerPosition: smallint('player_position').notNull().default(-1),
    state: teamFileState('state').notNull(),
    /** A public file's URL; null for a private one, which is shown only through a signed link made per response. */
    url: text('url'),
    /** The storage id (`private:...` for a private file). */
    publicId: text('public_id'),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.teamUuid, t.playerPosition, t.kind] }),
    // A finished storage deletion drops the row that still names its file (retention).
    index('team_files_public_id_idx').on(t.publicId),
    // An uploaded file has its storage id; only a public one (the logo) has a URL (teams/team-files.ts).
    check('team_files_uploaded_has_storage_id', sql`${t.state} <> 'uploaded' OR ${t.publicId} IS NOT NULL`),
  ],
);

/**
 * Files accepted while the storage provider was unavailable, deleted once uploaded. Their bytes are in
 * `bytes` (PostgreSQL), or on the embedded database in `spool_file`, a file under DATA_DIR written and
 * synced before the row (a 10 MB bytea costs PGlite seconds of its one thread).
 */
export const pendingUploads = pgTable(
  'pending_uploads',
  {
    teamUuid: uuid('team_id').notNull(),
    kind: teamFileKind('kind').notNull(),
    playerPosition: smallint('player_position').notNull().default(-1),
    bytes: bytea('bytes'),
    /** The name of the file holding the bytes, under `DATA_DIR/pending-uploads` (storage/pending-uploads.ts). */
    spoolFile: text('spool_file'),
    /** Which file this is: an edit that replaces it writes a new version, and the runner's upload of the old one is dropped. */
    version: uuid('version').notNull().defaultRandom(),
    state: jobState('state').notNull().default('pending'),
    ...jobColumns(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamUuid, t.playerPosition, t.kind] }),
    index('pending_uploads_next_attempt_idx').on(t.nextAttemptAt),
    check('pending_uploads_has_bytes', sql`${t.bytes} IS NOT NULL OR ${t.spoolFile} IS NOT NULL`),
  ],
);

/**
 * Files to delete from storage: replaced by an edit (written in the edit's transaction), or uploaded for
 * a registration that did not commit. Deleted right away when the storage answers, else by the storage
 * runner; one the storage refuses stays here as `dead`.
 */
export const storageDeletions = pgTable(
  'storage_deletions',
  {
    publicId: text('public_id').primaryKey(),
    state: jobState('state').notNull().default('pending'),
    ...jobColumns(),
    createdAt: createdAt(),
  },
  (t) => [index('storage_deletions_next_attempt_idx').on(t.nextAttemptAt)],
);

/**
 * Recurring storage work, one row per kind (`orphans`: the sweep of stored files nothing refers to). A
 * job queue like the others, so one instance at a time claims a run; a finished run is due again after
 * STORAGE_SWEEP_INTERVAL_SECONDS instead of being deleted.
 */
export const storageSweeps = pgTable('storage_sweeps', {
  name: text('name').primaryKey(),
  state: jobState('state').notNull().default('pending'),
  ...jobColumns(),
});

/** Transactional outbox: every email is written here in the transaction that causes it. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: text('message_id').notNull(),
    kind: text('kind').notNull(),
    teamUuid: uuid('team_id'),
    toAddresses: text('to_addresses').array().notNull(),
    ccAddresses: text('cc_addresses')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    state: emailState('state').notNull().default('pending'),
    ...jobColumns(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_emails_message_id_key').on(t.messageId),
    index('outbox_emails_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.state} = 'pending'`),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    fingerprint: text('fingerprint').notNull(),
    state: idempotencyState('state').notNull().default('in_progress'),
    responseStatus: smallint('response_status'),
    responseBody: jsonb('response_body'),
    /** Who holds the key right now: renewals and the final outcome only apply with this token. */
    leaseToken: uuid('lease_token').notNull().defaultRandom(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('idempotency_keys_expires_at_idx').on(t.expiresAt)],
);

export const teamStatusHistory = pgTable(
  'team_status_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamUuid: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    fromStatus: teamStatus('from_status'),
    toStatus: teamStatus('to_status').notNull(),
    reason: text('reason'),
    actor: text('actor').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('team_status_history_team_idx').on(t.teamUuid, t.createdAt)],
);

/** What a captain changed through the private link: which fields and when, never the old values. */
export const teamEdits = pgTable(
  'team_edits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamUuid: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    fields: text('fields').array().notNull(),
    actor: text('actor').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('team_edits_team_idx').on(t.teamUuid, t.createdAt)],
);
