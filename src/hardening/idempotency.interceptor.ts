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
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { Tx } from '../database/database.js';
import { withBeforeCommit } from '../database/transactions.js';
import { errorEnvelope, IdempotentReplay, toAppError } from './error-envelope.filter.js';
import { hasMediaType, type HttpReply, type HttpRequest, pathOf, routePattern } from './http.js';
import { multipartFiles } from './multipart.interceptor.js';
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
 * form) or the seed's `X-Idempotency-Key`; undefined when neither is sent. Stored within its scope:
 * see idempotencyKeyOf.
 */
export function clientIdempotencyKeyOf(req: HttpRequest): string | undefined {
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

/** Where a client's idempotency key applies: one route, and one client where the route knows it. */
export interface IdempotencyScope {
  /** The HTTP method, e.g. `PATCH`. */
  method: string;
  /** The route's path pattern, e.g. `/api/registration/:team_id`: never the concrete URL. */
  route: string;
  /** The fingerprint of the admin key that was admitted (`keyFingerprint`, never the key itself). */
  admin?: string;
  /** The team whose captain's link was checked. */
  team?: string;
}

/**
 * The key an outcome is stored under: the scope's parts, then `|` and the client's key, as
 * `<method> <route>[ admin:<fingerprint> or team:<team ID>]|<client key>`. For example:
 *
 *     POST /api/registration|k1
 *     PATCH /api/registration/:team_id team:ICCT-007|k1
 *     POST /admin/teams/:team_id/approve admin:3fa2c1d0b9e8|k1
 *
 * So the same client key on two routes, from two admins or two captains means two requests, not a
 * reuse. The scope holds no `|` (escaped), so the first `|` ends it: no two scopes and keys give the
 * same stored key. About 330 characters at most (a client key is at most 255).
 */
export function scopedIdempotencyKey(scope: IdempotencyScope, clientKey: string): string {
  const parts = [scope.method, scope.route];
  if (scope.admin !== undefined) parts.push(`admin:${scope.admin}`);
  else if (scope.team !== undefined) parts.push(`team:${scope.team}`);
  return `${parts.map((part) => part.replace(/[% |]/g, encodeURIComponent)).join(' ')}|${clientKey}`;
}

/**
 * The request's scope, read after its guards: the route pattern the router matched, and
 * the client. An admin is named by the fingerprint AdminAuthGuard sets (`req.adminActor`) once it has
 * admitted the key, so two admins are two clients (not by the team: one admin's key sent for another
 * team is that admin's reuse of it, IDEMPOTENCY_KEY_MISMATCH). A captain is named by the team: CaptainLinkGuard has
 * checked the link's token for that team before this runs, and the team is the one client the link
 * stands for; its token is not part of the scope, so the key outlives a resent link (and no token is
 * ever stored or logged here). The public form has no client identity: the route and key are its scope.
 */
function idempotencyScopeOf(req: HttpRequest): IdempotencyScope {
  const route = routePattern(req);
  if (typeof route !== 'string') throw new Error('an idempotent request has no matched route pattern');
  const admin = (req as HttpRequest & { adminActor?: unknown }).adminActor;
  const team = (req.params as Record<string, string | undefined>).team_id;
  return {
    method: req.method,
    route,
    ...(typeof admin === 'string' ? { admin } : typeof team === 'string' ? { team } : {}),
  };
}

/**
 * The key this request's outcome is stored under (scopedIdempotencyKey), or undefined when the client
 * sent none. Every lookup in the store uses it: the claim, its lease and outcome, and a guard's check.
 */
export function idempotencyKeyOf(req: HttpRequest): string | undefined {
  const clientKey = clientIdempotencyKeyOf(req);
  return clientKey === undefined ? undefined : scopedIdempotencyKey(idempotencyScopeOf(req), clientKey);
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
export function requestFingerprint(req: HttpRequest): string {
  const files = Object.values(multipartFiles(req) ?? {})
    .flat()
    .filter((f) => f !== undefined)
    .map((f) => [f.fieldname, f.originalname, f.sha256])
    .sort((a, b) => a.join('/').localeCompare(b.join('/')));
  const path = pathOf(req);
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
    const req = context.switchToHttp().getRequest<HttpRequest>();
    const clientKey = clientIdempotencyKeyOf(req);
    if (clientKey === undefined) return next.handle();
    if (hasMediaType(req.raw, 'multipart/form-data') && multipartFiles(req) === undefined) {
      throw new Error("@Idempotent(multipart) must name the route's multipart interceptor");
    }
    const scope = idempotencyScopeOf(req);
    const key = scopedIdempotencyKey(scope, clientKey);
    // What a log line may say about the key: the client's key (masked by the logger) and its route.
    const logFields = { idempotency_key: clientKey, method: scope.method, route: scope.route };
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
    return from(
      this.runAndRecord(
        next,
        key,
        logFields,
        claim.leaseToken,
        successStatus,
        requestIdFor(req.raw, context.switchToHttp().getResponse<HttpReply>().raw),
      ),
    );
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
    logFields: Record<string, string>,
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
          this.logger.warn({ msg: 'could not renew an idempotency lease', ...logFields, err: error });
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
          ...logFields,
        });
      }
    } else {
      const stored = await this.record(() => this.store.complete(key, leaseToken, successStatus, body));
      if (stored === false) {
        this.logger.warn({
          msg: 'idempotency key lost its lease before the outcome was stored',
          ...logFields,
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
