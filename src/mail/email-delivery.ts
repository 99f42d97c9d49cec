import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../database/database.js';
import { outboxEmails } from '../database/schema.js';
import { JobQueues } from '../jobs/job-queues.js';
import type { JobHandler, JobResult } from '../jobs/job-runner.js';
import { MailSendError, MailSender } from './mail-sender.js';

type QueuedEmail = typeof outboxEmails.$inferSelect;

/**
 * Sends the outbox's emails (for the mail runner, behind the `smtp` breaker): an email is sent, retried
 * later with backoff, or dead after EMAIL_MAX_ATTEMPTS, or at once when the server rejects it for good.
 * Delivery is at least once: an email whose send timed out may have gone out and is sent again.
 */
@Injectable()
export class EmailDelivery implements JobHandler<QueuedEmail> {
  readonly queue;
  readonly event = 'email';
  readonly retry;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(JobQueues) queues: JobQueues,
    @Inject(MailSender) private readonly sender: MailSender,
  ) {
    this.queue = queues.create(outboxEmails, {
      name: 'outbox_emails',
      help: 'Emails in the outbox not yet sent, by state (pending, dead)',
      byState: true,
    });
    this.retry = { baseMs: config.emailRetryBaseMs, maxAttempts: config.emailMaxAttempts };
  }

  describe(email: QueuedEmail) {
    return { message_id: email.messageId, kind: email.kind };
  }

  async run(email: QueuedEmail, signal?: AbortSignal): Promise<JobResult> {
    try {
      await this.sender.send(
        {
          messageId: email.messageId,
          to: email.toAddresses,
          cc: email.ccAddresses,
          subject: email.subject,
          text: email.textBody,
          html: email.htmlBody,
        },
        signal,
      );
    } catch (error) {
      if (!(error instanceof MailSendError)) throw error;
      if (error.outcome === 'not_tried') return { status: 'not_tried' };
      const final = error.outcome === 'rejected';
      return { status: 'failed', outcome: error.outcome, reason: error.message, final };
    }
    await this.database.db
      .update(outboxEmails)
      .set({ state: 'sent', sentAt: new Date(), lastError: null, lockedUntil: null })
      .where(this.queue.is(email));
    return { status: 'done', outcome: 'sent' };
  }
}
