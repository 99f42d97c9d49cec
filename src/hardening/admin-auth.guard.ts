import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import { type HttpRequest, pathOf } from './http.js';
import { AppError } from '../common/app-error.js';
import { AdminKeys } from './admin-keys.js';
import { FailedAuthLimiter } from './failed-auth-limiter.js';

export const MAX_FAILED_AUTH_PER_MINUTE = 10;
export const FAILED_AUTH_WINDOW_MS = 60_000;

type AdminRequest = HttpRequest & { adminActor?: string };

/**
 * Admits a request carrying a configured key in `X-API-Key` or `Authorization: Bearer <key>`, always:
 * the key is compared first, and a valid one is never refused. A wrong or missing key is logged (IP and
 * reason, never the key) and counted per client IP (FailedAuthLimiter: shared through Redis when
 * REDIS_URL is set); past MAX_FAILED_AUTH_PER_MINUTE in a minute, that client's failures get 429 instead
 * of 401 until the minute ends. So a guesser sharing the admins' address cannot lock them out.
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  private readonly logger = new Logger('AdminAuth');

  constructor(
    @Inject(AdminKeys) private readonly keys: AdminKeys,
    @Inject(FailedAuthLimiter) private readonly limiter: FailedAuthLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AdminRequest>();
    if (!this.keys.configured) {
      throw new AppError('UNAUTHORIZED', 'Admin access is not configured on this server');
    }
    const presented = presentedKey(req);
    const fingerprint = presented === undefined ? undefined : this.keys.verify(presented);
    if (fingerprint) {
      req.adminActor = fingerprint;
      return true;
    }
    const ip = req.ip;
    const retryAfter = await this.limiter.failedAttempt(ip);
    if (retryAfter > 0) {
      throw new AppError('RATE_LIMITED', 'Too many failed authentication attempts', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    const reason = presented === undefined ? 'missing key' : 'wrong key';
    this.logger.warn({ ip, method: req.method, path: pathOf(req), reason }, 'admin authentication failed');
    throw new AppError('UNAUTHORIZED', 'A valid admin API key is required');
  }
}

function presentedKey(req: HttpRequest): string | undefined {
  const apiKey = [req.headers['x-api-key']].flat()[0]?.trim();
  if (apiKey) return apiKey;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return bearer?.[1];
}

/** The fingerprint of the admin key that authenticated this request (set by AdminAuthGuard). */
export const AdminActor = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const actor = context.switchToHttp().getRequest<AdminRequest>().adminActor;
  if (!actor) throw new AppError('UNAUTHORIZED', 'A valid admin API key is required');
  return actor;
});
