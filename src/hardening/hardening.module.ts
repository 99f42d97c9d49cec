import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../config/app-config.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency.store.js';
import { JsonBodyInterceptor } from './json-body.js';
import { RateLimitHealth } from './rate-limit-health.js';
import { RateLimitGuard, rateLimitOptions, StaticRateLimit } from './rate-limit.guard.js';
import { RedisRateLimitStorage } from './rate-limit.storage.js';
import { RequestTimeoutInterceptor } from './request-timeout.interceptor.js';
import { UnfinishedWork } from './unfinished-work.js';

/**
 * The request-wide layer Nest wires in: rate limits (guard, and `StaticRateLimit` for what Express
 * serves itself), the request timeout and, inside it, the JSON body (interceptors, in that order), and
 * the idempotency store behind `@Idempotent()`. Express-level parts (logging, headers, body refusals)
 * are set up in `createApp`.
 */
@Module({})
export class HardeningModule {
  static forRoot(config: AppConfig): DynamicModule {
    // Counters in Redis when REDIS_URL is set (shared by all instances), in memory otherwise.
    const health = new RateLimitHealth(config.redisUrl ? 'redis' : 'memory');
    const storage = config.redisUrl
      ? new RedisRateLimitStorage(config.redisUrl, config.redisKeyPrefix, health)
      : undefined;
    return {
      module: HardeningModule,
      global: true,
      imports: [ThrottlerModule.forRoot({ ...rateLimitOptions(config), storage })],
      providers: [
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_INTERCEPTOR, useClass: RequestTimeoutInterceptor },
        { provide: APP_INTERCEPTOR, useClass: JsonBodyInterceptor },
        { provide: RateLimitHealth, useValue: health },
        StaticRateLimit,
        UnfinishedWork,
        IdempotencyStore,
        IdempotencyInterceptor,
        ...(storage ? [{ provide: RedisRateLimitStorage, useValue: storage }] : []),
      ],
      exports: [
        UnfinishedWork,
        IdempotencyStore,
        IdempotencyInterceptor,
        RateLimitHealth,
        StaticRateLimit,
        // The Redis connection, when there is one, for other shared counters (admin failed logins).
        ...(storage ? [RedisRateLimitStorage] : []),
      ],
    };
  }
}
