import type { RedisRateLimitStorage } from './rate-limit.storage.js';

/**
 * Counts failed admin authentications (a wrong or missing key) per client in fixed windows. Once a client
 * has `maxFailures` in its window, its further failures are answered 429 until the window ends, and are
 * not counted. It is consulted only for a request whose key is not valid: a valid key is never refused,
 * so a guesser sharing the admins' address (everyone behind a proxy without TRUST_PROXY) cannot lock them out.
 */
export abstract class FailedAuthLimiter {
  /**
   * A failed attempt by `client`: counted, and 0 returned, while the client is under the limit; once it
   * is locked out, the seconds until its window ends (nothing counted).
   */
  abstract failedAttempt(client: string): Promise<number>;
}

/** In memory: each process (each worker) counts its own clients' attempts. */
export class MemoryFailedAuthLimiter extends FailedAuthLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async failedAttempt(client: string): Promise<number> {
    const now = this.now();
    const entry = this.failures.get(client);
    if (entry && entry.resetAt > now) {
      if (entry.count >= this.maxFailures) return Math.ceil((entry.resetAt - now) / 1000);
      entry.count += 1;
      return 0;
    }
    if (this.failures.size >= 10_000) this.forgetExpired(now);
    this.failures.set(client, { count: 1, resetAt: now + this.windowMs });
    return 0;
  }

  private forgetExpired(now: number): void {
    for (const [client, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(client);
  }
}

/**
 * Reads the client's count; when it is at the limit, returns its milliseconds to live (locked out),
 * else counts this failure, starting the window on the first one (returns -1: not locked out).
 */
const FAILED_ATTEMPT_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then return ttl end
end
count = redis.call('INCR', KEYS[1])
if count == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return -1`;

/**
 * In Redis (REDIS_URL), on the rate limiter's connection: every instance and worker shares the counts.
 * One round trip per failed attempt, none for a valid key. When Redis is down or stalls, it fails open
 * like the rate limiter (within its 0.5 s command timeout): the attempt is answered 401, not counted.
 */
export class RedisFailedAuthLimiter extends FailedAuthLimiter {
  constructor(
    private readonly redis: RedisRateLimitStorage,
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {
    super();
  }

  async failedAttempt(client: string): Promise<number> {
    const ttl = await this.redis.failOpen(
      (redis) =>
        redis.eval(
          FAILED_ATTEMPT_SCRIPT,
          1,
          `admin-auth-failures:${client}`,
          this.maxFailures,
          this.windowMs,
        ) as Promise<number>,
      -1,
    );
    return ttl > 0 ? Math.ceil(ttl / 1000) : 0;
  }
}
