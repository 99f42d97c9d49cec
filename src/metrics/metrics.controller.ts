import { Controller, Get, Header, Inject } from '@nestjs/common';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { ApiMetrics } from './metrics.docs.js';
import { MetricsService } from './metrics.service.js';

@Controller()
@RequestTimeout()
export class MetricsController {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  @Get('metrics')
  @ApiMetrics()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  render(): Promise<string> {
    return this.metrics.render();
  }
}
