import { type ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import {
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerOptions,
  type ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import type { ServerResponse } from 'node:http';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type HttpReply, type HttpRequest, routedPath } from './http.js';

/** Which budget a request spends: every request spends exactly one (or none). */
export type RateLimitClass = 'registration' | 'read' | 'admin' | 'none';

const RATE_LIMIT_CLASS = 'rateLimitClass';

/** Never rate-limited (health checks). */
export const SkipRateLimit = () => SetMetadata(RATE_LIMIT_CLASS, 'none' satisfies RateLimitClass);
/** The admin budget; routes under /admin and /api/admin get it without the decorator. */
export const AdminRateLimit = () => SetMetadata(RATE_LIMIT_CLASS, 'admin' satisfies RateLimitClass);

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ADMIN_PATH = /^\/(api\/)?admin(\/|$)/;

export function isAdminPath(path: string): boolean {
  return ADMIN_PATH.test(path);
}

/** A handler's (or else its controller's) decorator, read once per handler: `null` when neither has one. */
const markedClass = new WeakMap<object, RateLimitClass | null>();

function markOf(context: ExecutionContext): RateLimitClass | null {
  const handler = context.getHandler();
  let marked = markedClass.get(handler);
  if (marked === undefined) {
    marked =
      [handler, context.getClass()]
        .map((target) => Reflect.getMetadata(RATE_LIMIT_CLASS, target) as RateLimitClass | undefined)
        .find(Boolean) ?? null;
    markedClass.set(handler, marked);
  }
  return marked;
}

export function rateLimitClassOf(context: ExecutionContext): RateLimitClass {
  const marked = markOf(context);
  if (marked) return marked;
  const req = context.switchToHttp().getRequest<HttpRequest>();
  if (isAdminPath(routedPath(req))) return 'admin';
  // Every state-changing request spends the strict budget RATE_LIMIT_REQUESTS sets for registration.
  return READ_METHODS.has(req.method) ? 'read' : 'registration';
}

const MINUTE_MS = 60_000;

export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  const limits: Record<Exclude<RateLimitClass, 'none'>, number> = {
    registration: config.rateLimit.registrationsPerMinute,
    read: config.rateLimit.readsPerMinute,
    admin: config.rateLimit.adminPerMinute,
  };
  return {
    throttlers: Object.entries(limits).map(([name, limit]) => ({
      name,
      limit,
      ttl: MINUTE_MS,
      skipIf: (context: ExecutionContext) => rateLimitClassOf(context) !== name,
    })),
  };
}

/**
 * Spends one request from `key`'s budget and says so in IETF `RateLimit-*` headers (and the classic
 * `X-RateLimit-*`); over the limit, throws `429 RATE_LIMITED` with `Retry-After` (the one envelope).
 */
export async function spendBudget(
  storage: ThrottlerStorage,
  res: ServerResponse,
  {
    key,
    name,
    limit,
    ttl,
    blockDuration,
  }: { key: string; name: string; limit: number; ttl: number; blockDuration: number },
): Promise<void> {
  const hits = await storage.increment(key, ttl, limit, blockDuration, name);
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
 * The throttler guard with our answers (`spendBudget`) on every limited route.
 * Counted per route and per client IP (`req.ip`, which honours TRUST_PROXY).
 *
 * A request spends exactly one budget, so only that throttler runs: ThrottlerGuard's own `canActivate`
 * asked every throttler's `skipIf` and made five Reflector lookups per throttler on every request.
 * The throttlers' limits come from the module options (no `@Throttle()` overrides are used here).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private byName: Map<string, ThrottlerOptions> | undefined;

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = rateLimitClassOf(context);
    if (name === 'none') return true;
    this.byName ??= new Map(this.throttlers.map((throttler) => [throttler.name!, throttler]));
    const throttler = this.byName.get(name);
    if (!throttler) return true;
    const ttl = throttler.ttl as number;
    return this.handleRequest({
      context,
      limit: throttler.limit as number,
      ttl,
      throttler,
      blockDuration: (throttler.blockDuration as number | undefined) ?? ttl,
      getTracker: this.commonOptions.getTracker!,
      generateKey: this.commonOptions.generateKey!,
    });
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { context, limit, ttl, throttler, blockDuration, getTracker, generateKey } = request;
    const http = context.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const tracker = await getTracker(req, context);
    const name = throttler.name!;
    const key = generateKey(context, tracker, name);
    await spendBudget(this.storageService, http.getResponse<HttpReply>().raw, {
      key,
      name,
      limit,
      ttl,
      blockDuration,
    });
    return true;
  }
}

/**
 * The read budget for what is served outside Nest's routes (and so outside the guard): uploaded files
 * under /uploads and the API docs. Counted per mount path and client IP.
 */
@Injectable()
export class StaticRateLimit {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A request hook spending the read budget on requests under one of `mounts` (`/docs`: itself and below). */
  hookFor(mounts: string[]) {
    const mountOf = (path: string) => mounts.find((mount) => path === mount || path.startsWith(`${mount}/`));
    return (req: HttpRequest, reply: HttpReply, done: (error?: Error) => void): void => {
      const mount = mountOf(routedPath(req).toLowerCase());
      if (!mount) return done();
      const name: RateLimitClass = 'read';
      spendBudget(this.storage, reply.raw, {
        key: `static:${mount}:${req.ip}`,
        name,
        limit: this.config.rateLimit.readsPerMinute,
        ttl: MINUTE_MS,
        blockDuration: MINUTE_MS,
      }).then(() => done(), done);
    };
  }
}
