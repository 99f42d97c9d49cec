import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PollLoop } from '../common/poll-loop.js';
import type { ProviderBreaker } from '../resilience/circuit-breakers.js';
import { backoffDelay } from '../resilience/retry.js';
import type { ClaimedJob, JobQueue } from './job-queue.js';

const BATCH_SIZE = 5;

/** How one try went, which decides what becomes of the job. */
export type JobResult =
  /** Done, and recorded as done by the handler (marked sent, row deleted); `outcome` names it in the log. */
  | { status: 'done'; outcome: string }
  /**
   * Tried and failed: tried again after a backoff, or dead at the cap; at once when `final` (no retry
   * can succeed). `reason` is kept in `last_error`; `cause` is only logged.
   */
  | { status: 'failed'; outcome: string; reason: string; final?: boolean; cause?: unknown }
  /** Never reached the provider (its breaker was open): handed back, the attempt not counted. */
  | { status: 'not_tried' };

/** What a kind of job does: everything else (claiming, retries, the breaker) is the runner's. */
export interface JobHandler<Job extends ClaimedJob> {
  /** Where its jobs wait (a `TableQueue`, created through `JobQueues`). */
  readonly queue: JobQueue<Job>;
  /** The `event` of its log lines. */
  readonly event: string;
  /** Waits `baseMs` after the first failed try, doubling up to `maxDelayMs`; dead after `maxAttempts` tries, when set. */
  readonly retry: { baseMs: number; maxDelayMs?: number; maxAttempts?: number };
  /** What tells the job apart in the log: ids, never contents. */
  describe(job: Job): object;
  /**
   * Tries the job once and, when done, records it. A throw counts as a failure worth a retry.
   * `signal` aborts when the runner stops (shutdown): a provider call still waiting then ends at once,
   * and a try that fails that way is handed back uncounted.
   */
  run(job: Job, signal?: AbortSignal): Promise<JobResult>;
}

export interface JobRunnerOptions {
  /** Names the runner's logger. */
  name: string;
  /** The provider's breaker: while it is open nothing is claimed; while half-open, one job as the probe. */
  breaker: Pick<ProviderBreaker, 'state' | 'onRecovered'>;
  /** Worked through in this order on every tick. */
  handlers: JobHandler<ClaimedJob>[];
  intervalMs: number;
  /** The longest one try can take (the breaker's timeout): the lease covers a batch of them, twice over. */
  tryTimeoutMs: number;
  /** When the breaker closes again, every waiting job is due at once rather than at the end of its backoff. */
  wakeOnRecovery?: boolean;
}

/**
 * Claims due jobs from its queues every `intervalMs` (in every instance), and again at once after a full
 * batch, and hands each to its handler, as far as the provider's breaker allows; records the outcome:
 * done, retried later with backoff, or dead. Claimed jobs it does not try (stopping, or the breaker
 * opened mid-batch) go back untried.
 */
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly loop: PollLoop;
  /** Aborted at shutdown, so that a job in hand waiting on its provider does not hold the shutdown. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: JobRunnerOptions) {
    this.logger = new Logger(options.name);
    this.loop = new PollLoop(options.intervalMs, () => this.tick(), this.logger);
    if (options.wakeOnRecovery) options.breaker.onRecovered(() => this.recover());
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /**
   * Ends the job in hand (its provider call is aborted; a try cut short is handed back) and hands the
   * rest of the batch back, before the database closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const stopped = this.loop.stop();
    this.stopping.abort();
    await stopped;
  }

  /** Whether more jobs are likely waiting: then the loop ticks again at once (see workOn). */
  private async tick(): Promise<boolean> {
    let moreWaiting = false;
    for (const handler of this.options.handlers) moreWaiting = (await this.workOn(handler)) || moreWaiting;
    return moreWaiting;
  }

  /**
   * Works through one batch. A full batch, every job of it tried and the breaker still closed, says more
   * may be due: a burst of registrations gets its emails at the pace SMTP takes them, not one batch per
   * poll interval. (Jobs handed back untried are due again at once: claiming them again would spin.)
   */
  private async workOn(handler: JobHandler<ClaimedJob>): Promise<boolean> {
    const state = this.options.breaker.state;
    if (state === 'open') return false;
    const lease = 2 * BATCH_SIZE * this.options.tryTimeoutMs;
    const claimed = await handler.queue.claimDue(state === 'half_open' ? 1 : BATCH_SIZE, lease);
    let tried = 0;
    for (const job of claimed) {
      if (this.loop.stopping || this.options.breaker.state === 'open') await handler.queue.release(job);
      else if (await this.tryOne(handler, job)) tried += 1;
    }
    return tried === BATCH_SIZE && this.options.breaker.state === 'closed';
  }

  /** Whether the job was tried (not handed back untried). */
  private async tryOne(handler: JobHandler<ClaimedJob>, job: ClaimedJob): Promise<boolean> {
    const { signal } = this.stopping;
    const result = await handler.run(job, signal).catch((error: unknown): JobResult => ({
      status: 'failed',
      outcome: 'unavailable',
      reason: 'unexpected error',
      cause: error,
    }));
    const logged = { event: handler.event, ...handler.describe(job), attempt: job.attempts };
    if (result.status === 'not_tried' || (result.status === 'failed' && signal.aborted)) {
      await handler.queue.release(job);
      return false;
    }
    if (result.status === 'done') {
      this.logger.log({ ...logged, outcome: result.outcome }, `${handler.event} ${result.outcome}`);
    } else if (result.final || job.attempts >= (handler.retry.maxAttempts ?? Infinity)) {
      await handler.queue.markDead(job, result.reason);
      const dead = { ...logged, outcome: 'dead', reason: result.reason, err: result.cause };
      this.logger.error(dead, `${handler.event} given up`);
    } else {
      const { baseMs, maxDelayMs } = handler.retry;
      const delay = backoffDelay(baseMs, job.attempts, maxDelayMs);
      await handler.queue.retryLater(job, delay, result.reason);
      const failed = { ...logged, outcome: result.outcome, reason: result.reason, err: result.cause };
      this.logger.warn({ ...failed, retry_in_ms: delay }, `${handler.event} failed (${result.outcome})`);
    }
    return true;
  }

  /** The backlog built up during an outage goes out as soon as the provider is back. */
  private recover(): void {
    Promise.all(this.options.handlers.map((h) => h.queue.makeWaitingDue())).then(
      () => this.loop.wake(),
      (error: unknown) => this.logger.error({ err: error }, 'could not make waiting jobs due'),
    );
  }
}
