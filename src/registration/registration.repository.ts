import { Inject, Injectable } from '@nestjs/common';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { Database, sqlState, UNIQUE_VIOLATION, type Tx } from '../database/database.js';
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
  formatTeamId: (teamNumber: number) => string;
  /** Runs inside the same transaction after the team rows are written (the outbox hooks in here). */
  alsoInTransaction?: (tx: Tx, team: { id: string; teamId: string }) => Promise<void>;
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
        // Taken last, as the counter row lock serialises every registration until commit.
        const [counter] = await tx
          .insert(counters)
          .values({ name: TEAM_NUMBER_COUNTER, value: 1 })
          .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
          .returning({ value: counters.value });
        const teamNumber = counter!.value;
        const teamId = input.formatTeamId(teamNumber);
        await tx.insert(teams).values({ ...team, teamNumber, teamId, playerCount: input.players.length });
        await tx
          .insert(players)
          .values(input.players.map((p, position) => ({ teamId: team.id, position, ...p })));
        if (input.files.length > 0) {
          await tx.insert(teamFiles).values(input.files.map((f) => ({ ...f, teamId: team.id })));
        }
        await input.alsoInTransaction?.(tx, { id: team.id, teamId });
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

  private async conflictIn(
    db: Tx | Database['db'],
    teamNameKey: string,
    churchKey: string,
    maxTeamsPerChurch: number,
  ): Promise<RegistrationConflict | undefined> {
    const [sameName] = await db
      .select({ id: teams.id })
      .from(teams)
      .where(eq(teams.teamNameKey, teamNameKey))
      .limit(1);
    if (sameName) return 'DUPLICATE_TEAM';
    // A rejected team gives its church slot back.
    const [church] = await db
      .select({ n: count() })
      .from(teams)
      .where(and(eq(teams.churchKey, churchKey), ne(teams.status, 'rejected')));
    return (church?.n ?? 0) >= maxTeamsPerChurch ? 'CHURCH_LIMIT_REACHED' : undefined;
  }
}

/** Thrown inside the transaction to roll it back and report the conflict. */
class ConflictFound extends Error {
  constructor(readonly conflict: RegistrationConflict) {
    super(conflict);
  }
}
