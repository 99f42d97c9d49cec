import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { pendingUploads, storageDeletions, teamFiles, teams } from '../src/database/schema.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { eventually, getStatus } from './support/eventually.js';
import { captainRequest, editForm, registerWithLink } from './support/captain-link.js';
import { pdfBytes, pngBytes, register, registrationForm, validFields } from './support/fixtures.js';

describe.each(databaseTargets())('registration with Cloudinary (real SDK, loopback fake) on %s', (target) => {
  const server = useTestApp(target, { cloudinary: 'icct-cloud' });
  const { cloudinary } = server;
  beforeEach(() => {
    cloudinary.mode = { kind: 'ok' };
  });

  it('uploads logo and receipt into one folder per team and keeps the secure URL and public id', async () => {
    const res = await register(
      server.url,
      registrationForm(validFields(), { payment_receipt: { bytes: pdfBytes() } }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    const files = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(files).toHaveLength(2);
    for (const file of files) {
      const key = `teams/${team!.id}/${file.kind}`;
      if (file.kind === 'logo') {
        expect(file.publicId).toBe(key);
        expect(file.url).toBe(`https://res.cloudinary.test/icct-cloud/image/upload/v1/${file.publicId}`);
      } else {
        // Private: an authenticated asset, known by its id alone (test/private-files.test.ts).
        expect(file).toMatchObject({ publicId: `private:${key}`, url: null });
      }
    }
    expect(cloudinary.uploads.filter((u) => u.folder === `teams/${team!.id}`)).toHaveLength(2);
  });

  it('retries a transient Cloudinary failure within the request: the file is uploaded, not deferred', async () => {
    cloudinary.mode = { kind: 'flaky', failures: 1, status: 503 };
    const requestsBefore = cloudinary.requests;
    const res = await register(server.url, registrationForm(validFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    const files = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(files).toMatchObject([{ kind: 'logo', state: 'uploaded' }]);
    expect(cloudinary.requests - requestsBefore).toBe(2);
  });

  it('saves nothing and uses no number when Cloudinary refuses the file; a refusal is no outage', async () => {
    const before = await server.database.db.$count(teams);
    cloudinary.mode = { kind: 'fail', status: 400 };
    for (let i = 0; i < 6; i += 1) {
      const res = await register(server.url, registrationForm(validFields()));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error_code: 'VALIDATION_FAILED',
        details: { field_errors: { logo: expect.any(String) } },
      });
    }
    expect(await server.database.db.$count(teams)).toBe(before);
    expect(await server.database.db.$count(pendingUploads)).toBe(0);
    expect((await getStatus(server.url)).breakers.cloudinary).toMatchObject({ state: 'closed', failures: 0 });

    cloudinary.mode = { kind: 'ok' };
    const next = await register(server.url, registrationForm(validFields()));
    expect(next.status).toBe(200);
    expect(Number(next.body.team_id.split('-')[1])).toBe(before + 1);
  });

  it('treats rejected credentials (401) as an outage, not as a refused file: the registration is kept', async () => {
    cloudinary.mode = { kind: 'fail', status: 401 };
    const res = await register(server.url, registrationForm(validFields()));
    cloudinary.mode = { kind: 'ok' };
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    // Kept for the upload worker (or already uploaded by it, now that the fake answers again).
    const [logo] = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(logo?.kind).toBe('logo');
  });
});

describe.each(databaseTargets())('registration while Cloudinary is down on %s', (target) => {
  const server = useTestApp(target, {
    cloudinary: 'icct-down',
    env: { OUTBOX_POLL_INTERVAL_MS: '100', BREAKER_RESET_TIMEOUT_MS: '1500' },
  });
  const { cloudinary } = server;

  const teamFileRows = async (teamId: string) => {
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
    return server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
  };

  it('accepts every registration, keeps the files, fails fast while open, and uploads them after recovery', async () => {
    cloudinary.mode = { kind: 'fail', status: 500 };
    const teamIds: string[] = [];
    // A logo of its own per team: the bytes kept while Cloudinary is down are the ones uploaded after.
    const logos = Array.from({ length: 6 }, (_, i) => pngBytes(1000 + i));
    for (const logo of logos) {
      const res = await register(server.url, registrationForm(validFields(), { logo: { bytes: logo } }));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      teamIds.push(res.body.team_id as string);
    }
    expect(teamIds.map((id) => Number(id.split('-')[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    for (const id of teamIds) {
      expect(await teamFileRows(id)).toMatchObject([{ kind: 'logo', state: 'pending', url: null }]);
    }
    expect(await server.database.db.$count(pendingUploads)).toBe(6);

    await eventually('the cloudinary breaker to open', async () => {
      return (await getStatus(server.url)).breakers.cloudinary.state === 'open';
    });
    const started = performance.now();
    const whileOpen = await register(server.url, registrationForm(validFields()));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(whileOpen.status).toBe(200);
    // Not one call for this team's logo reached Cloudinary (a worker's retry already in flight may land).
    const [openTeam] = await server.database.db
      .select()
      .from(teams)
      .where(eq(teams.teamId, whileOpen.body.team_id));
    expect(cloudinary.uploadFolders).not.toContain(`teams/${openTeam!.id}`);
    teamIds.push(whileOpen.body.team_id as string);
    expect((await getStatus(server.url)).uploads.pending).toBe(7);

    cloudinary.mode = { kind: 'ok' };
    await eventually(
      'every pending file to be uploaded',
      async () => {
        const status = await getStatus(server.url);
        return status.uploads.pending === 0 && status.breakers.cloudinary.state === 'closed';
      },
      30_000,
    );
    for (const [i, id] of teamIds.entries()) {
      const [logo] = await teamFileRows(id);
      expect(logo).toMatchObject({ kind: 'logo', state: 'uploaded' });
      expect(cloudinary.bytesOf(logo!.publicId!)).toEqual(logos[i] ?? pngBytes());
      expect(logo!.url).toBe(`https://res.cloudinary.test/icct-down/image/upload/v1/${logo!.publicId}`);
      // Named by the waiting version, so a later edit's file can never be overwritten by it.
      expect(logo!.publicId).toMatch(new RegExp(`^teams/${logo!.teamUuid}/logo-[0-9a-f]{8}$`));
    }
    expect(await server.database.db.$count(pendingUploads)).toBe(0);
  });

  it('deletes a replaced file once Cloudinary is back, when it was down during the edit', async () => {
    cloudinary.mode = { kind: 'ok' };
    const { teamId, token } = await registerWithLink(server.url, server.database);
    const [old] = await teamFileRows(teamId);
    expect(old).toMatchObject({ state: 'uploaded' });
    const oldId = old!.publicId!;

    cloudinary.mode = { kind: 'fail', status: 503 };
    const newLogo = pngBytes(3210);
    const edited = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({}, { logo: { bytes: newLogo } }),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    // The old file could not be deleted now: it is written down, not forgotten.
    const scheduled = await server.database.db.select().from(storageDeletions);
    expect(scheduled.map((d) => d.publicId)).toContain(oldId);
    expect(cloudinary.destroyed).not.toContain(oldId);
    expect((await getStatus(server.url)).uploads.deletions_pending).toBeGreaterThan(0);

    cloudinary.mode = { kind: 'ok' };
    await eventually(
      'the replaced file deleted and the new one uploaded',
      async () => {
        const [row] = await teamFileRows(teamId);
        return (
          cloudinary.destroyed.includes(oldId) &&
          row!.state === 'uploaded' &&
          (await server.database.db.$count(storageDeletions)) === 0
        );
      },
      30_000,
    );
    const [logo] = await teamFileRows(teamId);
    expect(logo!.sha256).toBe(createHash('sha256').update(newLogo).digest('hex'));
    expect(logo!.publicId).not.toBe(oldId);
  });

  it('drops a waiting upload that finishes after the captain replaced the file', async () => {
    cloudinary.mode = { kind: 'fail', status: 500 };
    const { teamId, token } = await registerWithLink(server.url, server.database);
    const [waiting] = await teamFileRows(teamId);
    expect(waiting).toMatchObject({ kind: 'logo', state: 'pending' });
    // The worker's upload of the waiting logo reaches Cloudinary and hangs there ...
    let release!: () => void;
    cloudinary.held = 0;
    cloudinary.mode = {
      kind: 'hold',
      count: 1,
      release: new Promise<void>((r) => (release = r)),
      thenStatus: 500,
    };
    await eventually('the waiting logo upload to be in flight', () => cloudinary.held === 1, 30_000);
    // ... while the captain replaces the logo, and that edit commits with the new file waiting too.
    const newLogo = pngBytes(4321);
    const newSha = createHash('sha256').update(newLogo).digest('hex');
    const edited = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({}, { logo: { bytes: newLogo } }),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await teamFileRows(teamId))[0]).toMatchObject({ state: 'pending', sha256: newSha });

    release();
    cloudinary.mode = { kind: 'ok' };
    // The late upload of the old bytes is nobody's file: deleted, and the team keeps the new logo.
    const folder = `teams/${waiting!.teamUuid}/`;
    const inFolder = () => cloudinary.uploads.filter((u) => u.publicId.startsWith(folder));
    const [final] = await eventually(
      'the new logo uploaded and the late one deleted',
      async () => {
        const rows = await teamFileRows(teamId);
        const kept = inFolder().filter((u) => !cloudinary.destroyed.includes(u.publicId));
        const settled =
          rows[0]!.state === 'uploaded' && kept.length === 1 && kept[0]!.publicId === rows[0]!.publicId;
        return settled && inFolder().length >= 2 && rows;
      },
      30_000,
    );
    expect(final).toMatchObject({ kind: 'logo', state: 'uploaded', sha256: newSha });
    expect(await server.database.db.$count(pendingUploads)).toBe(0);
  });
});
