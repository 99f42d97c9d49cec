import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiJsonResponse,
  LIMITED_ROUTE_ERRORS,
  PIPELINE_ERRORS,
} from '../docs/decorators.js';
import { component, constant, DATE_TIME, int32, nullable, object, text } from '../docs/schemas.js';

const HEALTH_EXAMPLE = {
  status: 'healthy',
  database: { status: 'up', latency_ms: 0.8 },
  time: '2026-11-23T10:00:00.000Z',
};
const UNHEALTHY_EXAMPLE = {
  status: 'unhealthy',
  database: { status: 'down' },
  time: '2026-11-23T10:00:00.000Z',
};

const MS: SchemaObject = { type: 'number', format: 'double', minimum: 0, maximum: 3_600_000 };

const HEALTHY = component(
  'Healthy',
  object(
    {
      status: constant('healthy'),
      database: object({
        status: constant('up'),
        latency_ms: { ...MS, description: 'The round trip of a trivial query, on a connection of its own' },
      }),
      time: DATE_TIME,
    },
    { example: HEALTH_EXAMPLE },
  ),
);

const UNHEALTHY = component(
  'Unhealthy',
  object(
    { status: constant('unhealthy'), database: object({ status: constant('down') }), time: DATE_TIME },
    {
      description: 'Kept from the FastAPI backend for monitors: not the error envelope',
      example: UNHEALTHY_EXAMPLE,
    },
  ),
);

export function ApiHealth() {
  return applyDecorators(
    ApiTags('Operations'),
    ApiOperation({
      operationId: 'health',
      summary: 'Is the service up? (a time-boxed database round trip; never rate-limited)',
      description:
        'What a load balancer should poll: cheap, never rate-limited, and it pings the database within ' +
        '1 s on a connection of its own, so a pool saturated by a registration stampede is busy, not down.',
    }),
    ApiJsonResponse(200, { description: 'The database answers', schema: HEALTHY, example: HEALTH_EXAMPLE }),
    ApiJsonResponse(503, {
      description: 'The database does not answer within 1 s',
      schema: UNHEALTHY,
      example: UNHEALTHY_EXAMPLE,
    }),
    ApiErrorResponses(...PIPELINE_ERRORS),
  );
}

const BREAKER = component(
  'BreakerStatus',
  object(
    {
      state: { type: 'string', enum: ['closed', 'open', 'half_open'] },
      backend: text(40, {
        pattern: '^[a-z_]+$',
        description: '`cloudinary` or `local` for files, `smtp` or `eml_files` for mail',
      }),
      since: { ...DATE_TIME, description: 'When the state last changed (or the breaker was created)' },
      fires: int32(),
      successes: int32(),
      failures: int32(),
      rejects: int32(),
      timeouts: int32(),
      latency_mean_ms: int32(),
    },
    { description: 'A provider circuit breaker; the counts cover its rolling window' },
  ),
);

const QUEUE = object({ pending: int32(), dead: int32() });

const STATUS_EXAMPLE = {
  status: 'ok',
  version: '1.0.0',
  commit: '5e9c332a4b1d0f8e7c6a5b4d3e2f1a0b9c8d7e6f',
  environment: 'production',
  uptime_seconds: 3600,
  database: { driver: 'postgres', latency_ms: 0.9, pool: { size: 30, open: 4, active: 1 } },
  breakers: {
    cloudinary: {
      state: 'closed',
      backend: 'cloudinary',
      since: '2026-11-23T12:00:00.000Z',
      fires: 12,
      successes: 12,
      failures: 0,
      rejects: 0,
      timeouts: 0,
      latency_mean_ms: 180,
    },
  },
  rate_limiter: { backend: 'redis', state: 'ok', last_error_at: null },
  outbox: { pending: 3, dead: 0 },
  uploads: { pending: 0, dead: 0, deletions_pending: 0, deletions_scheduled: 14, deletions_dead: 0 },
  memory: { rss_mb: 120.5, heap_used_mb: 48.2 },
};

const SERVICE_STATUS = component(
  'ServiceStatus',
  object(
    {
      status: constant('ok'),
      version: text(50, { pattern: '^[0-9A-Za-z.+-]+$', description: 'From package.json' }),
      commit: nullable(
        text(64, {
          pattern: '^[0-9a-f]{7,64}$',
          description: 'GIT_COMMIT or the checkout; null when unknown',
        }),
      ),
      environment: { type: 'string', enum: ['development', 'test', 'staging', 'production'] },
      uptime_seconds: int32(),
      database: object({
        driver: { type: 'string', enum: ['postgres', 'pglite'] },
        latency_ms: MS,
        pool: object({ size: int32(), open: int32(), active: int32() }),
      }),
      breakers: object({ cloudinary: BREAKER, smtp: BREAKER }, { optional: ['cloudinary', 'smtp'] }),
      rate_limiter: object({
        backend: { type: 'string', enum: ['redis', 'memory'] },
        state: {
          type: 'string',
          enum: ['ok', 'degraded'],
          description: '`degraded`: Redis does not answer, and requests are let through unlimited',
        },
        last_error_at: nullable(DATE_TIME),
      }),
      outbox: { ...QUEUE, description: 'The email outbox' },
      uploads: object({
        pending: int32(),
        dead: int32(),
        deletions_pending: int32(0, undefined, {
          description: 'Stored files to delete now: due, or tried again after a failure',
        }),
        deletions_scheduled: int32(0, undefined, {
          description:
            'Stored files to delete later, not due yet: the private documents of rejected and withdrawn ' +
            'teams, kept DOCUMENT_RETENTION_DAYS',
        }),
        deletions_dead: int32(),
      }),
      memory: object({
        rss_mb: { type: 'number', format: 'double', minimum: 0, maximum: 1_048_576 },
        heap_used_mb: { type: 'number', format: 'double', minimum: 0, maximum: 1_048_576 },
      }),
    },
    { example: STATUS_EXAMPLE },
  ),
);

export function ApiStatus() {
  return applyDecorators(
    ApiTags('Operations'),
    ApiOperation({
      operationId: 'serviceStatus',
      summary: 'Version, uptime, database and pool, provider breakers, outbox and upload backlogs, memory',
      description:
        'For people and dashboards (rate-limited like other reads); a load balancer polls `/health`.',
    }),
    ApiJsonResponse(200, {
      description: 'The service status',
      schema: SERVICE_STATUS,
      example: STATUS_EXAMPLE,
    }),
    ApiErrorResponses(...LIMITED_ROUTE_ERRORS),
  );
}
