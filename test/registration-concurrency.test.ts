import { count, max } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { players as playersTable, teamFiles, teams } from '../src/database/schema.js';
import { nameKey } from '../src/teams/name-key.js';
import { useTestApp } from './support/test-app.js';
import { hasPostgres } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { register, registrationForm, validFields } from './support/fixtures.js';

// PGlite has one connection, so transactions never overlap there: races need the real server.
describe.runIf(hasPostgres)('concurrent registrations on PostgreSQL', () => {
  const server = useTestApp('postgres', { env: { DATABASE_POOL_SIZE: '20' } });

  it('gives 30 parallel registrations 30 unique, gapless team IDs', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => register(server.url, registrationForm(validFields()))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    const numbers = results
      .map((r) => Number(String(r.body.team_id).replace('ICCT-', '')))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await server.database.db.$count(teams)).toBe(30);
    expect(await server.database.db.$count(playersTable)).toBe(30 * 11);
  });

  it('lets exactly 2 of 8 parallel registrations for one new church through', async () => {
    const church = validFields().church_name!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        register(server.url, registrationForm(validFields({ church_name: church }))),
      ),
    );
    const codes = results.map((r) => (r.status === 200 ? 'OK' : r.body.error_code)).sort();
    expect(codes).toEqual(
      ['CHURCH_LIMIT_REACHED', ...Array(5).fill('CHURCH_LIMIT_REACHED'), 'OK', 'OK'].sort(),
    );
    expect(results.filter((r) => r.status === 409).every((r) => r.body.success === false)).toBe(true);
  });

  it('lets one of several parallel registrations with the same team name through', async () => {
    const name = validFields().team_name!;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        register(server.url, registrationForm(validFields({ team_name: name }))),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.error_code === 'DUPLICATE_TEAM')).toHaveLength(5);
    // A loser whose team statement broke the name's index (sent with its numbering), when the race goes
    // that far rather than ending at the conflict check, took no number.
    const [numbers] = await server.database.db
      .select({ teams: count(), highest: max(teams.teamNumber) })
      .from(teams);
    expect(numbers!.highest).toBe(numbers!.teams);
  });
});

describe.runIf(hasPostgres)('registrations in their transaction at once (REGISTRATION_CONCURRENCY)', () => {
  const server = useTestApp('postgres', { env: { REGISTRATION_CONCURRENCY: '2' } });

  it('lets 2 into their transaction and queues the rest, whatever their church', async () => {
    const held = validFields().church_name!;
    // The church's lock, taken from outside: its registrations wait inside their transaction.
    const outside = postgres(server.db.url, { max: 1, onnotice: () => undefined });
    const waitingOnTheChurch = async () =>
      Number(
        (
          await outside`select count(*) from pg_locks
            where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`
        )[0]!.count,
      );
    try {
      await outside`select pg_advisory_lock(hashtextextended(${nameKey(held)}, 0))`;
      const blocked = Array.from({ length: 3 }, () =>
        register(server.url, registrationForm(validFields({ church_name: held }))),
      );
      await eventually(
        '2 registrations waiting on the church lock',
        async () => (await waitingOnTheChurch()) === 2,
      );
      // Another church's registration gets no slot either while both are taken: it waits its turn.
      let otherAnswered = false;
      const other = register(server.url, registrationForm(validFields())).then((r) => {
        otherAnswered = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(otherAnswered).toBe(false);
      expect(await waitingOnTheChurch()).toBe(2);

      await outside`select pg_advisory_unlock(hashtextextended(${nameKey(held)}, 0))`;
      const answers = await Promise.all(blocked);
      // MAX_TEAMS_PER_CHURCH is 2: one of the held church's three is refused under the lock, as ever.
      expect(answers.map((a) => a.body.error_code ?? a.status).sort()).toEqual([
        200,
        200,
        'CHURCH_LIMIT_REACHED',
      ]);
      expect((await other).status).toBe(200);
      const numbers = [...answers, await other].flatMap((a) => (a.body.team_id ? [a.body.team_id] : []));
      expect(numbers.sort()).toEqual(['ICCT-001', 'ICCT-002', 'ICCT-003']);
    } finally {
      await outside.end();
    }
  });
});

describe.runIf(hasPostgres)('concurrent conflicts with Cloudinary leave no orphan file', () => {
  const server = useTestApp('postgres', { cloudinary: true });
  const { cloudinary } = server;

  it('deletes the uploads of every registration that lost the race for a church slot', async () => {
    const church = validFields().church_name!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        register(server.url, registrationForm(validFields({ church_name: church }))),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    const kept = cloudinary.uploads.map((u) => u.publicId).filter((id) => !cloudinary.destroyed.includes(id));
    const referenced = (await server.database.db.select().from(teamFiles)).map((f) => f.publicId);
    expect(kept.sort()).toEqual(referenced.sort());
    expect(referenced).toHaveLength(2);
  });
});
