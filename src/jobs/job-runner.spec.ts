import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BreakerState } from '../resilience/circuit-breakers.js';
import type { JobQueue } from './job-queue.js';
import { JobRunner, type JobHandler, type JobResult } from './job-runner.js';

interface TestJob {
  id: number;
  attempts: number;
  state: 'pending' | 'done' | 'dead';
  dueAt: number;
  leased: boolean;
  lastError?: string;
}

/** The queue's contract, in memory: due, unleased pending jobs are claimed, counting an attempt. */
class MemoryQueue implements JobQueue<TestJob> {
  readonly limits: number[] = [];

  constructor(readonly jobs: TestJob[]) {}

  async claimDue(limit: number): Promise<TestJob[]> {
    this.limits.push(limit);
    const due = this.jobs.filter((j) => j.state === 'pending' && !j.leased && j.dueAt <= Date.now());
    return due.slice(0, limit).map((job) => Object.assign(job, { attempts: job.attempts + 1, leased: true }));
  }

  async retryLater(job: TestJob, delayMs: number, error: string): Promise<void> {
    Object.assign(job, { dueAt: Date.now() + delayMs, lastError: error, leased: false });
  }

  async release(job: TestJob): Promise<void> {
    Object.assign(job, { attempts: job.attempts - 1, leased: false });
  }

  async markDead(job: TestJob, error: string): Promise<void> {
    Object.assign(job, { state: 'dead', lastError: error, leased: false });
  }

  async makeWaitingDue(): Promise<void> {
    for (const job of this.jobs) {
      if (job.state === 'pending' && job.attempts > 0 && !job.leased) job.dueAt = Date.now();
    }
  }
}

class FakeBreaker {
  reads = 0;
  private readonly listeners: (() => void)[] = [];

  constructor(private current: BreakerState = 'closed') {}

  get state(): BreakerState {
    this.reads += 1;
    return this.current;
  }

  set state(state: BreakerState) {
    this.current = state;
    if (state === 'closed') for (const listener of this.listeners) listener();
  }

  onRecovered(listener: () => void): void {
    this.listeners.push(listener);
  }
}

const DONE: JobResult = { status: 'done', outcome: 'ok' };
const done = async (): Promise<JobResult> => DONE;

const jobs = (n: number, attempts = 0): TestJob[] =>
  Array.from({ length: n }, (_, id) => ({ id, attempts, state: 'pending', dueAt: 0, leased: false }));

const runners: JobRunner[] = [];

function setup(options: {
  jobs: TestJob[];
  breaker?: FakeBreaker;
  run?: (job: TestJob) => Promise<JobResult>;
  maxAttempts?: number;
  wakeOnRecovery?: boolean;
}) {
  const queue = new MemoryQueue(options.jobs);
  const breaker = options.breaker ?? new FakeBreaker();
  const tried: number[] = [];
  const handler: JobHandler<TestJob> = {
    queue,
    event: 'test_job',
    retry: { baseMs: 1000, maxDelayMs: 60_000, maxAttempts: options.maxAttempts },
    describe: (job) => ({ id: job.id }),
    run: async (job, signal) => {
      tried.push(job.id);
      Object.assign(job, { signal });
      const result = await (options.run ?? done)(job);
      // As a real handler records it done (marks it sent, deletes it), ending the lease.
      if (result.status === 'done') Object.assign(job, { state: 'done', leased: false });
      return result;
    },
  };
  const runner = new JobRunner({
    name: 'TestRunner',
    breaker,
    handlers: [handler],
    // Long enough that each test sees only the first tick, those that follow a full batch, and a wake.
    intervalMs: 60_000,
    tryTimeoutMs: 100,
    wakeOnRecovery: options.wakeOnRecovery,
  });
  runners.push(runner);
  runner.onApplicationBootstrap();
  return { queue, breaker, runner, tried };
}

describe('JobRunner', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.beforeApplicationShutdown()));
  });

  it('claims nothing while the breaker is open', async () => {
    const { queue, breaker, tried } = setup({ jobs: jobs(3), breaker: new FakeBreaker('open') });
    await vi.waitFor(() => expect(breaker.reads).toBeGreaterThan(0));
    expect(queue.limits).toEqual([]);
    expect(tried).toEqual([]);
  });

  it('claims batches while closed, one after another while they come full; one probe while half-open', async () => {
    const closed = setup({ jobs: jobs(12) });
    // Not one batch per interval (a minute here): a burst drains at the pace of its jobs.
    await vi.waitFor(() => expect(closed.tried).toEqual([...Array(12).keys()]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The third batch was not full: the next claim waits for the interval.
    expect(closed.queue.limits).toEqual([5, 5, 5]);

    const halfOpen = setup({ jobs: jobs(3), breaker: new FakeBreaker('half_open') });
    await vi.waitFor(() => expect(halfOpen.tried).toEqual([0]));
    expect(halfOpen.queue.limits).toEqual([1]);
    expect(halfOpen.queue.jobs.map((j) => j.state)).toEqual(['done', 'pending', 'pending']);
  });

  it('does not claim again at once a full batch it handed back untried', async () => {
    const { queue, tried } = setup({ jobs: jobs(7), run: async () => ({ status: 'not_tried' }) });
    await vi.waitFor(() => expect(tried).toHaveLength(5));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Due again at once, these five would be claimed over and over.
    expect(queue.limits).toEqual([5]);
  });

  it('retries a failure later, with backoff from the base delay', async () => {
    const { queue } = setup({
      jobs: jobs(1, 2),
      run: async () => ({ status: 'failed', outcome: 'unavailable', reason: '503' }),
    });
    const [job] = queue.jobs;
    await vi.waitFor(() => expect(job).toMatchObject({ attempts: 3, lastError: '503', leased: false }));
    expect(job!.state).toBe('pending');
    // Third attempt: 1000 * 2^2, with jitter between half and all of it.
    expect(job!.dueAt - Date.now()).toBeGreaterThan(1500);
    expect(job!.dueAt - Date.now()).toBeLessThanOrEqual(4000);
  });

  it('counts a throw as a failure worth a retry', async () => {
    const { queue } = setup({ jobs: jobs(1), run: () => Promise.reject(new Error('bug')) });
    await vi.waitFor(() =>
      expect(queue.jobs[0]).toMatchObject({ lastError: 'unexpected error', leased: false }),
    );
    expect(queue.jobs[0]!.state).toBe('pending');
  });

  it('hands a job that was not tried back without counting the attempt', async () => {
    const { queue, tried } = setup({ jobs: jobs(1, 4), run: async () => ({ status: 'not_tried' }) });
    await vi.waitFor(() => expect(tried).toEqual([0]));
    await vi.waitFor(() => expect(queue.jobs[0]).toMatchObject({ attempts: 4, leased: false, dueAt: 0 }));
    expect(queue.jobs[0]!.state).toBe('pending');
  });

  it('gives a job up at the cap, or at once when the failure is final', async () => {
    const fail = async (job: TestJob): Promise<JobResult> => ({
      status: 'failed',
      outcome: job.id === 0 ? 'unavailable' : 'rejected',
      reason: `no ${job.id}`,
      final: job.id === 2,
    });
    const outcomes = (queue: MemoryQueue) => queue.jobs.map((j) => [j.state, j.attempts, j.lastError]);
    const capped = setup({ jobs: jobs(3, 2), maxAttempts: 3, run: fail });
    await vi.waitFor(() =>
      expect(outcomes(capped.queue)).toEqual([
        ['dead', 3, 'no 0'],
        ['dead', 3, 'no 1'],
        ['dead', 3, 'no 2'],
      ]),
    );
    const uncapped = setup({ jobs: jobs(3, 2), run: fail });
    await vi.waitFor(() =>
      expect(outcomes(uncapped.queue)).toEqual([
        ['pending', 3, 'no 0'],
        ['pending', 3, 'no 1'],
        ['dead', 3, 'no 2'],
      ]),
    );
  });

  it('hands the rest of the batch back when stopping, or when the breaker opens mid-batch', async () => {
    let finish!: () => void;
    const stopping = setup({
      jobs: jobs(3),
      run: (job) => (job.id === 0 ? new Promise((resolve) => (finish = () => resolve(DONE))) : done()),
    });
    await vi.waitFor(() => expect(stopping.tried).toEqual([0]));
    const stopped = stopping.runner.beforeApplicationShutdown();
    finish();
    await stopped;
    expect(stopping.queue.jobs.map((j) => [j.state, j.attempts, j.leased])).toEqual([
      ['done', 1, false],
      ['pending', 0, false],
      ['pending', 0, false],
    ]);

    const breaker = new FakeBreaker();
    const opening = setup({
      jobs: jobs(3),
      breaker,
      run: async () => {
        breaker.state = 'open';
        return { status: 'failed', outcome: 'unavailable', reason: 'down' };
      },
    });
    await vi.waitFor(() =>
      expect(opening.queue.jobs.map((j) => [j.attempts, j.leased, j.lastError])).toEqual([
        [1, false, 'down'],
        [0, false, undefined],
        [0, false, undefined],
      ]),
    );
    expect(opening.tried).toEqual([0]);
  });

  it('aborts the try in hand when stopping, and hands it back without counting the attempt', async () => {
    let aborted = false;
    const { queue, runner, tried } = setup({
      jobs: jobs(2, 1),
      run: (job) =>
        new Promise<JobResult>((resolve) => {
          // A provider call that never answers, until the runner's signal ends it.
          (job as TestJob & { signal?: AbortSignal }).signal?.addEventListener('abort', () => {
            aborted = true;
            resolve({ status: 'failed', outcome: 'unavailable', reason: 'aborted' });
          });
        }),
    });
    await vi.waitFor(() => expect(tried).toEqual([0]));
    await runner.beforeApplicationShutdown();
    expect(aborted).toBe(true);
    expect(queue.jobs.map((j) => [j.state, j.attempts, j.leased, j.lastError])).toEqual([
      ['pending', 1, false, undefined],
      ['pending', 1, false, undefined],
    ]);
  });

  it('on recovery, makes jobs waiting out a backoff due and works on them at once; not those scheduled for later', async () => {
    const breaker = new FakeBreaker('open');
    const waiting = jobs(3).map((job, i) => ({
      ...job,
      attempts: i < 2 ? 1 : 0,
      dueAt: Date.now() + 60_000,
    }));
    const { tried } = setup({ jobs: waiting, breaker, wakeOnRecovery: true });
    await vi.waitFor(() => expect(breaker.reads).toBeGreaterThan(0));
    breaker.state = 'closed';
    await vi.waitFor(() => expect(tried).toEqual([0, 1]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tried).toEqual([0, 1]);
  });
});
