import { Module, type DynamicModule } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { AdminModule } from './admin/admin.module.js';
import { CaptainModule } from './captain/captain.module.js';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { FilesModule } from './files/files.module.js';
import { HardeningModule } from './hardening/hardening.module.js';
import { HealthModule } from './health/health.module.js';
import { LegacyModule } from './legacy/legacy.module.js';
import { MailModule } from './mail/mail.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { RegistrationModule } from './registration/registration.module.js';
import { ResilienceModule } from './resilience/resilience.module.js';
import { StorageModule } from './storage/storage.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: PinoLogger, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        // Nest's logger writes through the app logger; the request log and its per-request context are
        // bound by `requestLogger`, the first middleware (see createApp), hence no routes for its own.
        LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true, forRoutes: [] }),
        HardeningModule.forRoot(config),
        DatabaseModule,
        ResilienceModule,
        StorageModule,
        MailModule,
        MetricsModule,
        HealthModule,
        RegistrationModule,
        CaptainModule,
        AdminModule,
        FilesModule,
        // The FastAPI-compatible API under LEGACY_API_PREFIX, unless it is off.
        ...(config.legacyApi.prefix
          ? [LegacyModule, RouterModule.register([{ path: config.legacyApi.prefix, module: LegacyModule }])]
          : []),
      ],
    };
  }
}
