import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type GaugeConfiguration,
} from 'prom-client';

/**
 * The app's Prometheus registry: HTTP request counts and durations by route and status, process
 * metrics, and gauges that other modules register (breaker states, outbox depth). One registry per
 * app instance, so several instances in one process (tests) never share counters.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Express middleware timing every request; routes are labelled by pattern to keep cardinality bounded. */
  readonly recordRequests = (req: Request, res: Response, next: NextFunction): void => {
    const stop = this.durations.startTimer();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeLabel(req), status: String(res.statusCode) };
      stop(labels);
      this.requests.inc(labels);
    });
    next();
  };

  /** A gauge whose value is read when Prometheus scrapes (breaker states, outbox depth, ...). */
  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

function routeLabel(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  // Nest mounts path-wide middleware as an all-methods `{*path}` route: that is no route of ours.
  if (typeof pattern === 'string' && !pattern.includes('{*')) return pattern;
  if (req.path.startsWith('/uploads/')) return '/uploads/*';
  return 'unmatched';
}
