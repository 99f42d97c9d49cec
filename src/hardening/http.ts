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
