import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pendingUploads, storageDeletions, teamFiles, teams } from '../src/database/schema.js';
import { PendingUploads } from '../src/storage/pending-uploads.js';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

interface UploadCounts {
  pending: number;
  dead: number;
  deletions_pending: number;
  deletions_scheduled: number;
  deletions_dead: number;
}

/**
 * Pending uploads and storage deletions are tried STORAGE_MAX_ATTEMPTS times, then marked dead instead
 * of being retried for ever; `/status` and `/metrics` count them by state, and an operator can send a
 * dead upload round again once the cause is fixed (README).
 */
describe.each(databaseTargets())('storage jobs that keep failing, on %s', (target) => {
  const server = useTestApp(target, {
    cloudinary: 'icct-dead',
    env: {
      STORAGE_MAX_ATTEMPTS: '3',
      OUTBOX_POLL_INTERVAL_MS: '50',
      // The breaker opens on these failures; each half-open probe is one more counted try.
      BREAKER_RESET_TIMEOUT_MS: '200',
    },
  });
  const { cloudinary } = server;

  const uploads = async (): Promise<UploadCounts> => {
    const res = await fetch(`${server.url}/status`);
    return ((await res.json()) as { uploads: UploadCounts }).uploads;
  };

  it('gives a pending upload and a deletion up after STORAGE_MAX_ATTEMPTS, shows them dead, and lets an operator revive the upload', async () => {
    cloudinary.mode = { kind: 'fail', status: 503 };
    const res = await register(server.url, registrationForm(validFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    await server.database.db.insert(storageDeletions).values({ publicId: `teams/${team!.id}/stale` });

    let seen: UploadCounts | undefined;
    const counts = await eventually(
      () => `both jobs dead (last /status uploads: ${JSON.stringify(seen)})`,
      async () => {
        seen = await uploads();
        return seen.dead === 1 && seen.deletions_dead === 1 && seen;
      },
      30_000,
    );
    expect(counts).toEqual({
      pending: 0,
      dead: 1,
      deletions_pending: 0,
      deletions_scheduled: 0,
      deletions_dead: 1,
    });
    const [upload] = await server.database.db
      .select()
      .from(pendingUploads)
      .where(eq(pendingUploads.teamUuid, team!.id));
    expect(upload).toMatchObject({ state: 'dead', attempts: 3, lastError: expect.stringContaining('') });
    expect(upload!.lastError).toBeTruthy();
    const [deletion] = await server.database.db.select().from(storageDeletions);
    expect(deletion).toMatchObject({ state: 'dead', attempts: 3 });
    // A dead upload is not tried again.
    const tries = () => cloudinary.uploadFolders.filter((f) => f === `teams/${team!.id}`).length;
    const triedSoFar = tries();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(tries()).toBe(triedSoFar);

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^storage_upload_jobs\{state="dead"\} 1$/m);
    expect(metrics).toMatch(/^storage_upload_jobs\{state="pending"\} 0$/m);
    expect(metrics).toMatch(/^storage_deletion_jobs\{state="dead"\} 1$/m);
    expect(metrics).toMatch(/^storage_deletion_jobs\{state="pending"\} 0$/m);
    // Today's gauges keep their meaning: what is still waiting.
    expect(metrics).toMatch(/^pending_uploads 0$/m);
    expect(metrics).toMatch(/^storage_deletions_pending 0$/m);

    // The team's file stays pending with its bytes kept; once the storage is fixed, the README's
    // statement sends the dead uploads round again.
    const [file] = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(file).toMatchObject({ state: 'pending', url: null });
    cloudinary.mode = { kind: 'ok' };
    await server.database.db.execute(
      sql`update pending_uploads set state = 'pending', attempts = 0, next_attempt_at = now() where state = 'dead'`,
    );
    await eventually(
      'the revived upload to be done',
      async () => {
        const [row] = await server.database.db
          .select()
          .from(teamFiles)
          .where(eq(teamFiles.teamUuid, team!.id));
        return row!.state === 'uploaded';
      },
      30_000,
    );
    expect(await uploads()).toEqual({
      pending: 0,
      dead: 0,
      deletions_pending: 0,
      deletions_scheduled: 0,
      deletions_dead: 1,
    });
  });
  it('keeps the file a pending upload recorded when a second claim of it (the first outlived its lease) finishes later', async () => {
    cloudinary.mode = { kind: 'fail', status: 503 };
    const res = await register(server.url, registrationForm(validFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    // Out of the runner's way: this test plays both claims itself.
    const [claimed] = await server.database.db
      .update(pendingUploads)
      .set({ nextAttemptAt: sql`now() + interval '1 hour'` })
      .where(eq(pendingUploads.teamUuid, team!.id))
      .returning();
    cloudinary.mode = { kind: 'ok' };

    const uploads = server.app.get(PendingUploads);
    // The first claim, once the breaker (opened by the failures above) lets a call through.
    await eventually(
      'the first claim to upload',
      async () => {
        const result = await uploads.run(claimed!);
        return result.status === 'done' && result.outcome === 'uploaded';
      },
      10_000,
    );
    // The second claim of the same job: on PostgreSQL its bytes are in the row it holds, so it uploads the
    // same version again (the same public id) and finds the job gone (on the embedded database its spool
    // file is gone already, and it stops there).
    await uploads.run(claimed!);

    const [logo] = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(logo).toMatchObject({ state: 'uploaded', publicId: expect.any(String) });
    const deletions = await server.database.db
      .select()
      .from(storageDeletions)
      .where(eq(storageDeletions.publicId, logo!.publicId!));
    expect(deletions).toEqual([]);
    expect(cloudinary.holds(logo!.publicId!)).toBe(true);
  });
});
