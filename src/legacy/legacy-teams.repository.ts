import { Inject, Injectable } from '@nestjs/common';
import { and, count, eq, inArray, min, sql } from 'drizzle-orm';
import { Database } from '../database/database.js';
import { teamFiles, teams } from '../database/schema.js';
import { TEAM_DOCUMENT } from '../teams/documents.js';
import { holdsChurchSlot } from '../teams/team-places.js';
import type { TeamStatus } from '../teams/team.js';
import { TEAM_FILES } from './legacy-form.js';
import type { TeamWithFiles } from './legacy-views.js';

/** The few queries of the FastAPI-compatible views that the shared core has no use for. */
@Injectable()
export class LegacyTeamsRepository {
  constructor(@Inject(Database) private readonly database: Database) {}

  /** Every team (of a status, if given) in team-number order, with its own documents (not its players'). */
  async allTeams(status?: TeamStatus): Promise<TeamWithFiles[]> {
    const db = this.database.db;
    const rows = await db
      .select()
      .from(teams)
      .where(status ? eq(teams.status, status) : undefined)
      .orderBy(teams.teamNumber);
    if (rows.length === 0) return [];
    const files = await db
      .select()
      .from(teamFiles)
      .where(
        and(
          eq(teamFiles.playerPosition, TEAM_DOCUMENT),
          inArray(teamFiles.kind, Object.keys(TEAM_FILES) as (keyof typeof TEAM_FILES)[]),
        ),
      );
    const byTeam = new Map<string, typeof files>();
    for (const file of files) byTeam.set(file.teamUuid, [...(byTeam.get(file.teamUuid) ?? []), file]);
    return rows.map((team) => ({ team, files: byTeam.get(team.id) ?? [] }));
  }

  /**
   * Each church's teams as its limit counts them: by the church's name key (case, spacing and look-alike
   * letters ignored), rejected and withdrawn teams left out. Named as its first name in sort order.
   */
  churchCounts(): Promise<{ church_name: string; team_count: number }[]> {
    return this.database.db
      .select({ church_name: sql<string>`${min(teams.churchName)}`, team_count: count() })
      .from(teams)
      .where(holdsChurchSlot)
      .groupBy(teams.churchKey)
      .orderBy(min(teams.churchName));
  }
}
