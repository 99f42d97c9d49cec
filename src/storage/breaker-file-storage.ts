import { isBreakerRejection, type ProviderBreaker } from '../resilience/circuit-breakers.js';
import { FileStorage, StorageError, type FileToStore, type StoredFile } from './file-storage.js';

/** True for faults of the storage provider (as opposed to a file it refused). */
export function isStorageOutage(error: unknown): boolean {
  return !(error instanceof StorageError && error.reason === 'refused');
}

/**
 * Every upload and delete goes through the storage breaker. Callers see only `StorageError`: an open
 * or timed-out breaker is `unavailable`, like the outage that opened it.
 */
export class BreakerFileStorage extends FileStorage {
  readonly name: FileStorage['name'];

  constructor(
    readonly inner: FileStorage,
    private readonly breaker: ProviderBreaker,
  ) {
    super();
    this.name = inner.name;
  }

  upload(file: FileToStore): Promise<StoredFile> {
    return this.guarded(() => this.inner.upload(file));
  }

  delete(publicId: string): Promise<void> {
    return this.guarded(() => this.inner.delete(publicId));
  }

  private async guarded<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await this.breaker.run(call);
    } catch (error) {
      if (!isBreakerRejection(error)) throw error;
      const message = `file storage ${error.code === 'EOPENBREAKER' ? 'circuit is open' : 'did not answer in time'}`;
      throw new StorageError('unavailable', message, { cause: error });
    }
  }
}
