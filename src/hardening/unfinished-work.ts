import { Injectable } from '@nestjs/common';

/**
 * Handlers still running, whether or not their request was already answered (a 408 lets its handler
 * finish). Shutdown waits for them, so the pool is never closed under a registration half-way through.
 */
@Injectable()
export class UnfinishedWork {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  get count(): number {
    return this.running.size;
  }

  /** Resolves with how many are still running once all have ended or `timeoutMs` has passed. */
  async settled(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, timeoutMs))));
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
    return this.running.size;
  }
}
