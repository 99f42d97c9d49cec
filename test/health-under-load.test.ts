import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { nameKey } from '../src/teams/team-form.js';
import { hasPostgres } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * A database that is up but whose pool is busy is not down: `/health` must still answer 200. The test
 * fills the app's whole pool with registrations that wait on a church lock the test holds.
 */
describe.runIf(hasPostgres)('/health while the pool is saturated', () => {
  const server = useTestApp('postgres', { env: { DATABASE_POOL_SIZE: '2', DATABASE_MAX_OVERFLOW: '0' } });
  let sql: postgres.Sql;

  beforeAll(() => {
    sql = postgres(server.db.url, { max: 2, onnotice: () => undefined });
  });
  afterAll(async () => {
    await sql?.end();
  });

  it('answers 200 healthy while every pooled connection is busy', async () => {
    const fields = validFields();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtextextended(${nameKey(fields.church_name!)}, 0))`;
      locked();
      await held;
    });
    await lockTaken;
    // Two registrations of that church hold both pooled connections, waiting for the lock.
    const blocked = [1, 2].map((i) =>
      register(server.url, registrationForm({ ...fields, team_name: `${fields.team_name} ${'AB'[i - 1]}` })),
    );
    await eventually(
      'both pooled connections waiting',
      async () =>
        (await sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`)[0]!
          .n === 2,
    );
    try {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/health`);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: 'healthy', database: { status: 'up' } });
      }
    } finally {
      release();
      await holder;
    }
    const answers = await Promise.all(blocked);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });
});
