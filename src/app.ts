import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { setupDocs } from './docs/setup-docs.js';
import type { AppConfig } from './config/app-config.js';
import { ErrorEnvelopeFilter } from './hardening/error-envelope.filter.js';
import { requestIdFor } from './hardening/request-id.js';
import { MetricsService } from './metrics/metrics.service.js';
import { uploadsRoot } from './storage/storage.module.js';

/**
 * Builds the whole application from one config object; `main.ts` and the tests both start it this way.
 * Signals are handled by `main.ts` (lifecycle/graceful-shutdown.ts), which drains requests before `app.close()`.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: config.log.level === 'silent' ? false : undefined,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  // Under API_WORKERS > 1, which worker answered: to match a response with that worker's log.
  const workerId = cluster.isWorker ? String(cluster.worker!.id) : undefined;
  app.use((req: Request, res: Response, next: NextFunction) => {
    requestIdFor(req, res);
    if (workerId) res.setHeader('X-Worker-Id', workerId);
    next();
  });
  app.use(app.get(MetricsService).recordRequests);
  app.useBodyParser('json', { limit: config.http.maxRequestBytes });
  app.useGlobalFilters(new ErrorEnvelopeFilter());
  setupDocs(app);

  if (!config.cloudinary) {
    app.useStaticAssets(uploadsRoot(config), {
      prefix: '/uploads',
      index: false,
      dotfiles: 'deny',
      fallthrough: true,
    });
  }
  return app;
}
