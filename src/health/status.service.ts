import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../database/database.js';
import { RateLimitHealth } from '../hardening/rate-limit-health.js';
import type { QueueCounts } from '../jobs/job-queue.js';
import { JobQueues } from '../jobs/job-queues.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { readBuildInfo } from './build-info.js';

const MB = 1024 * 1024;
const NO_JOBS: QueueCounts = { pending: 0, scheduled: 0, dead: 0 };

/** What an operator needs to see: build, database and pool, provider breakers, the email and upload backlogs, memory. */
@Injectable()
export class StatusService {
  private readonly build = readBuildInfo();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
    @Inject(JobQueues) private readonly queues: JobQueues,
    @Inject(RateLimitHealth) private readonly rateLimiter: RateLimitHealth,
  ) {}

  async status() {
    const [latency, pool, counts] = await Promise.all([
      this.database.ping(2000),
      this.database.poolUsage(),
      this.queues.counts(),
    ]);
    const queue = (table: string) => counts[table] ?? NO_JOBS;
    const memory = process.memoryUsage();
    return {
      status: 'ok' as const,
      version: this.build.version,
      commit: this.build.commit ?? null,
      environment: this.config.environment,
      uptime_seconds: Math.round(process.uptime()),
      database: { driver: this.database.driver, latency_ms: round(latency), pool },
      breakers: this.breakers.snapshot(),
      rate_limiter: this.rateLimiter.snapshot(),
      outbox: { pending: queue('outbox_emails').pending, dead: queue('outbox_emails').dead },
      uploads: {
        pending: queue('pending_uploads').pending,
        dead: queue('pending_uploads').dead,
        deletions_pending: queue('storage_deletions').pending,
        // Deletions due later on purpose (a document's retention) are not a backlog.
        deletions_scheduled: queue('storage_deletions').scheduled,
        deletions_dead: queue('storage_deletions').dead,
      },
      memory: { rss_mb: round(memory.rss / MB), heap_used_mb: round(memory.heapUsed / MB) },
    };
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
