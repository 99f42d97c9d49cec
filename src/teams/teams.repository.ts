import { Inject, Injectable } from '@nestjs/common';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import {
  brokenConstraint,
  Database,
  execute,
  sqlState,
  UNIQUE_VIOLATION,
  type DbOrTx,
  type Tx,
} from '../database/database.js';
import { fixedStatement } from '../database/fixed-statement.js';
import { jsonRowsInsert } from '../database/json-rows.js';
import {
  players,
  TEAM_NAME_UNIQUE_INDEX,
  teamEdits,
  teamFiles,
  teamStatusHistory,
  teams,
} from '../database/schema.js';
import { TEAM_DOCUMENT } from './documents.js';
import { duplicateTeam } from './team-errors.js';
import type { Player, TeamColumns } from './team-form.js';
import { TeamPlaces } from './team-places.js';
import type { TeamRow, TeamStatus } from './team.js';

export type TeamFileRow = Omit<typeof teamFiles.$inferInsert, 'teamUuid'>;

export type TeamRecord = NonNullable<Awaited<ReturnType<TeamsRepository['find']>>>;

/** The team rows and what hangs off them (players, files, history, edits): queries in the caller's transaction. */
@Injectable()
export class TeamsRepository {
  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
  ) {}

  /** A new, unnumbered team with its players and file references (TeamPlaces.takeNumber numbers it). */
  async insert(
    tx: Tx,
    team: TeamColumns & { id: string; accessTokenHash: string },
    roster: Player[],
    files: TeamFileRow[],
  ): Promise<void> {
    await refusingDuplicateNames(
      insertNewTeam(tx, {
        team: insertTeam.json([{ ...team, playerCount: roster.length }]),
        players: insertPlayers.json(rosterRows(team.id, roster)),
        files: insertTeamFiles.json(files.map((f) => ({ ...f, teamUuid: team.id }))),
      }),
    );
  }

  /** Changes the team's columns and, when given, replaces its players. */
  async update(tx: Tx, id: string, columns: Partial<TeamColumns>, roster?: Player[]): Promise<void> {
    await refusingDuplicateNames(
      tx
        .update(teams)
        .set({ ...columns, ...(roster ? { playerCount: roster.length } : {}), updatedAt: sql`now()` })
        .where(eq(teams.id, id)),
    );
    if (!roster) return;
    await tx.delete(players).where(eq(players.teamUuid, id));
    await execute(tx, insertPlayers(rosterRows(id, roster)));
  }

  /** The team's players' names, by position: what an edit's new roster is matched against. */
  async roster(tx: Tx, id: string): Promise<{ name: string }[]> {
    return tx
      .select({ name: players.name })
      .from(players)
      .where(eq(players.teamUuid, id))
      .orderBy(players.position);
  }

  /** Puts `file` in place of the team's file of its kind (and player); returns the replaced file's public id, if any. */
  async replaceFile(tx: Tx, id: string, file: TeamFileRow): Promise<string | undefined> {
    const [old] = await tx
      .delete(teamFiles)
      .where(
        and(
          eq(teamFiles.teamUuid, id),
          eq(teamFiles.kind, file.kind),
          eq(teamFiles.playerPosition, file.playerPosition ?? TEAM_DOCUMENT),
        ),
      )
      .returning({ publicId: teamFiles.publicId });
    await tx.insert(teamFiles).values({ ...file, teamUuid: id });
    return old?.publicId ?? undefined;
  }

  async recordEdit(tx: Tx, id: string, fields: string[], actor: string): Promise<void> {
    await tx.insert(teamEdits).values({ teamUuid: id, fields, actor });
  }

  /** The team row, locked until commit: by its team ID, and its link's token hash when given. */
  async lock(tx: Tx, teamId: string, accessTokenHash?: string): Promise<TeamRow | undefined> {
    const [team] = await tx.select().from(teams).where(byTeamId(teamId, accessTokenHash)).for('update');
    return team;
  }

  /** Moves the team to `to` and records the change in its history. */
  async setStatus(
    tx: Tx,
    current: TeamRow,
    to: TeamStatus,
    entry: { reason?: string; actor: string },
  ): Promise<TeamRow> {
    const [team] = await tx
      .update(teams)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(teams.id, current.id))
      .returning();
    await tx.insert(teamStatusHistory).values({
      teamUuid: current.id,
      fromStatus: current.status,
      toStatus: to,
      reason: entry.reason ?? null,
      actor: entry.actor,
    });
    return team!;
  }

  /** A new private-link token hash for the team (the old link stops working). */
  async replaceAccessToken(tx: Tx, teamId: string, hash: string): Promise<TeamRow | undefined> {
    const [team] = await tx
      .update(teams)
      .set({ accessTokenHash: hash })
      .where(eq(teams.teamId, teamId))
      .returning();
    return team;
  }

  /** The row id, status and player count of the team this token hash opens, or undefined. */
  async head(
    teamId: string,
    accessTokenHash: string,
  ): Promise<Pick<TeamRow, 'id' | 'status' | 'playerCount'> | undefined> {
    const [row] = await this.database.db
      .select({ id: teams.id, status: teams.status, playerCount: teams.playerCount })
      .from(teams)
      .where(byTeamId(teamId, accessTokenHash));
    return row;
  }

  /** The team with everything about it (and, for the captain's link, this token hash), or undefined. */
  async find(teamId: string, accessTokenHash?: string, db: DbOrTx = this.database.db) {
    const [team] = await db.select().from(teams).where(byTeamId(teamId, accessTokenHash));
    if (!team) return undefined;
    const [roster, files, history, edits, waitlistPosition] = await Promise.all([
      db.select().from(players).where(eq(players.teamUuid, team.id)).orderBy(players.position),
      db
        .select()
        .from(teamFiles)
        .where(eq(teamFiles.teamUuid, team.id))
        .orderBy(teamFiles.playerPosition, teamFiles.kind),
      db
        .select()
        .from(teamStatusHistory)
        .where(eq(teamStatusHistory.teamUuid, team.id))
        .orderBy(teamStatusHistory.createdAt),
      db.select().from(teamEdits).where(eq(teamEdits.teamUuid, team.id)).orderBy(teamEdits.createdAt),
      this.places.waitlistPosition(db, team),
    ]);
    return { team, players: roster, files, history, edits, waitlistPosition };
  }
}

/**
 * The columns a registration sets on its team (status, timestamps and the number take their defaults).
 * `satisfies` holds the list to TeamColumns: a column added there and not here does not compile. Each
 * listed column is written, null where the row has none, so a new column that a registration leaves to
 * its default belongs out of TeamColumns, as `status` is.
 */
const NEW_TEAM_COLUMNS = {
  id: true,
  teamName: true,
  teamNameKey: true,
  churchName: true,
  churchKey: true,
  captainName: true,
  captainPhone: true,
  captainEmail: true,
  captainWhatsapp: true,
  viceCaptainName: true,
  viceCaptainPhone: true,
  viceCaptainEmail: true,
  viceCaptainWhatsapp: true,
  coachName: true,
  playerCount: true,
  accessTokenHash: true,
} satisfies Record<
  Exclude<keyof TeamColumns, 'createdAt' | 'updatedAt'> | 'id' | 'playerCount' | 'accessTokenHash',
  true
>;

const insertTeam = jsonRowsInsert(teams, Object.keys(NEW_TEAM_COLUMNS) as (keyof typeof NEW_TEAM_COLUMNS)[]);

/** Players and files go as one jsonb parameter each: one statement text whatever their number. */
const insertPlayers = jsonRowsInsert(players, ['teamUuid', 'position', 'name', 'role', 'phone']);
const insertTeamFiles = jsonRowsInsert(teamFiles, [
  'teamUuid',
  'kind',
  'playerPosition',
  'state',
  'url',
  'publicId',
  'contentType',
  'sizeBytes',
  'sha256',
  'uploadedAt',
]);

/**
 * A new team, its players and its files in one statement, so one round trip (issue 15): the inserts as
 * data-modifying CTEs. The players' and files' foreign keys are checked at the end of the statement,
 * when the team's row is there. Rendered once (fixedStatement): it binds the three inserts' JSON.
 */
const insertNewTeam = fixedStatement(
  ['team', 'players', 'files'],
  (values) => sql`
    with new_team as (${insertTeam.ofJson(values.team)}),
         new_players as (${insertPlayers.ofJson(values.players)}),
         new_files as (${insertTeamFiles.ofJson(values.files)})
    select`,
);

function rosterRows(teamUuid: string, roster: Player[]) {
  return roster.map((player, position) => ({ teamUuid, position, ...player }));
}

function byTeamId(teamId: string, accessTokenHash?: string): SQL | undefined {
  return and(
    eq(teams.teamId, teamId),
    accessTokenHash === undefined ? undefined : eq(teams.accessTokenHash, accessTokenHash),
  );
}

/** The name's unique index decides between two teams of one name saved at once: DUPLICATE_TEAM. */
async function refusingDuplicateNames(write: PromiseLike<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION && brokenConstraint(error) === TEAM_NAME_UNIQUE_INDEX) {
      throw duplicateTeam();
    }
    throw error;
  }
}
