import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, inArray, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pendingUploads, storageDeletions, teamFiles, teams } from '../src/database/schema.js';
import { StorageDeletions } from '../src/storage/storage-deletions.js';
import { captainRequest, tokenFromEmail } from './support/captain-link.js';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import {
  jpegBytes,
  pdfBytes,
  pngBytes,
  register,
  registrationForm,
  withDocuments,
} from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

const KEY = 'retention-admin-key-0123456789';
const DAY_MS = 24 * 60 * 60 * 1000;

interface Uploads {
  deletions_pending: number;
  deletions_scheduled: number;
  deletions_dead: number;
}

function client(server: TestApp) {
  const admin = async (path: string, method = 'GET') => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ reason: 'not eligible' }) : undefined,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  return {
    admin,
    /** A team with a logo (public), a pastor's letter and a player's ID proof (private). */
    registerWithDocuments: async () => {
      const form = withDocuments(registrationForm(), {
        pastor_letter: pdfBytes(),
        'players[2].id_proof': jpegBytes(),
      });
      const res = await register(server.url, form);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const teamId = res.body.team_id as string;
      const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
      return { teamId, uuid: team!.id, token: await tokenFromEmail(server.database, teamId) };
    },
    privateFiles: async (uuid: string) =>
      (await readdir(join(server.dataDir, 'private', 'teams', uuid)).catch(() => [])).sort(),
    publicFiles: async (uuid: string) =>
      (await readdir(join(server.dataDir, 'uploads', 'teams', uuid)).catch(() => [])).sort(),
    fileRows: async (uuid: string) =>
      (await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, uuid)))
        .map((row) => `${row.kind}@${row.playerPosition}`)
        .sort(),
    deletionsOf: (uuid: string) =>
      server.database.db
        .select()
        .from(storageDeletions)
        .where(like(storageDeletions.publicId, `%teams/${uuid}/%`)),
    uploads: async (): Promise<Uploads> => {
      const res = await fetch(`${server.url}/status`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { uploads: Uploads }).uploads;
    },
  };
}

describe.each(databaseTargets())('document retention (DOCUMENT_RETENTION_DAYS=30) on %s', (target) => {
  const server = useTestApp(target, {
    env: { ADMIN_API_KEYS: KEY, MAX_TEAMS_PER_CHURCH: '50', OUTBOX_POLL_INTERVAL_MS: '50' },
  });
  const c = client(server);

  it('schedules the private documents of a rejected team for deletion in 30 days: kept till then, counted on /status', async () => {
    const before = await c.uploads();
    const { teamId, uuid } = await c.registerWithDocuments();
    expect((await c.admin(`/admin/teams/${teamId}/reject`, 'POST')).status).toBe(200);

    const scheduled = await c.deletionsOf(uuid);
    expect(scheduled.map((d) => d.publicId).sort()).toEqual([
      `private:teams/${uuid}/pastor_letter.pdf`,
      `private:teams/${uuid}/player-2-id_proof.jpg`,
    ]);
    for (const deletion of scheduled) {
      expect(deletion).toMatchObject({ state: 'pending', attempts: 0 });
      const dueInMs = deletion.nextAttemptAt.getTime() - Date.now();
      expect(dueInMs).toBeGreaterThan(30 * DAY_MS - 60_000);
      expect(dueInMs).toBeLessThan(30 * DAY_MS + 60_000);
    }
    expect(await c.uploads()).toEqual({
      ...before,
      deletions_scheduled: before.deletions_scheduled + 2,
    });
    // Nor on /metrics: a backlog alert must not fire for a retention period.
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`^storage_deletions_pending ${before.deletions_pending}$`, 'm'));
    expect(metrics).toMatch(
      new RegExp(`^storage_deletion_jobs\\{state="scheduled"\\} ${before.deletions_scheduled + 2}$`, 'm'),
    );

    // The storage runner leaves them alone meanwhile, and the admin still sees them.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await c.privateFiles(uuid)).toHaveLength(2);
    const team = (await c.admin(`/admin/teams/${teamId}`)).body.data;
    expect(team.documents.find((d: any) => d.kind === 'pastor_letter')).toMatchObject({
      state: 'uploaded',
      url: expect.stringContaining('/files/'),
    });
  });

  it('keeps them scheduled when the storage comes back after an outage (only retried jobs are made due)', async () => {
    const { teamId, uuid } = await c.registerWithDocuments();
    expect((await c.admin(`/admin/teams/${teamId}/reject`, 'POST')).status).toBe(200);
    // What the storage runner does when its breaker closes again: the outage's backlog goes out now.
    await server.app.get(StorageDeletions).queue.makeWaitingDue();
    for (const deletion of await c.deletionsOf(uuid)) {
      expect(deletion.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(29 * DAY_MS);
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await c.privateFiles(uuid)).toHaveLength(2);
  });

  it('deletes them with their rows once due (here: a withdrawn team, its retention cut short); the logo stays', async () => {
    const { teamId, uuid, token } = await c.registerWithDocuments();
    const withdrawn = await captainRequest(server.url, teamId, token, { method: 'POST', path: '/withdraw' });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const scheduled = await c.deletionsOf(uuid);
    expect(scheduled).toHaveLength(2);

    // As if 30 days had passed.
    await server.database.db
      .update(storageDeletions)
      .set({ nextAttemptAt: sql`now()` })
      .where(
        inArray(
          storageDeletions.publicId,
          scheduled.map((d) => d.publicId),
        ),
      );
    await eventually('the documents deleted', async () => (await c.privateFiles(uuid)).length === 0);
    await eventually('the deletion jobs done', async () => (await c.deletionsOf(uuid)).length === 0);
    expect(await c.fileRows(uuid)).toEqual(['logo@-1']);
    expect(await c.publicFiles(uuid)).toEqual(['logo.png']);

    const team = (await c.admin(`/admin/teams/${teamId}`)).body.data;
    expect(team.documents.map((d: any) => [d.kind, d.state])).toEqual([
      ['logo', 'uploaded'],
      ['payment_receipt', 'not_sent'],
      ['pastor_letter', 'missing'],
      ['group_photo', 'not_sent'],
    ]);
    expect(team.players[2].documents[0]).toMatchObject({ kind: 'id_proof', state: 'not_sent', url: null });
  });

  it('drops a private document still waiting to be uploaded at once, with its row', async () => {
    const { teamId, uuid } = await c.registerWithDocuments();
    // As if the storage had been down when the group photo was sent (and its next try far off, so the
    // runner does not upload it meanwhile).
    const bytes = pngBytes();
    await server.database.db
      .insert(pendingUploads)
      .values({ teamUuid: uuid, kind: 'group_photo', bytes, nextAttemptAt: new Date(Date.now() + DAY_MS) });
    await server.database.db.insert(teamFiles).values({
      teamUuid: uuid,
      kind: 'group_photo',
      state: 'pending',
      contentType: 'image/png',
      sizeBytes: bytes.length,
      sha256: '0'.repeat(64),
    });
    expect((await c.admin(`/admin/teams/${teamId}/reject`, 'POST')).status).toBe(200);

    const waiting = await server.database.db
      .select()
      .from(pendingUploads)
      .where(eq(pendingUploads.teamUuid, uuid));
    expect(waiting).toEqual([]);
    expect(await c.fileRows(uuid)).toEqual(['id_proof@2', 'logo@-1', 'pastor_letter@-1']);
  });
});

describe.each(databaseTargets())('document retention (DOCUMENT_RETENTION_DAYS=0) on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: KEY, DOCUMENT_RETENTION_DAYS: '0' } });
  const c = client(server);

  it('deletes the private documents of a rejected team at once, with their rows; the logo stays', async () => {
    const { teamId, uuid } = await c.registerWithDocuments();
    expect(await c.privateFiles(uuid)).toHaveLength(2);
    expect((await c.admin(`/admin/teams/${teamId}/reject`, 'POST')).status).toBe(200);

    expect(await c.privateFiles(uuid)).toEqual([]);
    expect(await c.fileRows(uuid)).toEqual(['logo@-1']);
    expect(await c.deletionsOf(uuid)).toEqual([]);
    expect(await c.publicFiles(uuid)).toEqual(['logo.png']);
    expect((await c.uploads()).deletions_scheduled).toBe(0);
  });
});
