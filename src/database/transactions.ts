import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { sql, type SQL } from 'drizzle-orm';
import { Database, execute, type Tx } from './database.js';

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

  private readonly logger = new Logger(Transactions.name);
  /** Transactions whose work has committed them itself (commitWith). */
  private readonly committed = new WeakSet<Tx>();

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let committedWork: { result: T } | undefined;
    try {
      return await this.database.db.transaction(async (tx) => {
        const result = await work(tx);
        if (this.committed.has(tx)) {
          committedWork = { result };
          return result;
        }
        const hooks = requestHooks.getStore();
        const beforeCommit = hooks?.beforeCommit;
        if (beforeCommit) {
          hooks.beforeCommit = undefined;
          await beforeCommit(tx, result);
        }
        return result;
      });
    } catch (error) {
      // The work's own commit went through: what failed is the end of the empty transaction after it
      // (the connection lost in between). The work is saved, and is answered as saved.
      if (!committedWork) throw error;
      this.logger.warn({
        msg: 'could not end the empty transaction after a commit that went through: the work is saved',
        err: error,
      });
      return committedWork.result;
    }
  }

  /**
   * Runs `statement` as the transaction's last (the work returns right after it) and answers its result.
   * The statement is an SQL, or a function that sends one on the transaction (a fixedStatement's run).
   * On the PostgreSQL pool, when nothing is left to write before the commit (no outcome for
   * withBeforeCommit), the commit is sent right behind it, without waiting for its answer: a lock the
   * statement takes is then held for its run and the commit's flush, not also until this process has
   * read the answer and sent the commit, which under load is a wait for a busy main thread (issue 15:
   * the team number's counter lock).
   *
   * The commit keeps the connection in a transaction, so that the driver's own commit, which ends every
   * transaction, still has one to end: postgres.js hands a transaction's connection back to its pool the
   * moment the server reports it out of any transaction, and would then send that commit (or its
   * rollback) on a connection that may by then be running another request's transaction
   * (test/commit-with.test.ts; the fault suite saw the stalls). So: deferred checks are run first (`set
   * constraints all immediate`: a failure there aborts the transaction instead of failing the commit),
   * then `commit and chain`, which commits (or, after a failure, rolls back) and opens an empty
   * transaction in its place. postgres.js pipelines these when it can; behind a statement it must first
   * describe (a text new to the connection, or any with parameters when DATABASE_PREPARED_STATEMENTS is
   * off) it sends them one per answer, from its socket handler, without waiting for the work's code. If
   * the statement fails, it rolls back, and the statement's error is thrown.
   *
   * Left open: a commit that fails by itself, with the connection alive, would still leave it out of a
   * transaction. Under READ COMMITTED, which the lock protocol of TeamPlaces already needs, only an
   * interrupt (a cancel, a statement timeout) in the instant before the commit's flush can do that.
   */
  async commitWith(tx: Tx, statement: SQL | ((tx: Tx) => Promise<unknown>)): Promise<unknown> {
    const send = () => (typeof statement === 'function' ? statement(tx) : execute(tx, statement));
    if (this.database.driver !== 'postgres' || requestHooks.getStore()?.beforeCommit) return send();
    const [result] = await pipelined(send(), execute(tx, RUN_DEFERRED_CHECKS), execute(tx, COMMIT_AND_CHAIN));
    this.committed.add(tx);
    return result;
  }
}

const RUN_DEFERRED_CHECKS = sql`set constraints all immediate`;
const COMMIT_AND_CHAIN = sql`commit and chain`;
