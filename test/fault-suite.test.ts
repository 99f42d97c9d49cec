import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/database/database.js';
import { loadConfig } from '../src/config/app-config.js';
import { outboxEmails, players, teamFiles, teams } from '../src/database/schema.js';
import { hasPostgres, hasRedis } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { FAST_OUTBOX } from './support/smtp-sink.js';
import { useTestApp } from './support/test-app.js';

/**
 * Two real server processes on one PostgreSQL database and one Redis, as in production: one is
 * SIGKILLed while 40 registrations are in flight. Whatever it had committed must be whole, nothing
 * half-saved, team numbers gapless, and every committed team's email sent once the mail server is up.
 */
describe.runIf(hasPostgres && hasRedis)('two server processes, one killed mid-stampede', () => {
  // No app in this process: server processes.
  const fixture = useTestApp('postgres', { sink: true, start: false });
  const { sink } = fixture;
  let database: Database;
  const processes: ServerProcess[] = [];

  const start = async () => {
    const server = await startServerProcess({
      ...sink.env(),
      ...FAST_OUTBOX,
      DATABASE_URL: fixture.db.url,
      DATABASE_POOL_SIZE: '10',
      REDIS_URL: process.env.REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_REQUESTS: '100000',
      LOG_LEVEL: 'info',
    });
    processes.push(server);
    return server;
  };
  const prefix = `fault:${randomUUID()}:`;

  beforeAll(async () => {
    await sink.stop(); // mail is down: every email waits in the outbox while the stampede runs
    database = await openDatabase(loadConfig({ DATABASE_URL: fixture.db.url, DATABASE_POOL_SIZE: '2' }));
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.cleanup()));
    await database?.close();
  });

  it(
    'keeps every answered registration whole, half-saves none, and sends every committed email',
    { timeout: 240_000 },
    async () => {
      const [victim, survivor] = await Promise.all([start(), start()]);

      const attempts = Array.from({ length: 40 }, (_, i) =>
        register((i % 2 ? survivor : victim).url, registrationForm(validFields())).catch(
          (error: unknown) => ({
            status: 0,
            body: { error: String(error) },
          }),
        ),
      );
      // Kill the victim once the first registrations have been answered: the rest are in flight.
      await Promise.race(attempts);
      victim.child.kill('SIGKILL');
      const results = await Promise.all(attempts);
      const answered = results.filter((r) => r.status === 200).map((r) => r.body.team_id as string);
      // Answered whole, cut off by the kill, or refused for want of the database: never anything else
      // (shown in full when it fails: a survivor's 408 once told of a stalled transaction).
      const otherwise = results.filter((r) => ![0, 200].includes(r.status) && r.status < 500);
      expect(otherwise.map((r) => ({ status: r.status, body: r.body }))).toEqual([]);
      expect(answered.length).toBeGreaterThanOrEqual(20); // at least every request to the survivor

      const restarted = await start();

      // Every team in the database (answered or not: a commit may beat the kill) is whole.
      const saved = await database.db.select().from(teams).orderBy(asc(teams.teamNumber));
      expect(saved.map((t) => t.teamId)).toEqual(expect.arrayContaining(answered));
      expect(saved.map((t) => t.teamNumber)).toEqual(saved.map((_, i) => i + 1)); // gapless
      for (const team of saved) {
        const [roster] = await database.db
          .select({ n: count() })
          .from(players)
          .where(eq(players.teamUuid, team.id));
        const [logo] = await database.db
          .select({ n: count() })
          .from(teamFiles)
          .where(eq(teamFiles.teamUuid, team.id));
        const [email] = await database.db
          .select({ n: count() })
          .from(outboxEmails)
          .where(eq(outboxEmails.teamUuid, team.id));
        expect([team.teamId, roster!.n, logo!.n, email!.n]).toEqual([team.teamId, 11, 1, 1]);
      }
      // Nothing dangling: no player, file or email without its team.
      const client = postgres(fixture.db.url, { max: 1, onnotice: () => undefined });
      const [orphans] = await client`
      select (select count(*) from players p where not exists (select 1 from teams t where t.id = p.team_id))::int
           + (select count(*) from team_files f where not exists (select 1 from teams t where t.id = f.team_id))::int
           + (select count(*) from outbox_emails o where o.team_id is not null
                and not exists (select 1 from teams t where t.id = o.team_id))::int as n`;
      await client.end();
      expect(orphans!.n).toBe(0);

      // Mail comes back: every committed team's confirmation arrives, the killed instance's included.
      await sink.start();
      await eventually(
        () => `emails for ${saved.length} teams (got ${sink.received.length})`,
        () => saved.every((t) => sink.withSubjectContaining(t.teamId!).length > 0),
        90_000,
        200,
      );
      for (const team of saved) expect(sink.withSubjectContaining(team.teamId!)).toHaveLength(1);
      expect(restarted.child.exitCode).toBeNull(); // it serves the next test beside the survivor
    },
  );

  it('creates one team when one idempotency key reaches both processes at once', async () => {
    const [a, b] = processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
    expect(b).toBeDefined();
    const key = randomUUID();
    const fields = validFields();
    const results = await Promise.all(
      [a!, b!, a!, b!].map((p) => register(p.url, registrationForm(fields), { 'Idempotency-Key': key })),
    );
    const created = results.filter((r) => r.status === 200);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.team_id)).size).toBe(1);
    expect(results.every((r) => r.status === 200 || r.body.error_code === 'IDEMPOTENCY_KEY_IN_USE')).toBe(
      true,
    );
    const same = await database.db.select().from(teams).where(eq(teams.teamName, fields.team_name!));
    expect(same).toHaveLength(1);
  });
});
