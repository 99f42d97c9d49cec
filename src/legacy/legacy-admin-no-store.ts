import type { AppConfig } from '../config/app-config.js';
import { type HttpReply, type HttpRequest, routedPath } from '../hardening/http.js';

/** LegacyAdminController's paths below the prefix: `/admin/...` and the team pages `/api/teams[/...]`. */
const LEGACY_ADMIN_PATH = /^\/(admin|api\/teams)(\/|$)/;

/**
 * Legacy admin answers carry personal data: kept by no browser or proxy, refusals (401, 429) included,
 * so the header is set before routing, as `noStoreForAdmin` does for the native admin paths. Undefined
 * when the legacy API is off.
 */
export function noStoreForLegacyAdmin(config: AppConfig) {
  const prefix = config.legacyApi.prefix?.toLowerCase();
  if (!prefix) return undefined;
  return (req: HttpRequest, reply: HttpReply, done: () => void): void => {
    const path = routedPath(req).toLowerCase();
    if (path.startsWith(`${prefix}/`) && LEGACY_ADMIN_PATH.test(path.slice(prefix.length))) {
      reply.raw.setHeader('Cache-Control', 'no-store');
    }
    done();
  };
}
