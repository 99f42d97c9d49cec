import { Injectable } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { type HttpRequest, routePattern } from '../hardening/http.js';
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

  /** Per method, route pattern and status: the label-bound children, looked up once, not per request. */
  private readonly series = new Map<string, { observe: (seconds: number) => void; inc: () => void }>();

  /**
   * Times a request from its first hook to its response's end; routes are labelled by pattern to keep
   * cardinality bounded. Per request: a clock read, one listener and one map lookup (prom-client's label
   * hashing and validation run once per series).
   */
  recordRequest(req: HttpRequest, res: ServerResponse): void {
    const started = performance.now();
    res.once('finish', () => {
      const route = routeLabel(req);
      const status = res.statusCode;
      const key = `${req.method} ${status} ${route}`;
      let series = this.series.get(key);
      if (!series) {
        const labels = { method: req.method, route, status: String(status) };
        const duration = this.durations.labels(labels);
        const count = this.requests.labels(labels);
        series = { observe: (seconds) => duration.observe(seconds), inc: () => count.inc() };
        this.series.set(key, series);
      }
      series.observe((performance.now() - started) / 1000);
      series.inc();
    });
  }

  /** A gauge whose value is read when Prometheus scrapes (breaker states, outbox depth, ...). */
  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return new Gauge({ ...config, registers: [this.registry] });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

function routeLabel(req: HttpRequest): string {
  return routePattern(req) ?? 'unmatched';
}
