import type { ExecutionContext } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { AdminRateLimit, rateLimitClassOf, SkipRateLimit } from './rate-limit.guard.js';

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

function contextFor(
  target: { prototype: object },
  handler: string,
  method: string,
  path: string,
): ExecutionContext {
  return {
    getHandler: () => Object.getOwnPropertyDescriptor(target.prototype, handler)!.value as unknown,
    getClass: () => target,
    switchToHttp: () => ({
      getRequest: () => ({ method, url: path, is404: false, routeOptions: { url: path } }),
    }),
  } as unknown as ExecutionContext;
}

describe('which rate-limit budget a request spends', () => {
  it('state-changing requests spend the registration budget, reads the read budget', () => {
    expect(rateLimitClassOf(contextFor(Plain, 'handle', 'POST', '/api/registration'))).toBe('registration');
    expect(rateLimitClassOf(contextFor(Plain, 'handle', 'GET', '/api/teams'))).toBe('read');
  });

  it('admin routes spend the admin budget, by path or by decorator', () => {
    expect(rateLimitClassOf(contextFor(Plain, 'handle', 'GET', '/admin/teams'))).toBe('admin');
    expect(rateLimitClassOf(contextFor(Plain, 'handle', 'POST', '/api/admin/x'))).toBe('admin');
    expect(rateLimitClassOf(contextFor(Review, 'approve', 'POST', '/review'))).toBe('admin');
  });

  it('@SkipRateLimit() exempts a whole controller', () => {
    expect(rateLimitClassOf(contextFor(Health, 'check', 'GET', '/health'))).toBe('none');
  });
});
