import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Database } from '../database/database.js';
import { SkipRateLimit } from '../hardening/rate-limit.guard.js';
import { ApiHealth } from './health.docs.js';

const HEALTH_CHECK_TIMEOUT_MS = 1000;

/** Liveness with a time-boxed database round trip; never rate-limited, so monitors always get an answer. */
@Controller('health')
@SkipRateLimit()
export class HealthController {
  constructor(@Inject(Database) private readonly database: Database) {}

  @Get()
  @ApiHealth()
  async check(@Res() res: Response): Promise<void> {
    const latency = await this.database.ping(HEALTH_CHECK_TIMEOUT_MS).catch(() => undefined);
    const healthy = latency !== undefined;
    res.status(healthy ? 200 : 503).json({
      status: healthy ? 'healthy' : 'unhealthy',
      database: healthy ? { status: 'up', latency_ms: Math.round(latency * 10) / 10 } : { status: 'down' },
      time: new Date().toISOString(),
    });
  }
}
