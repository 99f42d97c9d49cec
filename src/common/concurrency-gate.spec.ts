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
  });

  it('hands a freed slot to the one waiting, before a newcomer that arrives in the same instant', async () => {
    const gate = new ConcurrencyGate(1);
    const started: number[] = [];
    let finishFirst!: () => void;
    const firstDone = new Promise<number>((resolve) => (finishFirst = () => resolve(1)));
    const first = gate.run(() => {
      started.push(1);
      return firstDone;
    });
    const waiting = heldWork(started, 2);
    const second = gate.run(waiting.work);
    // Runs right after the gate has seen the first finish, before the waiting one resumes: a gate that
    // freed the slot and let the waiting one take it back later would start this one first, and run two.
    const newcomer = heldWork(started, 3);
    const third = firstDone.then(() => gate.run(newcomer.work));
    finishFirst();
    await settle();
    expect(started).toEqual([1, 2]);
    waiting.finish();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    newcomer.finish();
    expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
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
