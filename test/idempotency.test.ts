import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../src/database/database.js';
import { idempotencyKeys, teams } from '../src/database/schema.js';
import { IdempotencyStore } from '../src/hardening/idempotency.store.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { pngBytes, register, registrationForm, validFields } from './support/fixtures.js';

describe.each(databaseTargets())('idempotency keys on %s', (target) => {
  const server = useTestApp(target, { env: { IDEMPOTENCY_LEASE_SECONDS: '2' } });

  const teamsNamed = async (name: string | undefined) =>
    server.database.db.select().from(teams).where(eq(teams.teamName, name!));

  it('15 parallel requests under one key create one team; the others replay it or get IN_USE', async () => {
    const key = randomUUID();
    const fields = validFields();
    const results = await Promise.all(
      Array.from({ length: 15 }, () =>
        register(server.url, registrationForm(fields), { 'Idempotency-Key': key }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(
      statuses.every((s) => s === 200 || s === 409),
      statuses.join(),
    ).toBe(true);
    const created = results.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') === null);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 200)) expect(r.body).toEqual(created[0]!.body);
    for (const r of results.filter((r) => r.status === 409)) {
      expect(r.body).toMatchObject({ success: false, error_code: 'IDEMPOTENCY_KEY_IN_USE' });
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(await teamsNamed(fields.team_name)).toHaveLength(1);
  });

  it('replays a finished request with Idempotent-Replayed: true, also in the IETF quoted form', async () => {
    const key = randomUUID();
    const fields = validFields();
    const first = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await register(server.url, registrationForm(fields), { 'Idempotency-Key': `"${key}"` });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await teamsNamed(fields.team_name)).toHaveLength(1);
  });

  it("treats the seed's X-Idempotency-Key the same way", async () => {
    const key = randomUUID();
    const fields = validFields();
    const first = await register(server.url, registrationForm(fields), { 'X-Idempotency-Key': key });
    const again = await register(server.url, registrationForm(fields), { 'X-Idempotency-Key': key });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.team_id).toBe(first.body.team_id);
    const other = await register(server.url, registrationForm(validFields()), { 'X-Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(await teamsNamed(fields.team_name)).toHaveLength(1);
  });

  it('answers 422 IDEMPOTENCY_KEY_MISMATCH for another payload under a used key, including another file', async () => {
    const key = randomUUID();
    const fields = validFields();
    expect((await register(server.url, registrationForm(fields), { 'Idempotency-Key': key })).status).toBe(
      200,
    );
    const otherFields = await register(
      server.url,
      registrationForm({ ...fields, coach_name: 'Coach Other' }),
      {
        'Idempotency-Key': key,
      },
    );
    expect(otherFields.status).toBe(422);
    expect(otherFields.body).toMatchObject({ success: false, error_code: 'IDEMPOTENCY_KEY_MISMATCH' });
    const otherLogo = await register(
      server.url,
      registrationForm(fields, { logo: { bytes: pngBytes(999) } }),
      {
        'Idempotency-Key': key,
      },
    );
    expect(otherLogo.status).toBe(422);
  });

  it('stores a 4xx outcome and replays it', async () => {
    const key = randomUUID();
    const bad = validFields({ captain_email: 'not-an-email' });
    const first = await register(server.url, registrationForm(bad), { 'Idempotency-Key': key });
    expect(first.status).toBe(400);
    const again = await register(server.url, registrationForm(bad), { 'Idempotency-Key': key });
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('refuses malformed keys with 400 VALIDATION_FAILED', async () => {
    for (const key of ['x'.repeat(256), 'tab\there', '"unterminated']) {
      const res = await register(server.url, registrationForm(), { 'Idempotency-Key': key });
      expect(res.status, key).toBe(400);
      expect(res.body).toMatchObject({ error_code: 'VALIDATION_FAILED' });
    }
    const differing = await register(server.url, registrationForm(), {
      'Idempotency-Key': 'one-key',
      'X-Idempotency-Key': 'another-key',
    });
    expect(differing.status).toBe(400);
  });

  it('frees the key of a request that died once its lease is over', async () => {
    const fields = validFields();
    const form = () => registrationForm(fields);
    // A finished request turned back into one that died mid-way (its team gone, its lease over).
    const dead = randomUUID();
    const first = await register(server.url, form(), { 'Idempotency-Key': dead });
    expect(first.status).toBe(200);
    await server.database.db.delete(teams).where(eq(teams.teamName, fields.team_name!));
    await server.database.db
      .update(idempotencyKeys)
      .set({
        state: 'in_progress',
        responseStatus: null,
        responseBody: null,
        lockedUntil: sql`now() - interval '1 second'`,
      })
      .where(eq(idempotencyKeys.key, dead));
    const retried = await register(server.url, form(), { 'Idempotency-Key': dead });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(await teamsNamed(fields.team_name)).toHaveLength(1);
  });

  it('stores the outcome in the same transaction that saved the team, so no crash can fall between them', async () => {
    const key = randomUUID();
    const fields = validFields();
    const res = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    expect(res.status).toBe(200);
    // xmin: the transaction that last wrote the row. One writer for both means one commit for both.
    const [team] = rowsOf<{ writer: string }>(
      await server.database.db.execute(
        sql`select xmin::text as writer from teams where team_id = ${res.body.team_id}`,
      ),
    );
    const [stored] = rowsOf<{ writer: string; state: string; body: { team_id: string } }>(
      await server.database.db.execute(
        sql`select xmin::text as writer, state, response_body as body from idempotency_keys where key = ${key}`,
      ),
    );
    expect(stored).toMatchObject({
      writer: team!.writer,
      state: 'completed',
      body: { team_id: res.body.team_id },
    });
  });

  it('treats an expired key as new, and purges expired keys', async () => {
    const key = randomUUID();
    const first = await register(server.url, registrationForm(validFields({ captain_email: 'x' })), {
      'Idempotency-Key': key,
    });
    expect(first.status).toBe(400);
    await server.database.db
      .update(idempotencyKeys)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(idempotencyKeys.key, key));
    const reused = await register(server.url, registrationForm(validFields()), { 'Idempotency-Key': key });
    expect(reused.status).toBe(200);

    await server.database.db
      .update(idempotencyKeys)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(idempotencyKeys.key, key));
    expect(await server.app.get(IdempotencyStore).purgeExpired()).toBeGreaterThanOrEqual(1);
    const left = await server.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(left).toHaveLength(0);
  });
});

describe.each(databaseTargets())('idempotency keys of slow requests on %s', (target) => {
  const server = useTestApp(target, {
    cloudinary: true,
    env: { IDEMPOTENCY_LEASE_SECONDS: '2', REQUEST_TIMEOUT: '2' },
  });
  const { cloudinary } = server;

  it('does not store a 5xx: the key is released and a retry runs again', async () => {
    const key = randomUUID();
    const fields = validFields();
    // A real server-side failure: the players table is briefly gone, so the transaction fails (500).
    await server.database.db.execute(sql`alter table players rename to players_away`);
    let failed;
    try {
      failed = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    } finally {
      await server.database.db.execute(sql`alter table players_away rename to players`);
    }
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ success: false, error_code: 'INTERNAL_ERROR' });
    const retried = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('408 after about 2 s; the registration completes whole, and a retry gets the true outcome', async () => {
    const key = randomUUID();
    const fields = validFields();
    cloudinary.mode = { kind: 'slow', ms: 8000 };
    const started = performance.now();
    const timedOut = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    const elapsed = performance.now() - started;
    expect(timedOut.status).toBe(408);
    expect(timedOut.body).toMatchObject({ success: false, error_code: 'REQUEST_TIMEOUT' });
    expect(elapsed).toBeGreaterThan(1900);
    expect(elapsed).toBeLessThan(6000);

    // Still running past its 2 s lease: the lease is renewed, so the key stays taken.
    await new Promise((r) => setTimeout(r, 1500));
    const during = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    expect(during.status).toBe(409);
    expect(during.body.error_code).toBe('IDEMPOTENCY_KEY_IN_USE');

    cloudinary.mode = { kind: 'ok' };
    let after = during;
    for (let i = 0; i < 40 && after.status === 409; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    }
    expect(after.status, JSON.stringify(after.body)).toBe(200);
    expect(after.headers.get('idempotent-replayed')).toBe('true');
    expect(after.body).toMatchObject({ success: true, team_name: fields.team_name });
    const saved = await server.database.db.select().from(teams).where(eq(teams.teamName, fields.team_name!));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.teamId).toBe(after.body.team_id);
  });
});
