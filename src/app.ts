import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/app-config.js';
import { DOCS_PATH, setupDocs } from './docs/setup-docs.js';
import { noStoreForAdmin } from './hardening/admin-no-store.js';
import { refuseEncodedBodies } from './hardening/body-size-limit.js';
import { answerMalformedRequestsInEnvelope } from './hardening/client-error.js';
import { ErrorEnvelopeFilter } from './hardening/error-envelope.filter.js';
import { StaticRateLimit } from './hardening/rate-limit.guard.js';
import { staticHeaders } from './hardening/static-headers.js';
import { createAppLogger, requestLogger } from './hardening/request-logging.js';
import { rejectOversizeBodies } from './legacy/legacy-body-limit.js';
import { MetricsService } from './metrics/metrics.service.js';
import { uploadsRoot } from './storage/storage.module.js';

/**
 * `compression` wraps `write`, `end` and `on` and hooks the headers of every response, then decides
 * from Accept-Encoding (and the size) whether to compress: a request that accepts no encoding skips it
 * (issue 15). Its answers are the same; they lack only `Vary: Accept-Encoding`, which `compression`
 * adds to identity answers too (an identity answer suits any client, so a cache may serve it to all).
 */
function compressWhenAccepted(compress: ReturnType<typeof compression>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.headers['accept-encoding']) compress(req, res, next);
    else next();
  };
}

export interface AppOptions {
  /** Where the JSON log lines go instead of stdout (tests capture them here). */
  logDestination?: DestinationStream;
  /** The time the app sees (tests move it across the registration window). */
  clock?: Clock;
}

/**
 * Builds the whole application from one config object; `main.ts` and the tests both start it this way.
 * Signals are handled by `main.ts` (lifecycle/graceful-shutdown.ts), which drains requests before `app.close()`.
 */
export async function createApp(
  config: AppConfig,
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  const logger = createAppLogger(config, options.logDestination);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, logger, options.clock),
    {
      bufferLogs: true,
      // No body parser before routing: JSON is read by `readJsonBody` (RequestTimeoutInterceptor), multipart by its interceptor,
      // each only for a route that takes it, after the rate limit.
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  // The logger masks every secret, email and URL credential in it.
  logger.info({ event: 'config', config }, 'configuration loaded');

  answerMalformedRequestsInEnvelope(app.getHttpServer());
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  // Order matters: the request log (and request id) first, so every request gets both.
  app.use(requestLogger(logger));
  // Under API_WORKERS > 1, which worker answered: to match a response with that worker's log.
  const workerId = cluster.isWorker ? String(cluster.worker!.id) : undefined;
  if (workerId) {
    app.use((_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('X-Worker-Id', workerId);
      next();
    });
  }
  app.use(app.get(MetricsService).recordRequests);
  // Logos may be shown by the front-end on another origin. Helmet's headers are fixed (no per-request
  // directive such as a nonce), so they are worked out once and set by one loop (issue 15).
  app.use(staticHeaders(helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } })));
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: [
      'Content-Type',
      'Authorization',
      'X-API-Key',
      'X-Request-Id',
      'Idempotency-Key',
      'X-Idempotency-Key',
    ],
    exposedHeaders: [
      'X-Request-Id',
      'Retry-After',
      'Idempotent-Replayed',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ],
    maxAge: 600,
  });
  app.use(compressWhenAccepted(compression({ threshold: 1024 })));
  app.use(noStoreForAdmin);
  app.use(refuseEncodedBodies);
  app.use(rejectOversizeBodies(config));
  app.useGlobalFilters(new ErrorEnvelopeFilter());
  // Served by Express, not by Nest's routes, so outside the rate-limit guard: the read budget here.
  app.use(['/uploads', `/${DOCS_PATH}`, `/${DOCS_PATH}-json`], app.get(StaticRateLimit).middleware);
  setupDocs(app);

  // Public files only (logos): private ones live outside this tree and open only through signed
  // `/files/...` links (src/files/), so no `/uploads` URL reaches them whatever its name.
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
