import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, execute, rowsOf, type DbOrTx, type Tx } from '../database/database.js';
import { fixedStatement, type FixedStatement } from '../database/fixed-statement.js';
import { Transactions } from '../database/transactions.js';
import { counters, teamStatusHistory, teams } from '../database/schema.js';
import { EmailOutbox, type OutgoingEmail } from '../mail/email-outbox.js';
import { promotionEmail } from './team-emails.js';
import { churchLimitReached, duplicateTeam, registrationFull } from './team-errors.js';
import type { TeamRow } from './team.js';

/** The counter row whose lock every change to who holds a place queues on (see lockPlaces). */
const TEAM_NUMBER_COUNTER = 'team_number';

/** Pending and approved teams hold one of the MAX_TEAMS places. */
export const holdsPlace = sql`${teams.status} in ('pending', 'approved')`;

/** Every team but rejected and withdrawn ones holds one of its church's MAX_TEAMS_PER_CHURCH slots. */
export const holdsChurchSlot = sql`${teams.status} not in ('rejected', 'withdrawn')`;

export interface PlaceCounts {
  /** Teams holding a place (pending or approved). */
  registered: number;
  waitlisted: number;
}

/** Where a new team stands: holding a place, or waitlisted at a position (1 = next in line). */
export type Placement = { status: 'pending' } | { status: 'waitlisted'; waitlistPosition: number };

/** What a registration or an edit must not collide with. */
export interface ConflictCheck {
  teamNameKey: string;
  churchKey: string;
  /** The team being edited, which never collides with itself. */
  except?: string;
  /** False when an edit keeps its church: a team already counted there takes no new slot. */
  takesChurchSlot: boolean;
}

/**
 * The MAX_TEAMS places, the waitlist, the church slots and team numbers, and the lock protocol that
 * keeps them exact under any concurrency. A transaction that changes any of them takes, in this order:
 *
 * 1. `lockChurch`: a registration, or an edit that moves a team to another church, queues on that
 *    church's advisory lock, so two can't both see "one slot left".
 * 2. `lockPlaces`: the team-number counter row. Every change to who holds a place (a registration being
 *    numbered, a team leaving, a waitlisted team approved) queues on it, and counts in a statement after
 *    taking it, so it sees what the previous one committed: the cap is exact and positions never repeat.
 *    A registration takes it last of all, in `takeNumber`, so it is held only from there to the commit.
 * 3. The team rows it changes (`FOR UPDATE`).
 *
 * Team numbers come from the same counter inside the registering transaction: a rollback gives the
 * number back (gapless) and numbers never repeat.
 */
@Injectable()
export class TeamPlaces implements OnApplicationBootstrap {
  private readonly logger = new Logger(TeamPlaces.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
  ) {
    this.stampWithNextNumber = fixedStatement(STAMP_VALUES, (values) =>
      this.stamp(values, nextNumber(values.id)),
    );
    this.stampWithNumber = fixedStatement([...STAMP_VALUES, 'number'], (values) =>
      this.stamp(values, sql`select ${values.number}::int as value`),
    );
  }

  /**
   * A registration's numbering, rendered once (fixedStatement): without MAX_TEAMS with the counter's next
   * value, with it with the number taken before counting.
   */
  private readonly stampWithNextNumber: FixedStatement<keyof StampValues>;
  private readonly stampWithNumber: FixedStatement<keyof StampValues | 'number'>;

  /** Places freed by raising MAX_TEAMS while teams wait: the line moves up now, not at the next departure. */
  async onApplicationBootstrap(): Promise<void> {
    const counts = await this.counts(this.database.db);
    if (counts.waitlisted === 0 || !this.hasFreePlace(counts)) return;
    const promoted = await this.transactions.run(async (tx) => {
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

  private get maxTeams(): number | undefined {
    return this.config.registration.maxTeams;
  }

  /** Step 1: the church's lock, until commit. */
  async lockChurch(tx: Tx, churchKey: string): Promise<void> {
    await lockChurchStatement(tx, { churchKey });
  }

  /** Step 2: the counter row's lock, until commit. */
  async lockPlaces(tx: Tx): Promise<void> {
    await execute(
      tx,
      sql`select 1 from ${counters} where ${counters.name} = ${TEAM_NUMBER_COUNTER} for update`,
    );
  }

  /**
   * Throws DUPLICATE_TEAM or CHURCH_LIMIT_REACHED. Both in one statement; exact under lockChurch (and the
   * name's unique index), a cheap early look without it.
   */
  async assertNoConflict(db: DbOrTx, check: ConflictCheck): Promise<void> {
    const [found] = rowsOf<{ duplicate: boolean; church_teams: number }>(
      await conflicts(db, {
        teamNameKey: check.teamNameKey,
        churchKey: check.churchKey,
        except: check.except ?? null,
      }),
    );
    if (found!.duplicate) throw duplicateTeam();
    if (check.takesChurchSlot && found!.church_teams >= this.config.registration.maxTeamsPerChurch) {
      throw churchLimitReached();
    }
  }

  /** Before any upload: a registration that would be refused for want of a place is refused now. */
  async assertRegistrationCanBePlaced(db: DbOrTx): Promise<void> {
    if (this.refusesWhenFull() && !this.hasFreePlace(await this.counts(db))) {
      throw registrationFull(this.maxTeams);
    }
  }

  /** Under lockPlaces: approving a waitlisted team needs a free place. */
  async assertFreePlace(tx: Tx): Promise<void> {
    if (!this.hasFreePlace(await this.counts(tx))) throw registrationFull(this.maxTeams);
  }

  /**
   * Step 2 for a registration, as its last statements: takes the next team number and decides the team's
   * place (or waitlist position, or REGISTRATION_FULL), stamping both on the team with its first history
   * entry and the email `confirmation` renders for that place. Without MAX_TEAMS that is one statement;
   * with it, the counter is taken first, so that counting happens under its lock, in a snapshot that holds
   * every team numbered before this one.
   *
   * The counter's lock is held from the numbering to the commit, so nothing in between waits on this
   * process: the numbering statement is the transaction's last and the commit is sent with it
   * (Transactions.commitWith; with an Idempotency-Key, the stored answer is written between them). The
   * email goes in the numbering statement, rendered before the team ID exists, with a placeholder that
   * statement replaces (a random `team-id-<uuid>` no user text holds). Team IDs (`ICCT-007`) are letters,
   * digits and `-`: the same escaped for HTML, a URL or JSON. The caller's transaction must end with it.
   */
  async takeNumber(
    tx: Tx,
    id: string,
    confirmation: (teamId: string, placement: Placement) => OutgoingEmail,
  ): Promise<{ teamId: string } & Placement> {
    /** Numbers the team with the counter's next value, or with `number` when the counter was taken already. */
    const stamp = async (placement: Placement, number?: number) => {
      const placeholder = `team-id-${randomUUID()}`;
      const values: StampValues = {
        id,
        prefix: this.config.registration.teamIdPrefix,
        status: placement.status,
        email: this.outbox.json(confirmation(placeholder, placement)),
        placeholder,
      };
      const send =
        number === undefined
          ? (db: Tx) => this.stampWithNextNumber(db, values)
          : (db: Tx) => this.stampWithNumber(db, { ...values, number });
      const [numbered] = rowsOf<{ team_id: string }>(await this.transactions.commitWith(tx, send));
      return numbered?.team_id ?? teamNotInTransaction(id);
    };
    if (this.maxTeams === undefined) {
      return { teamId: await stamp({ status: 'pending' }), status: 'pending' };
    }
    const [taken] = rowsOf<{ value: number }>(await execute(tx, nextNumber(id)));
    if (!taken) teamNotInTransaction(id);
    let counts = await this.counts(tx, id);
    if (counts.waitlisted > 0 && this.hasFreePlace(counts)) {
      // Places free while teams wait (MAX_TEAMS was raised): the line goes before this newcomer.
      await this.fillFreePlaces(tx, 'system', id);
      counts = await this.counts(tx, id);
    }
    if (this.hasFreePlace(counts)) {
      return { teamId: await stamp({ status: 'pending' }, taken.value), status: 'pending' };
    }
    if (this.refusesWhenFull()) throw registrationFull(this.maxTeams);
    const placement = { status: 'waitlisted', waitlistPosition: counts.waitlisted + 1 } as const;
    return { teamId: await stamp(placement, taken.value), ...placement };
  }

  /** stampNumber, enqueueing the email whose JSON `values` holds. */
  private stamp(values: Record<keyof StampValues, unknown>, next: SQL): SQL {
    return stampNumber(values, next, (teamId) =>
      this.outbox.enqueueFilledIn(values.email, values.placeholder, teamId),
    );
  }

  /** Committed counts (plus the caller's own changes), leaving out the team `except`. */
  async counts(db: DbOrTx, except?: string): Promise<PlaceCounts> {
    const [row] = rowsOf<PlaceCounts>(
      await execute(
        db,
        sql`
        select count(*) filter (where ${holdsPlace})::int as registered,
               count(*) filter (where ${teams.status} = 'waitlisted')::int as waitlisted
        from ${teams}
        where ${teams.status} in ('pending', 'approved', 'waitlisted')
        ${except ? sql`and ${teams.id} <> ${except}` : sql``}`,
      ),
    );
    return row!;
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
        teamUuid: team.id,
        fromStatus: 'waitlisted' as const,
        toStatus: 'pending' as const,
        reason: 'A place became free',
        actor,
      })),
    );
    for (const team of promoted) await this.outbox.enqueue(tx, promotionEmail(team));
    return promoted;
  }

  private hasFreePlace(counts: PlaceCounts): boolean {
    return this.maxTeams === undefined || counts.registered < this.maxTeams;
  }

  private refusesWhenFull(): boolean {
    return this.maxTeams !== undefined && !this.config.registration.waitlistEnabled;
  }
}

/** takeNumber's numbering found no team of this id in the transaction: the work fails and rolls back. */
function teamNotInTransaction(id: string): never {
  throw new Error(`takeNumber: team ${id} is not in this transaction`);
}

const lockChurchStatement = fixedStatement(
  ['churchKey'],
  (values) => sql`select pg_advisory_xact_lock(hashtextextended(${values.churchKey}, 0))`,
);

/** Whether the name is taken, and how many slots its church holds, leaving out the team `except` (or null). */
const conflicts = fixedStatement(
  ['teamNameKey', 'churchKey', 'except'],
  (values) => sql`
    select exists (select 1 from ${teams}
                   where ${teams.teamNameKey} = ${values.teamNameKey}
                   and ${teams.id} is distinct from ${values.except}) as duplicate,
           (select count(*)::int from ${teams}
            where ${teams.churchKey} = ${values.churchKey} and ${holdsChurchSlot}
            and ${teams.id} is distinct from ${values.except}) as church_teams`,
);

/** What the numbering statement binds: the team, its ID's prefix, its status and its email's JSON. */
interface StampValues {
  id: string;
  prefix: string;
  status: Placement['status'];
  /** The email's JSON (EmailOutbox.json), with `placeholder` where the team ID goes. */
  email: string;
  placeholder: string;
}
const STAMP_VALUES = [
  'id',
  'prefix',
  'status',
  'email',
  'placeholder',
] as const satisfies readonly (keyof StampValues)[];

/**
 * The counter's next value (`returning value`), only for a team this transaction holds: a statement sent
 * out of order (the caller pipelines its insert with the numbering) then takes no number and fails the
 * work, rather than committing a gap.
 */
function nextNumber(id: unknown): SQL {
  return sql`
      insert into ${counters} (name, value)
      select ${TEAM_NUMBER_COUNTER}, 1 where exists (select 1 from ${teams} where ${teams.id} = ${id})
      on conflict (name) do update set value = ${counters}.value + 1
      returning value`;
}

/**
 * The statement that gives the team `values.id` the number `next` yields (`select ... as value`), its
 * team ID and status, and records that first status in the history and the insert `enqueue` makes of the
 * team ID (an SQL text); it answers the team ID. Team IDs are `<prefix>-<number>`, the number padded to
 * at least 3 digits (ICCT-007, ICCT-1000).
 */
function stampNumber(
  values: Record<keyof StampValues, unknown>,
  next: SQL,
  enqueue: (teamId: SQL) => SQL,
): SQL {
  return sql`
      with next as (${next}),
      numbered as (
        update ${teams}
        set team_number = next.value,
            team_id = ${values.prefix} || '-' || lpad(next.value::text, greatest(3, length(next.value::text)), '0'),
            status = ${values.status}::team_status
        from next
        where ${teams}.id = ${values.id}
        returning ${teams}.id, ${teams}.team_id, ${teams}.status
      ),
      history as (
        insert into ${teamStatusHistory} (team_id, to_status, actor)
        select id, status, 'captain' from numbered
      ),
      email as (${enqueue(sql`(select team_id from numbered)`)})
      select team_id from numbered`;
}
