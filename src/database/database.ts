import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Sql } from 'postgres';
import { within } from '../common/deadline.js';
import type { AppConfig } from '../config/app-config.js';
import { preparingStatements } from './prepared-statements.js';
import * as schema from './schema.js';
import { parseTextArray } from './text-array.js';

/**
 * drizzle without the schema: queries go through its query builders and our `execute` (below), never its relational
 * `db.query` API, which with a schema builds a query builder per table for every transaction it opens.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** `src/database` and `dist/database` sit at the same depth, so one relative path serves both. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
/** Serialises migrations when several instances start at once against one server. */
const MIGRATION_LOCK_ID = 7_262_026;
/** PostgreSQL's type oid of `text[]`. */
const TEXT_ARRAY_OID = 1009;

/**
 * What every postgres.js client here is opened with. `fetch_types: false`: postgres.js's own first
 * statement on a new connection, a lookup of array types, loses its failure to an unhandled rejection
 * (porsager/postgres#1192), and a connection reset while it runs (a restart, a terminated backend) would
 * end the process. Our only array columns are `text[]`, read with our parser; drizzle writes them as
 * array literals, which go through as they are.
 */
const CLIENT_OPTIONS = {
  connect_timeout: 10,
  onnotice: () => undefined,
  fetch_types: false,
  types: {
    textArray: {
      to: TEXT_ARRAY_OID,
      from: [TEXT_ARRAY_OID],
      serialize: (literal: string) => literal,
      parse: parseTextArray,
    },
  },
};
/** The embedded database's buffer cache (PostgreSQL's `shared_buffers`); see openDatabase. */
const PGLITE_SHARED_BUFFERS = '16MB';

export interface PoolUsage {
  /** Most connections the pool opens. */
  size: number;
  /** Connections this process has open, and those running a statement right now (this query included). */
  open: number;
  active: number;
}

/** The open database: drizzle over postgres.js (a pool) or over an embedded PGlite (one connection). */
export class Database {
  constructor(
    readonly db: Db,
    readonly driver: 'postgres' | 'pglite',
    readonly poolSize: number,
    private readonly closeClient: () => Promise<void>,
    /** The application_name this process's connections carry, to find them in pg_stat_activity. */
    private readonly applicationName?: string,
    /**
     * A connection of its own for `ping`, outside the pool: a pool busy with registrations is a busy
     * database, not a down one, and a health check queued behind it would say "down" (503).
     */
    private readonly pingDb: Db = db,
  ) {}

  /** How much of the pool is in use, as the server sees it (PGlite: its one in-process connection). */
  async poolUsage(): Promise<PoolUsage> {
    if (!this.applicationName) return { size: this.poolSize, open: 1, active: 1 };
    const [usage] = rowsOf<{ open: number; active: number }>(
      await execute(
        this.db,
        sql`select count(*)::int as open, (count(*) filter (where state = 'active'))::int as active
            from pg_stat_activity where application_name = ${this.applicationName}`,
      ),
    );
    return { size: this.poolSize, open: usage?.open ?? 0, active: usage?.active ?? 0 };
  }

  /** Round-trip time in ms of a trivial query, or a rejection when the database does not answer in time. */
  async ping(timeoutMs: number): Promise<number> {
    const started = performance.now();
    await within(
      this.pingDb.select({ one: schema.counters.value }).from(schema.counters).limit(1),
      timeoutMs,
      // Coded as a connection fault, so callers (the envelope filter) treat it as "unreachable": 503.
      () => Object.assign(new Error(`database did not answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }),
    );
    return performance.now() - started;
  }

  close(): Promise<void> {
    return this.closeClient();
  }
}

export async function openDatabase(
  config: AppConfig,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const migrate = options.migrate ?? true;
  const settings = config.database;
  if (settings.driver === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    if (migrate) await migratePostgres(settings.url);
    const max = settings.poolSize + settings.maxOverflow;
    const applicationName = `icct26-${process.pid}-${randomBytes(3).toString('hex')}`;
    // `prepare` is postgres.js's own switch over every statement it sends: false, nothing on these
    // connections is ever named, whatever a caller asks (PgBouncer in transaction mode).
    const prepare = settings.preparedStatements;
    const client = postgres(settings.url, {
      max,
      max_lifetime: settings.recycleSeconds > 0 ? settings.recycleSeconds : null,
      idle_timeout: 60,
      ...CLIENT_OPTIONS,
      connection: { application_name: applicationName },
      prepare,
    });
    const db = drizzle({ client: prepare ? preparingStatements(client) : client }) as unknown as Db;
    // The ping follows the switch too: it goes through the same pooler, and prepared it is one round
    // trip, where postgres.js first describes an unnamed parameterised statement in a round trip of its own.
    const pingClient = postgres(settings.url, {
      max: 1,
      idle_timeout: 60,
      ...CLIENT_OPTIONS,
      connection: { application_name: `${applicationName}-ping` },
      prepare,
    });
    const pingDb = drizzle({
      client: prepare ? preparingStatements(pingClient) : pingClient,
    }) as unknown as Db;
    const close = async () => {
      await Promise.all([client.end({ timeout: 5 }), pingClient.end({ timeout: 5 })]);
    };
    return new Database(db, 'postgres', max, close, applicationName, pingDb);
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = settings.dir ?? resolve(config.dataDir, 'pgdata');
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  // pg_trgm backs the admin search indexes; a migration runs its CREATE EXTENSION.
  // shared_buffers: PGlite's data directory gets 160 MB, all of it touched in the WASM memory at start
  // (RSS); 16 MB is ample for one connection over a small database (issue 15: idle RSS 408 -> 247 MB).
  // `initialMemory` cannot go below the module's own 128 MB.
  const client = await PGlite.create(dir, {
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const db = drizzle({ client }) as unknown as Db;
  if (migrate) {
    const { migrate: runMigrations } = await import('drizzle-orm/pglite/migrator');
    await runMigrations(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  }
  return new Database(db, 'pglite', 1, () => client.close());
}

async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, ...CLIENT_OPTIONS });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => undefined);
    await client.end({ timeout: 5 });
  }
}

/** The rows of a raw statement (`execute`): postgres.js returns them as they are, PGlite inside `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** drizzle's rendering of a statement into its text and values, for the statements sent past it. */
export const dialect = new PgDialect();

/**
 * The postgres.js client `db` (the pool or a transaction) sends through, or undefined on PGlite. Its
 * `unsafe` names each statement when DATABASE_PREPARED_STATEMENTS is on (prepared-statements.ts).
 */
export function postgresClientOf(db: DbOrTx): Sql | undefined {
  const client = (db._.session as { client?: Partial<Sql> }).client;
  return typeof client?.unsafe === 'function' ? (client as Sql) : undefined;
}

/**
 * Runs a raw statement, as drizzle's `db.execute(statement)` does. On the PostgreSQL pool it goes
 * straight to postgres.js, rendered by drizzle's dialect: drizzle's own execute path builds a
 * prepared-query object and a raw-query wrapper per statement and runs it through four async layers
 * (issue 15, docs/benchmarks.md "Eleventh stop"). On the pool the statement is sent at once, so steps
 * handed to `pipelined` go out in the order they were made. A failure is postgres.js's own error, not
 * wrapped in drizzle's (whose message carries the statement's values); log masking keeps its statement
 * text. PGlite goes through drizzle, which reads its results and runs the statement when it is awaited.
 */
export function execute(db: DbOrTx, statement: SQL): Promise<unknown> {
  const client = postgresClientOf(db);
  if (!client) return db.execute(statement);
  const query = dialect.sqlToQuery(statement);
  return client.unsafe(query.sql, query.params as never[]).execute();
}

/** The SQLSTATE of a database error, looking through drizzle's wrapping. */
export function sqlState(error: unknown): string | undefined {
  for (const e of causes(error)) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * The constraint (or unique index) a failed statement broke: postgres.js calls it `constraint_name`,
 * PGlite `constraint`. Not the error's text: drizzle's includes the whole statement.
 */
export function brokenConstraint(error: unknown): string | undefined {
  for (const e of causes(error)) {
    const name = e.constraint_name ?? e.constraint;
    if (typeof name === 'string') return name;
  }
  return undefined;
}

/** An error and the errors it wraps (drizzle wraps the driver's as `cause`). */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    yield e as Record<string, unknown>;
  }
}

export const UNIQUE_VIOLATION = '23505';

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs with which the server refuses or drops a connection: shutting down or starting up,
 * too many connections, the database not accepting connections (55000, e.g. ALLOW_CONNECTIONS
 * false) or gone (3D000).
 */
const SERVER_REFUSED_CODES = new Set(['57P01', '57P02', '57P03', '53300', '55000', '3D000']);

/** True when the error means the database could not be reached (not that a query was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (CONNECTION_ERROR_CODES.has(code)) return true;
    if (code.startsWith('08') || SERVER_REFUSED_CODES.has(code)) return true;
  }
  return false;
}

/** `now() + ms` on the database's clock, so every instance agrees on when a lease or backoff ends. */
export function nowPlusMs(ms: number): SQL {
  return sql`now() + make_interval(secs => ${ms / 1000})`;
}
