import { Inject, Injectable } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { ServerResponse } from 'node:http';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type HttpReply, type HttpRequest, routePattern } from './http.js';

/** Which budget a request spends: every request spends exactly one (or none). */
export type RateLimitClass = 'registration' | 'read' | 'admin' | 'none';

/** Where a route's budget is kept: its Fastify route config, which the request hook reads. */
interface RateLimitRouteConfig {
  rateLimitClass?: RateLimitClass;
}

/**
 * Gives a controller's handlers (or one handler) a budget, in their Fastify route config. On a controller
 * it leaves a handler that has a decorator of its own as it is.
 */
function budgetDecorator(rateLimitClass: RateLimitClass) {
  const mark = (handler: object, overrides: boolean) => {
    const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ??
      {}) as RateLimitRouteConfig;
    if (config.rateLimitClass && !overrides) return;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, rateLimitClass }, handler);
  };
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor): void => {
    if (descriptor) return mark(descriptor.value as object, true);
    const prototype = (target as { prototype: object }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const value: unknown = Object.getOwnPropertyDescriptor(prototype, name)!.value;
      if (name !== 'constructor' && typeof value === 'function') mark(value, false);
    }
  };
}

/** Never rate-limited (health checks). */
export const SkipRateLimit = () => budgetDecorator('none');
/** The admin budget; routes under /admin and /api/admin get it without the decorator. */
export const AdminRateLimit = () => budgetDecorator('admin');

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ADMIN_PATH = /^\/(api\/)?admin(\/|$)/;

export function isAdminPath(path: string): boolean {
  return ADMIN_PATH.test(path);
}

/**
 * The budget a request spends: its route's decorator, else the admin budget for an admin path, the read
 * budget for a read and the strict registration budget for any state-changing request. A request no route
 * took, or that Nest turns into a 404 (an empty parameter), spends none: it reaches no handler.
 */
export function rateLimitClassOf(req: HttpRequest): RateLimitClass {
  const pattern = routePattern(req);
  if (pattern === undefined || hasEmptyParam(req)) return 'none';
  const marked = (req.routeOptions.config as RateLimitRouteConfig).rateLimitClass;
  if (marked) return marked;
  if (isAdminPath(pattern)) return 'admin';
  return READ_METHODS.has(req.method) ? 'read' : 'registration';
}

/** Nest answers a route whose parameter came empty (`/files//logo.png`) with a 404 before any handler. */
function hasEmptyParam(req: HttpRequest): boolean {
  const params = req.params as Record<string, string>;
  for (const name in params) if (name !== '*' && params[name] === '') return true;
  return false;
}

const MINUTE_MS = 60_000;

/**
 * Spends one request from `key`'s budget and says so in IETF `RateLimit-*` headers (and the classic
 * `X-RateLimit-*`); over the limit, throws `429 RATE_LIMITED` with `Retry-After` (the one envelope).
 */
async function spendBudget(
  storage: ThrottlerStorage,
  res: ServerResponse,
  { key, name, limit }: { key: string; name: string; limit: number },
): Promise<void> {
  const hits = await storage.increment(key, MINUTE_MS, limit, MINUTE_MS, name);
  const remaining = Math.max(0, limit - hits.totalHits);
  const left = hits.isBlocked ? 0 : remaining;
  const reset = hits.isBlocked ? hits.timeToBlockExpire : hits.timeToExpire;
  res.setHeader('RateLimit-Limit', limit);
  res.setHeader('RateLimit-Remaining', left);
  res.setHeader('RateLimit-Reset', reset);
  res.setHeader('X-RateLimit-Limit', limit);
  res.setHeader('X-RateLimit-Remaining', left);
  res.setHeader('X-RateLimit-Reset', reset);
  if (hits.isBlocked) {
    throw new AppError('RATE_LIMITED', 'Too many requests; retry later', undefined, {
      'Retry-After': String(Math.max(1, hits.timeToBlockExpire)),
    });
  }
}

/**
 * The rate limit, as a request hook that runs for every routed request, Nest's routes and what is served
 * beside them (/uploads, the API docs) alike, before any guard, body or handler. Per route and client IP
 * (`req.ip`, which honours TRUST_PROXY), a fixed window of a minute, then a block of a minute.
 *
 * A hook rather than Nest's ThrottlerGuard (issue 15): the guard hashed its key with SHA-256 and went
 * through Nest's guard machinery on every request, about a sixth of the cached status route's time.
 */
@Injectable()
export class RateLimit {
  private readonly limits: Record<Exclude<RateLimitClass, 'none'>, number>;

  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = {
      registration: config.rateLimit.registrationsPerMinute,
      read: config.rateLimit.readsPerMinute,
      admin: config.rateLimit.adminPerMinute,
    };
  }

  readonly hook = (req: HttpRequest, reply: HttpReply, done: (error?: Error) => void): void => {
    const name = rateLimitClassOf(req);
    if (name === 'none') return done();
    spendBudget(this.storage, reply.raw, {
      key: `${name}:${routePattern(req)}:${req.ip}`,
      name,
      limit: this.limits[name],
    }).then(() => done(), done);
  };
}
