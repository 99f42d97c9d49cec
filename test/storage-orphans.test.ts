import { randomUUID } from 'node:crypto';
import { mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { teamFiles, teams } from '../src/database/schema.js';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { pdfBytes, pngBytes, register, registrationForm, validFields } from './support/fixtures.js';
import { useServerProcesses } from './support/server-process.js';
import { useTestApp } from './support/test-app.js';

const HOUR = 3_600_000;

/**
 * A registration uploads its files before its transaction: a server killed in between (kill -9, the
 * OOM killer, a lost host) leaves files in storage that no team refers to. The storage sweep finds
 * them (older than STORAGE_ORPHAN_GRACE_SECONDS) and deletes them through the durable deletions;
 * nothing a committed team refers to is touched, public or private.
 */
describe.each(databaseTargets())(
  'files of registrations killed before they committed, on %s',
  { timeout: 240_000 },
  (target) => {
    const fixture = useTestApp(target, { cloudinary: 'icct-orphans', start: false });
    const { cloudinary } = fixture;
    const startProcess = useServerProcesses(target, fixture);
    afterEach(() => {
      cloudinary.mode = { kind: 'ok' };
    });

    const start = (env: Record<string, string> = {}) =>
      startProcess({
        CLOUDINARY_URL: cloudinary.cloudinaryUrl('icct-orphans'),
        OUTBOX_POLL_INTERVAL_MS: '100',
        ...env,
      });
    const newAssets = (before: Set<string>) =>
      cloudinary.heldAssets('teams/').filter((key) => !before.has(key));
    const [typeOf, idOf] = [
      (key: string) => key.split(':')[0]!,
      (key: string) => key.slice(key.indexOf(':') + 1),
    ];

    it('sweeps them after a restart, and leaves every file a committed team refers to', async () => {
      // Long enough that the killed server is still waiting on Cloudinary when it dies.
      const first = await start({ CLOUDINARY_BREAKER_TIMEOUT_MS: '120000', REQUEST_TIMEOUT: '120' });
      const before = new Set(cloudinary.heldAssets('teams/'));
      const committed = await register(
        first.url,
        registrationForm(validFields(), { payment_receipt: { bytes: pdfBytes() } }),
      );
      expect(committed.status, JSON.stringify(committed.body)).toBe(200);
      const kept = newAssets(before);
      // The public logo and the private receipt.
      expect(kept.map(typeOf).sort()).toEqual(['authenticated', 'upload']);
      const keptTeam = /^teams\/([^/]+)\//.exec(idOf(kept[0]!))![1]!;

      // The next registration's two files reach Cloudinary, whose answers never come back: the server dies
      // between the upload and the commit.
      cloudinary.mode = { kind: 'store_then_never' };
      const beforeKill = new Set(cloudinary.heldAssets('teams/'));
      const killed = register(
        first.url,
        registrationForm(validFields(), { payment_receipt: { bytes: pdfBytes() } }),
      ).catch((error: unknown) => ({ status: 0, body: String(error) }));
      const orphans = await eventually(
        'both files of the doomed registration to be stored',
        () => newAssets(beforeKill).length === 2 && newAssets(beforeKill),
        30_000,
      );
      first.child.kill('SIGKILL');
      await first.exited;
      expect((await killed).status).toBe(0);
      cloudinary.mode = { kind: 'ok' };
      // They were stored an hour ago, as far as the sweep can tell; so was a stray file in the committed
      // team's own folder (an edit cut short), which no team_files row names.
      cloudinary.backdate(`teams/`, HOUR);
      const stray = `teams/${keptTeam}/logo-0badf00d`;
      cloudinary.plant(stray, 'upload', new Date(Date.now() - HOUR));
      // A file younger than the grace period may belong to a registration about to commit: not touched.
      const young = `teams/${randomUUID()}/logo`;
      cloudinary.plant(young, 'upload', new Date());

      const second = await start({
        DATA_DIR: first.dataDir,
        STORAGE_ORPHAN_GRACE_SECONDS: '600',
        STORAGE_SWEEP_INTERVAL_SECONDS: '1',
      });
      const gone = [...orphans, `upload:${stray}`];
      await eventually(
        () =>
          `the orphans deleted (still held: ${gone.filter((k) => cloudinary.holds(idOf(k), typeOf(k))).join(', ')})`,
        () => gone.every((key) => !cloudinary.holds(idOf(key), typeOf(key))),
        60_000,
      );
      // Each with the delivery type it was stored under.
      for (const key of gone) {
        expect(cloudinary.destroyedAssets).toContainEqual({ publicId: idOf(key), type: typeOf(key) });
      }
      for (const key of kept) expect(cloudinary.holds(idOf(key), typeOf(key)), key).toBe(true);
      expect(cloudinary.destroyed).not.toContain(idOf(kept[0]!));
      expect(cloudinary.destroyed).not.toContain(idOf(kept[1]!));
      expect(cloudinary.holds(young)).toBe(true);
      // Private files were listed too, and nothing is left waiting.
      expect(cloudinary.listings.map((l) => l.type)).toEqual(
        expect.arrayContaining(['upload', 'authenticated']),
      );
      await eventually(
        'no deletion left waiting',
        async () => {
          const status = (await (await fetch(`${second.url}/status`)).json()) as {
            uploads: { deletions_pending: number; deletions_dead: number };
          };
          return status.uploads.deletions_pending === 0 && status.uploads.deletions_dead === 0;
        },
        30_000,
      );
      // The committed team still shows its logo.
      const teamId = committed.body.team_id as string;
      const adminKey = 'orphan-test-admin-key-0123456789';
      await second.stop();
      const third = await start({ DATA_DIR: first.dataDir, ADMIN_API_KEYS: adminKey });
      const detail = await fetch(`${third.url}/admin/teams/${teamId}`, {
        headers: { 'x-api-key': adminKey },
      });
      const team = (await detail.json()) as { data: { files: { kind: string; state: string }[] } };
      expect(team.data.files.map((f) => [f.kind, f.state]).sort()).toEqual([
        ['logo', 'uploaded'],
        ['payment_receipt', 'uploaded'],
      ]);
    });
  },
);

describe('files nothing refers to on the local disk', () => {
  const server = useTestApp('pglite', {
    env: {
      STORAGE_ORPHAN_GRACE_SECONDS: '600',
      STORAGE_SWEEP_INTERVAL_SECONDS: '1',
      OUTBOX_POLL_INTERVAL_MS: '100',
    },
  });

  const put = async (path: string, ageMs: number) => {
    const full = join(server.dataDir, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, pngBytes());
    const at = new Date(Date.now() - ageMs);
    await utimes(full, at, at);
    return full;
  };
  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );

  it('are deleted from both trees once old; team files, young files and other folders are kept', async () => {
    const res = await register(
      server.url,
      registrationForm(validFields(), { payment_receipt: { bytes: pdfBytes() } }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    const files = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(files).toHaveLength(2);
    // The team's own files, made to look old.
    const own = [
      join(server.dataDir, 'uploads', `teams/${team!.id}/logo.png`),
      join(server.dataDir, 'private', `teams/${team!.id}/payment_receipt.pdf`),
    ];
    for (const path of own) {
      expect(await exists(path), path).toBe(true);
      await utimes(path, new Date(Date.now() - HOUR), new Date(Date.now() - HOUR));
    }

    const orphans = await Promise.all([
      put(`uploads/teams/${randomUUID()}/logo.png`, HOUR),
      put(`private/teams/${randomUUID()}/payment_receipt.pdf`, HOUR),
      put(`uploads/teams/${team!.id}/logo-1a2b3c4d.png`, HOUR),
      // Half-written by a process killed mid-write.
      put(`uploads/teams/${randomUUID()}/logo.png.4242.tmp`, HOUR),
    ]);
    const keep = await Promise.all([
      put(`uploads/teams/${randomUUID()}/logo.png`, 0),
      put(`uploads/not-teams/${randomUUID()}/logo.png`, HOUR),
    ]);

    await eventually(
      'the old orphans to be deleted',
      async () => (await Promise.all(orphans.map(exists))).every((e) => !e),
      30_000,
    );
    for (const path of [...own, ...keep]) expect(await exists(path), path).toBe(true);
  });
});
