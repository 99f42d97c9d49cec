import { Inject, Injectable } from '@nestjs/common';
import { sql, type SQL } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, rowsOf, sqlState, UNIQUE_VIOLATION, type DbOrTx, type Tx } from '../database/database.js';
import { counters, players, teamFiles, teamStatusHistory, teams } from '../database/schema.js';
import type { Player } from './registration-form.js';
import { holdsChurchSlot, TEAM_NUMBER_COUNTER, TeamPlaces } from './team-places.js';

export type NewTeam = Omit<typeof teams.$inferInsert, 'teamNumber' | 'teamId' | 'playerCount' | 'status'>;
export type NewTeamFile = Omit<typeof teamFiles.$inferInsert, 'teamId'>;

export type RegistrationConflict = 'DUPLICATE_TEAM' | 'CHURCH_LIMIT_REACHED' | 'REGISTRATION_FULL';

/** Where a new team stands: holding a place, or waitlisted at a position (1 = next in line). */
export type Placement = { status: 'pending' } | { status: 'waitlisted'; waitlistPosition: number };

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
  afterNumbering?: (tx: Tx, team: { id: string; teamId: string } & Placement) => Promise<void>;
}

@Injectable()
export class RegistrationRepository {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
  ) {}

  /** A cheap, unlocked look before any upload; the transaction checks again under lock. */
  async findConflict(teamNameKey: string, churchKey: string, maxTeamsPerChurch: number) {
    const conflict = await conflictIn(this.database.db, teamNameKey, churchKey, maxTeamsPerChurch);
    if (conflict || !this.refusesWhenFull()) return conflict;
    const counts = await this.places.counts(this.database.db);
    return this.places.hasFreePlace(counts) ? undefined : 'REGISTRATION_FULL';
  }

  /**
   * Saves team, players and file references in one transaction and returns the new team ID and its
   * placement, or the conflict that stopped it. The team number comes from a counter row incremented in
   * the same transaction, so a rolled-back registration uses up no number (gapless) and numbers never
   * repeat; the same row lock makes the MAX_TEAMS count exact (see TeamPlaces).
   */
  async save(
    input: SaveRegistration,
  ): Promise<({ teamId: string } & Placement) | { conflict: RegistrationConflict }> {
    const { team } = input;
    try {
      return await this.database.db.transaction(async (tx) => {
        // Registrations for one church queue here, so two can't both see "one slot left".
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${team.churchKey}, 0))`);
        const conflict = await conflictIn(tx, team.teamNameKey, team.churchKey, input.maxTeamsPerChurch);
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
        // taken last, and with it the place (or the waitlist position).
        const numbered = await this.numberTeam(tx, team.id, input.teamIdPrefix);
        await input.afterNumbering?.(tx, { id: team.id, ...numbered });
        return numbered;
      });
    } catch (error) {
      if (error instanceof ConflictFound) return { conflict: error.conflict };
      // Same name registered concurrently under another church: the unique index decides.
      if (isDuplicateName(error)) return { conflict: 'DUPLICATE_TEAM' };
      throw error;
    }
  }

  private refusesWhenFull(): boolean {
    return this.places.maxTeams !== undefined && !this.config.registration.waitlistEnabled;
  }

  /**
   * Takes the next team number (gapless: a rollback gives it back), decides the team's place and stamps
   * both on the team with its first history entry. Without MAX_TEAMS that is one statement; with it,
   * the counter is taken first, so that counting happens under its lock, in a snapshot that already
   * holds every team numbered before this one.
   */
  private async numberTeam(tx: Tx, id: string, prefix: string): Promise<{ teamId: string } & Placement> {
    const bump = sql`
      insert into ${counters} (name, value) values (${TEAM_NUMBER_COUNTER}, 1)
      on conflict (name) do update set value = ${counters}.value + 1
      returning value`;
    if (this.places.maxTeams === undefined) {
      return { teamId: await stampNumber(tx, id, prefix, bump, 'pending'), status: 'pending' };
    }
    const [taken] = rowsOf<{ value: number }>(await tx.execute(bump));
    let counts = await this.places.counts(tx, id);
    if (counts.waitlisted > 0 && this.places.hasFreePlace(counts)) {
      // Places free while teams wait (MAX_TEAMS was raised): the line goes before this newcomer.
      await this.places.fillFreePlaces(tx, 'system', id);
      counts = await this.places.counts(tx, id);
    }
    const number = sql`select ${taken!.value}::int as value`;
    if (this.places.hasFreePlace(counts)) {
      return { teamId: await stampNumber(tx, id, prefix, number, 'pending'), status: 'pending' };
    }
    if (this.refusesWhenFull()) throw new ConflictFound('REGISTRATION_FULL');
    return {
      teamId: await stampNumber(tx, id, prefix, number, 'waitlisted'),
      status: 'waitlisted',
      waitlistPosition: counts.waitlisted + 1,
    };
  }
}

/**
 * Gives the team the number `next` yields (`select ... as value`), its team ID and status, and records
 * that first status in the history, in one statement.
 */
async function stampNumber(tx: Tx, id: string, prefix: string, next: SQL, status: Placement['status']) {
  const [numbered] = rowsOf<{ team_id: string }>(
    await tx.execute(sql`
      with next as (${next}),
      numbered as (
        update ${teams}
        set team_number = next.value,
            team_id = ${prefix} || '-' || lpad(next.value::text, greatest(3, length(next.value::text)), '0'),
            status = ${status}::team_status
        from next
        where ${teams}.id = ${id}
        returning ${teams}.id, ${teams}.team_id, ${teams}.status
      ),
      history as (
        insert into ${teamStatusHistory} (team_id, to_status, actor)
        select id, status, 'captain' from numbered
      )
      select team_id from numbered`),
  );
  return numbered!.team_id;
}

/**
 * Both conflicts in one statement: a team of that name (other than `except`, the team being edited),
 * and the church's teams that hold a slot (all but rejected and withdrawn ones).
 */
export async function conflictIn(
  db: DbOrTx,
  teamNameKey: string,
  churchKey: string,
  maxTeamsPerChurch: number,
  except?: string,
): Promise<'DUPLICATE_TEAM' | 'CHURCH_LIMIT_REACHED' | undefined> {
  const other = except ? sql`and ${teams.id} <> ${except}` : sql``;
  const [found] = rowsOf<{ duplicate: boolean; church_teams: number }>(
    await db.execute(sql`
      select exists (select 1 from ${teams} where ${teams.teamNameKey} = ${teamNameKey} ${other}) as duplicate,
             (select count(*)::int from ${teams}
              where ${teams.churchKey} = ${churchKey} and ${holdsChurchSlot}
              ${other}) as church_teams`),
  );
  if (found!.duplicate) return 'DUPLICATE_TEAM';
  return found!.church_teams >= maxTeamsPerChurch ? 'CHURCH_LIMIT_REACHED' : undefined;
}

/** The unique index on the name key refused the row: the same name was saved concurrently. */
export function isDuplicateName(error: unknown): boolean {
  return sqlState(error) === UNIQUE_VIOLATION && String(error).includes('team_name_key');
}

/** Thrown inside the transaction to roll it back and report the conflict. */
class ConflictFound extends Error {
  constructor(readonly conflict: RegistrationConflict) {
    super(conflict);
  }
}
