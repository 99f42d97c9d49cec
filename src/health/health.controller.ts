import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Database } from '../database/database.js';
import { SkipRateLimit } from '../hardening/rate-limit.guard.js';

/** Liveness with a database round trip; never rate-limited, so monitors always get an answer. */
@Controller('health')
@SkipRateLimit()
export class HealthController {
  constructor(@Inject(Database) private readonly database: Database) {}

  @Get()
  async check(@Res() res: Response): Promise<void> {
    const healthy = await this.database.ping(1000).then(
      () => true,
      () => false,
    );
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'healthy' : 'unhealthy' });
  }
}
