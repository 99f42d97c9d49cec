import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { Database, type Tx } from './database.js';

/** Writes something about a use case's result into the use case's own transaction, just before it commits. */
export type BeforeCommit = (tx: Tx, result: unknown) => Promise<void>;

const requestHooks = new AsyncLocalStorage<{ beforeCommit?: BeforeCommit }>();

/**
 * Runs `work` (a request's handling) so that the first transaction it commits through `Transactions.run`
 * also runs `beforeCommit`, once. The idempotency layer stores a request's outcome this way, from the
 * request's context rather than through every signature (see IdempotencyInterceptor).
 */
export function withBeforeCommit<T>(beforeCommit: BeforeCommit, work: () => T): T {
  return requestHooks.run({ beforeCommit }, work);
}

/**
 * Runs `work` (a use case) and answers `shape(result)`; the outcome written before commit (withBeforeCommit)
 * is that same shaped object, so a door that only reshapes a use case's result (the FastAPI-compatible API)
 * replays exactly what it sent.
 */
export async function answerAs<R, S>(work: () => Promise<R>, shape: (result: R) => S): Promise<S> {
  let shaped: { value: S } | undefined;
  const once = (result: R) => (shaped ??= { value: shape(result) }).value;
  const hooks = requestHooks.getStore();
  const outer = hooks?.beforeCommit;
  if (!hooks || !outer) return once(await work());
  // Handed over: the inner context calls it once, with the shaped result.
  hooks.beforeCommit = undefined;
  return once(await requestHooks.run({ beforeCommit: (tx, result) => outer(tx, once(result as R)) }, work));
}

/**
 * Awaits a transaction's steps sent together, in order: postgres.js pipelines them on the transaction's
 * connection (one write, one round trip where they would take one each), and PostgreSQL runs them in the
 * order sent, each in a snapshot taken when it starts (a check sent after a lock runs under the lock).
 * Fails as the first failed step did: those after it fail only because the transaction was aborted.
 * Every step has settled when it returns, so nothing is left running on a transaction that rolls back.
 */
export async function pipelined<T extends readonly unknown[]>(
  ...steps: { [K in keyof T]: Promise<T[K]> }
): Promise<T> {
  const settled = await Promise.allSettled(steps);
  const failed = settled.find((step) => step.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((step) => (step as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * The one way a use case opens a transaction. Services own their transactions: a use case reads top to
 * bottom inside `run` (lock, check and throw to roll back, write, enqueue, return), and repositories
 * only take the `tx` they are given.
 */
@Injectable()
export class Transactions {
  constructor(@Inject(Database) private readonly database: Database) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.database.db.transaction(async (tx) => {
      const result = await work(tx);
      const hooks = requestHooks.getStore();
      const beforeCommit = hooks?.beforeCommit;
      if (beforeCommit) {
        hooks.beforeCommit = undefined;
        await beforeCommit(tx, result);
      }
      return result;
    });
  }
}
