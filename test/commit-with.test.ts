import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { type Database, openDatabase, rowsOf, sqlState, UNIQUE_VIOLATION } from '../src/database/database.js';
import { Transactions, withBeforeCommit } from '../src/database/transactions.js';
import { hasPostgres, type TestDatabase, testDatabase } from './support/databases.js';
import { TcpProxy } from './support/tcp-proxy.js';

/**
 * `Transactions.commitWith` on PostgreSQL: the commit sent with a transaction's last statement, on
 * postgres.js's transactions. One pooled connection here: whatever a transaction leaves on it reaches
 * the next transaction at once.
 */
describe.runIf(hasPostgres)('transactions on PostgreSQL, committed with their last statement', () => {
  let target: TestDatabase;
  let database: Database;
  let transactions: Transactions;
  const values = async () =>
    rowsOf<{ v: number }>(await database.db.execute(sql`select v from probe order by v`)).map((r) => r.v);

  beforeAll(async () => {
    target = await testDatabase('postgres');
    database = await openDatabase(
      loadConfig({ DATABASE_URL: target.url, DATABASE_POOL_SIZE: '1', DATABASE_MAX_OVERFLOW: '0' }),
    );
    transactions = new Transactions(database);
    await database.db.execute(sql`create table probe (v int primary key)`);
  });
  afterEach(async () => {
    await database.db.execute(sql`truncate probe`);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('commits with the statement, before the work has its answer; after an outcome to store, not before', async () => {
    // What another connection sees right after commitWith, while the work has not returned yet.
    const other = postgres(target.url, { max: 1, onnotice: () => undefined });
    const seenByOther = async () => (await other`select v from probe order by v`).map((r) => r.v as number);
    try {
      let seen: number[] = [];
      await transactions.run(async (tx) => {
        await transactions.commitWith(tx, sql`insert into probe values (1)`);
        seen = await seenByOther();
      });
      expect(seen).toEqual([1]);

      // With an outcome to write before the commit (an Idempotency-Key's answer), the commit waits for it.
      await withBeforeCommit(
        (tx) => tx.execute(sql`insert into probe values (3)`).then(() => undefined),
        () =>
          transactions.run(async (tx) => {
            await transactions.commitWith(tx, sql`insert into probe values (2)`);
            seen = await seenByOther();
          }),
      );
      expect(seen).toEqual([1]);
      expect(await values()).toEqual([1, 2, 3]);
    } finally {
      await other.end();
    }
  });

  it('hands the connection to the next transaction only once it has nothing more to send', async () => {
    // postgres.js's own `begin` handed the connection on at the early commit's answer, then sent a
    // commit of its own on it: inside the next transaction, which it committed half done.
    const first = transactions.run((tx) => transactions.commitWith(tx, sql`insert into probe values (1)`));
    const second = transactions.run(async (tx) => {
      await tx.execute(sql`insert into probe values (2)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('the second changes its mind');
    });
    await first;
    await expect(second).rejects.toThrow('the second changes its mind');
    expect(await values()).toEqual([1]);
  });

  it('commits a statement postgres.js must describe before it runs (no pipelining then)', async () => {
    // A parameterised text new to the connection is described in a round trip of its own, and the
    // statements behind it wait in postgres.js's queue: the commit must not end the transaction there.
    const fresh = Math.floor(Math.random() * 1_000_000) + 10;
    await transactions.run((tx) => transactions.commitWith(tx, sql`insert into probe values (${fresh})`));
    await transactions.run((tx) =>
      transactions.commitWith(tx, sql`insert into probe values (${fresh + 1}::int)`),
    );
    expect(await values()).toEqual([fresh, fresh + 1]);
  });

  it('answers the work as saved when the connection is lost after its commit', async () => {
    // Only the empty transaction after the commit is left to end: a registration answered as failed
    // here would tell its captain to try again although the team is saved. Through a proxy, so that the connection is
    // reset while postgres.js's closing commit is on its way (reset before it is sent, postgres.js
    // would write to a closed socket: porsager/postgres#1154).
    const proxy = TcpProxy.inFrontOf(target.url, 5432);
    await proxy.start();
    const proxied = await openDatabase(
      loadConfig({
        DATABASE_URL: proxy.throughProxy(target.url),
        DATABASE_POOL_SIZE: '1',
        DATABASE_MAX_OVERFLOW: '0',
      }),
      { migrate: false },
    );
    try {
      const viaProxy = new Transactions(proxied);
      const outcome = viaProxy.run(async (tx) => {
        await viaProxy.commitWith(tx, sql`insert into probe values (1)`);
        proxy.setMode('black-hole');
        setTimeout(() => proxy.setMode('refuse'), 100);
        return 'saved';
      });
      await expect(outcome).resolves.toBe('saved');
      expect(await values()).toEqual([1]);
    } finally {
      await proxied.close();
      await proxy.stop();
    }
  });

  it('rolls the whole transaction back when its last statement fails, and answers that error', async () => {
    await expect(
      transactions.run(async (tx) => {
        await tx.execute(sql`insert into probe values (1)`);
        return transactions.commitWith(tx, sql`insert into probe values (1)`); // the same key again
      }),
    ).rejects.toSatisfy((error) => sqlState(error) === UNIQUE_VIOLATION);
    expect(await values()).toEqual([]);
    await transactions.run((tx) => transactions.commitWith(tx, sql`insert into probe values (3)`));
    expect(await values()).toEqual([3]);
  });

  it('keeps the next transaction whole when a deferred check fails', async () => {
    // Failing at the commit, it would leave the connection out of any transaction, and the driver's
    // closing rollback would reach the next transaction on it.
    await database.db.execute(sql`create table deferred_probe (v int unique deferrable initially deferred)`);
    const first = transactions.run(async (tx) => {
      await tx.execute(sql`insert into deferred_probe values (1)`);
      return transactions.commitWith(tx, sql`insert into deferred_probe values (1)`);
    });
    const second = transactions.run(async (tx) => {
      await tx.execute(sql`insert into probe values (2)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.execute(sql`insert into probe values (3)`);
      throw new Error('the second changes its mind');
    });
    await expect(first).rejects.toSatisfy((error) => sqlState(error) === UNIQUE_VIOLATION);
    await expect(second).rejects.toThrow('the second changes its mind');
    expect(await values()).toEqual([]);
    const [left] = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from deferred_probe`),
    );
    expect(left!.n).toBe(0);
  });
});
