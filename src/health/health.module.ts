import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { ProviderMetrics } from './provider-metrics.js';
import { StatusController } from './status.controller.js';
import { StatusService } from './status.service.js';

/** Operator endpoints: `GET /health` (is the database answering) and `GET /status` (breakers, outbox, uploads). */
@Module({ controllers: [HealthController, StatusController], providers: [StatusService, ProviderMetrics] })
export class HealthModule {}
