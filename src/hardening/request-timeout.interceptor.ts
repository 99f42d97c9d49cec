import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { UnfinishedWork } from './unfinished-work.js';

/**
 * Answers 408 REQUEST_TIMEOUT once REQUEST_TIMEOUT has passed, but lets the handler run to its
 * end: cancelling it could leave work half-done, and the idempotency layer inside still records
 * the true outcome for a retry.
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UnfinishedWork) private readonly unfinished: UnfinishedWork,
  ) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const timeoutMs = this.config.http.requestTimeoutMs;
    // Subscribed here, once, and never unsubscribed: the handler finishes whatever happens.
    const outcome = this.unfinished.track(lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined))));
    return from(
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new AppError('REQUEST_TIMEOUT')), timeoutMs);
        outcome.then(resolve, reject).finally(() => clearTimeout(timer));
      }),
    );
  }
}
