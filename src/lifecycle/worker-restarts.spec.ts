import { describe, expect, it } from 'vitest';
import { MAX_RESTART_DELAY_MS, STABLE_AFTER_MS, WorkerSlot } from './worker-restarts.js';

describe('WorkerSlot', () => {
  it('restarts a worker that fails to start with a doubling delay, then gives up after the cap', () => {
    const slot = new WorkerSlot({ maxStartFailures: 4, firstDelayMs: 1000 });
    expect(slot.exited(false)).toEqual({ action: 'restart', delayMs: 1000, inARow: 1 });
    expect(slot.exited(false)).toEqual({ action: 'restart', delayMs: 2000, inARow: 2 });
    expect(slot.exited(false)).toEqual({ action: 'restart', delayMs: 4000, inARow: 3 });
    expect(slot.exited(false)).toEqual({ action: 'give-up', inARow: 4 });
  });

  it('gives up at the first failure when WORKER_MAX_START_FAILURES is 1', () => {
    expect(new WorkerSlot({ maxStartFailures: 1, firstDelayMs: 1000 }).exited(false)).toEqual({
      action: 'give-up',
      inARow: 1,
    });
  });

  it('never waits longer than MAX_RESTART_DELAY_MS', () => {
    const slot = new WorkerSlot({ maxStartFailures: 100, firstDelayMs: 1000 });
    const delays = Array.from({ length: 10 }, () => slot.exited(false)).map((d) =>
      d.action === 'restart' ? d.delayMs : -1,
    );
    expect(delays.at(-1)).toBe(MAX_RESTART_DELAY_MS);
    expect(Math.max(...delays)).toBe(MAX_RESTART_DELAY_MS);
  });

  it('forgets the failed starts once a worker of the slot has served', () => {
    const slot = new WorkerSlot({ maxStartFailures: 3, firstDelayMs: 100 });
    slot.exited(false);
    slot.exited(false);
    expect(slot.exited(true, STABLE_AFTER_MS)).toEqual({ action: 'restart', delayMs: 0, inARow: 1 });
    expect(slot.exited(false)).toEqual({ action: 'restart', delayMs: 100, inARow: 1 });
  });

  it('replaces a worker that died after serving at once, and backs off while replacements keep dying soon', () => {
    const slot = new WorkerSlot({ maxStartFailures: 2, firstDelayMs: 100 });
    expect(slot.exited(true, 5_000)).toEqual({ action: 'restart', delayMs: 0, inARow: 1 });
    expect(slot.exited(true, 1_000)).toEqual({ action: 'restart', delayMs: 100, inARow: 2 });
    expect(slot.exited(true, 1_000)).toEqual({ action: 'restart', delayMs: 200, inARow: 3 });
    // It served: never a reason to give up. A worker that lived long enough starts the count again.
    expect(slot.exited(true, STABLE_AFTER_MS)).toEqual({ action: 'restart', delayMs: 0, inARow: 1 });
  });
});
