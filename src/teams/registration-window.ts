import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { HttpRequest } from '../hardening/http.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { idempotencyKeyOf } from '../hardening/idempotency.interceptor.js';
import { IdempotencyStore } from '../hardening/idempotency.store.js';

export interface WindowState {
  open: boolean;
  opens_at: string | null;
  closes_at: string | null;
}

/** REGISTRATION_OPENS_AT (inclusive) to REGISTRATION_CLOSES_AT (exclusive); either end may be open. */
@Injectable()
export class RegistrationWindow {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  state(): WindowState {
    const { opensAt, closesAt } = this.config.registration;
    const now = this.clock.now().getTime();
    return {
      open: (!opensAt || now >= opensAt.getTime()) && (!closesAt || now < closesAt.getTime()),
      opens_at: opensAt?.toISOString() ?? null,
      closes_at: closesAt?.toISOString() ?? null,
    };
  }

  assertOpen(): void {
    const { open, ...window } = this.state();
    if (open) return;
    const notYet = window.opens_at !== null && this.clock.now().toISOString() < window.opens_at;
    throw new AppError(
      'REGISTRATION_CLOSED',
      notYet ? `Registration opens at ${window.opens_at}` : `Registration closed at ${window.closes_at}`,
      window,
    );
  }
}

/**
 * Refuses a registration outside the window before anything else runs: as a guard it comes before
 * the idempotency interceptor, so a captain who submits a second early can retry the same key later.
 * A retry whose key already holds an outcome goes on to be answered with it, even after the close.
 */
@Injectable()
export class RegistrationOpenGuard implements CanActivate {
  constructor(
    @Inject(RegistrationWindow) private readonly window: RegistrationWindow,
    @Inject(IdempotencyStore) private readonly idempotency: IdempotencyStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.window.state().open) return true;
    const key = keyOf(context.switchToHttp().getRequest<HttpRequest>());
    if (key !== undefined && (await this.idempotency.hasOutcome(key))) return true;
    this.window.assertOpen();
    return true;
  }
}

/** The request's idempotency key; a malformed one is no key here (the closed window answers first). */
function keyOf(req: HttpRequest): string | undefined {
  try {
    return idempotencyKeyOf(req);
  } catch {
    return undefined;
  }
}
