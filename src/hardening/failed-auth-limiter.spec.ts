import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateLimitHealth } from './rate-limit-health.js';
import { RedisRateLimitStorage } from './rate-limit.storage.js';
import { MemoryFailedAuthLimiter, RedisFailedAuthLimiter } from './failed-auth-limiter.js';

describe('MemoryFailedAuthLimiter', () => {
  it('counts failures up to the limit, then answers the seconds left in the window, per client', async () => {
    let now = 1_000_000;
    const limiter = new MemoryFailedAuthLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) expect(await limiter.failedAttempt('10.0.0.1')).toBe(0);
    expect(await limiter.failedAttempt('10.0.0.1')).toBe(60);
    expect(await limiter.failedAttempt('10.0.0.2')).toBe(0);
    now += 45_500;
    expect(await limiter.failedAttempt('10.0.0.1')).toBe(15);
    now += 14_500;
    // A new window starts from this failure.
    expect(await limiter.failedAttempt('10.0.0.1')).toBe(0);
    expect(await limiter.failedAttempt('10.0.0.1')).toBe(0);
    expect(await limiter.failedAttempt('10.0.0.1')).toBe(0);
    expect(await limiter.failedAttempt('10.0.0.1')).toBe(60);
  });
});

describe('RedisFailedAuthLimiter', () => {
  const quiet = () => {
    vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    vi.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  };

  it('fails open when Redis is unreachable: nothing counted, never locked out, at once', async () => {
    quiet();
    const health = new RateLimitHealth('redis');
    const storage = new RedisRateLimitStorage('redis://127.0.0.1:1', 'test:', health);
    try {
      const limiter = new RedisFailedAuthLimiter(storage, 2, 60_000);
      const started = performance.now();
      for (let i = 0; i < 5; i++) expect(await limiter.failedAttempt('10.0.0.1')).toBe(0);
      expect(performance.now() - started).toBeLessThan(2500);
      expect(health.isDegraded).toBe(true);
    } finally {
      storage.onApplicationShutdown();
      vi.restoreAllMocks();
    }
  });

  describe.runIf(process.env.REDIS_URL)('on a real Redis', () => {
    let storage: RedisRateLimitStorage;
    beforeAll(async () => {
      storage = new RedisRateLimitStorage(
        process.env.REDIS_URL!,
        `test:${randomUUID()}:`,
        new RateLimitHealth('redis'),
      );
      // Commands fail at once (fail open) until the connection is ready.
      await vi.waitFor(async () =>
        expect(await storage.failOpen((redis) => redis.ping(), 'down')).toBe('PONG'),
      );
    });
    afterAll(() => storage.onApplicationShutdown());

    it('shares one count between limiters, locks out at the limit and forgets after the window', async () => {
      const one = new RedisFailedAuthLimiter(storage, 3, 1000);
      const other = new RedisFailedAuthLimiter(storage, 3, 1000);
      expect(await one.failedAttempt('10.0.0.1')).toBe(0);
      expect(await other.failedAttempt('10.0.0.1')).toBe(0);
      expect(await one.failedAttempt('10.0.0.1')).toBe(0);
      expect(await other.failedAttempt('10.0.0.1')).toBe(1);
      expect(await one.failedAttempt('10.0.0.2')).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await other.failedAttempt('10.0.0.1')).toBe(0);
    });
  });
});
