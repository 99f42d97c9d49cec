import { NotFoundException } from '@nestjs/common';
import Router, { type HTTPMethod } from 'find-my-way';
import { AppError } from '../common/app-error.js';
import { type HttpRequest, pathOf } from './http.js';

/**
 * Every route the server has, by method, matched as the server's router matches (any case, a trailing
 * slash allowed): to say which methods a path has when a request names it with another one. Filled
 * from Fastify's `onRoute` hook as routes are added. Catch-all routes (`/uploads/*`, an OPTIONS `*`
 * for preflights) serve any path and are left out.
 */
export class RouteTable {
  private readonly router = Router({ caseSensitive: false, ignoreTrailingSlash: true });
  private readonly methods = new Set<HTTPMethod>();

  add(method: string | string[], url: string): void {
    if (url.includes('*')) return;
    for (const one of [method].flat() as HTTPMethod[]) {
      this.methods.add(one);
      this.router.on(one, url, () => undefined);
    }
  }

  /** The methods the routes on this path serve, with HEAD wherever GET is. */
  allowedMethods(path: string): string[] {
    const allowed = new Set<string>();
    for (const method of this.methods) {
      if (this.router.find(method, path)) allowed.add(method);
    }
    if (allowed.has('GET')) allowed.add('HEAD');
    return [...allowed].sort();
  }

  /**
   * Nest answers a request no route took with a NotFoundException. When routes serve the path under
   * other methods, the answer is 405 METHOD_NOT_ALLOWED with `Allow` listing them; otherwise undefined
   * (it stays 404).
   */
  methodNotAllowed(req: HttpRequest, exception: unknown): AppError | undefined {
    if (!(exception instanceof NotFoundException)) return undefined;
    const allowed = this.allowedMethods(pathOf(req));
    if (allowed.length === 0 || allowed.includes(req.method)) return undefined;
    return new AppError('METHOD_NOT_ALLOWED', undefined, undefined, { Allow: allowed.join(', ') });
  }
}
