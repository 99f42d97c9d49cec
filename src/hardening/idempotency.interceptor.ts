import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
  type Type,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { Tx } from '../database/database.js';
import { withBeforeCommit } from '../database/transactions.js';
import { errorEnvelope, IdempotentReplay, toAppError } from './error-envelope.filter.js';
import { IdempotencyStore } from './idempotency.store.js';
import { requestIdFor } from './request-id.js';

const PRINTABLE_KEY = /^[\x20-\x7E]{1,255}$/;
// An RFC 8941 sf-string: "..." with only \" and \\ escaped.
const SF_STRING = /^"((?:[\x20\x21\x23-\x5B\x5D-\x7E]|\\["\\])*)"$/;

function invalidKey(reason: string): AppError {
  return AppError.validation({ 'Idempotency-Key': reason }, 'Invalid idempotency key');
}

/**
 * The client's idempotency key: `Idempotency-Key` (plain, or the IETF draft's quoted sf-string
 * form) or the seed's `X-Idempotency-Key`; undefined when neither is sent.
 */
export function idempotencyKeyOf(req: Request): string | undefined {
  const raw = req.headers['idempotency-key'];
  const alias = req.headers['x-idempotency-key'];
  const given = [raw, alias].filter((v): v is string => typeof v === 'string');
  if (given.length === 0) return undefined;
  const keys = given.map((value) => {
    if (!value.startsWith('"')) return value;
    const quoted = SF_STRING.exec(value);
    if (!quoted) throw invalidKey('is not a well-formed quoted string');
    return quoted[1]!.replace(/\\(["\\])/g, '$1');
  });
  if (keys.some((k) => k !== keys[0])) throw invalidKey('Idempotency-Key and X-Idempotency-Key differ');
  const key = keys[0]!;
  if (!PRINTABLE_KEY.test(key)) throw invalidKey('must be 1-255 printable ASCII characters');
  return key;
}

/** Sorted keys, so that the same fields in another order give the same fingerprint. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Method, path, and a hash of the body: its fields and, for multipart, every file's name and bytes. */
export function requestFingerprint(req: Request): string {
  const files = Object.values((req.files ?? {}) as Record<string, Express.Multer.File[]>)
    .flat()
    .map((f) => [f.fieldname, f.originalname, createHash('sha256').update(f.buffer).digest('hex')])
    .sort((a, b) => a.join('/').localeCompare(b.join('/')));
  const path = req.originalUrl.split('?')[0];
  return createHash('sha256')
    .update(JSON.stringify([req.method, path, canonical(req.body ?? null), files]))
    .digest('hex');
}

function keyTakenOver(): AppError {
  return new AppError(
    'IDEMPOTENCY_KEY_IN_USE',
    'A retry with this idempotency key took over this request; retry to get its outcome',
    undefined,
    { 'Retry-After': '1' },
  );
}

/**
 * Makes a state-changing route safe to retry (IETF idempotency-key draft, Stripe's behaviour):
 * the first request under a key runs, its 2xx/4xx outcome is stored and replayed to any retry
 * with the same payload; a 5xx frees the key. See Idempotent() for its place after the body parser.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    @Inject(IdempotencyStore) private readonly store: IdempotencyStore,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request>();
    const key = idempotencyKeyOf(req);
    if (key === undefined) return next.handle();
    if (req.is('multipart/form-data') && req.files === undefined) {
      throw new Error("@Idempotent(multipart) must name the route's multipart interceptor");
    }
    const claim = await this.store.claim(key, requestFingerprint(req));
    switch (claim.kind) {
      case 'replay':
        throw new IdempotentReplay(claim.status, claim.body);
      case 'mismatch':
        throw new AppError('IDEMPOTENCY_KEY_MISMATCH');
      case 'in_use':
        throw new AppError('IDEMPOTENCY_KEY_IN_USE', undefined, undefined, { 'Retry-After': '1' });
    }
    const successStatus =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return from(this.runAndRecord(next, key, claim.leaseToken, successStatus, requestIdFor(req, req.res!)));
  }

  /**
   * Runs the handler to its end and stores its true outcome, whatever has been answered meanwhile. A
   * handler whose work commits in a transaction (Transactions.run) stores its outcome in that same
   * transaction: a crash between the commit and a separate write could otherwise leave the key "in
   * progress" over committed work, and a retry would run again and answer, say, 409 DUPLICATE_TEAM for
   * the client's own team.
   */
  private async runAndRecord(
    next: CallHandler,
    key: string,
    leaseToken: string,
    successStatus: number,
    requestId: string,
  ): Promise<unknown> {
    let recordedInTransaction: { body: unknown } | undefined;
    const recordInTransaction = async (tx: Tx, body: unknown) => {
      // A retry took the key over (this request outlived its lease, e.g. behind a stalled database):
      // the work rolls back, so that only one execution under the key ever commits.
      if (!(await this.store.complete(key, leaseToken, successStatus, body, tx))) throw keyTakenOver();
      recordedInTransaction = { body };
    };
    const renewal = setInterval(
      () =>
        void this.store.renew(key, leaseToken).catch((error: unknown) => {
          this.logger.warn({ msg: 'could not renew an idempotency lease', err: error });
        }),
      (this.store.leaseSeconds * 1000) / 3,
    );
    let body: unknown;
    try {
      body = await withBeforeCommit(recordInTransaction, () =>
        lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined))),
      );
    } catch (exception) {
      const error = toAppError(exception);
      if (error.status >= 500) {
        await this.record(() => this.store.release(key, leaseToken));
        throw exception;
      }
      const stored = await this.record(() =>
        this.store.complete(key, leaseToken, error.status, errorEnvelope(error, requestId)),
      );
      // The key's outcome is the retry's that took it over, not this refusal (which may be the retry's
      // own team seen as a duplicate): the client is told to ask again, and then gets that outcome.
      if (stored === false) throw keyTakenOver();
      throw exception;
    } finally {
      clearInterval(renewal);
    }
    // A handler that succeeded has committed: if its transaction carried the outcome, it is stored.
    if (recordedInTransaction) {
      // The route must answer with what its transaction returned, or retries replay something else.
      if (recordedInTransaction.body !== body) {
        this.logger.error({
          msg: 'the stored idempotent outcome is not the answer sent',
          idempotency_key: key,
        });
      }
    } else {
      const stored = await this.record(() => this.store.complete(key, leaseToken, successStatus, body));
      if (stored === false) {
        this.logger.warn({
          msg: 'idempotency key lost its lease before the outcome was stored',
          idempotency_key: key,
        });
      }
    }
    return body;
  }

  /** A failure to record never hides the outcome itself (undefined then); the lease then frees the key. */
  private async record<T>(write: () => Promise<T>): Promise<T | undefined> {
    try {
      return await write();
    } catch (error) {
      this.logger.error({ msg: 'could not record an idempotent outcome', err: error });
      return undefined;
    }
  }
}

/**
 * Marks a state-changing route as idempotent under `Idempotency-Key`. A route that reads a multipart
 * body names its interceptor here: it runs first, since the key's fingerprint covers the files.
 */
export function Idempotent(multipart?: Type<NestInterceptor>): MethodDecorator & ClassDecorator {
  return applyDecorators(UseInterceptors(...(multipart ? [multipart] : []), IdempotencyInterceptor));
}
