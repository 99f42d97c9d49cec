import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import {
  type Database,
  execute,
  openDatabase,
  rowsOf,
  sqlState,
  UNIQUE_VIOLATION,
} from '../src/database/database.js';
import { fixedStatement } from '../src/database/fixed-statement.js';
import { Transactions } from '../src/database/transactions.js';
import { databaseTargets, type TestDatabase, testDatabase } from './support/databases.js';

describe.each(databaseTargets())('statements sent past drizzle (%s)', (driver) => {
  let target: TestDatabase;
  let database: Database;
  let transactions: Transactions;
  let builds = 0;
  /** A value used twice, a constant value among the placeholders, and a value that may be null. */
  const insertProbe = fixedStatement(['name', 'note'], (values) => {
    builds += 1;
    return sql`insert into probe (name, also_name, kind, note)
               values (${values.name}, ${values.name}, ${'fixed'}, ${values.note})
               returning name, also_name, kind, note`;
  });
  const probes = async () =>
    rowsOf<{ name: string; note: string | null }>(
      await execute(database.db, sql`select name, note from probe order by name`),
    );

  beforeAll(async () => {
    target = await testDatabase(driver);
    database = await openDatabase(loadConfig({ DATABASE_URL: target.url }));
    transactions = new Transactions(database);
    await execute(
      database.db,
      sql`create table probe (name text primary key, also_name text, kind text, note text)`,
    );
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('binds each run its values, inside a transaction and out, with the text rendered once on PostgreSQL', async () => {
    const buildsBefore = builds;
    const [first] = rowsOf(await insertProbe(database.db, { name: 'a', note: null }));
    expect(first).toEqual({ name: 'a', also_name: 'a', kind: 'fixed', note: null });
    await transactions.run(async (tx) => {
      await insertProbe(tx, { name: 'b', note: "it's b" });
      await insertProbe(tx, { name: 'c', note: 'c' });
    });
    expect(await probes()).toEqual([
      { name: 'a', note: null },
      { name: 'b', note: "it's b" },
      { name: 'c', note: 'c' },
    ]);
    // PGlite builds each run's statement with its values; PostgreSQL only binds them.
    expect(builds - buildsBefore).toBe(driver === 'pglite' ? 3 : 0);
  });

  it.runIf(driver === 'postgres').each([
    ['named prepared statements', 'true'],
    ['unnamed statements only', 'false'],
  ])('sends them as %s with DATABASE_PREPARED_STATEMENTS=%s', async (_, prepared) => {
    const own = await openDatabase(
      loadConfig({ DATABASE_URL: target.url, DATABASE_PREPARED_STATEMENTS: prepared }),
      { migrate: false },
    );
    try {
      // One transaction: one connection, whose named statements pg_prepared_statements lists.
      const named = await new Transactions(own).run(async (tx) => {
        await execute(tx, sql`select ${'probe'}::text as executed_probe`);
        await insertProbe(tx, { name: `named-${prepared}`, note: null });
        return rowsOf<{ statement: string }>(
          await execute(tx, sql`select statement from pg_prepared_statements`),
        ).map((row) => row.statement);
      });
      const expected = [
        expect.stringContaining('executed_probe'),
        expect.stringContaining('insert into probe'),
      ];
      if (prepared === 'true') expect(named).toEqual(expect.arrayContaining(expected));
      else expect(named).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('refuses at once a statement that does not bind each named value as itself', () => {
    expect(() => fixedStatement(['name', 'unused'], (values) => sql`select ${values.name}`)).toThrow(
      'unused not in the statement',
    );
    const unnamed = (values: Record<string, unknown>) => sql`select ${values.name}, ${values.other}`;
    expect(() => fixedStatement(['name'], unnamed)).toThrow('"other" is not among its names');
  });

  it("fails with the database's error, and a transaction that ran it rolls back", async () => {
    const duplicate = transactions.run(async (tx) => {
      await insertProbe(tx, { name: 'd', note: null });
      await insertProbe(tx, { name: 'a', note: null });
    });
    await expect(duplicate).rejects.toSatisfy((error) => sqlState(error) === UNIQUE_VIOLATION);
    const names = (await probes()).map((probe) => probe.name);
    expect(names.filter((name) => !name.startsWith('named-'))).toEqual(['a', 'b', 'c']);
  });
});
