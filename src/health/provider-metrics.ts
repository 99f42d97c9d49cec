import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueues } from '../jobs/job-queues.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';

const STATE_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/** What /status shows of the providers, as Prometheus gauges read at scrape time. */
@Injectable()
export class ProviderMetrics implements OnModuleInit {
  constructor(
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
    @Inject(JobQueues) private readonly queues: JobQueues,
  ) {}

  onModuleInit(): void {
    const { breakers } = this;
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
    for (const queue of this.queues.all()) {
      const { name, help, byState, states } = queue.gauge;
      if (states) {
        this.metrics.gauge({
          name: states.name,
          help: states.help,
          labelNames: ['state'] as const,
          async collect() {
            const counts = await queue.counts();
            this.set({ state: 'pending' }, counts.pending);
            this.set({ state: 'scheduled' }, counts.scheduled);
            this.set({ state: 'dead' }, counts.dead);
          },
        });
      }
      this.metrics.gauge({
        name,
        help,
        labelNames: byState ? ['state'] : [],
        async collect() {
          const { pending, dead } = await queue.counts();
          if (!byState) return this.set(pending);
          this.set({ state: 'pending' }, pending);
          this.set({ state: 'dead' }, dead);
        },
      });
    }
  }
}
