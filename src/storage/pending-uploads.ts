import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { DbOrTx } from '../database/database.js';
import { Transactions } from '../database/transactions.js';
import { pendingUploads, teamFiles } from '../database/schema.js';
import { JobQueues } from '../jobs/job-queues.js';
import type { JobHandler, JobResult } from '../jobs/job-runner.js';
import { sniffContentType } from './file-content.js';
import { FileStorage, StorageError, type StoredFile } from './file-storage.js';
import { MAX_STORAGE_RETRY_DELAY_MS, StorageDeletions } from './storage-deletions.js';

type FileKind = (typeof teamFiles.$inferSelect)['kind'];
type PendingUpload = typeof pendingUploads.$inferSelect;

/**
 * Files accepted while the storage provider was down: their bytes wait in `pending_uploads` (written
 * in the registration's own transaction) until the storage runner has uploaded them and recorded their
 * URLs on the team.
 */
@Injectable()
export class PendingUploads implements JobHandler<PendingUpload> {
  readonly queue;
  readonly event = 'pending_upload';
  readonly retry;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(JobQueues) queues: JobQueues,
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
  ) {
    this.queue = queues.create(pendingUploads, {
      name: 'pending_uploads',
      help: 'Files accepted while storage was unavailable, waiting to be uploaded',
    });
    this.retry = { baseMs: config.outboxPollIntervalMs, maxDelayMs: MAX_STORAGE_RETRY_DELAY_MS };
  }

  async keep(tx: DbOrTx, teamUuid: string, kind: FileKind, bytes: Buffer): Promise<void> {
    await tx.insert(pendingUploads).values({ teamUuid, kind, bytes });
  }

  /** Forgets the waiting bytes of a file that an edit replaced (a runner's upload of them is then dropped). */
  async drop(tx: DbOrTx, teamUuid: string, kind: FileKind): Promise<void> {
    await tx
      .delete(pendingUploads)
      .where(and(eq(pendingUploads.teamUuid, teamUuid), eq(pendingUploads.kind, kind)));
  }

  describe(upload: PendingUpload) {
    return { team_uuid: upload.teamUuid, kind: upload.kind };
  }

  async run(upload: PendingUpload): Promise<JobResult> {
    // The bytes were accepted as one of the known types, so they still are one.
    const contentType = sniffContentType(upload.bytes);
    if (!contentType) throw new Error('waiting bytes of no known file type');
    let stored: StoredFile;
    try {
      stored = await this.storage.upload({
        bytes: upload.bytes,
        contentType,
        folder: `teams/${upload.teamUuid}`,
        // Named by version, so it can never overwrite the file an edit put in its place.
        name: `${upload.kind}-${upload.version.slice(0, 8)}`,
      });
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      return { status: 'failed', outcome: error.reason, reason: error.message };
    }
    if (await this.complete(upload, stored)) return { status: 'done', outcome: 'uploaded' };
    // Replaced while it waited: the upload is nobody's file.
    await this.deletions.deleteSoon([stored.publicId]);
    return { status: 'done', outcome: 'superseded' };
  }

  /**
   * Records the uploaded file on the team and drops the stored bytes, together. False when this version
   * is no longer waiting (the captain replaced the file meanwhile) or the team has no such file.
   */
  private async complete(upload: PendingUpload, stored: StoredFile): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const dropped = await tx
        .delete(pendingUploads)
        .where(and(this.queue.is(upload), eq(pendingUploads.version, upload.version)))
        .returning({ kind: pendingUploads.kind });
      if (dropped.length === 0) return false;
      const recorded = await tx
        .update(teamFiles)
        .set({ state: 'uploaded', url: stored.url, publicId: stored.publicId, uploadedAt: new Date() })
        .where(and(eq(teamFiles.teamUuid, upload.teamUuid), eq(teamFiles.kind, upload.kind)))
        .returning({ kind: teamFiles.kind });
      return recorded.length > 0;
    });
  }
}
