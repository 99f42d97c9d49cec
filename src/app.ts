import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { FastifyError } from 'fastify';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/app-config.js';
import { setupDocs } from './docs/setup-docs.js';
import { noStoreForAdmin } from './hardening/admin-no-store.js';
import { refuseEncodedBodies } from './hardening/body-size-limit.js';
import { answerMalformedRequest, answerRouterError } from './hardening/client-error.js';
import { ErrorEnvelopeFilter } from './hardening/error-envelope.filter.js';
import type { HttpReply, HttpRequest } from './hardening/http.js';
import { RouteTable } from './hardening/method-not-allowed.js';
import { requestIdOf } from './hardening/request-id.js';
import { RateLimit } from './hardening/rate-limit.js';
import { staticHeaders } from './hardening/static-headers.js';
import { createAppLogger, requestLogger } from './hardening/request-logging.js';
import { noStoreForLegacyAdmin } from './legacy/legacy-admin-no-store.js';
import { rejectOversizeBodies } from './legacy/legacy-body-limit.js';
import { MetricsService } from './metrics/metrics.service.js';
import { uploadsRoot } from './storage/storage.module.js';

export interface AppOptions {
  /** Where the JSON log lines go instead of stdout (tests capture them here). */
  logDestination?: DestinationStream;
  /** The time the app sees (tests move it across the registration window). */
  clock?: Clock;
}

/** A Fastify request hook with a callback, as the first hook of every request is. */
type RequestHook = (req: HttpRequest, reply: HttpReply, next: () => void) => void;

/**
 * The HTTP server: Fastify under Nest (issue 15: Nest on Express answered a fixed object at 0.19 of bare
 * Node, on Fastify at 0.74). Routes match as they did on Express: any case, a trailing slash allowed.
 */
function httpAdapter(
  config: AppConfig,
  routes: RouteTable,
  everyRequest: { hook?: RequestHook },
): FastifyAdapter {
  const adapter = new FastifyAdapter({
    trustProxy: trustProxyOption(config.http.trustProxy),
    // Fastify's request id is ours: the one in X-Request-Id, the log and error envelopes.
    genReqId: requestIdOf,
    // An over-long team ID is a team that does not exist (404), as on Express, not a router error.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 2048 },
    // Requests Node's parser refuses, and URLs the router cannot decode, are answered in the envelope.
    clientErrorHandler: answerMalformedRequest,
    // Such a URL is refused before any hook runs: its answer goes through the first hook all the same, for
    // its log line and security headers.
    frameworkErrors: (error: FastifyError, req: HttpRequest, reply: HttpReply) => {
      const answer = () => answerRouterError(error, req, reply);
      if (everyRequest.hook) everyRequest.hook(req, reply, answer);
      else answer();
    },
    // Node's own limit on receiving a whole request (headers and body), which Fastify turns off by
    // default: a client that trickles a body is cut off (408) after 5 minutes, as on Node's server.
    requestTimeout: 300_000,
    // The graceful shutdown (lifecycle/) drains requests in flight; nothing is refused with Fastify's body.
    return503OnClosing: false,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRoute', (route) => routes.add(route.method, route.url));
  // No body is parsed before routing: JSON is read by `readJsonBody` (RequestTimeoutInterceptor),
  // multipart by its interceptor, each only for a route that takes it, after the rate limit. This parser
  // takes every type and leaves the body unread for them.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (_req, _body, done) => done(null, undefined));
  return adapter;
}

/**
 * TRUST_PROXY as Express read it: a number is how many hops in front of the server are proxies (Fastify's
 * own number option trusts none of them).
 */
function trustProxyOption(setting: AppConfig['http']['trustProxy']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

/**
 * Builds the whole application from one config object; `main.ts` and the tests both start it this way.
 * Signals are handled by `main.ts` (lifecycle/graceful-shutdown.ts), which drains requests before `app.close()`.
 */
export async function createApp(
  config: AppConfig,
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = createAppLogger(config, options.logDestination);
  const routes = new RouteTable();
  const everyRequest: { hook?: RequestHook } = {};
  const adapter = httpAdapter(config, routes, everyRequest);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger, options.clock),
    adapter,
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  // The logger masks every secret, email and URL credential in it.
  logger.info({ event: 'config', config }, 'configuration loaded');

  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(MetricsService);
  // Under API_WORKERS > 1, which worker answered: to match a response with that worker's log.
  const workerId = cluster.isWorker ? String(cluster.worker!.id) : undefined;
  // Logos may be shown by the front-end on another origin. Helmet's headers are fixed (no per-request
  // directive such as a nonce), so they are worked out once and set by one loop (issue 15).
  const securityHeaders = staticHeaders(helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } }));
  // The first hook of all, before CORS answers a preflight: every request gets its id, its log line and
  // its metrics, every response the security headers.
  everyRequest.hook = requestLogger(logger, (request, reply) => {
    if (workerId) reply.raw.setHeader('X-Worker-Id', workerId);
    metrics.recordRequest(request, reply.raw);
    securityHeaders(reply.raw);
  });
  adapter.setOnRequestHook(everyRequest.hook);
  // CORS only for CORS_ORIGINS, registered here rather than through `app.enableCors()`: Nest's hook for it
  // gathers every header of every reply to copy the CORS ones to the Node response (issue 15: 4 % of
  // `/health`'s time), and with no origin there is nothing to add.
  if (config.http.corsOrigins.length > 0) {
    await fastify.register(fastifyCors, {
      origin: config.http.corsOrigins,
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
      // Any OPTIONS request is answered as a preflight (204), as Express's `cors` did, not with a text 400.
      strictPreflight: false,
    });
  }
  // Compresses an answer of 1 KB or more for a client that accepts it; request bodies are never inflated
  // (a compressed body is refused below).
  await fastify.register(fastifyCompress, { threshold: 1024, globalDecompression: false });
  fastify.addHook('onRequest', noStoreForAdmin);
  const noStoreForLegacy = noStoreForLegacyAdmin(config);
  if (noStoreForLegacy) fastify.addHook('onRequest', noStoreForLegacy);
  fastify.addHook('onRequest', refuseEncodedBodies);
  fastify.addHook('onRequest', rejectOversizeBodies(config));
  // Every routed request, Nest's routes, /uploads and the docs alike, spends its budget here.
  fastify.addHook('onRequest', app.get(RateLimit).hook);
  app.useGlobalFilters(new ErrorEnvelopeFilter(routes));
  setupDocs(app);

  // Public files only (logos): private ones live outside this tree and open only through signed
  // `/files/...` links (src/files/), so no `/uploads` URL reaches them whatever its name.
  if (!config.cloudinary) {
    app.useStaticAssets({
      root: uploadsRoot(config),
      prefix: '/uploads/',
      index: false,
      dotfiles: 'deny',
      // Swagger UI's assets are served by the same plugin, which decorates the reply once.
      decorateReply: false,
    });
  }
  return app;
}
