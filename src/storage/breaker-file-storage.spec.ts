import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Logger } from '@nestjs/common';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config.js';
import { CircuitBreakers } from '../resilience/circuit-breakers.js';
import { BreakerFileStorage } from './breaker-file-storage.js';
import { FileStorage, StorageError, type FileListing, type StoredFile } from './file-storage.js';

setFlagsFromString('--expose-gc');
/** A full garbage collection, now: what only weak references hold is gone after it. */
const collectGarbage = runInNewContext('gc') as () => void;

const TIMEOUT_MS = 200;

/** A provider that never answers: each call waits until its signal ends it. */
class SilentProvider extends FileStorage {
  readonly name = 'cloudinary';
  readonly ended: string[] = [];

  upload(_file: unknown, signal?: AbortSignal): Promise<StoredFile> {
    return this.waitForEnd('upload', signal);
  }
  delete(publicId: string, signal?: AbortSignal): Promise<void> {
    return this.waitForEnd('delete', signal);
  }
  list(_prefix: string, _cursor?: string, signal?: AbortSignal): Promise<FileListing> {
    return this.waitForEnd('list', signal);
  }
  makePrivate(_publicId: string, signal?: AbortSignal): Promise<string> {
    return this.waitForEnd('makePrivate', signal);
  }
  privateLink(): string {
    throw new Error('not called');
  }
  readPrivate(): Promise<Buffer | undefined> {
    throw new Error('not called');
  }

  private waitForEnd<T>(call: string, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((_, reject) => {
      signal?.addEventListener('abort', () => {
        this.ended.push(call);
        reject(new StorageError('unavailable', 'aborted'));
      });
    });
  }
}

let breakers: CircuitBreakers;
beforeEach(() => {
  vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  breakers = new CircuitBreakers({
    breakers: {
      errorThresholdPercentage: 50,
      volumeThreshold: 5,
      rollingWindowMs: 30_000,
      resetTimeoutMs: 30_000,
      consecutiveFailures: 5,
    },
  } as unknown as AppConfig);
});
afterEach(() => {
  breakers.onApplicationShutdown();
  vi.restoreAllMocks();
});

function storageOver(provider: FileStorage): BreakerFileStorage {
  const breaker = breakers.create({
    name: 'cloudinary',
    backend: 'cloudinary',
    timeoutMs: TIMEOUT_MS,
    isProviderFault: () => true,
    isTransient: () => false,
  });
  return new BreakerFileStorage(provider, breaker);
}

// The stalled-upload test (test/storage-stall-shutdown.test.ts) found a listing left open: the bound was
// an `AbortSignal.timeout` inside `AbortSignal.any`, which a collection in between had taken away.
it('aborts the provider call once the breaker gives up on it, whatever the garbage collector did meanwhile', async () => {
  const provider = new SilentProvider();
  const storage = storageOver(provider);
  const listing = storage.list('teams/');
  // Once the call is under way (the stack that started it gone), a full collection.
  await new Promise((r) => setTimeout(r, 20));
  collectGarbage();
  await expect(listing).rejects.toMatchObject({ reason: 'unavailable', message: /did not answer in time/ });
  expect(provider.ended).toEqual(['list']);
});

it("ends the runner's calls with its signal, and a shutdown's limit ends only the requests' calls", async () => {
  const provider = new SilentProvider();
  const storage = storageOver(provider);
  const jobStorage = storage.withOwnCalls();
  const stopping = new AbortController();
  const jobListing = jobStorage.list('teams/', undefined, stopping.signal);
  const requestMove = storage.makePrivate('teams/x/logo');
  storage.limitCalls(0);
  await expect(requestMove).rejects.toBeInstanceOf(StorageError);
  expect(provider.ended).toEqual(['makePrivate']);
  stopping.abort();
  await expect(jobListing).rejects.toBeInstanceOf(StorageError);
  expect(provider.ended).toEqual(['makePrivate', 'list']);
});
