import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

export function ApiMetrics() {
  return applyDecorators(
    ApiTags('operations'),
    ApiOperation({
      summary: 'Prometheus metrics: requests by route and status, breaker states, outbox depth, process',
    }),
    ApiProduces('text/plain'),
    ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } }),
  );
}
