import { resolve } from 'node:path';
import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobRunner } from '../jobs/job-runner.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { BreakerFileStorage, isStorageOutage, JOB_FILE_STORAGE } from './breaker-file-storage.js';
import { CloudinaryFileStorage } from './cloudinary-file-storage.js';
import { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { PendingUploads } from './pending-uploads.js';
import { SignedLinks } from './signed-links.js';
import { StorageDeletions } from './storage-deletions.js';
import { StorageSweep } from './storage-sweep.js';

export function uploadsRoot(config: AppConfig): string {
  return resolve(config.dataDir, 'uploads');
}

/** Private files on the local disk: outside `uploads`, so no `/uploads` URL reaches them whatever their name. */
export function privateRoot(config: AppConfig): string {
  return resolve(config.dataDir, 'private');
}

/**
 * The key that signs `/files` links: derived from SECRET_KEY, else a random one kept in DATA_DIR (only
 * the local disk issues such links; with Cloudinary nothing is written).
 */
function signedLinks(config: AppConfig): SignedLinks | Promise<SignedLinks> {
  if (config.secretKey) return SignedLinks.fromSecret(config.secretKey);
  if (config.cloudinary) return SignedLinks.random();
  return SignedLinks.fromKeyFile(resolve(config.dataDir, 'file-links.key'));
}

async function providerStorage(config: AppConfig, links: SignedLinks): Promise<FileStorage> {
  if (config.cloudinary) return CloudinaryFileStorage.create(config.cloudinary);
  const roots = { public: uploadsRoot(config), private: privateRoot(config) };
  return new LocalFileStorage(roots, config.http.publicUrl, links);
}

/**
 * Called when a graceful shutdown begins (lifecycle/graceful-shutdown.ts lets requests and handlers
 * finish before it closes the app): from then on the storage calls of requests are limited to
 * REQUEST_TIMEOUT from their start. A handler whose client has had its 408 then keeps its files as
 * pending uploads and finishes at once, instead of holding the shutdown until
 * CLOUDINARY_BREAKER_TIMEOUT_MS; a request still within its time keeps its upload.
 */
export function limitStorageCallsAtShutdown(storage: FileStorage, config: AppConfig): void {
  if (storage instanceof BreakerFileStorage) storage.limitCalls(config.http.requestTimeoutMs);
}

/**
 * Cloudinary when configured, else the local disk, behind the `cloudinary` circuit breaker; callers
 * only see `FileStorage`. Files accepted while it is down wait in `pending_uploads`, and files to delete
 * in `storage_deletions`, for the storage runner: uploads first, then the sweep for files nothing refers
 * to (when due), then deletions, as the breaker allows.
 *
 * Every call is aborted at the provider once the breaker gives up on it, after
 * CLOUDINARY_BREAKER_TIMEOUT_MS (the breaker's own timeout only stops waiting). The runner's calls
 * (`JOB_FILE_STORAGE`) end when it stops; requests' calls, at a shutdown, once they have outlived
 * REQUEST_TIMEOUT (`limitStorageCallsAtShutdown`).
 */
@Global()
@Module({
  imports: [JobsModule],
  providers: [
    { provide: SignedLinks, inject: [APP_CONFIG], useFactory: signedLinks },
    {
      provide: FileStorage,
      inject: [APP_CONFIG, CircuitBreakers, SignedLinks],
      useFactory: async (
        config: AppConfig,
        breakers: CircuitBreakers,
        links: SignedLinks,
      ): Promise<FileStorage> => {
        const inner = await providerStorage(config, links);
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
    {
      provide: JOB_FILE_STORAGE,
      inject: [FileStorage],
      useFactory: (storage: BreakerFileStorage) => storage.withOwnCalls(),
    },
    PendingUploads,
    StorageDeletions,
    StorageSweep,
    {
      provide: JobRunner,
      inject: [APP_CONFIG, CircuitBreakers, PendingUploads, StorageSweep, StorageDeletions],
      useFactory: (
        config: AppConfig,
        breakers: CircuitBreakers,
        uploads: PendingUploads,
        sweep: StorageSweep,
        deletions: StorageDeletions,
      ) => {
        // Created with FileStorage, which every handler uses.
        const breaker = breakers.get('cloudinary');
        if (!breaker) throw new Error('the cloudinary breaker is created with FileStorage');
        return new JobRunner({
          name: 'StorageRunner',
          breaker,
          // The sweep before the deletions, so that what it finds is deleted in the same tick.
          handlers: [uploads, sweep, deletions],
          intervalMs: config.outboxPollIntervalMs,
          tryTimeoutMs: config.breakers.cloudinaryTimeoutMs,
        });
      },
    },
  ],
  exports: [FileStorage, SignedLinks, PendingUploads, StorageDeletions],
})
export class StorageModule {}
