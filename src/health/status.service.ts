import { Inject, Injectable } from '@nestjs/common';
import { EmailOutbox } from '../mail/email-outbox.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { PendingUploads } from '../storage/pending-uploads.js';

/** What an operator needs to see about the providers: breaker states, the email backlog, waiting files. */
@Injectable()
export class StatusService {
  constructor(
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
  ) {}

  async status() {
    const [outbox, pendingUploads] = await Promise.all([this.outbox.counts(), this.pendingUploads.count()]);
    return {
      status: 'ok' as const,
      breakers: this.breakers.snapshot(),
      outbox,
      uploads: { pending: pendingUploads },
    };
  }
}
