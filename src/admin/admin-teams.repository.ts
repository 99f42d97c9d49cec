import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gt, ilike, inArray, min, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { Database } from '../database/database.js';
import { outboxEmails, pendingUploads, players, teamFiles, teams } from '../database/schema.js';
import { type DocumentKind, isPlayerKind, TEAM_DOCUMENT } from '../teams/documents.js';
import type { TeamStatus } from '../teams/team.js';
import type { TeamListQuery } from './admin-requests.js';

export type ExportedTeam = Awaited<ReturnType<AdminTeamsRepository['exportBatch']>>[number];

const logo = alias(teamFiles, 'logo');

/** The teams whose missing documents the stats count: those still in the running. */
const IN_THE_RUNNING: TeamStatus[] = ['pending', 'waitlisted', 'approved'];

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

  /** Up to `size` teams after team number `afterNumber`, with their players and files. */
  async exportBatch(afterNumber: number, size: number) {
    const batch = await this.database.db
      .select()
      .from(teams)
      .where(gt(teams.teamNumber, afterNumber))
      .orderBy(teams.teamNumber)
      .limit(size);
    if (batch.length === 0) return [];
    const ids = batch.map((team) => team.id);
    const [roster, files] = await Promise.all([
      this.database.db
        .select()
        .from(players)
        .where(inArray(players.teamUuid, ids))
        .orderBy(players.teamUuid, players.position),
      // A private file is shown as a signed link made at export time (TeamFiles.urlOf), never a stored URL.
      this.database.db.select().from(teamFiles).where(inArray(teamFiles.teamUuid, ids)),
    ]);
    const playersOf = groupBy(roster, (player) => player.teamUuid);
    const filesOf = groupBy(files, (file) => file.teamUuid);
    return batch.map((team) => ({
      team,
      players: playersOf.get(team.id) ?? [],
      files: filesOf.get(team.id) ?? [],
    }));
  }

  /**
   * The documents of the `expected` kinds that teams still in the running lack: how many of each kind (a
   * player's kind counts each player's), and how many teams lack at least one. The same rule as
   * documents.ts `missingDocuments` (a sent file counts, uploaded or pending), counted in the database.
   */
  async missingDocuments(expected: readonly DocumentKind[]) {
    if (expected.length === 0) return { teams: 0, byKind: new Map<DocumentKind, number>() };
    const f = teamFiles;
    const t = teams;
    const sent = (kind: DocumentKind, where: SQL) =>
      sql`count(${f.kind}) filter (where ${f.kind} = ${kind} and ${where})`;
    // Per team, how many of each kind it lacks (`k0`, `k1`, ...): a team's kind 0 or 1, a player's kind up to its players.
    const lacking = (kind: DocumentKind) =>
      isPlayerKind(kind)
        ? sql<number>`${t.playerCount} - ${sent(kind, sql`${f.playerPosition} between 0 and ${t.playerCount} - 1`)}`
        : sql<number>`case when ${sent(kind, sql`${f.playerPosition} = ${TEAM_DOCUMENT}`)} = 0 then 1 else 0 end`;
    const perTeam = this.database.db
      .select(Object.fromEntries(expected.map((kind, i) => [`k${i}`, lacking(kind).as(`k${i}`)])))
      .from(t)
      .leftJoin(f, eq(f.teamUuid, t.id))
      .where(inArray(t.status, IN_THE_RUNNING))
      .groupBy(t.id)
      .as('per_team');
    const lacks = expected.map((_, i) => perTeam[`k${i}`]!);
    const [totals] = await this.database.db
      .select({
        teams: sql<number>`count(*) filter (where ${sql.join(lacks, sql` + `)} > 0)`.mapWith(Number),
        ...Object.fromEntries(
          lacks.map((k, i) => [`k${i}`, sql<number>`coalesce(sum(${k}), 0)`.mapWith(Number)]),
        ),
      })
      .from(perTeam);
    const sums = (totals ?? {}) as Record<string, number | undefined>;
    const byKind = new Map(expected.map((kind, i) => [kind, sums[`k${i}`] ?? 0]));
    return { teams: sums.teams ?? 0, byKind };
  }

  async stats() {
    const db = this.database.db;
    const [byStatus, perChurch, [playerTotal], uploads, emails] = await Promise.all([
      db.select({ status: teams.status, n: count() }).from(teams).groupBy(teams.status),
      db
        .select({ church_name: min(teams.churchName), teams: count() })
        .from(teams)
        .groupBy(teams.churchKey)
        .orderBy(desc(count()), teams.churchKey),
      db.select({ n: count() }).from(players),
      db
        .select({ state: pendingUploads.state, n: count() })
        .from(pendingUploads)
        .groupBy(pendingUploads.state),
      db.select({ state: outboxEmails.state, n: count() }).from(outboxEmails).groupBy(outboxEmails.state),
    ]);
    return {
      byStatus,
      perChurch,
      players: playerTotal?.n ?? 0,
      uploadsByState: uploads,
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

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** `%`, `_` and `\` typed by an admin match themselves, not any text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
