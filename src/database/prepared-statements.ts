import type { Sql, TransactionSql } from 'postgres';

/**
 * The postgres.js client drizzle is given, sending every statement as a named prepared statement
 * (DATABASE_PREPARED_STATEMENTS, on by default).
 *
 * Why: drizzle's PostgresJsSession runs each query as `client.unsafe(text, params, { prepare: false })`
 * unless the query was given a name, so PostgreSQL parses and plans every statement every time, and
 * postgres.js spends a round trip describing each parameterised one before it binds it. With
 * `prepare: true` postgres.js parses a statement once per connection, under a name it makes up, and
 * from then on only binds and executes it (docs/benchmarks.md, "L1" against "L1 unprepared": 1.2-1.7x
 * on the registration's statements). `begin` and `savepoint` hand drizzle a new client for the
 * transaction or savepoint, so that client is wrapped too.
 *
 * Memory: postgres.js keeps a connection's statements in a map keyed by parameter types and text that
 * it never evicts (node_modules/postgres/src/connection.js, `statements`), and the server keeps each
 * prepared statement until the connection closes. Both are bounded by the number of distinct statement
 * texts, and ours are a bounded set: fixed texts (a roster and its files go as one jsonb parameter,
 * json-rows.ts), plus IN lists and multi-row inserts whose length follows bounded lists (a team's 33
 * files at most, an export batch of 200 teams, a storage sweep page of 500 files); the long variable
 * ones run rarely (the CSV export, the hourly sweep).
 * Both caches go with the connection, which postgres.js closes after 60 s idle and after
 * DATABASE_POOL_RECYCLE seconds (`max_lifetime`), so a connection holds what it ran in that time: the
 * fixed texts and a few variable ones. With DATABASE_POOL_RECYCLE=0 only the bound on texts remains.
 * A statement without parameters goes by the simple protocol and is never named.
 *
 * A named statement outlives a migration another instance runs: the server replans it, and only refuses
 * it when its result columns change type (`cached plan must not change result type`). drizzle names
 * every column it selects or returns, so only a migration that alters or drops such a column does that.
 */
export function preparingStatements<Client extends Sql | TransactionSql>(client: Client): Client {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'unsafe') {
        const unsafe: Sql['unsafe'] = (query, parameters, options) =>
          target.unsafe(query, parameters, { ...options, prepare: true });
        return unsafe;
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const work = args.at(-1);
          if (typeof work !== 'function') return open(...args);
          return open(...args.slice(0, -1), (tx: TransactionSql) =>
            (work as (tx: TransactionSql) => unknown)(preparingStatements(tx)),
          );
        };
      }
      return Reflect.get(target, property);
    },
  });
}
