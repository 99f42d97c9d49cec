import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, nowPlusMs, type DbOrTx } from '../database/database.js';
import { outboxEmails } from '../database/schema.js';

export interface OutgoingEmail {
  /** What the email is about: `registration_confirmation`, `team_approved`, `team_rejected`. */
  kind: string;
  /** The team's row id (uuid), when the email is about a team. */
  teamId?: string;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html: string;
}

export type QueuedEmail = typeof outboxEmails.$inferSelect;

/**
 * The transactional outbox: an email is written in the same transaction as the change that causes
 * it, so it exists exactly when that change committed. Sending happens later, never in the request
 * (see OutboxWorker); the methods below are the worker's view of the table.
 */
@Injectable()
export class EmailOutbox {
  private readonly messageIdDomain: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Database) private readonly database: Database,
  ) {
    this.messageIdDomain = config.mailFrom.split('@')[1] ?? 'icct26.local';
  }

  async enqueue(tx: DbOrTx, email: OutgoingEmail): Promise<void> {
    await tx.insert(outboxEmails).values({
      // Stable across retries, so a receiving server can drop the duplicate of an at-least-once send.
      messageId: `<${randomUUID()}@${this.messageIdDomain}>`,
      kind: email.kind,
      teamId: email.teamId ?? null,
      toAddresses: email.to,
      ccAddresses: email.cc ?? [],
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
    });
  }

  /**
   * Claims up to `limit` due emails for this instance: rows locked by another claimer are skipped,
   * and `locked_until` leases the rest to us, so each email goes to one sender at a time; a crashed
   * sender's lease runs out and its emails come back. Counts the attempt up front, so an email that
   * crashes its sender still reaches EMAIL_MAX_ATTEMPTS.
   */
  async claimDue(limit: number, leaseMs: number): Promise<QueuedEmail[]> {
    const due = this.database.db
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(
        and(
          eq(outboxEmails.state, 'pending'),
          lte(outboxEmails.nextAttemptAt, sql`now()`),
          or(isNull(outboxEmails.lockedUntil), lte(outboxEmails.lockedUntil, sql`now()`)),
        ),
      )
      .orderBy(asc(outboxEmails.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.database.db
      .update(outboxEmails)
      .set({ attempts: sql`${outboxEmails.attempts} + 1`, lockedUntil: nowPlusMs(leaseMs) })
      .where(sql`${outboxEmails.id} in ${due}`)
      .returning();
  }

  async markSent(email: QueuedEmail): Promise<void> {
    await this.finish(email, { state: 'sent', sentAt: new Date(), lastError: null });
  }

  async markDead(email: QueuedEmail, error: string): Promise<void> {
    await this.finish(email, { state: 'dead', lastError: error });
  }

  async retryLater(email: QueuedEmail, delayMs: number, error: string): Promise<void> {
    await this.finish(email, { nextAttemptAt: nowPlusMs(delayMs), lastError: error });
  }

  /** Hands a claimed email back untried (breaker open, or shutting down): the attempt does not count. */
  async release(email: QueuedEmail): Promise<void> {
    await this.finish(email, { attempts: sql`${outboxEmails.attempts} - 1` });
  }

  /** After an outage: every waiting email is due now, instead of at the end of its backoff. */
  async makeWaitingDue(): Promise<void> {
    await this.database.db
      .update(outboxEmails)
      .set({ nextAttemptAt: sql`now()` })
      .where(
        and(
          eq(outboxEmails.state, 'pending'),
          gt(outboxEmails.nextAttemptAt, sql`now()`),
          or(isNull(outboxEmails.lockedUntil), lte(outboxEmails.lockedUntil, sql`now()`)),
        ),
      );
  }

  async counts(): Promise<{ pending: number; dead: number }> {
    const rows = await this.database.db
      .select({ state: outboxEmails.state, n: count() })
      .from(outboxEmails)
      .where(sql`${outboxEmails.state} <> 'sent'`)
      .groupBy(outboxEmails.state);
    const of = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
    return { pending: of('pending'), dead: of('dead') };
  }

  private async finish(email: QueuedEmail, changes: PgUpdateSetSource<typeof outboxEmails>) {
    await this.database.db
      .update(outboxEmails)
      .set({ ...changes, lockedUntil: null })
      .where(and(eq(outboxEmails.id, email.id), eq(outboxEmails.state, 'pending')));
  }
}
