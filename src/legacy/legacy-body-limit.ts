import type { AppConfig } from '../config/app-config.js';
import { rejectDeclaredOversizeBodies } from '../hardening/body-size-limit.js';
import { type HttpReply, type HttpRequest, routedPath } from '../hardening/http.js';

/**
 * The check of a body's declared size before routing (`rejectDeclaredOversizeBodies`), with
 * LEGACY_MAX_REQUEST_SIZE for the FastAPI-compatible registration (up to 33 files) and
 * MAX_REQUEST_SIZE for every other path. Its multipart reader counts a chunked body by the same limit.
 */
export function rejectOversizeBodies(config: AppConfig) {
  const usual = rejectDeclaredOversizeBodies(config.http.maxRequestBytes);
  const { prefix, maxRequestBytes } = config.legacyApi;
  if (!prefix) return usual;
  const legacy = rejectDeclaredOversizeBodies(maxRequestBytes);
  // As routes match: case-insensitive, a trailing slash allowed.
  const registration = `${prefix}/api/register/team`.toLowerCase();
  return (req: HttpRequest, reply: HttpReply, done: (error?: Error) => void) =>
    (routedPath(req).toLowerCase().replace(/\/$/, '') === registration ? legacy : usual)(req, reply, done);
}
