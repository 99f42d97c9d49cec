import type { HttpReply, HttpRequest } from './http.js';
import { routedPath } from './http.js';
import { isAdminPath } from './rate-limit.js';

/**
 * Admin responses carry personal data: none may be kept by a browser or a proxy. Set here, before
 * routing, so that every answer under the admin paths has it (data, 401, 404, 429).
 */
export function noStoreForAdmin(req: HttpRequest, reply: HttpReply, done: () => void): void {
  if (isAdminPath(routedPath(req))) reply.raw.setHeader('Cache-Control', 'no-store');
  done();
}
