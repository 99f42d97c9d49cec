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
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { backoffDelay } from '../resilience/retry.js';
import { FileStorage, StorageError } from './file-storage.js';
import { PendingUploads, type ClaimedUpload } from './pending-uploads.js';
import { StorageDeletions } from './storage-deletions.js';

const BATCH_SIZE = 5;
const MAX_RETRY_DELAY_MS = 5 * 60_000;

/**
 * The storage's catching-up, whenever its breaker lets calls through (one probe while half-open):
 * uploads the files accepted while it was down and records their URLs on the teams, then deletes the
 * files nothing refers to any more.
 */
@Injectable()
export class StorageWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(StorageWorker.name);
  private readonly loop: PollLoop;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PendingUploads) private readonly pending: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
  ) {
    this.loop = new PollLoop(
      config.outboxPollIntervalMs,
      async () => {
        await this.uploadDue();
        await this.deleteDue();
      },
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** How many of the claimed items may be tried now: none while the breaker is open, one probe while half-open. */
  private get allowance(): number {
    const state = this.breakers.get('cloudinary')?.state;
    return state === 'open' ? 0 : state === 'half_open' ? 1 : BATCH_SIZE;
  }

  private get mustHandBack(): boolean {
    return this.loop.stopping || this.breakers.get('cloudinary')?.state === 'open';
  }

  private get leaseMs(): number {
    return this.config.breakers.cloudinaryTimeoutMs + 60_000;
  }

  private retryDelay(attempts: number): number {
    return backoffDelay(this.config.outboxPollIntervalMs, attempts, MAX_RETRY_DELAY_MS);
  }

  private async uploadDue(): Promise<void> {
    if (this.allowance === 0) return;
    for (const upload of await this.pending.claimDue(this.allowance, this.leaseMs)) {
      if (this.mustHandBack) await this.pending.release(upload);
      else await this.uploadOne(upload);
    }
  }

  private async uploadOne(upload: ClaimedUpload): Promise<void> {
    const file = { team_uuid: upload.teamId, kind: upload.kind, attempt: upload.attempts };
    try {
      const stored = await this.storage.upload({
        bytes: upload.bytes,
        contentType: upload.contentType,
        folder: `teams/${upload.teamId}`,
        // Named by version, so it can never overwrite the file an edit put in its place.
        name: `${upload.kind}-${upload.version.slice(0, 8)}`,
      });
      if (await this.pending.complete(upload, stored)) {
        this.logger.log({ event: 'pending_upload_completed', ...file }, 'pending file uploaded');
      } else {
        this.logger.log({ event: 'pending_upload_superseded', ...file }, 'file replaced while it waited');
        await this.deletions.deleteSoon([stored.publicId]);
      }
    } catch (error) {
      const reason = error instanceof StorageError ? error.message : 'unexpected error';
      const delay = this.retryDelay(upload.attempts);
      await this.pending.retryLater(upload, delay, reason);
      this.logger.warn({ event: 'pending_upload_failed', ...file, reason, retry_in_ms: delay }, reason);
    }
  }

  private async deleteDue(): Promise<void> {
    if (this.allowance === 0) return;
    for (const { publicId, attempts } of await this.deletions.claimDue(this.allowance, this.leaseMs)) {
      if (this.mustHandBack) {
        await this.deletions.release(publicId);
        continue;
      }
      try {
        await this.deletions.deleteOne(publicId);
      } catch (error) {
        if (error instanceof StorageError && error.reason === 'refused') {
          this.logger.error(
            { event: 'storage_deletion_refused', public_id: publicId, err: error },
            'dropped',
          );
          await this.deletions.forget(publicId);
        } else {
          const reason = error instanceof StorageError ? error.message : 'unexpected error';
          await this.deletions.retryLater(publicId, this.retryDelay(attempts), reason);
        }
      }
    }
  }
}
