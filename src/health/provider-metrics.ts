import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EmailOutbox } from '../mail/email-outbox.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { PendingUploads } from '../storage/pending-uploads.js';
import { StorageDeletions } from '../storage/storage-deletions.js';

const STATE_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/** What /status shows of the providers, as Prometheus gauges read at scrape time. */
@Injectable()
export class ProviderMetrics implements OnModuleInit {
  constructor(
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
  ) {}

  onModuleInit(): void {
    const { breakers, outbox, pendingUploads, deletions } = this;
    this.metrics.gauge({
      name: 'circuit_breaker_state',
      help: 'Provider circuit breaker state: 0 closed, 1 half-open, 2 open',
      labelNames: ['breaker'] as const,
      collect() {
        for (const [name, snapshot] of Object.entries(breakers.snapshot())) {
          if (snapshot) this.set({ breaker: name }, STATE_VALUE[snapshot.state]);
        }
      },
    });
    this.metrics.gauge({
      name: 'outbox_emails',
      help: 'Emails in the outbox not yet sent, by state (pending, dead)',
      labelNames: ['state'] as const,
      async collect() {
        const counts = await outbox.counts();
        this.set({ state: 'pending' }, counts.pending);
        this.set({ state: 'dead' }, counts.dead);
      },
    });
    this.metrics.gauge({
      name: 'pending_uploads',
      help: 'Files accepted while storage was unavailable, waiting to be uploaded',
      async collect() {
        this.set(await pendingUploads.count());
      },
    });
    this.metrics.gauge({
      name: 'storage_deletions_pending',
      help: 'Files no longer referred to, waiting to be deleted from storage',
      async collect() {
        this.set(await deletions.count());
      },
    });
  }
}
