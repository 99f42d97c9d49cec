import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../database/database.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { PendingUploads } from '../storage/pending-uploads.js';
import { StorageDeletions } from '../storage/storage-deletions.js';
import { readBuildInfo } from './build-info.js';

const MB = 1024 * 1024;

/** What an operator needs to see: build, database and pool, provider breakers, the email and upload backlogs, memory. */
@Injectable()
export class StatusService {
  private readonly build = readBuildInfo();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
  ) {}

  async status() {
    const [latency, pool, outbox, pendingUploads, pendingDeletions] = await Promise.all([
      this.database.ping(2000),
      this.database.poolUsage(),
      this.outbox.counts(),
      this.pendingUploads.count(),
      this.deletions.count(),
    ]);
    const memory = process.memoryUsage();
    return {
      status: 'ok' as const,
      version: this.build.version,
      commit: this.build.commit ?? null,
      environment: this.config.environment,
      uptime_seconds: Math.round(process.uptime()),
      database: { driver: this.database.driver, latency_ms: round(latency), pool },
      breakers: this.breakers.snapshot(),
      outbox,
      uploads: { pending: pendingUploads, deletions_pending: pendingDeletions },
      memory: { rss_mb: round(memory.rss / MB), heap_used_mb: round(memory.heapUsed / MB) },
    };
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
