import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { ErrorCode } from '../common/app-error.js';

/**
 * Besides the request pipeline's errors (the timeout, a body refused before routing, an unexpected
 * failure), the read rate limit. Listed as an extension that src/docs turns into error responses
 * (metrics/ may not import src/docs: see LAYERS in eslint.config.js).
 */
const ERRORS: ErrorCode[] = [
  'REQUEST_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL_ERROR',
  'RATE_LIMITED',
];

export function ApiMetrics() {
  return applyDecorators(
    ApiTags('Operations'),
    ApiOperation({
      operationId: 'metrics',
      summary: 'Prometheus metrics: requests by route and status, breaker states, outbox depth, process',
      description:
        'For a Prometheus scraper; rate-limited like other reads. Restrict it at the proxy if needed.',
    }),
    ApiResponse({
      status: 200,
      description: 'Prometheus text exposition format 0.0.4',
      content: {
        'text/plain': {
          schema: { type: 'string', maxLength: 16_777_216 },
          example:
            '# HELP http_requests_total Requests by route and status\n# TYPE http_requests_total counter\n',
        },
      },
    }),
    ApiExtension('x-error-codes', ERRORS),
  );
}
