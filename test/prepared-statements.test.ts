import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { type Database, type Db, type DbOrTx, openDatabase, rowsOf } from '../src/database/database.js';
import { counters, teams } from '../src/database/schema.js';
import { Transactions } from '../src/database/transactions.js';
import { hasPostgres, type TestDatabase, testDatabase } from './support/databases.js';

/**
 * The named statements the server holds for the session `db` runs on. Protocol-level prepared
 * statements (postgres.js's) are the ones not made by SQL `PREPARE`. Sent without parameters, so by
 * the simple protocol: this query is never named itself.
 */
async function namedStatements(db: DbOrTx): Promise<string[]> {
  const rows = rowsOf<{ statement: string }>(
    await db.execute(sql`select statement from pg_prepared_statements where not from_sql`),
  );
  return rows.map((row) => row.statement);
}

/** One drizzle query of each kind the server runs, each with a parameter and a text of its own. */
const counterValue = (db: DbOrTx) =>
  db.select({ value: counters.value }).from(counters).where(eq(counters.name, 'probe'));
const teamById = (db: DbOrTx) => db.select({ id: teams.id }).from(teams).where(eq(teams.teamId, 'ICCT-001'));
const teamByName = (db: DbOrTx) =>
  db.select({ id: teams.id }).from(teams).where(eq(teams.teamNameKey, 'probe'));

describe.runIf(hasPostgres)('prepared statements on PostgreSQL (DATABASE_PREPARED_STATEMENTS)', () => {
  let target: TestDatabase;

  beforeAll(async () => {
    target = await testDatabase('postgres');
  });
  afterAll(async () => {
    await target?.drop();
  });

  /** One pooled connection, so consecutive queries outside a transaction share a session. */
  const open = (prepared: string) =>
    openDatabase(
      loadConfig({
        DATABASE_URL: target.url,
        DATABASE_POOL_SIZE: '1',
        DATABASE_MAX_OVERFLOW: '0',
        DATABASE_PREPARED_STATEMENTS: prepared,
      }),
    );

  /** A database opened with the switch for the tests of a block, and closed after them. */
  function openedFor(prepared: 'true' | 'false') {
    const opened = { database: undefined as unknown as Database };
    beforeAll(async () => {
      opened.database = await open(prepared);
    });
    afterAll(async () => {
      await opened.database?.close();
    });
    return opened;
  }

  describe('on (the default)', () => {
    const opened = openedFor('true');

    it('names a plain drizzle query on its connection', async () => {
      await counterValue(opened.database.db);
      expect(await namedStatements(opened.database.db)).toContainEqual(
        expect.stringContaining('from "counters"'),
      );
    });

    it('names the queries of a transaction (Transactions.run) and of a savepoint in it', async () => {
      const seen = await new Transactions(opened.database).run(async (tx) => {
        await teamById(tx);
        const inSavepoint = await tx.transaction(async (savepoint) => {
          await teamByName(savepoint);
          return namedStatements(savepoint);
        });
        return { inTransaction: await namedStatements(tx), inSavepoint };
      });
      expect(seen.inTransaction).toContainEqual(expect.stringContaining('"teams"."team_id" = $1'));
      expect(seen.inSavepoint).toContainEqual(expect.stringContaining('"teams"."team_name_key" = $1'));
    });

    it('prepares the health check on its own connection too', async () => {
      await opened.database.ping(5_000);
      const pingDb = (opened.database as unknown as { pingDb: Db }).pingDb;
      expect(await namedStatements(pingDb)).toContainEqual(expect.stringContaining('from "counters"'));
    });
  });

  describe('off (behind PgBouncer in transaction mode)', () => {
    const opened = openedFor('false');

    it('names nothing, in or out of a transaction, nor the health check', async () => {
      await counterValue(opened.database.db);
      // Not even a query drizzle is told to prepare under a name.
      await teamById(opened.database.db).prepare('team_by_id').execute();
      expect(await namedStatements(opened.database.db)).toEqual([]);
      const inTransaction = await new Transactions(opened.database).run(async (tx) => {
        await teamById(tx);
        return tx.transaction(async (savepoint) => {
          await teamByName(savepoint);
          return namedStatements(savepoint);
        });
      });
      expect(inTransaction).toEqual([]);
      await opened.database.ping(5_000);
      expect(await namedStatements((opened.database as unknown as { pingDb: Db }).pingDb)).toEqual([]);
    });
  });
});
