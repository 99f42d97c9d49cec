import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import type { RateLimitHealth } from './rate-limit-health.js';

type CounterRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** A counter Redis has not answered in this long is not worth waiting for: the request goes through. */
const COMMAND_TIMEOUT_MS = 500;

/**
 * Rate-limit counters in Redis, shared by every instance. When Redis is unreachable or stalls, the
 * request is let through (an outage of the counter store must not take registration down with it),
 * within COMMAND_TIMEOUT_MS at worst, and `RateLimitHealth` shows the limiter degraded.
 */
export class RedisRateLimitStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: Redis;
  private readonly counters: ThrottlerStorageRedisService;

  constructor(
    url: string,
    keyPrefix: string,
    private readonly health: RateLimitHealth,
  ) {
    this.redis = new Redis(url, {
      keyPrefix,
      connectTimeout: 2000,
      // A Redis that takes connections but stops answering: each command gives up after the timeout,
      // and a connection silent that long while owing a reply is dropped and reopened...
      commandTimeout: COMMAND_TIMEOUT_MS,
      socketTimeout: COMMAND_TIMEOUT_MS,
      // ...and until it is ready again, commands fail at once instead of queueing.
      enableOfflineQueue: false,
      // Never replayed after a reconnect: the request was already let through, a replay would count it twice.
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
    });
    this.redis.on('error', (error: Error) => this.failed(error));
    this.redis.on('ready', () => this.recovered());
    this.counters = new ThrottlerStorageRedisService(this.redis);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<CounterRecord> {
    try {
      const record = await this.counters.increment(key, ttl, limit, blockDuration, throttlerName);
      this.recovered();
      return record;
    } catch (error) {
      this.failed(error as Error);
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  /**
   * Runs `command` on this same connection under the same policy as the counters: when Redis errs, is
   * unreachable or does not answer within COMMAND_TIMEOUT_MS, the answer is `fallback` (and the limiter
   * shows degraded). For other per-client counters that must not hold or refuse a request when Redis
   * is down (the admin failed-login count); keys get REDIS_KEY_PREFIX like every key here.
   */
  async failOpen<T>(command: (redis: Redis) => Promise<T>, fallback: T): Promise<T> {
    try {
      const result = await command(this.redis);
      this.recovered();
      return result;
    } catch (error) {
      this.failed(error as Error);
      return fallback;
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private failed(error: Error): void {
    if (!this.health.isDegraded) {
      this.logger.warn({ msg: 'rate-limit store unreachable; requests are not limited', err: error });
    }
    this.health.failed();
  }

  private recovered(): void {
    if (this.health.isDegraded) this.logger.log({ msg: 'rate-limit store reachable again' });
    this.health.succeeded();
  }
}

interface MemoryCounter {
  hits: number;
  /** When the window's count resets (ms since the epoch). */
  expiresAt: number;
  /** Until when the key is refused (0: not blocked). */
  blockedUntil: number;
}

/** How often counters whose window and block have both passed are dropped. */
const SWEEP_MS = 60_000;

/**
 * Rate-limit counters in this process (no REDIS_URL), counted exactly as the Redis script of
 * `ThrottlerStorageRedisService` counts them: a fixed window of `ttl` from the first hit, and past
 * `limit` a block of `blockDuration`. O(1) per request: @nestjs/throttler's in-memory storage keeps
 * one timestamp per hit and filters the whole list (limit-sized, up to a minute of hits) on each request.
 */
export class MemoryRateLimitStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly counters = new Map<string, MemoryCounter>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(Date.now()), SWEEP_MS);
    this.sweeper.unref();
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<CounterRecord> {
    const now = Date.now();
    const id = `${key}:${throttlerName}`;
    let counter = this.counters.get(id);
    if (!counter) {
      counter = { hits: 0, expiresAt: now + ttl, blockedUntil: 0 };
      this.counters.set(id, counter);
    } else if (counter.expiresAt <= now) {
      counter.hits = 0;
      counter.expiresAt = now + ttl;
    }
    counter.hits += 1;
    let timeToBlockExpire = 0;
    let isBlocked = counter.blockedUntil > now;
    if (isBlocked) timeToBlockExpire = counter.blockedUntil - now;
    else if (counter.hits > limit) {
      counter.blockedUntil = now + blockDuration;
      isBlocked = true;
      timeToBlockExpire = blockDuration;
    }
    if (isBlocked && timeToBlockExpire <= 0) {
      // A zero block: the window starts again with this hit.
      counter.blockedUntil = 0;
      counter.hits = 1;
      counter.expiresAt = now + ttl;
      isBlocked = false;
    }
    return Promise.resolve({
      totalHits: counter.hits,
      timeToExpire: Math.ceil((counter.expiresAt - now) / 1000),
      isBlocked,
      timeToBlockExpire: Math.ceil(timeToBlockExpire / 1000),
    });
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  private sweep(now: number): void {
    for (const [id, counter] of this.counters) {
      if (counter.expiresAt <= now && counter.blockedUntil <= now) this.counters.delete(id);
    }
  }
}
