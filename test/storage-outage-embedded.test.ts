import { createHash, randomBytes } from 'node:crypto';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pendingUploads, teamFiles, teams } from '../src/database/schema.js';
import { eventually } from './support/eventually.js';
import { PNG_SIGNATURE, register, registrationForm, validFields } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

const REGISTRATIONS = 8;
/** Incompressible, as real photos and scans are: PostgreSQL cannot shrink them when it stores them. */
const FILE_BYTES = 4 * 1024 * 1024;

const png = () => Buffer.concat([PNG_SIGNATURE, randomBytes(FILE_BYTES - PNG_SIGNATURE.length)]);
const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(FILE_BYTES - 9)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * On the embedded database a storage outage must cost about what the normal path costs: the waiting
 * bytes go to spool files under DATA_DIR, not into PGlite (whose one thread took seconds per 5 MB
 * bytea, stalling every request, `/health` included). They are still durable before the registration
 * commits, uploaded once the storage is back, and the spool is emptied.
 */
describe('registrations with big files while Cloudinary is down, on the embedded database', () => {
  const server = useTestApp('pglite', {
    cloudinary: 'icct-spool',
    env: {
      OUTBOX_POLL_INTERVAL_MS: '100',
      BREAKER_RESET_TIMEOUT_MS: '1000',
      STORAGE_ORPHAN_GRACE_SECONDS: '60',
      STORAGE_SWEEP_INTERVAL_SECONDS: '1',
    },
  });
  const { cloudinary } = server;
  const spool = () => join(server.dataDir, 'pending-uploads');

  /** Runs the registrations at once while polling /health; the slowest health answer and the elapsed time. */
  const stampede = async (forms: FormData[]) => {
    let running = true;
    let slowestHealth = 0;
    const polling = (async () => {
      while (running) {
        const started = performance.now();
        await fetch(`${server.url}/health`)
          .then((res) => res.text())
          .catch(() => undefined);
        slowestHealth = Math.max(slowestHealth, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const started = performance.now();
    const results = await Promise.all(forms.map((form) => register(server.url, form)));
    const elapsedMs = performance.now() - started;
    running = false;
    await polling;
    return { results, elapsedMs, slowestHealth };
  };

  it('keeps the bytes in synced spool files, answers /health throughout, uploads them on recovery and empties the spool', async () => {
    const files = Array.from({ length: REGISTRATIONS }, () => ({ logo: png(), receipt: pdf() }));
    const forms = () =>
      files.map(({ logo, receipt }) =>
        registrationForm(validFields(), { logo: { bytes: logo }, payment_receipt: { bytes: receipt } }),
      );

    const normal = await stampede(forms());
    expect(normal.results.map((r) => r.status)).toEqual(files.map(() => 200));

    cloudinary.mode = { kind: 'fail', status: 503 };
    const outage = await stampede(forms());
    console.log(
      `${REGISTRATIONS} registrations of 2 x ${FILE_BYTES / 1024 / 1024} MB: normal path ` +
        `${Math.round(normal.elapsedMs)} ms (slowest /health ${Math.round(normal.slowestHealth)} ms); ` +
        `storage down ${Math.round(outage.elapsedMs)} ms (slowest /health ${Math.round(outage.slowestHealth)} ms)`,
    );
    expect(outage.results.map((r) => r.status)).toEqual(files.map(() => 200));
    // Loose bounds: with the bytes in the database this took over half a minute, /health stalling with it.
    expect(outage.slowestHealth).toBeLessThan(5_000);
    expect(outage.elapsedMs).toBeLessThan(Math.max(20_000, 4 * normal.elapsedMs));

    const teamIds = outage.results.map((r) => r.body.team_id as string);
    const saved = await server.database.db.select().from(teams).where(inArray(teams.teamId, teamIds));
    const uuids = saved.map((t) => t.id);
    const waiting = await server.database.db
      .select()
      .from(pendingUploads)
      .where(inArray(pendingUploads.teamUuid, uuids));
    expect(waiting).toHaveLength(2 * REGISTRATIONS);
    for (const row of waiting) expect(row).toMatchObject({ bytes: null, spoolFile: expect.any(String) });
    expect((await readdir(spool())).sort()).toEqual(waiting.map((w) => w.spoolFile).sort());

    // Left by a transaction that did not commit (or a crash): no row names them, and they are old.
    const leftOver = [join(spool(), '0c6f5a9e-1111-4222-8333-944445555666'), join(spool(), 'f00d.tmp')];
    const old = new Date(Date.now() - 3_600_000);
    for (const path of leftOver) {
      await writeFile(path, 'left over');
      await utimes(path, old, old);
    }

    cloudinary.mode = { kind: 'ok' };
    await eventually(
      'every waiting file uploaded and the spool empty',
      async () => {
        const left = await server.database.db
          .select({ n: pendingUploads.kind })
          .from(pendingUploads)
          .where(inArray(pendingUploads.teamUuid, uuids));
        return left.length === 0 && (await readdir(spool())).length === 0;
      },
      60_000,
    );
    // What was kept is what the captains sent.
    for (const team of saved) {
      const sent = files[teamIds.indexOf(team.teamId!)]!;
      const rows = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team.id));
      for (const row of rows) {
        expect(row.state).toBe('uploaded');
        const bytes = row.kind === 'logo' ? sent.logo : sent.receipt;
        expect(row.sha256).toBe(sha256(bytes));
        const key = row.publicId!.replace(/^private:/, '');
        const held = cloudinary.bytesOf(key, row.kind === 'logo' ? 'upload' : 'authenticated');
        expect(held && sha256(held)).toBe(sha256(bytes));
      }
    }
  });
});
