import { NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../common/app-error.js';

/** What this module reads of an Express router layer (where Nest mounts each route). */
interface RouterLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  match(path: string): unknown;
}

/** Nest mounts middleware bound to every path as an all-methods route on a `{*path}` wildcard: not a route. */
function isMiddlewareMount(route: NonNullable<RouterLayer['route']>): boolean {
  return route.methods._all === true || [route.path].flat().some((path) => path.includes('{*'));
}

/** The methods the routes on this request's path serve, with HEAD wherever GET is (as Express answers it). */
export function allowedMethods(req: Request): string[] {
  const stack = (req.app as unknown as { router?: { stack: RouterLayer[] } }).router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || isMiddlewareMount(layer.route)) continue;
    let matches: unknown;
    try {
      matches = layer.match(req.path);
    } catch {
      continue; // a path that does not decode matches no route
    }
    if (!matches) continue;
    for (const method of Object.keys(layer.route.methods)) methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * Nest answers a request no route took with a NotFoundException. When routes serve the path under
 * other methods, the answer is 405 METHOD_NOT_ALLOWED with `Allow` listing them; otherwise undefined
 * (it stays 404).
 */
export function methodNotAllowed(req: Request, exception: unknown): AppError | undefined {
  if (!(exception instanceof NotFoundException)) return undefined;
  const allowed = allowedMethods(req);
  if (allowed.length === 0 || allowed.includes(req.method)) return undefined;
  return new AppError('METHOD_NOT_ALLOWED', undefined, undefined, { Allow: allowed.join(', ') });
}
