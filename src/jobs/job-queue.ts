import { and, asc, eq, getTableColumns, getTableName, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { nowPlusMs, type Database } from '../database/database.js';

/** A claimed job: its row, with `attempts` already counting the try about to be made. */
export interface ClaimedJob {
  attempts: number;
}

export interface QueueCounts {
  /** Due (or waiting out a backoff after a failure), or being tried now: the backlog. */
  pending: number;
  /** Never tried and due later on purpose (a document's retention): not a backlog. */
  scheduled: number;
  /** Given up. */
  dead: number;
}

/** A durable queue as the runner sees it. */
export interface JobQueue<Job extends ClaimedJob> {
  /** Leases up to `limit` due jobs to this instance for `leaseMs`, counting an attempt on each. */
  claimDue(limit: number, leaseMs: number): Promise<Job[]>;
  retryLater(job: Job, delayMs: number, error: string): Promise<void>;
  /** Hands a claimed job back untried: the attempt does not count. */
  release(job: Job): Promise<void>;
  markDead(job: Job, error: string): Promise<void>;
  /** After an outage: every job waiting out a backoff is due now, instead of at its end. */
  makeWaitingDue(): Promise<void>;
}

/** A table that holds a queue: a primary key, `state` (with `pending` and `dead`) and `jobColumns` (schema.ts). */
export type QueueTable = PgTable &
  Record<'state' | 'attempts' | 'nextAttemptAt' | 'lockedUntil' | 'lastError', PgColumn>;

/** How a queue shows on `/metrics`: a gauge of its pending jobs, or (`byState`) of pending and dead ones. */
export interface QueueGauge {
  name: string;
  help: string;
  byState?: boolean;
  /**
   * Also a gauge of pending and dead jobs by `state` under another name: for a queue whose `name`
   * counted its pending jobs alone before it had dead ones, and keeps doing so.
   */
  states?: { name: string; help: string };
}

/**
 * The durable queue over one table, its jobs told apart by the primary key. Claims skip rows another
 * claimer has locked and lease the rest (`locked_until`), so each job goes to one instance at a time,
 * and a crashed instance's jobs come back when the lease runs out.
 */
export class TableQueue<Job extends ClaimedJob> implements JobQueue<Job> {
  readonly name: string;
  /** The primary key's columns, by the name of their property in a row. */
  private readonly key: [string, PgColumn][];

  constructor(
    private readonly database: Database,
    private readonly table: QueueTable,
    readonly gauge: QueueGauge,
  ) {
    this.name = getTableName(table);
    const { primaryKeys, columns } = getTableConfig(table);
    const keyNames = (primaryKeys[0]?.columns ?? columns.filter((c) => c.primary)).map((c) => c.name);
    this.key = Object.entries(getTableColumns(table)).filter(([, c]) => keyNames.includes(c.name));
  }

  async claimDue(limit: number, leaseMs: number): Promise<Job[]> {
    const t = this.table;
    const due = this.database.db
      .select(Object.fromEntries(this.key))
      .from(t)
      .where(and(eq(t.state, 'pending'), lte(t.nextAttemptAt, sql`now()`), this.unleased()))
      .orderBy(asc(t.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const keyColumns = sql.join(
      this.key.map(([, column]) => column),
      sql`, `,
    );
    const claimed = await this.database.db
      .update(t)
      .set({ attempts: sql`${t.attempts} + 1`, lockedUntil: nowPlusMs(leaseMs) })
      .where(sql`(${keyColumns}) in ${due}`)
      .returning();
    return claimed as unknown as Job[];
  }

  async retryLater(job: Job, delayMs: number, error: string): Promise<void> {
    await this.update(job, { nextAttemptAt: nowPlusMs(delayMs), lastError: error });
  }

  async release(job: Job): Promise<void> {
    await this.update(job, { attempts: sql`${this.table.attempts} - 1` });
  }

  async markDead(job: Job, error: string): Promise<void> {
    await this.update(job, { state: 'dead', lastError: error });
  }

  /**
   * Jobs that failed and wait for their next try: only those (attempts > 0). A job never tried yet that
   * is due later was scheduled for then on purpose (a document's retention), not held up by an outage.
   */
  async makeWaitingDue(): Promise<void> {
    const t = this.table;
    await this.database.db
      .update(t)
      .set({ nextAttemptAt: sql`now()` })
      .where(
        and(eq(t.state, 'pending'), gt(t.attempts, 0), gt(t.nextAttemptAt, sql`now()`), this.unleased()),
      );
  }

  async counts(): Promise<QueueCounts> {
    const t = this.table;
    const pending = sql`${t.state} = 'pending'`;
    const later = sql`${pending} and ${t.attempts} = 0 and ${t.nextAttemptAt} > now()`;
    const counted = (where: SQL) => sql<number>`count(*) filter (where ${where})`.mapWith(Number);
    const [row] = await this.database.db
      .select({
        pending: counted(sql`${pending} and not (${later})`),
        scheduled: counted(later),
        dead: counted(sql`${t.state} = 'dead'`),
      })
      .from(t);
    return row ?? { pending: 0, scheduled: 0, dead: 0 };
  }

  /** The job's row, as long as it is pending: for the handler's own "done" (mark it sent, delete it). */
  is(job: Job) {
    const row = job as unknown as Record<string, unknown>;
    return and(eq(this.table.state, 'pending'), ...this.key.map(([name, column]) => eq(column, row[name])));
  }

  /** Every outcome ends the lease. */
  private async update(job: Job, changes: Record<string, unknown>): Promise<void> {
    await this.database.db
      .update(this.table)
      .set({ ...changes, lockedUntil: null })
      .where(this.is(job));
  }

  private unleased() {
    const t = this.table;
    return or(isNull(t.lockedUntil), lte(t.lockedUntil, sql`now()`));
  }
}
