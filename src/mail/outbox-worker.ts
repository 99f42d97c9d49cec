import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PollLoop } from '../common/poll-loop.js';
import { backoffDelay } from '../resilience/retry.js';
import { EmailOutbox, type QueuedEmail } from './email-outbox.js';
import { MailSendError, MailSender } from './mail-sender.js';

const BATCH_SIZE = 5;

/**
 * Runs in every instance: claims due emails from the outbox, sends them through the mail breaker,
 * and records the outcome: sent, retried later with backoff, or dead after EMAIL_MAX_ATTEMPTS.
 * Delivery is at least once: an email whose send timed out may have gone out and is sent again.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly loop: PollLoop;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(MailSender) private readonly sender: MailSender,
  ) {
    this.loop = new PollLoop(config.outboxPollIntervalMs, () => this.sendDue(), this.logger);
    // The backlog built up during an outage goes out as soon as the mail server is back.
    sender.breaker.onRecovered(() => {
      this.outbox.makeWaitingDue().then(
        () => this.loop.wake(),
        (error: unknown) => this.logger.error({ err: error }, 'could not reschedule waiting emails'),
      );
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Finishes the email being sent and hands the rest of the batch back, before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  private async sendDue(): Promise<void> {
    const state = this.sender.breaker.state;
    if (state === 'open') return;
    // Long enough for the whole batch, each send bounded by the breaker's timeout.
    const lease = 2 * BATCH_SIZE * this.config.breakers.smtpTimeoutMs;
    const claimed = await this.outbox.claimDue(state === 'half_open' ? 1 : BATCH_SIZE, lease);
    for (const email of claimed) {
      if (this.loop.stopping || this.sender.breaker.state === 'open') await this.outbox.release(email);
      else await this.sendOne(email);
    }
  }

  private async sendOne(email: QueuedEmail): Promise<void> {
    const about = { event: 'email', message_id: email.messageId, kind: email.kind, attempt: email.attempts };
    try {
      await this.sender.send({
        messageId: email.messageId,
        to: email.toAddresses,
        cc: email.ccAddresses,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
      });
      await this.outbox.markSent(email);
      this.logger.log({ ...about, outcome: 'sent' }, 'email sent');
    } catch (error) {
      const failure =
        error instanceof MailSendError ? error : new MailSendError('unavailable', 'unexpected error');
      await this.recordFailure(email, failure, about);
    }
  }

  private async recordFailure(email: QueuedEmail, failure: MailSendError, about: object): Promise<void> {
    const logged = { ...about, outcome: failure.outcome, reason: failure.message };
    if (failure.outcome === 'not_tried') {
      await this.outbox.release(email);
    } else if (failure.outcome === 'rejected' || email.attempts >= this.config.emailMaxAttempts) {
      await this.outbox.markDead(email, failure.message);
      this.logger.error({ ...logged, outcome: 'dead' }, 'email given up');
    } else {
      const delay = backoffDelay(this.config.emailRetryBaseMs, email.attempts);
      await this.outbox.retryLater(email, delay, failure.message);
      this.logger.warn({ ...logged, retry_in_ms: delay }, `email not sent (${failure.outcome})`);
    }
  }
}
