import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { Database, rowsOf, sqlState, UNIQUE_VIOLATION, type Tx } from '../database/database.js';
import { counters, players, teamFiles, teams } from '../database/schema.js';
import type { Player } from './registration-form.js';

export type NewTeam = Omit<typeof teams.$inferInsert, 'teamNumber' | 'teamId' | 'playerCount' | 'status'>;
export type NewTeamFile = Omit<typeof teamFiles.$inferInsert, 'teamId'>;

export type RegistrationConflict = 'DUPLICATE_TEAM' | 'CHURCH_LIMIT_REACHED';

export interface SaveRegistration {
  team: NewTeam & { id: string };
  players: Player[];
  files: NewTeamFile[];
  maxTeamsPerChurch: number;
  /** Team IDs are `<prefix>-<number>`, the number padded to at least 3 digits (ICCT-007, ICCT-1000). */
  teamIdPrefix: string;
  /** Runs in the same transaction before the team is numbered (file bytes waiting for upload go in here). */
  beforeNumbering?: (tx: Tx) => Promise<void>;
  /** Runs in the same transaction once the team has its ID (the confirmation email goes in here). */
  afterNumbering?: (tx: Tx, team: { id: string; teamId: string }) => Promise<void>;
}

const TEAM_NUMBER_COUNTER = 'team_number';

@Injectable()
export class RegistrationRepository {
  constructor(@Inject(Database) private readonly database: Database) {}

  /** A cheap, unlocked look before any upload; the transaction checks again under lock. */
  async findConflict(teamNameKey: string, churchKey: string, maxTeamsPerChurch: number) {
    return this.conflictIn(this.database.db, teamNameKey, churchKey, maxTeamsPerChurch);
  }

  /**
   * Saves team, players and file references in one transaction and returns the new team ID, or the
   * conflict that stopped it. The team number comes from a counter row incremented in the same
   * transaction, so a rolled-back registration uses up no number (gapless) and numbers never repeat.
   */
  async save(input: SaveRegistration): Promise<{ teamId: string } | { conflict: RegistrationConflict }> {
    const { team } = input;
    try {
      return await this.database.db.transaction(async (tx) => {
        // Registrations for one church queue here, so two can't both see "one slot left".
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${team.churchKey}, 0))`);
        const conflict = await this.conflictIn(tx, team.teamNameKey, team.churchKey, input.maxTeamsPerChurch);
        if (conflict) throw new ConflictFound(conflict);
        await tx.insert(teams).values({ ...team, playerCount: input.players.length });
        await tx
          .insert(players)
          .values(input.players.map((p, position) => ({ teamId: team.id, position, ...p })));
        if (input.files.length > 0) {
          await tx.insert(teamFiles).values(input.files.map((f) => ({ ...f, teamId: team.id })));
        }
        await input.beforeNumbering?.(tx);
        // The counter row lock serialises every registration from here until commit, so the number is
        // taken last, in one statement that also stamps it on the team (which was unnumbered until now).
        const teamId = await this.numberTeam(tx, team.id, input.teamIdPrefix);
        await input.afterNumbering?.(tx, { id: team.id, teamId });
        return { teamId };
      });
    } catch (error) {
      if (error instanceof ConflictFound) return { conflict: error.conflict };
      // Same name registered concurrently under another church: the unique index decides.
      if (sqlState(error) === UNIQUE_VIOLATION && String(error).includes('team_name_key')) {
        return { conflict: 'DUPLICATE_TEAM' };
      }
      throw error;
    }
  }

  /** Takes the next team number (gapless: a rollback gives it back) and gives it to the team. */
  private async numberTeam(tx: Tx, id: string, prefix: string): Promise<string> {
    const [numbered] = rowsOf<{ team_id: string }>(
      await tx.execute(sql`
      with next as (
        insert into ${counters} (name, value) values (${TEAM_NUMBER_COUNTER}, 1)
        on conflict (name) do update set value = ${counters}.value + 1
        returning value
      )
      update ${teams}
      set team_number = next.value,
          team_id = ${prefix} || '-' || lpad(next.value::text, greatest(3, length(next.value::text)), '0')
      from next
      where ${teams}.id = ${id}
      returning ${teams}.team_number, ${teams}.team_id`),
    );
    return numbered!.team_id;
  }

  /** Both conflicts in one statement: a team of that name, and the church's live (not rejected) teams. */
  private async conflictIn(
    db: Tx | Database['db'],
    teamNameKey: string,
    churchKey: string,
    maxTeamsPerChurch: number,
  ): Promise<RegistrationConflict | undefined> {
    const [found] = rowsOf<{ duplicate: boolean; church_teams: number }>(
      await db.execute(sql`
        select exists (select 1 from ${teams} where ${teams.teamNameKey} = ${teamNameKey}) as duplicate,
               (select count(*)::int from ${teams}
                where ${teams.churchKey} = ${churchKey} and ${teams.status} <> 'rejected') as church_teams`),
    );
    if (found!.duplicate) return 'DUPLICATE_TEAM';
    return found!.church_teams >= maxTeamsPerChurch ? 'CHURCH_LIMIT_REACHED' : undefined;
  }
}

/** Thrown inside the transaction to roll it back and report the conflict. */
class ConflictFound extends Error {
  constructor(readonly conflict: RegistrationConflict) {
    super(conflict);
  }
}
