import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** What guards, interceptors, filters and `@Req()`/`@Res()` handlers get: the Fastify adapter's objects. */
export type HttpRequest = FastifyRequest;
export type HttpReply = FastifyReply;

/** The request's path, without its query string. */
export function pathOf(req: { url?: string }): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/**
 * The path as the router saw it, for checks that go by path (admin paths, mounts): the matched route's
 * pattern (`/admin/teams/:team_id`), or for a request no route took, its path with percent-escapes decoded
 * and an absolute-form target (`GET http://host/admin/...`) reduced to its path. The raw URL would let
 * `/%61dmin/teams` reach an admin route without being seen as one.
 */
export function routedPath(req: HttpRequest): string {
  const pattern = routePattern(req);
  if (pattern !== undefined) return pattern;
  let path = pathOf(req);
  if (!path.startsWith('/')) path = URL.canParse(path) ? new URL(path).pathname : path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The pattern of the route the router matched (`/admin/teams/:team_id`); undefined for none (a 404). */
export function routePattern(req: HttpRequest): string | undefined {
  return req.is404 ? undefined : req.routeOptions.url;
}

/** Whether the body's media type (Content-Type without its parameters, any case) is `type`. */
export function hasMediaType(req: IncomingMessage, type: string): boolean {
  const header = req.headers['content-type'];
  if (!header) return false;
  const end = header.indexOf(';');
  return (end < 0 ? header : header.slice(0, end)).trim().toLowerCase() === type;
}
