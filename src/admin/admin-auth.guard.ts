import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../common/app-error.js';
import { AdminKeys } from './admin-keys.js';
import { FailedAuthLimiter } from './failed-auth-limiter.js';

export const MAX_FAILED_AUTH_PER_MINUTE = 10;

type AdminRequest = Request & { adminActor?: string };

/**
 * Admits a request carrying a configured key in `X-API-Key` or `Authorization: Bearer <key>`.
 * Failures are logged (IP and reason, never the key) and limited per IP.
 */
@Injectable()
export class AdminAuthGuard implements CanActivate {
  private readonly logger = new Logger('AdminAuth');
  private readonly limiter = new FailedAuthLimiter(MAX_FAILED_AUTH_PER_MINUTE, 60_000);

  constructor(@Inject(AdminKeys) private readonly keys: AdminKeys) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AdminRequest>();
    const ip = req.ip ?? 'unknown';
    const retryAfter = this.limiter.retryAfterSeconds(ip);
    if (retryAfter > 0) {
      throw new AppError('RATE_LIMITED', 'Too many failed authentication attempts', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    if (!this.keys.configured) {
      throw new AppError('UNAUTHORIZED', 'Admin access is not configured on this server');
    }
    const presented = presentedKey(req);
    const fingerprint = presented === undefined ? undefined : this.keys.verify(presented);
    if (!fingerprint) {
      this.limiter.recordFailure(ip);
      const reason = presented === undefined ? 'missing key' : 'wrong key';
      this.logger.warn({ ip, method: req.method, path: req.path, reason }, 'admin authentication failed');
      throw new AppError('UNAUTHORIZED', 'A valid admin API key is required');
    }
    req.adminActor = fingerprint;
    return true;
  }
}

function presentedKey(req: Request): string | undefined {
  const apiKey = req.header('x-api-key')?.trim();
  if (apiKey) return apiKey;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
  return bearer?.[1];
}

/** The fingerprint of the admin key that authenticated this request (set by AdminAuthGuard). */
export const AdminActor = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const actor = context.switchToHttp().getRequest<AdminRequest>().adminActor;
  if (!actor) throw new AppError('UNAUTHORIZED', 'A valid admin API key is required');
  return actor;
});
