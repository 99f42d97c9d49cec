import {
  type DocumentKind,
  DOCUMENT_RULES,
  type DocumentSlot,
  documentField,
  missingDocuments,
  PLAYER_DOCUMENT_KINDS,
  TEAM_DOCUMENT,
  TEAM_DOCUMENT_KINDS,
} from './documents.js';
import type { ShownFile } from './team-files.js';
import type { TeamRecord } from './teams.repository.js';
import type { TeamRow } from './team.js';

/** How a file's `url` is shown: `TeamFiles`, which gives a private file a fresh signed link. */
export interface FileLinks {
  urlOf(file: ShownFile): string | null;
}

/**
 * The team as its captain entered it, with its status, place in line, documents and history. The admin
 * sees who made each change; the captain sees what happened and why. A private file's `url` is a
 * signed link made for this response, never a stored one.
 *
 * `documents` (the team's) and each player's `documents` list every kind, sent or not, with its state;
 * `expected` (documents.ts `expectedDocuments`) says which are `missing` when not sent. `files` is the
 * older list of the team's own files that were sent, kept for the clients that read it.
 */
export function teamView(
  record: TeamRecord,
  audience: 'admin' | 'captain',
  files: FileLinks,
  expected: readonly DocumentKind[],
) {
  const { team } = record;
  const byWhom = (actor: string) => (audience === 'admin' ? { actor } : {});
  const documentOf = documentStates(record, files, expected);
  return {
    team_id: team.teamId,
    team_name: team.teamName,
    church_name: team.churchName,
    status: team.status,
    waitlist_position: record.waitlistPosition ?? null,
    player_count: team.playerCount,
    created_at: team.createdAt,
    updated_at: team.updatedAt,
    captain: {
      name: team.captainName,
      phone: team.captainPhone,
      email: team.captainEmail,
      whatsapp: team.captainWhatsapp,
    },
    vice_captain: viceCaptainOf(team),
    coach: { name: team.coachName },
    players: record.players.map((p) => ({
      position: p.position + 1,
      name: p.name,
      role: p.role,
      phone: p.phone,
      documents: PLAYER_DOCUMENT_KINDS.map((kind) => documentOf({ kind, player: p.position })),
    })),
    documents: TEAM_DOCUMENT_KINDS.map((kind) => documentOf({ kind, player: TEAM_DOCUMENT })),
    // The team's own files (not its players'): what `files` listed before players had documents.
    files: record.files
      .filter((f) => f.playerPosition === TEAM_DOCUMENT)
      .map((f) => ({
        kind: f.kind,
        state: f.state,
        url: files.urlOf(f),
        content_type: f.contentType,
        size_bytes: f.sizeBytes,
        uploaded_at: f.uploadedAt,
      })),
    status_history: record.history.map((h) => ({
      from_status: h.fromStatus,
      to_status: h.toStatus,
      reason: h.reason,
      ...byWhom(h.actor),
      at: h.createdAt,
    })),
    changes: record.edits.map((e) => ({ fields: e.fields, ...byWhom(e.actor), at: e.createdAt })),
  };
}

/**
 * How a document slot is shown: its file's state (`uploaded`, or `pending` while it waits for the
 * storage), else `missing` when the team is expected to have it, else `not_sent`.
 */
function documentStates(record: TeamRecord, files: FileLinks, expected: readonly DocumentKind[]) {
  const sent = new Map(
    record.files.map((f) => [documentField({ kind: f.kind, player: f.playerPosition }), f]),
  );
  const present = record.files.map((f) => ({ kind: f.kind, player: f.playerPosition }));
  const missing = new Set(missingDocuments(expected, record.team.playerCount, present).map(documentField));
  return (slot: DocumentSlot) => {
    const field = documentField(slot);
    const file = sent.get(field);
    return {
      kind: slot.kind,
      field,
      label: DOCUMENT_RULES[slot.kind].label,
      required: expected.includes(slot.kind),
      state: file ? file.state : missing.has(field) ? ('missing' as const) : ('not_sent' as const),
      url: file ? files.urlOf(file) : null,
      content_type: file?.contentType ?? null,
      size_bytes: file?.sizeBytes ?? null,
      uploaded_at: file?.uploadedAt ?? null,
    };
  };
}

/** Null only when nothing of a vice-captain is known: whoever is copied on emails is shown. */
function viceCaptainOf(team: TeamRow) {
  const given = [
    team.viceCaptainName,
    team.viceCaptainPhone,
    team.viceCaptainEmail,
    team.viceCaptainWhatsapp,
  ];
  if (given.every((v) => v === null)) return null;
  return {
    name: team.viceCaptainName,
    phone: team.viceCaptainPhone,
    email: team.viceCaptainEmail,
    whatsapp: team.viceCaptainWhatsapp,
  };
}
