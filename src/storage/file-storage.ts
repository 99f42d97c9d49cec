import { copyFile, writeFile } from 'node:fs/promises';
import type { SniffedType } from './file-content.js';

/**
 * `public`: anyone may fetch the file at its stored URL (a team's logo, shown on a web site).
 * `private`: the file has no public address at all; it is handed out only as a signed link that
 * expires, made afresh each time (`FileStorage.privateLink`). Which kind is which is decided in
 * `teams/team-files.ts`.
 */
export type Visibility = 'public' | 'private';

/**
 * Where a file's bytes are: a file on disk (a request's upload too large for memory, a pending upload's
 * spool file), read afresh by each try, or in memory (a request's small upload, a pending upload's bytea).
 */
export type FileContent = { path: string } | { bytes: Buffer };

/** Writes `content` to the file at `to`, created with mode 0600 or replaced: a copy, or the bytes held. */
export async function writeContent(content: FileContent, to: string): Promise<void> {
  if ('path' in content) await copyFile(content.path, to);
  else await writeFile(to, content.bytes, { mode: 0o600 });
}

export interface FileToStore {
  content: FileContent;
  contentType: SniffedType;
  /** One folder per team, e.g. `teams/<team uuid>`. */
  folder: string;
  /** The name within the folder, without extension (`logo`, `payment_receipt`). */
  name: string;
  visibility: Visibility;
}

export interface StoredFile {
  /** Where anyone can fetch a public file; null for a private one, which has no public address. */
  url: string | null;
  /** The storage id: what `delete`, `privateLink` and `makePrivate` take (see `storageId`). */
  publicId: string;
}

const PRIVATE_PREFIX = 'private:';

/**
 * The id a file is known by outside the storage (team_files.public_id, storage_deletions): the
 * provider's own key, prefixed with `private:` for a private file, so that every later call (a
 * deletion from the durable queue included) knows where the file lives without another column.
 */
export function storageId(visibility: Visibility, key: string): string {
  return visibility === 'private' ? `${PRIVATE_PREFIX}${key}` : key;
}

/** The visibility and provider key of a storage id (ids from before private files are public). */
export function parseStorageId(id: string): { visibility: Visibility; key: string } {
  return id.startsWith(PRIVATE_PREFIX)
    ? { visibility: 'private', key: id.slice(PRIVATE_PREFIX.length) }
    : { visibility: 'public', key: id };
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

/** A file found in the storage by `FileStorage.list`. */
export interface ListedFile {
  /** Its storage id, as `team_files.public_id` and `delete` know it (`private:` first for a private file). */
  publicId: string;
  /** When it was stored (its latest version). */
  storedAt: Date;
}

/** One page of a listing; `next` goes to `list` for the page after, and is absent after the last one. */
export interface FileListing {
  files: ListedFile[];
  next?: string;
}

/**
 * Where team files go: Cloudinary, or the local disk when no Cloudinary account is configured.
 * `signal` (where a call takes one) ends the call: the provider's request is aborted, not merely no
 * longer waited for, and the call rejects with `StorageError('unavailable')`.
 */
export abstract class FileStorage {
  abstract readonly name: 'cloudinary' | 'local';
  abstract upload(file: FileToStore, signal?: AbortSignal): Promise<StoredFile>;
  abstract delete(publicId: string, signal?: AbortSignal): Promise<void>;
  /**
   * The files whose key starts with `prefix` (`teams/`), public and private alike, a page at a time
   * from `cursor` (the previous page's `next`): for the sweep of files nothing refers to.
   */
  abstract list(prefix: string, cursor?: string, signal?: AbortSignal): Promise<FileListing>;
  /**
   * A link to a private file that works until `expiresAt` and only for this file: no I/O, made for
   * each response that shows the file. Throws `StorageError('refused')` for a public id.
   */
  abstract privateLink(publicId: string, contentType: SniffedType, expiresAt: Date): string;
  /**
   * The bytes of a private file this storage serves itself (through `GET /files/...`), undefined when
   * there is none. Only the local disk serves its own; Cloudinary's links go to Cloudinary.
   */
  abstract readPrivate(publicId: string): Promise<Buffer | undefined>;
  /**
   * Moves a file stored publicly (before private files existed) out of public reach; returns its new
   * (private) storage id. A private id is returned as it is.
   */
  abstract makePrivate(publicId: string, signal?: AbortSignal): Promise<string>;
}
