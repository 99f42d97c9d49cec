import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from './http.js';
import { AdminRateLimit, rateLimitClassOf, SkipRateLimit } from './rate-limit.js';

class Plain {
  handle() {}
}
@SkipRateLimit()
class Health {
  check() {}
}
class Review {
  @AdminRateLimit()
  approve() {}
}
@SkipRateLimit()
class Mixed {
  @AdminRateLimit()
  approve() {}
  list() {}
}

/** A routed request as Fastify hands it to the hook: the handler's route config is what Nest passed on. */
function routed(
  controller: { prototype: object },
  handler: string,
  method: string,
  pattern: string,
): HttpRequest {
  const target = Object.getOwnPropertyDescriptor(controller.prototype, handler)!.value as object;
  const config: unknown = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, target) ?? {};
  return { method, is404: false, routeOptions: { url: pattern, config } } as unknown as HttpRequest;
}

describe('which rate-limit budget a request spends', () => {
  it('state-changing requests spend the registration budget, reads the read budget', () => {
    expect(rateLimitClassOf(routed(Plain, 'handle', 'POST', '/api/registration'))).toBe('registration');
    expect(rateLimitClassOf(routed(Plain, 'handle', 'GET', '/api/teams'))).toBe('read');
    expect(rateLimitClassOf(routed(Plain, 'handle', 'HEAD', '/uploads/*'))).toBe('read');
  });

  it('admin routes spend the admin budget, by path or by decorator', () => {
    expect(rateLimitClassOf(routed(Plain, 'handle', 'GET', '/admin/teams'))).toBe('admin');
    expect(rateLimitClassOf(routed(Plain, 'handle', 'POST', '/api/admin/x'))).toBe('admin');
    expect(rateLimitClassOf(routed(Review, 'approve', 'POST', '/review'))).toBe('admin');
  });

  it('@SkipRateLimit() exempts a whole controller; a handler keeps a decorator of its own', () => {
    expect(rateLimitClassOf(routed(Health, 'check', 'GET', '/health'))).toBe('none');
    expect(rateLimitClassOf(routed(Mixed, 'list', 'GET', '/mixed'))).toBe('none');
    expect(rateLimitClassOf(routed(Mixed, 'approve', 'POST', '/mixed'))).toBe('admin');
  });

  it('a request no route took spends nothing', () => {
    const unrouted = { method: 'POST', is404: true, routeOptions: { config: {} } } as unknown as HttpRequest;
    expect(rateLimitClassOf(unrouted)).toBe('none');
  });
});
