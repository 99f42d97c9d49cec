import { describe, expect, it } from 'vitest';
import { backoffDelay, retryTransient } from './retry.js';

describe('backoffDelay', () => {
  it('doubles with each attempt, with jitter between half and all of it, and respects the cap', () => {
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const full = 100 * 2 ** (attempt - 1);
      const delays = Array.from({ length: 50 }, () => backoffDelay(100, attempt));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(full / 2);
      expect(Math.max(...delays)).toBeLessThanOrEqual(full);
      expect(new Set(delays).size).toBeGreaterThan(1);
    }
    expect(backoffDelay(100, 20, 1000)).toBeLessThanOrEqual(1000);
  });
});

describe('retryTransient', () => {
  const failing = (failures: number, error: Error) => {
    let calls = 0;
    const action = async () => {
      calls += 1;
      if (calls <= failures) throw error;
      return calls;
    };
    return { action, calls: () => calls };
  };

  it('retries transient faults until one succeeds', async () => {
    const { action } = failing(2, new Error('503'));
    const policy = { attempts: 3, baseDelayMs: 1, deadline: Date.now() + 5000, isTransient: () => true };
    await expect(retryTransient(action, policy)).resolves.toBe(3);
  });

  it('does not retry a fault that is not transient', async () => {
    const { action, calls } = failing(1, new Error('400'));
    const policy = { attempts: 3, baseDelayMs: 1, deadline: Date.now() + 5000, isTransient: () => false };
    await expect(retryTransient(action, policy)).rejects.toThrow('400');
    expect(calls()).toBe(1);
  });

  it('starts no try that would begin after the deadline (the breaker timeout)', async () => {
    const { action, calls } = failing(5, new Error('503'));
    const policy = { attempts: 5, baseDelayMs: 1000, deadline: Date.now() + 300, isTransient: () => true };
    await expect(retryTransient(action, policy)).rejects.toThrow('503');
    expect(calls()).toBe(1);
  });
});
