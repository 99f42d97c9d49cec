import { isBreakerRejection, type ProviderBreaker } from '../resilience/circuit-breakers.js';
import type { SniffedType } from './file-content.js';
import {
  FileStorage,
  StorageError,
  type FileListing,
  type FileToStore,
  type StoredFile,
} from './file-storage.js';

/** True for faults of the storage provider (as opposed to a file it refused). */
export function isStorageOutage(error: unknown): boolean {
  return !(error instanceof StorageError && error.reason === 'refused');
}

/**
 * The storage as the storage runner's jobs use it (storage.module.ts): their calls end when the runner
 * stops, where those of `FileStorage` (what requests use) are limited at a shutdown (`limitCalls`).
 */
export const JOB_FILE_STORAGE = Symbol('JobFileStorage');

/** A call in flight: when it began, and what ends it. */
interface Call {
  startedAt: number;
  end: AbortController;
}

/**
 * Every upload, delete, move and listing goes through the storage breaker. Callers see only `StorageError`: an open
 * or timed-out breaker is `unavailable`, like the outage that opened it.
 *
 * Each call is also aborted at the provider as soon as the breaker is done with it: opossum's timeout
 * (which covers the quick retries) only stops waiting, and would leave the HTTP request (its socket, the
 * file's bytes) running behind it, and whoever awaits the call's end (a request handler that already
 * answered 408) with it.
 */
export class BreakerFileStorage extends FileStorage {
  readonly name: FileStorage['name'];

  private readonly calls = new Set<Call>();
  /** Set by `limitCalls`: the longest a call may run from then on. */
  private limitMs?: number;

  constructor(
    readonly inner: FileStorage,
    private readonly breaker: ProviderBreaker,
  ) {
    super();
    this.name = inner.name;
  }

  /** The same storage and breaker, with calls of its own (`limitCalls` on one leaves the other alone). */
  withOwnCalls(): BreakerFileStorage {
    return new BreakerFileStorage(this.inner, this.breaker);
  }

  /**
   * From now on no call runs longer than `ms` from its start: those in flight that already have are
   * aborted at once, the others when they reach it. For a shutdown: a call older than the request
   * timeout only serves a handler whose client has had its 408 already.
   */
  limitCalls(ms: number): void {
    this.limitMs = ms;
    for (const call of this.calls) this.endAtLimit(call);
  }

  upload(file: FileToStore, signal?: AbortSignal): Promise<StoredFile> {
    return this.guarded((bound) => this.inner.upload(file, bound), signal);
  }

  delete(publicId: string, signal?: AbortSignal): Promise<void> {
    return this.guarded((bound) => this.inner.delete(publicId, bound), signal);
  }

  list(prefix: string, cursor?: string, signal?: AbortSignal): Promise<FileListing> {
    return this.guarded((bound) => this.inner.list(prefix, cursor, bound), signal);
  }

  makePrivate(publicId: string, signal?: AbortSignal): Promise<string> {
    return this.guarded((bound) => this.inner.makePrivate(publicId, bound), signal);
  }

  /** Signing only, no call to the provider: not guarded, so an open breaker never hides a file. */
  privateLink(publicId: string, contentType: SniffedType, expiresAt: Date): string {
    return this.inner.privateLink(publicId, contentType, expiresAt);
  }

  /** A read from the local disk (Cloudinary has none): not the provider the breaker watches. */
  readPrivate(publicId: string): Promise<Buffer | undefined> {
    return this.inner.readPrivate(publicId);
  }

  /**
   * One signal per call, its quick retries inside the breaker included: a call never outlives the
   * breaker's wait for it. (Not `AbortSignal.timeout` inside `AbortSignal.any`: on Node 20 nothing keeps
   * the timeout signal alive, and once collected it never fires.)
   */
  private async guarded<T>(run: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const call: Call = { startedAt: Date.now(), end: new AbortController() };
    this.calls.add(call);
    if (this.limitMs !== undefined) this.endAtLimit(call);
    const ends = signal ? AbortSignal.any([call.end.signal, signal]) : call.end.signal;
    try {
      return await this.breaker.run(() => run(ends));
    } catch (error) {
      if (!isBreakerRejection(error)) throw error;
      // The breaker gave up waiting: what is still at the provider ends now. (A call that settled by
      // itself has nothing left to end, and an abort costs an AbortError with its stack.)
      call.end.abort();
      const message = `file storage ${error.code === 'EOPENBREAKER' ? 'circuit is open' : 'did not answer in time'}`;
      throw new StorageError('unavailable', message, { cause: error });
    } finally {
      this.calls.delete(call);
    }
  }

  private endAtLimit(call: Call): void {
    const left = call.startedAt + this.limitMs! - Date.now();
    if (left <= 0) call.end.abort();
    else setTimeout(() => call.end.abort(), left).unref();
  }
}
