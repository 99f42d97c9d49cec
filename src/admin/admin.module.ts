import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RedisRateLimitStorage } from '../hardening/rate-limit.storage.js';
import { AdminAuthGuard, FAILED_AUTH_WINDOW_MS, MAX_FAILED_AUTH_PER_MINUTE } from './admin-auth.guard.js';
import { AdminKeys } from './admin-keys.js';
import { AdminTeamsRepository } from './admin-teams.repository.js';
import { AdminTeamsService } from './admin-teams.service.js';
import { TeamsModule } from '../teams/teams.module.js';
import { AdminController } from './admin.controller.js';
import { FailedAuthLimiter, MemoryFailedAuthLimiter, RedisFailedAuthLimiter } from './failed-auth-limiter.js';

/** Failed admin logins counted in Redis (shared by every instance) when REDIS_URL is set, else in memory. */
const failedAuthLimiter = {
  provide: FailedAuthLimiter,
  inject: [APP_CONFIG, { token: RedisRateLimitStorage, optional: true }],
  useFactory: (config: AppConfig, redis?: RedisRateLimitStorage) =>
    config.redisUrl && redis
      ? new RedisFailedAuthLimiter(redis, MAX_FAILED_AUTH_PER_MINUTE, FAILED_AUTH_WINDOW_MS)
      : new MemoryFailedAuthLimiter(MAX_FAILED_AUTH_PER_MINUTE, FAILED_AUTH_WINDOW_MS),
};

@Module({
  imports: [TeamsModule],
  controllers: [AdminController],
  providers: [AdminKeys, AdminAuthGuard, failedAuthLimiter, AdminTeamsService, AdminTeamsRepository],
})
export class AdminModule {}
