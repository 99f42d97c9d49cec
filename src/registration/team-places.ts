import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, rowsOf, type DbOrTx, type Tx } from '../database/database.js';
import { counters, teamStatusHistory, teams } from '../database/schema.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { promotionEmail } from './lifecycle-emails.js';

export type TeamRow = typeof teams.$inferSelect;

/** The counter row whose lock every change to who holds a place queues on (see lockPlaces). */
export const TEAM_NUMBER_COUNTER = 'team_number';

/** Pending and approved teams hold one of the MAX_TEAMS places. */
export const holdsPlace = sql`${teams.status} in ('pending', 'approved')`;

/** Every team but rejected and withdrawn ones holds one of its church's MAX_TEAMS_PER_CHURCH slots. */
export const holdsChurchSlot = sql`${teams.status} not in ('rejected', 'withdrawn')`;

export interface PlaceCounts {
  /** Teams holding a place (pending or approved). */
  registered: number;
  waitlisted: number;
}

/**
 * The MAX_TEAMS places and the waitlist. Every transaction that can change who holds a place (a
 * registration being numbered, a team leaving, a waitlisted team approved) first locks the team-number
 * counter row, so they run one at a time and each counts what the previous one committed: the cap is
 * exact and waitlist positions never repeat. Lock order is always counter row first, then team rows.
 */
@Injectable()
export class TeamPlaces implements OnApplicationBootstrap {
  private readonly logger = new Logger(TeamPlaces.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
  ) {}

  /** Places freed by raising MAX_TEAMS while teams wait: the line moves up now, not at the next departure. */
  async onApplicationBootstrap(): Promise<void> {
    const counts = await this.counts(this.database.db);
    if (counts.waitlisted === 0 || !this.hasFreePlace(counts)) return;
    const promoted = await this.database.db.transaction(async (tx) => {
      await this.lockPlaces(tx);
      return this.fillFreePlaces(tx, 'system');
    });
    if (promoted.length > 0) {
      this.logger.log(
        { event: 'waitlist_promoted', team_ids: promoted.map((t) => t.teamId) },
        'places were free at start-up: waitlisted teams promoted',
      );
    }
  }

  get maxTeams(): number | undefined {
    return this.config.registration.maxTeams;
  }

  /** Locks the counter row until commit (a registration takes the same lock when it is numbered). */
  async lockPlaces(tx: Tx): Promise<void> {
    await tx.execute(
      sql`select 1 from ${counters} where ${counters.name} = ${TEAM_NUMBER_COUNTER} for update`,
    );
  }

  /** Committed counts (plus the caller's own changes), leaving out the team `except`. */
  async counts(db: DbOrTx, except?: string): Promise<PlaceCounts> {
    const [row] = rowsOf<PlaceCounts>(
      await db.execute(sql`
        select count(*) filter (where ${holdsPlace})::int as registered,
               count(*) filter (where ${teams.status} = 'waitlisted')::int as waitlisted
        from ${teams}
        where ${teams.status} in ('pending', 'approved', 'waitlisted')
        ${except ? sql`and ${teams.id} <> ${except}` : sql``}`),
    );
    return row!;
  }

  /** Is a place free? (Call under lockPlaces for an answer that holds until commit.) */
  hasFreePlace(counts: PlaceCounts): boolean {
    return this.maxTeams === undefined || counts.registered < this.maxTeams;
  }

  /** 1 for the first team in line; undefined when the team is not waitlisted. */
  async waitlistPosition(
    db: DbOrTx,
    team: Pick<TeamRow, 'status' | 'teamNumber'>,
  ): Promise<number | undefined> {
    if (team.status !== 'waitlisted' || team.teamNumber === null) return undefined;
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(teams)
      .where(and(eq(teams.status, 'waitlisted'), lte(teams.teamNumber, team.teamNumber)));
    return row!.n;
  }

  /**
   * Moves the first waitlisted teams (by team number) into the free places, each with its history entry
   * and an email to its captain, in the caller's transaction, which must hold lockPlaces. `except`: a
   * team being registered in this transaction, not yet placed.
   */
  async fillFreePlaces(tx: Tx, actor: string, except?: string): Promise<TeamRow[]> {
    const counts = await this.counts(tx, except);
    const free = this.maxTeams === undefined ? counts.waitlisted : this.maxTeams - counts.registered;
    if (free <= 0 || counts.waitlisted === 0) return [];
    const first = tx
      .select({ id: teams.id })
      .from(teams)
      .where(eq(teams.status, 'waitlisted'))
      .orderBy(asc(teams.teamNumber))
      .limit(free);
    const promoted = await tx
      .update(teams)
      .set({ status: 'pending', updatedAt: sql`now()` })
      .where(inArray(teams.id, first))
      .returning();
    if (promoted.length === 0) return [];
    await tx.insert(teamStatusHistory).values(
      promoted.map((team) => ({
        teamId: team.id,
        fromStatus: 'waitlisted' as const,
        toStatus: 'pending' as const,
        reason: 'A place became free',
        actor,
      })),
    );
    for (const team of promoted) await this.outbox.enqueue(tx, promotionEmail(team));
    return promoted;
  }
}
