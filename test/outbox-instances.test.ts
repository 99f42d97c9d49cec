import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEmails } from '../src/database/schema.js';
import { useTestApp, type RunningApp } from './support/test-app.js';
import { databaseTargets, hasPostgres } from './support/databases.js';
import { eventually, getStatus } from './support/eventually.js';
import { register } from './support/fixtures.js';
import { startServerProcess } from './support/server-process.js';
import { FAST_OUTBOX } from './support/smtp-sink.js';

describe.each(databaseTargets())('an email survives a crash of its server on %s', (target) => {
  // No app in this process: server processes. The embedded database must outlive the process: on disk.
  const fixture = useTestApp(target, { sink: true, durable: true, start: false });
  const { sink } = fixture;
  let dataDir: string;

  beforeAll(async () => {
    await sink.stop(); // SMTP is down until the server has crashed
    dataDir = await mkdtemp(join(tmpdir(), 'icct-crash-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'registered while SMTP is down, SIGKILLed, restarted with SMTP up: the email is sent once',
    { timeout: 150_000 },
    async () => {
      const env = {
        ...sink.env(),
        ...FAST_OUTBOX,
        // The first failure opens the breaker for a minute: no send is in flight when the process dies.
        BREAKER_VOLUME_THRESHOLD: '1',
        BREAKER_RESET_TIMEOUT_MS: '60000',
        DATA_DIR: dataDir,
        DATABASE_URL: fixture.db.url,
      };
      const first = await startServerProcess(env);
      let teamId: string;
      try {
        const res = await register(first.url);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        teamId = res.body.team_id as string;
        await eventually(
          'a failed send',
          async () => (await getStatus(first.url)).breakers.smtp.state === 'open',
        );
        expect((await getStatus(first.url)).outbox.pending).toBe(1);
      } finally {
        await first.stop('SIGKILL');
      }
      expect(first.child.signalCode).toBe('SIGKILL');

      await sink.start();
      const second = await startServerProcess(env);
      try {
        await eventually(
          'the email after the restart',
          () => sink.withSubjectContaining(teamId).length > 0,
          30_000,
        );
        await eventually('an empty outbox', async () => (await getStatus(second.url)).outbox.pending === 0);
        expect(sink.withSubjectContaining(teamId)).toHaveLength(1);
      } finally {
        await second.stop();
      }
    },
  );
});

describe.runIf(hasPostgres)('two instances on one PostgreSQL database', () => {
  // Both poll often, so they compete for every email.
  const fixture = useTestApp('postgres', {
    sink: true,
    env: { ...FAST_OUTBOX, OUTBOX_POLL_INTERVAL_MS: '50' },
    start: false,
  });
  const { sink } = fixture;
  let instances: RunningApp[] = [];

  beforeAll(async () => {
    instances = await Promise.all([0, 1].map(() => fixture.start()));
  });

  it('sends each email exactly once', async () => {
    const teamIds = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const res = await register(instances[i % 2]!.url);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body.team_id as string;
      }),
    );
    await eventually('all 12 emails', () => teamIds.every((id) => sink.withSubjectContaining(id).length > 0));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a duplicate to show up
    expect(sink.received).toHaveLength(12);
    for (const id of teamIds) expect(sink.withSubjectContaining(id)).toHaveLength(1);
    const rows = await instances[0]!.database.db.select().from(outboxEmails);
    expect(rows.map((r) => [r.state, r.attempts])).toEqual(Array.from({ length: 12 }, () => ['sent', 1]));
  });
});
