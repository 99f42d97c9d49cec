import { describe, expect, it } from 'vitest';
import { pipelined } from './transactions.js';

/** `outcome`'s value, or its error, after `ms`. */
const after = async <T>(ms: number, outcome: () => T): Promise<T> => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return outcome();
};

describe('pipelined', () => {
  it('answers every step, in order', async () => {
    expect(
      await pipelined(
        after(20, () => 'lock'),
        after(5, () => 2),
      ),
    ).toEqual(['lock', 2]);
  });

  it('fails as the first failed step did, even when a later one failed sooner, and only once all settled', async () => {
    let lastSettled = false;
    const insert = after(30, () => {
      throw new Error('duplicate name');
    });
    const number = after(5, () => {
      throw new Error('current transaction is aborted');
    });
    const pending = after(60, () => (lastSettled = true));
    await expect(pipelined(insert, pending, number)).rejects.toThrow('duplicate name');
    expect(lastSettled).toBe(true);
  });
});
