import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { useServerProcesses } from './support/server-process.js';
import { useTestApp } from './support/test-app.js';

/**
 * The outbox runner's send in hand ends at a shutdown: a mail server that never answers held every
 * shutdown for the smtp breaker's timeout (SMTP_BREAKER_TIMEOUT_MS). The email is handed back, not lost.
 */
describe.each(databaseTargets())(
  'an email the mail server never answers, on %s',
  { timeout: 120_000 },
  (target) => {
    const fixture = useTestApp(target, { sink: true, start: false });
    const { sink } = fixture;
    const startProcess = useServerProcesses(target, fixture);
    afterEach(() => sink.stalledRecipients.clear());

    const start = (env: Record<string, string> = {}) =>
      startProcess({
        ...sink.env(),
        OUTBOX_POLL_INTERVAL_MS: '100',
        SMTP_BREAKER_TIMEOUT_MS: '30000',
        ...env,
      });

    it('ends at a shutdown: SIGTERM with the send in hand exits at once; the email goes out after the restart', async () => {
      const captain = `stall-${target}@example.org`;
      sink.stalledRecipients.add(captain);
      const server = await start();
      const stallsBefore = sink.stalls;
      const res = await register(server.url, registrationForm(validFields({ captain_email: captain })));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      await eventually('the runner to be waiting on the mail server', () => sink.stalls > stallsBefore);

      const signalled = performance.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      const shutdownMs = performance.now() - signalled;
      console.log(
        `shutdown with the outbox waiting on the mail server: ${Math.round(shutdownMs)} ms (breaker 30 s)`,
      );
      expect(shutdownMs).toBeLessThan(6_000);
      expect(server.output()).toContain('Shut down cleanly');

      sink.stalledRecipients.clear();
      await start({ DATA_DIR: server.dataDir });
      const teamId = res.body.team_id as string;
      await eventually('the email after the restart', () => sink.withSubjectContaining(teamId).length > 0);
      expect(sink.withSubjectContaining(teamId)[0]!.recipients).toContain(captain);
    });
  },
);
