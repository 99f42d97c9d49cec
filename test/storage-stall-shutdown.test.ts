import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { useServerProcesses } from './support/server-process.js';
import { useTestApp } from './support/test-app.js';

const ADMIN_KEY = 'stall-test-admin-key-0123456789';

/**
 * A storage call is aborted at the provider once it has run its course: when the breaker gives up on it
 * (opossum's timeout only stops waiting: the HTTP request went on, for ever on the Admin API); at a
 * shutdown, a request's call once its request has timed out (its handler, behind a 408, held every
 * shutdown for the breaker's 20 s, as long as the default grace period); the runner's, at once.
 */
describe.each(databaseTargets())(
  'an upload that never gets an answer, on %s',
  { timeout: 240_000 },
  (target) => {
    const fixture = useTestApp(target, { cloudinary: true, start: false });
    const { cloudinary } = fixture;
    const startProcess = useServerProcesses(target, fixture);
    afterEach(() => {
      cloudinary.mode = { kind: 'ok' };
    });

    const start = (env: Record<string, string> = {}) =>
      startProcess({
        CLOUDINARY_URL: cloudinary.cloudinaryUrl(),
        ADMIN_API_KEYS: ADMIN_KEY,
        // The defaults: the breaker gives a call 20 s, and a shutdown waits 20 s for handlers.
        SHUTDOWN_GRACE_SECONDS: '20',
        ...env,
      });

    it('is aborted at the provider when the breaker gives up on it, not left open', async () => {
      cloudinary.mode = { kind: 'never' };
      // The runner stays out of the way: only the request's upload (and the sweep's listing) reach the fake.
      const server = await start({
        CLOUDINARY_BREAKER_TIMEOUT_MS: '1500',
        OUTBOX_POLL_INTERVAL_MS: '600000',
      });
      const res = await register(server.url, registrationForm(validFields()));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      // Kept for a later upload, and the stalled HTTP requests are closed rather than left to the SDK's
      // 60 s idle timeout (or, for the Admin API's listing, to no timeout at all).
      await eventually(
        () => `the stalled requests to be closed (${cloudinary.open()} open)`,
        () => cloudinary.open() === 0,
        5_000,
      );
    });

    it('ends at a shutdown once its request has timed out: SIGTERM after the 408 exits at once', async () => {
      cloudinary.mode = { kind: 'never' };
      const server = await start({ REQUEST_TIMEOUT: '1', OUTBOX_POLL_INTERVAL_MS: '600000' });
      const fields = validFields();
      const answered = await register(server.url, registrationForm(fields));
      expect(answered.status, JSON.stringify(answered.body)).toBe(408);
      // Its handler is still waiting on the upload, which the breaker would give 20 s (on PostgreSQL the
      // runner may be waiting on the previous test's file as well).
      expect(cloudinary.open('upload')).toBeGreaterThanOrEqual(1);

      const signalled = performance.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      const shutdownMs = performance.now() - signalled;
      console.log(`shutdown after a stalled upload: ${Math.round(shutdownMs)} ms (grace 20 s)`);
      expect(shutdownMs).toBeLessThan(6_000);
      expect(server.output()).not.toContain('handler(s) still running');
      expect(server.output()).toContain('Shut down cleanly');

      // The handler finished its work: the team is there, its logo kept for a later upload.
      const again = await start({ DATA_DIR: server.dataDir, OUTBOX_POLL_INTERVAL_MS: '600000' });
      const found = await fetch(`${again.url}/admin/teams?q=${encodeURIComponent(fields.team_name!)}`, {
        headers: { 'x-api-key': ADMIN_KEY },
      });
      expect(await found.json()).toMatchObject({
        pagination: { total: 1 },
        data: [{ player_count: 11, logo_url: null }],
      });
    });

    it('in the storage runner ends at shutdown: the upload in hand is aborted and handed back', async () => {
      cloudinary.mode = { kind: 'fail', status: 503 };
      const server = await start({ OUTBOX_POLL_INTERVAL_MS: '100', BREAKER_RESET_TIMEOUT_MS: '60000' });
      const res = await register(server.url, registrationForm(validFields()));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      // The runner's next try hangs at the provider, which the breaker would wait on for 20 s.
      cloudinary.mode = { kind: 'never' };
      await eventually('the runner to be waiting on an upload', () => cloudinary.open('upload') > 0, 30_000);

      const signalled = performance.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      const shutdownMs = performance.now() - signalled;
      console.log(`shutdown with the runner waiting on an upload: ${Math.round(shutdownMs)} ms (grace 20 s)`);
      expect(shutdownMs).toBeLessThan(6_000);
      await eventually(
        'the aborted upload to close its connection',
        () => cloudinary.open('upload') === 0,
        5_000,
      );
    });
  },
);
