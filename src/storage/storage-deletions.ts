import { Inject, Injectable, Logger } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, nowPlusMs, type DbOrTx } from '../database/database.js';
import { storageDeletions, teamFiles } from '../database/schema.js';
import { JobQueues } from '../jobs/job-queues.js';
import type { JobHandler, JobResult } from '../jobs/job-runner.js';
import { JOB_FILE_STORAGE } from './breaker-file-storage.js';
import { FileStorage, StorageError } from './file-storage.js';

type ScheduledDeletion = typeof storageDeletions.$inferSelect;

/** Backoff of the storage's queues: from one poll interval, doubling up to this. */
export const MAX_STORAGE_RETRY_DELAY_MS = 5 * 60_000;

/**
 * Files nothing refers to any more. Each is written down first (in the transaction that stops referring
 * to it, when there is one), then deleted at once; one the storage can't delete now stays written down
 * for the storage runner, so a Cloudinary outage leaves no file behind for good. One the storage refuses
 * (an id it can never accept) is dead at once, and one that still fails after STORAGE_MAX_ATTEMPTS tries
 * is dead too: not retried forever. Files found by the storage sweep (storage-sweep.ts) come here too.
 * A deletion may be scheduled for later (a rejected team's documents, kept DOCUMENT_RETENTION_DAYS):
 * it waits, untried, until it is due. Once a file is deleted, no team_files row names it any more.
 */
@Injectable()
export class StorageDeletions implements JobHandler<ScheduledDeletion> {
  readonly queue;
  readonly event = 'storage_deletion';
  readonly retry;
  private readonly logger = new Logger(StorageDeletions.name);

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(JobQueues) queues: JobQueues,
    /** For `deleteSoon`, called by requests. */
    @Inject(FileStorage) private readonly storage: FileStorage,
    /** For the runner's retries. */
    @Inject(JOB_FILE_STORAGE) private readonly jobStorage: FileStorage,
  ) {
    this.queue = queues.create(storageDeletions, {
      name: 'storage_deletions_pending',
      help: 'Files no longer referred to, waiting to be deleted from storage',
      states: {
        name: 'storage_deletion_jobs',
        help: 'Storage deletions by state: pending (due, or retried after a failure), scheduled (a document kept until its retention ends) or dead (refused, or given up after STORAGE_MAX_ATTEMPTS)',
      },
    });
    this.retry = {
      baseMs: config.outboxPollIntervalMs,
      maxDelayMs: MAX_STORAGE_RETRY_DELAY_MS,
      maxAttempts: config.storage.maxAttempts,
    };
  }

  /** Writes the files down for deletion, due `delayMs` from now (by the database's clock, as the runner's claims). */
  async schedule(db: DbOrTx, publicIds: string[], delayMs = 0): Promise<void> {
    if (publicIds.length === 0) return;
    const nextAttemptAt = delayMs > 0 ? nowPlusMs(delayMs) : undefined;
    await db
      .insert(storageDeletions)
      .values(publicIds.map((publicId) => ({ publicId, nextAttemptAt })))
      .onConflictDoNothing();
  }

  /** Schedules (outside any transaction) and deletes now; never throws: the runner retries what fails. */
  async deleteSoon(publicIds: string[]): Promise<void> {
    if (publicIds.length === 0) return;
    await this.schedule(this.database.db, publicIds).catch((error: unknown) => {
      this.logger.warn({ err: error, public_ids: publicIds }, 'could not schedule file deletions');
    });
    await Promise.all(
      publicIds.map((publicId) =>
        this.deleteOne(publicId, this.storage).catch((error: unknown) => {
          this.logger.warn({ err: error, public_id: publicId }, 'file not deleted yet: the runner retries');
        }),
      ),
    );
  }

  describe(deletion: ScheduledDeletion) {
    return { public_id: deletion.publicId };
  }

  async run(deletion: ScheduledDeletion, signal?: AbortSignal): Promise<JobResult> {
    try {
      await this.deleteOne(deletion.publicId, this.jobStorage, signal);
      return { status: 'done', outcome: 'deleted' };
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      const final = error.reason === 'refused';
      return { status: 'failed', outcome: error.reason, reason: error.message, final };
    }
  }

  /**
   * Deletes the file and forgets it. A team_files row still naming it (a document kept after its team
   * was rejected or withdrawn) goes too, so no view shows a link to nothing; before the job's own row,
   * so a crash in between leaves the job to do it again.
   */
  private async deleteOne(publicId: string, storage: FileStorage, signal?: AbortSignal): Promise<void> {
    await storage.delete(publicId, signal);
    await this.database.db.delete(teamFiles).where(eq(teamFiles.publicId, publicId));
    await this.database.db.delete(storageDeletions).where(eq(storageDeletions.publicId, publicId));
  }
}
