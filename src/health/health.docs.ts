import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../docs/decorators.js';

const HEALTH_EXAMPLE = {
  status: 'healthy',
  database: { status: 'up', latency_ms: 0.8 },
  time: '2026-11-23T10:00:00.000Z',
};

export function ApiHealth() {
  return applyDecorators(
    ApiTags('operations'),
    ApiOperation({ summary: 'Is the service up? (a time-boxed database round trip; never rate-limited)' }),
    ApiOkResponse({
      description: 'The database answers',
      schema: { type: 'object', example: HEALTH_EXAMPLE },
    }),
    ApiResponse({
      status: 503,
      description: 'The database does not answer within 1 s',
      schema: {
        type: 'object',
        example: { status: 'unhealthy', database: { status: 'down' }, time: '2026-11-23T10:00:00.000Z' },
      },
    }),
  );
}

export function ApiStatus() {
  return applyDecorators(
    ApiTags('operations'),
    ApiOperation({
      summary: 'Version, uptime, database and pool, provider breakers, outbox and upload backlogs, memory',
    }),
    ApiOkResponse({
      schema: {
        type: 'object',
        example: {
          status: 'ok',
          version: '1.0.0',
          commit: '5e9c332…',
          environment: 'production',
          uptime_seconds: 3600,
          database: { driver: 'postgres', latency_ms: 0.9, pool: { size: 30, open: 4, active: 1 } },
          breakers: { cloudinary: { state: 'closed' }, smtp: { state: 'open' } },
          outbox: { pending: 3, dead: 0 },
          uploads: { pending: 0, deletions_pending: 0 },
          memory: { rss_mb: 120.5, heap_used_mb: 48.2 },
        },
      },
    }),
    ApiErrorResponses('SERVICE_UNAVAILABLE', 'RATE_LIMITED'),
  );
}
