import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { nameKey } from '../src/teams/team-form.js';
import { hasPostgres } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { useTestApp, type RunningApp } from './support/test-app.js';

/**
 * One key, one execution, even when the database stalls for longer than the key's lease: instance A
 * runs a registration, its database connection stalls mid-transaction (a real TCP proxy black-holes
 * it), the lease runs out, and the client's retry goes to instance B, which takes the key over. Only
 * one of them may commit, and the key must end up replaying that commit's 200.
 */
describe.runIf(hasPostgres)('idempotency under a stalled database', () => {
  const LEASE_SECONDS = 2;
  const fixture = useTestApp('postgres', {
    start: false,
    env: { IDEMPOTENCY_LEASE_SECONDS: String(LEASE_SECONDS) },
  });
  const proxy = TcpProxy.inFrontOf(process.env.DATABASE_URL, 5432);
  let stalling: RunningApp;
  let direct: RunningApp;
  let sql: postgres.Sql;

  beforeAll(async () => {
    await proxy.start();
    stalling = await fixture.start({ DATABASE_URL: proxy.throughProxy(fixture.db.url) });
    direct = await fixture.start();
    sql = postgres(fixture.db.url, { max: 2, onnotice: () => undefined });
  });
  afterAll(async () => {
    proxy.setMode('pass');
    await sql?.end();
    await proxy.stop();
  });

  it('never commits twice under one key, and replays the committed 200', async () => {
    const fields = validFields();
    const key = { 'Idempotency-Key': `stall-${Date.now()}` };
    // The test holds the church's lock, so A's transaction waits at its first statement.
    let releaseChurch!: () => void;
    const churchHeld = new Promise<void>((resolve) => (releaseChurch = resolve));
    let churchLocked!: () => void;
    const locked = new Promise<void>((resolve) => (churchLocked = resolve));
    const holder = sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtextextended(${nameKey(fields.church_name!)}, 0))`;
      churchLocked();
      await churchHeld;
    });
    await locked;

    const first = register(stalling.url, registrationForm(fields), key);
    const waiting = async () =>
      (await sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`)[0]!.n;
    await eventually('A waiting for the church lock', async () => (await waiting()) === 1);
    // A's connection stalls while its transaction waits; its lease can no longer be renewed.
    proxy.setMode('black-hole');
    await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 1) * 1000));

    // The retry, on the other instance, takes the key over and queues on the church lock behind A.
    const retry = register(direct.url, registrationForm(fields), key);
    await eventually('the retry waiting for the church lock', async () => (await waiting()) === 2);
    releaseChurch();
    await holder;
    // A gets the lock first; once its connection flows again, it finds the key taken and rolls back.
    await new Promise((resolve) => setTimeout(resolve, 300));
    proxy.setMode('pass');

    const [a, b] = await Promise.all([first, retry]);
    expect(b.status, JSON.stringify(b.body)).toBe(200);
    expect(a.status, JSON.stringify(a.body)).toBe(409);
    expect(a.body).toMatchObject({ error_code: 'IDEMPOTENCY_KEY_IN_USE' });
    expect(a.headers.get('retry-after')).toBe('1');

    const teams = await sql`select team_id from teams where team_name = ${fields.team_name!}`;
    expect(teams.map((t) => t.team_id)).toEqual([b.body.team_id]);
    const emails =
      await sql`select count(*)::int as n from outbox_emails where subject like ${`%${b.body.team_id}%`}`;
    expect(emails[0]!.n).toBe(1);
    for (const url of [stalling.url, direct.url]) {
      const replay = await register(url, registrationForm(fields), key);
      expect(replay.status, JSON.stringify(replay.body)).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.team_id).toBe(b.body.team_id);
    }
  });
});
