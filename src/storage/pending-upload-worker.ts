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

const BATCH_SIZE = 5;
const MAX_RETRY_DELAY_MS = 5 * 60_000;

/**
 * Uploads the files that registrations accepted while storage was down, whenever the storage breaker
 * lets calls through (one probe while it is half-open), then records their URLs on the teams.
 */
@Injectable()
export class PendingUploadWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PendingUploadWorker.name);
  private readonly loop: PollLoop;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PendingUploads) private readonly pending: PendingUploads,
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(CircuitBreakers) private readonly breakers: CircuitBreakers,
  ) {
    this.loop = new PollLoop(config.outboxPollIntervalMs, () => this.uploadDue(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  private async uploadDue(): Promise<void> {
    const state = this.breakers.get('cloudinary')?.state;
    if (state === 'open') return;
    const lease = this.config.breakers.cloudinaryTimeoutMs + 60_000;
    const claimed = await this.pending.claimDue(state === 'half_open' ? 1 : BATCH_SIZE, lease);
    for (const upload of claimed) {
      if (this.loop.stopping || this.breakers.get('cloudinary')?.state === 'open') {
        await this.pending.release(upload);
      } else {
        await this.uploadOne(upload);
      }
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
        await this.storage.delete(stored.publicId);
        this.logger.log({ event: 'pending_upload_superseded', ...file }, 'file replaced while it waited');
      }
    } catch (error) {
      const reason = error instanceof StorageError ? error.message : 'unexpected error';
      const delay = backoffDelay(this.config.outboxPollIntervalMs, upload.attempts, MAX_RETRY_DELAY_MS);
      await this.pending.retryLater(upload, delay, reason);
      this.logger.warn({ event: 'pending_upload_failed', ...file, reason, retry_in_ms: delay }, reason);
    }
  }
}
