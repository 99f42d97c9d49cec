import { Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { AppConfig } from '../config/app-config.js';
import { AdminAuthGuard, FAILED_AUTH_WINDOW_MS, MAX_FAILED_AUTH_PER_MINUTE } from './admin-auth.guard.js';
import { AdminKeys } from './admin-keys.js';
import { FailedAuthLimiter, MemoryFailedAuthLimiter, RedisFailedAuthLimiter } from './failed-auth-limiter.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency.store.js';
import { MultipartLeftovers } from './multipart.interceptor.js';
import { RateLimitHealth } from './rate-limit-health.js';
import { RateLimit } from './rate-limit.js';
import { MemoryRateLimitStorage, RedisRateLimitStorage } from './rate-limit.storage.js';
import { UnfinishedWork } from './unfinished-work.js';

/**
 * The request-wide layer Nest wires in: the rate limit (`RateLimit`, whose request hook `createApp`
 * adds), what the request timeout needs (`UnfinishedWork`; each controller but /health's and the
 * registration status's names the interceptor, `@RequestTimeout()`), the idempotency store
 * behind `@Idempotent()`, and the admin key check every admin route (native or FastAPI-compatible) goes
 * through. The request hooks (logging, headers, body refusals, the rate limit) are set up in `createApp`.
 */
@Module({})
export class HardeningModule {
  static forRoot(config: AppConfig): DynamicModule {
    // Counters in Redis when REDIS_URL is set (shared by all instances), in memory otherwise.
    const health = new RateLimitHealth(config.redisUrl ? 'redis' : 'memory');
    const redis = config.redisUrl
      ? new RedisRateLimitStorage(config.redisUrl, config.redisKeyPrefix, health)
      : undefined;
    const storage = redis ?? new MemoryRateLimitStorage();
    // Failed admin logins are counted in Redis (shared by every instance) when there is one.
    const failedAuth = redis
      ? new RedisFailedAuthLimiter(redis, MAX_FAILED_AUTH_PER_MINUTE, FAILED_AUTH_WINDOW_MS)
      : new MemoryFailedAuthLimiter(MAX_FAILED_AUTH_PER_MINUTE, FAILED_AUTH_WINDOW_MS);
    return {
      module: HardeningModule,
      global: true,
      providers: [
        { provide: ThrottlerStorage, useValue: storage },
        RateLimit,
        { provide: RateLimitHealth, useValue: health },
        UnfinishedWork,
        IdempotencyStore,
        IdempotencyInterceptor,
        MultipartLeftovers,
        AdminKeys,
        AdminAuthGuard,
        { provide: FailedAuthLimiter, useValue: failedAuth },
        ...(redis
          ? [{ provide: RedisRateLimitStorage, useValue: redis }]
          : [{ provide: MemoryRateLimitStorage, useValue: storage }]),
      ],
      exports: [
        UnfinishedWork,
        IdempotencyStore,
        IdempotencyInterceptor,
        RateLimitHealth,
        RateLimit,
        // Guards are built in the module of the controller that uses them: what they need is exported.
        AdminKeys,
        AdminAuthGuard,
        FailedAuthLimiter,
      ],
    };
  }
}
