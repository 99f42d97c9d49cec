import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '../src/hardening/admin-keys.js';
import { rowsOf } from '../src/database/database.js';
import { idempotencyKeys, teams } from '../src/database/schema.js';
import { scopedIdempotencyKey } from '../src/hardening/idempotency.interceptor.js';
import { IdempotencyStore } from '../src/hardening/idempotency.store.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { captainRequest, editForm, tokenFromEmail } from './support/captain-link.js';
import { pngBytes, register, registrationForm, validFields, type FormFields } from './support/fixtures.js';
import { LogCapture } from './support/log-capture.js';

describe.each(databaseTargets())('idempotency keys on %s', (target) => {
  const server = useTestApp(target, { env: { IDEMPOTENCY_LEASE_SECONDS: '2' } });

  const teamsNamed = async (name: string | undefined) =>
    server.database.db.select().from(teams).where(eq(teams.teamName, name!));
  /** The stored key of a registration under the client's `key`. */
  const registrationKey = (key: string) =>
    scopedIdempotencyKey({ method: 'POST', route: '/api/registration' }, key);

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
      .where(eq(idempotencyKeys.key, registrationKey(dead)))
      .returning({ key: idempotencyKeys.key })
      .then((rows) => expect(rows).toHaveLength(1));
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
        sql`select xmin::text as writer, state, response_body as body from idempotency_keys where key = ${registrationKey(key)}`,
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
      .where(eq(idempotencyKeys.key, registrationKey(key)))
      .returning({ key: idempotencyKeys.key })
      .then((rows) => expect(rows).toHaveLength(1));
    const reused = await register(server.url, registrationForm(validFields()), { 'Idempotency-Key': key });
    expect(reused.status).toBe(200);

    await server.database.db
      .update(idempotencyKeys)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(idempotencyKeys.key, registrationKey(key)))
      .returning({ key: idempotencyKeys.key })
      .then((rows) => expect(rows).toHaveLength(1));
    expect(await server.app.get(IdempotencyStore).purgeExpired()).toBeGreaterThanOrEqual(1);
    const left = await server.database.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, registrationKey(key)));
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

const ADMIN_ONE = 'admin-one-key-0123456789';
const ADMIN_TWO = 'admin-two-key-0123456789';

describe.each(databaseTargets())('idempotency keys scoped by route and client on %s', (target) => {
  const logs = new LogCapture();
  const server = useTestApp(target, {
    env: { ADMIN_API_KEYS: `${ADMIN_ONE},${ADMIN_TWO}`, LOG_LEVEL: 'debug' },
    app: { logDestination: logs },
  });

  const registerTeam = async (key: string, fields: FormFields) => {
    const res = await register(server.url, registrationForm(fields), { 'Idempotency-Key': key });
    return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: res.body };
  };
  const edit = async (teamId: string, token: string, key: string, fields: FormFields) => {
    const res = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm(fields),
      headers: { 'Idempotency-Key': key },
    });
    return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: res.body };
  };
  const approve = async (teamId: string, key: string, auth: Record<string, string>) => {
    const res = await fetch(`${server.url}/admin/teams/${teamId}/approve`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ reason: 'Paid' }),
    });
    return {
      status: res.status,
      replayed: res.headers.get('idempotent-replayed'),
      body: (await res.json()) as any,
    };
  };
  const coachOf = async (teamId: string) =>
    (await server.database.db.select().from(teams).where(eq(teams.teamId, teamId)))[0]!.coachName;
  /** Every stored key for the client's `key`, whatever its scope. */
  const storedKeys = async (key: string) =>
    rowsOf<{ key: string }>(
      await server.database.db.execute(
        sql`select key from idempotency_keys where key like ${'%|' + key} order by key`,
      ),
    ).map((row) => row.key);

  it("runs one client key on each route it is sent to: the registration, the captain's edit, an approval", async () => {
    const key = randomUUID();
    const fields = validFields();
    const registered = await registerTeam(key, fields);
    expect(registered).toMatchObject({ status: 200, replayed: null });
    const teamId = registered.body.team_id as string;
    const token = await tokenFromEmail(server.database, teamId);

    const edited = await edit(teamId, token, key, { coach_name: 'Coach Scoped' });
    expect(edited, JSON.stringify(edited.body)).toMatchObject({ status: 200, replayed: null });
    expect(await coachOf(teamId)).toBe('Coach Scoped');
    const approved = await approve(teamId, key, { 'X-API-Key': ADMIN_ONE });
    expect(approved).toMatchObject({ status: 200, replayed: null, body: { data: { status: 'approved' } } });

    // Each route keeps its own outcome under the key, and replays it.
    expect(await registerTeam(key, fields)).toEqual({ ...registered, replayed: 'true' });
    expect(await edit(teamId, token, key, { coach_name: 'Coach Scoped' })).toEqual({
      ...edited,
      replayed: 'true',
    });
    expect(await approve(teamId, key, { 'X-API-Key': ADMIN_ONE })).toEqual({ ...approved, replayed: 'true' });
    expect(await storedKeys(key)).toEqual(
      [
        scopedIdempotencyKey({ method: 'POST', route: '/api/registration' }, key),
        scopedIdempotencyKey({ method: 'PATCH', route: '/api/registration/:team_id', team: teamId }, key),
        scopedIdempotencyKey(
          { method: 'POST', route: '/admin/teams/:team_id/approve', admin: keyFingerprint(ADMIN_ONE) },
          key,
        ),
      ].sort(),
    );
  });

  it('runs the edits of two captains who happen to send the same key, one for each team', async () => {
    const key = randomUUID();
    for (const coach of ['Coach First', 'Coach Second']) {
      const registered = await registerTeam(randomUUID(), validFields());
      expect(registered.status).toBe(200);
      const teamId = registered.body.team_id as string;
      const token = await tokenFromEmail(server.database, teamId);
      const edited = await edit(teamId, token, key, { coach_name: coach });
      expect(edited, JSON.stringify(edited.body)).toMatchObject({ status: 200, replayed: null });
      expect(await coachOf(teamId)).toBe(coach);
    }
    expect(await storedKeys(key)).toHaveLength(2);
  });

  it('keeps two admin keys apart under one client key on one route; the same admin key replays', async () => {
    const key = randomUUID();
    const teamId = (await registerTeam(randomUUID(), validFields())).body.team_id as string;
    const first = await approve(teamId, key, { 'X-API-Key': ADMIN_ONE });
    expect(first).toMatchObject({ status: 200, replayed: null, body: { data: { status: 'approved' } } });

    // The same request from the other admin is its own: it runs, and finds the team approved already.
    const other = await approve(teamId, key, { 'X-API-Key': ADMIN_TWO });
    expect(other).toMatchObject({
      status: 409,
      replayed: null,
      body: { error_code: 'INVALID_STATUS_TRANSITION' },
    });

    // Each admin's retry gets that admin's outcome, whichever header carries the key.
    expect(await approve(teamId, key, { 'X-API-Key': ADMIN_ONE })).toEqual({ ...first, replayed: 'true' });
    expect(await approve(teamId, key, { Authorization: `Bearer ${ADMIN_ONE}` })).toEqual({
      ...first,
      replayed: 'true',
    });
    expect(await approve(teamId, key, { 'X-API-Key': ADMIN_TWO })).toEqual({ ...other, replayed: 'true' });

    // One admin's key on another team is that admin's reuse of it, not a new request.
    const otherTeam = (await registerTeam(randomUUID(), validFields())).body.team_id as string;
    expect(await approve(otherTeam, key, { 'X-API-Key': ADMIN_ONE })).toMatchObject({
      status: 422,
      body: { error_code: 'IDEMPOTENCY_KEY_MISMATCH' },
    });
  });

  it('logs neither an admin key nor a captain token, nor stores them in a key', async () => {
    const key = randomUUID();
    const registered = await registerTeam(key, validFields());
    const teamId = registered.body.team_id as string;
    const token = await tokenFromEmail(server.database, teamId);
    expect((await edit(teamId, token, key, { coach_name: 'Coach Logged' })).status).toBe(200);
    expect((await approve(teamId, key, { 'X-API-Key': ADMIN_TWO })).status).toBe(200);
    const stored = (await storedKeys(key)).join('\n');
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const secret of [ADMIN_ONE, ADMIN_TWO, token]) {
      expect(stored).not.toContain(secret);
      expect(logs.lines.join('\n')).not.toContain(secret);
    }
  });
});
