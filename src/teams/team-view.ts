import type { ShownFile } from './team-files.js';
import type { TeamRecord } from './teams.repository.js';
import type { TeamRow } from './team.js';

/** How a file's `url` is shown: `TeamFiles`, which gives a private file a fresh signed link. */
export interface FileLinks {
  urlOf(file: ShownFile): string | null;
}

/**
 * The team as its captain entered it, with its status, place in line, files and history. The admin
 * sees who made each change; the captain sees what happened and why. A private file's `url` is a
 * signed link made for this response, never a stored one.
 */
export function teamView(record: TeamRecord, audience: 'admin' | 'captain', files: FileLinks) {
  const { team } = record;
  const byWhom = (actor: string) => (audience === 'admin' ? { actor } : {});
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
    })),
    files: record.files.map((f) => ({
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
