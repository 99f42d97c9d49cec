import type { SniffedType } from './file-content.js';

export interface FileToStore {
  bytes: Buffer;
  contentType: SniffedType;
  /** One folder per team, e.g. `teams/<team uuid>`. */
  folder: string;
  /** The name within the folder, without extension (`logo`, `payment_receipt`). */
  name: string;
}

export interface StoredFile {
  url: string;
  publicId: string;
}

/**
 * Why a storage call failed: `refused` means the provider rejected this file (our input, not an
 * outage); `unavailable` means the provider is down, slow or unreachable and a retry may succeed.
 */
export class StorageError extends Error {
  constructor(
    readonly reason: 'refused' | 'unavailable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Where team files go: Cloudinary, or the local disk when no Cloudinary account is configured. */
export abstract class FileStorage {
  abstract readonly name: 'cloudinary' | 'local';
  abstract upload(file: FileToStore): Promise<StoredFile>;
  abstract delete(publicId: string): Promise<void>;
}
