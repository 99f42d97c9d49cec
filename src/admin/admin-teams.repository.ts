import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gt, ilike, inArray, min, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { Database } from '../database/database.js';
import { outboxEmails, pendingUploads, players, teamFiles, teams } from '../database/schema.js';
import type { TeamListQuery } from './admin-requests.js';

export type ExportedTeam = Awaited<ReturnType<AdminTeamsRepository['exportBatch']>>[number];

const logo = alias(teamFiles, 'logo');
const receipt = alias(teamFiles, 'receipt');

/** The team columns of the admin list (snake_case: they are the response as is). */
const listColumns = {
  team_id: teams.teamId,
  team_name: teams.teamName,
  church_name: teams.churchName,
  captain_name: teams.captainName,
  captain_email: teams.captainEmail,
  captain_phone: teams.captainPhone,
  player_count: teams.playerCount,
  status: teams.status,
  logo_url: logo.url,
  created_at: teams.createdAt,
};

const SORT_COLUMNS = {
  created_at: teams.createdAt,
  // Case-insensitive, as the name key is lower-cased.
  team_name: teams.teamNameKey,
  // ICCT-010 after ICCT-009: the number, not the text.
  team_id: teams.teamNumber,
};

@Injectable()
export class AdminTeamsRepository {
  constructor(@Inject(Database) private readonly database: Database) {}

  /** One page of teams and how many match in all. */
  async listTeams(query: TeamListQuery) {
    const [rows, [total]] = await Promise.all([this.listQuery(query), this.countQuery(query)]);
    return { rows, total: total?.n ?? 0 };
  }

  /**
   * The page query as built (the index test EXPLAINs it). The page's ids are found on `teams` alone,
   * from an index in sort order, and only those 50 rows are joined to their logo: joining first would
   * join and sort the whole table for every page.
   */
  listQuery(query: TeamListQuery) {
    const column = SORT_COLUMNS[query.sort.key];
    const direction = query.sort.descending ? desc : asc;
    const page = this.database.db
      .select({ id: teams.id })
      .from(teams)
      .where(listFilter(query))
      .orderBy(direction(column), direction(teams.teamNumber))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit)
      .as('page');
    return this.database.db
      .select(listColumns)
      .from(page)
      .innerJoin(teams, eq(teams.id, page.id))
      .leftJoin(logo, and(eq(logo.teamUuid, teams.id), eq(logo.kind, 'logo')))
      .orderBy(direction(column), direction(teams.teamNumber));
  }

  /** The count query as built (the index test EXPLAINs it). */
  countQuery(query: TeamListQuery) {
    return this.database.db.select({ n: count() }).from(teams).where(listFilter(query));
  }

  /** Up to `size` teams after team number `afterNumber`, with their files and players. */
  async exportBatch(afterNumber: number, size: number) {
    const batch = await this.database.db
      .select({
        team: teams,
        logoUrl: logo.url,
        // A private file: shown as a signed link made at export time (TeamFiles.urlOf), never a stored URL.
        receiptUrl: receipt.url,
        receiptId: receipt.publicId,
        receiptType: receipt.contentType,
      })
      .from(teams)
      .leftJoin(logo, and(eq(logo.teamUuid, teams.id), eq(logo.kind, 'logo')))
      .leftJoin(receipt, and(eq(receipt.teamUuid, teams.id), eq(receipt.kind, 'payment_receipt')))
      .where(gt(teams.teamNumber, afterNumber))
      .orderBy(teams.teamNumber)
      .limit(size);
    if (batch.length === 0) return [];
    const roster = await this.database.db
      .select()
      .from(players)
      .where(
        inArray(
          players.teamUuid,
          batch.map((b) => b.team.id),
        ),
      )
      .orderBy(players.teamUuid, players.position);
    const byTeam = new Map<string, typeof roster>();
    for (const player of roster) {
      const team = byTeam.get(player.teamUuid);
      if (team) team.push(player);
      else byTeam.set(player.teamUuid, [player]);
    }
    return batch.map((b) => ({ ...b, players: byTeam.get(b.team.id) ?? [] }));
  }

  async stats() {
    const db = this.database.db;
    const [byStatus, perChurch, [playerTotal], [uploads], emails] = await Promise.all([
      db.select({ status: teams.status, n: count() }).from(teams).groupBy(teams.status),
      db
        .select({ church_name: min(teams.churchName), teams: count() })
        .from(teams)
        .groupBy(teams.churchKey)
        .orderBy(desc(count()), teams.churchKey),
      db.select({ n: count() }).from(players),
      db.select({ n: count() }).from(pendingUploads),
      db.select({ state: outboxEmails.state, n: count() }).from(outboxEmails).groupBy(outboxEmails.state),
    ]);
    return {
      byStatus,
      perChurch,
      players: playerTotal?.n ?? 0,
      pendingUploads: uploads?.n ?? 0,
      emailsByState: emails,
    };
  }
}

function listFilter(query: TeamListQuery): SQL | undefined {
  const q = query.q && `%${escapeLike(query.q)}%`;
  return and(
    query.status ? eq(teams.status, query.status) : undefined,
    query.church ? ilike(teams.churchName, `%${escapeLike(query.church)}%`) : undefined,
    q
      ? or(
          ilike(teams.teamName, q),
          ilike(teams.churchName, q),
          ilike(teams.captainName, q),
          ilike(teams.captainEmail, q),
        )
      : undefined,
  );
}

/** `%`, `_` and `\` typed by an admin match themselves, not any text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
