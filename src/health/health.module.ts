import { Module } from '@nestjs/common';
import { StatusController } from './status.controller.js';
import { StatusService } from './status.service.js';

/** Operator endpoints: `GET /status` (breakers, outbox, pending uploads). */
@Module({ controllers: [StatusController], providers: [StatusService] })
export class HealthModule {}
