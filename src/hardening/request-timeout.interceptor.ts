import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  type Type,
  UseInterceptors,
} from '@nestjs/common';
import { lastValueFrom, Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { readJsonBody } from './json-body.js';
import { UnfinishedWork } from './unfinished-work.js';

/**
 * The first interceptor of every controller but /health's and the registration status's (`@RequestTimeout()`,
 * below). Reads the JSON body of a route that takes one (`readJsonBody`), then runs the handler; answers
 * 408 REQUEST_TIMEOUT once REQUEST_TIMEOUT has passed, but lets the handler run to its end: cancelling it
 * could leave work half-done, and the idempotency layer inside still records the true outcome for a retry.
 * (The body used to be read by an interceptor of its own, inside this one: each global interceptor costs
 * Nest an rxjs pipeline and an async scope per request, issue 15.)
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(UnfinishedWork) private readonly unfinished: UnfinishedWork,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const timeoutMs = this.config.http.requestTimeoutMs;
    const body = readJsonBody(context);
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    // Started here, once, and never cancelled: the handler finishes whatever happens.
    const outcome = this.unfinished.track(body ? body.then(handle) : handle());
    return new Observable((subscriber) => {
      const timer = setTimeout(() => subscriber.error(new AppError('REQUEST_TIMEOUT')), timeoutMs);
      outcome.then(
        (value) => {
          clearTimeout(timer);
          subscriber.next(value);
          subscriber.complete();
        },
        (error: unknown) => {
          clearTimeout(timer);
          subscriber.error(error);
        },
      );
    });
  }
}

/**
 * The request timeout (and JSON body) for every route of a controller, first among its interceptors,
 * with `inner` after it. Every controller has it but /health's and the registration status's, whose routes
 * take no body and bound their one query themselves (request-timeout.spec.ts holds them to it). Not a global
 * interceptor, so those two skip Nest's interceptor pipeline altogether (issue 15: about 30 % more /health
 * answers a second).
 */
export const RequestTimeout = (...inner: Type<NestInterceptor>[]) =>
  UseInterceptors(RequestTimeoutInterceptor, ...inner);
