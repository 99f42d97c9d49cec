import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { Database, type DbOrTx } from '../database/database.js';
import { players, teamEdits, teamFiles, teamStatusHistory, teams } from '../database/schema.js';
import { TeamPlaces, type TeamRow } from './team-places.js';

/** `ICCT-001`: anything else (a NUL byte, a path fragment) can't name a team and never reaches the database. */
export function isTeamIdShaped(teamId: string): boolean {
  return /^[A-Z0-9]{1,12}-[0-9]{3,9}$/.test(teamId);
}

export type TeamRecord = NonNullable<Awaited<ReturnType<TeamRecords['find']>>>;

/** One team with everything about it, for the admin detail and the captain's page. */
@Injectable()
export class TeamRecords {
  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
  ) {}

  /** The row id and status of the team this token hash opens, or undefined. */
  async head(teamId: string, accessTokenHash: string): Promise<Pick<TeamRow, 'id' | 'status'> | undefined> {
    const [row] = await this.database.db
      .select({ id: teams.id, status: teams.status })
      .from(teams)
      .where(and(eq(teams.teamId, teamId), eq(teams.accessTokenHash, accessTokenHash)));
    return row;
  }

  /** The team with this team ID (and, for the captain's link, this token hash), or undefined. */
  async find(teamId: string, accessTokenHash?: string, db: DbOrTx = this.database.db) {
    const [team] = await db
      .select()
      .from(teams)
      .where(
        and(
          eq(teams.teamId, teamId),
          accessTokenHash === undefined ? undefined : eq(teams.accessTokenHash, accessTokenHash),
        ),
      );
    if (!team) return undefined;
    const [roster, files, history, edits, waitlistPosition] = await Promise.all([
      db.select().from(players).where(eq(players.teamId, team.id)).orderBy(players.position),
      db.select().from(teamFiles).where(eq(teamFiles.teamId, team.id)).orderBy(teamFiles.kind),
      db
        .select()
        .from(teamStatusHistory)
        .where(eq(teamStatusHistory.teamId, team.id))
        .orderBy(teamStatusHistory.createdAt),
      db.select().from(teamEdits).where(eq(teamEdits.teamId, team.id)).orderBy(teamEdits.createdAt),
      this.places.waitlistPosition(db, team),
    ]);
    return { team, players: roster, files, history, edits, waitlistPosition };
  }
}

/**
 * The team as its captain entered it, with its status, place in line, files and history. The admin
 * sees who made each change; the captain sees what happened and why.
 */
export function teamView(record: TeamRecord, audience: 'admin' | 'captain') {
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
      url: f.url,
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
