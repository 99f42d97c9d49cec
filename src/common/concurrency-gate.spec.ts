import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './concurrency-gate.js';

/** A piece of work that runs until `finish` is called, recording when it starts. */
function heldWork(started: number[], name: number) {
  let finish!: (fail?: boolean) => void;
  const work = () =>
    new Promise<number>((resolve, reject) => {
      started.push(name);
      finish = (fail) => (fail ? reject(new Error(`work ${name} failed`)) : resolve(name));
    });
  return { work, finish: (fail?: boolean) => finish(fail) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyGate', () => {
  it('runs at most its limit at once and starts the others in arrival order as slots free', async () => {
    const gate = new ConcurrencyGate(2);
    const started: number[] = [];
    const works = [1, 2, 3, 4, 5].map((n) => heldWork(started, n));
    const results = works.map((w) => gate.run(w.work));
    await settle();
    expect(started).toEqual([1, 2]);
    expect(gate.waiting).toBe(3);

    works[1]!.finish();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    works[0]!.finish();
    await settle();
    expect(started).toEqual([1, 2, 3, 4]);

    // A newcomer waits behind those already in line.
    const late = heldWork(started, 6);
    const lateResult = gate.run(late.work);
    works[2]!.finish();
    await settle();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    works[3]!.finish();
    works[4]!.finish();
    await settle();
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
    late.finish();
    expect(await Promise.all([...results, lateResult])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(gate.waiting).toBe(0);
  });

  it('frees the slot of work that fails, and hands its error to its caller only', async () => {
    const gate = new ConcurrencyGate(1);
    const started: number[] = [];
    const failing = heldWork(started, 1);
    const next = heldWork(started, 2);
    const failed = gate.run(failing.work);
    const second = gate.run(next.work);
    failing.finish(true);
    await expect(failed).rejects.toThrow('work 1 failed');
    await settle();
    expect(started).toEqual([1, 2]);
    next.finish();
    expect(await second).toBe(2);
    // The gate is whole again: a new piece of work starts at once.
    const after = heldWork(started, 3);
    const third = gate.run(after.work);
    await settle();
    expect(started).toEqual([1, 2, 3]);
    after.finish();
    expect(await third).toBe(3);
  });

  it('frees the slot of work that throws before it returns a promise', async () => {
    const gate = new ConcurrencyGate(1);
    await expect(
      gate.run(() => {
        throw new Error('thrown at once');
      }),
    ).rejects.toThrow('thrown at once');
    expect(await gate.run(async () => 'ran')).toBe('ran');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new ConcurrencyGate(0)).toThrow(RangeError);
    expect(() => new ConcurrencyGate(1.5)).toThrow(RangeError);
  });
});
