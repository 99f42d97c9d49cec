import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { HttpReply } from '../hardening/http.js';
import { Database } from '../database/database.js';
import { SkipRateLimit } from '../hardening/rate-limit.js';
import { ApiHealth } from './health.docs.js';

const HEALTH_CHECK_TIMEOUT_MS = 1000;

/** Liveness with a time-boxed database round trip; never rate-limited, so monitors always get an answer. */
@Controller('health')
@SkipRateLimit()
export class HealthController {
  /** The ping in flight, shared by every check that arrives while it runs. */
  private pinging: Promise<number | undefined> | undefined;

  constructor(@Inject(Database) private readonly database: Database) {}

  /**
   * One database round trip answers every check that arrives while it is on its way (issue 15): the
   * ping has a connection of its own, on which postgres.js sends a parameterised statement only after
   * the previous one is answered, so under load checks queued one behind another there (S3 was 0.13-0.3
   * of L3 with the server's CPU 40 % idle) and a monitor could wait past the 1 s limit for a 503.
   * Each answer is still a round trip that started no earlier than one round trip before the request.
   */
  private ping(): Promise<number | undefined> {
    this.pinging ??= this.database
      .ping(HEALTH_CHECK_TIMEOUT_MS)
      .catch(() => undefined)
      .finally(() => {
        this.pinging = undefined;
      });
    return this.pinging;
  }

  @Get()
  @ApiHealth()
  async check(@Res() reply: HttpReply): Promise<HttpReply> {
    const latency = await this.ping();
    const healthy = latency !== undefined;
    return reply.status(healthy ? 200 : 503).send({
      status: healthy ? 'healthy' : 'unhealthy',
      database: healthy ? { status: 'up', latency_ms: Math.round(latency * 10) / 10 } : { status: 'down' },
      time: new Date().toISOString(),
    });
  }
}
