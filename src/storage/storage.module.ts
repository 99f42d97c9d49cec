import { resolve } from 'node:path';
import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobRunner } from '../jobs/job-runner.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { BreakerFileStorage, isStorageOutage } from './breaker-file-storage.js';
import { CloudinaryFileStorage } from './cloudinary-file-storage.js';
import { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { PendingUploads } from './pending-uploads.js';
import { StorageDeletions } from './storage-deletions.js';

export function uploadsRoot(config: AppConfig): string {
  return resolve(config.dataDir, 'uploads');
}

async function providerStorage(config: AppConfig): Promise<FileStorage> {
  if (config.cloudinary) return CloudinaryFileStorage.create(config.cloudinary);
  return new LocalFileStorage(uploadsRoot(config), config.http.publicUrl);
}

/**
 * Cloudinary when configured, else the local disk, behind the `cloudinary` circuit breaker; callers
 * only see `FileStorage`. Files accepted while it is down wait in `pending_uploads`, and files to delete
 * in `storage_deletions`, for the storage runner: uploads first, then deletions, as the breaker allows.
 */
@Global()
@Module({
  imports: [JobsModule],
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG, CircuitBreakers],
      useFactory: async (config: AppConfig, breakers: CircuitBreakers): Promise<FileStorage> => {
        const inner = await providerStorage(config);
        const breaker = breakers.create({
          name: 'cloudinary',
          backend: inner.name,
          timeoutMs: config.breakers.cloudinaryTimeoutMs,
          isProviderFault: isStorageOutage,
          isTransient: isStorageOutage,
        });
        return new BreakerFileStorage(inner, breaker);
      },
    },
    PendingUploads,
    StorageDeletions,
    {
      provide: JobRunner,
      inject: [APP_CONFIG, CircuitBreakers, PendingUploads, StorageDeletions],
      useFactory: (
        config: AppConfig,
        breakers: CircuitBreakers,
        uploads: PendingUploads,
        deletions: StorageDeletions,
      ) => {
        // Created with FileStorage, which both handlers use.
        const breaker = breakers.get('cloudinary');
        if (!breaker) throw new Error('the cloudinary breaker is created with FileStorage');
        return new JobRunner({
          name: 'StorageRunner',
          breaker,
          handlers: [uploads, deletions],
          intervalMs: config.outboxPollIntervalMs,
          tryTimeoutMs: config.breakers.cloudinaryTimeoutMs,
        });
      },
    },
  ],
  exports: [FileStorage, PendingUploads, StorageDeletions],
})
export class StorageModule {}
