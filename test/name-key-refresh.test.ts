import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { teams } from '../src/database/schema.js';
import { databaseTargets } from './support/databases.js';
import { register, registrationForm, uniqueNames, validFields } from './support/fixtures.js';
import { LogCapture } from './support/log-capture.js';
import { useTestApp } from './support/test-app.js';

// Team and church name keys written by an older version (before look-alikes were folded) are brought up
// to date at start-up: see src/teams/name-key-refresh.ts.

const CYRILLIC_A = '\u0430'; // а
const HANGUL_FILLER = '\u3164';

// One capture for every app in this file: Nest's class loggers write to the first app's pino instance.
const logs = new LogCapture();

describe.each(databaseTargets())('name keys made before this version, on %s', (target) => {
  // On PGlite, a directory: the data outlives the first app.
  const fixture = useTestApp(target, {
    durable: true,
    start: false,
    app: { logDestination: logs },
    env: { LOG_LEVEL: 'info' },
  });

  /** What the comparison key was before look-alikes were folded. */
  const oldKey = (name: string) =>
    name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-US');

  it('are recomputed at start-up; a collision is logged, and nothing is deleted', async () => {
    const first = await fixture.start();
    const tag = uniqueNames().team;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await register(
        first.url,
        registrationForm(validFields({ team_name: `Team ${i} ${tag}`, church_name: `Church ${i} ${tag}` })),
      );
      expect(res.status).toBe(200);
      ids.push(res.body.team_id as string);
    }
    // Rows as the old version wrote them: look-alike names under keys of the old function.
    const legacy: [teamName: string, churchName: string][] = [
      [`Eagles ${tag}`, `St. Mark ${tag}`],
      [`E${CYRILLIC_A}gles ${tag}`, `St. Mark ${tag}`], // the same team name as the first, by look
      [`Ｔigers ${tag}`, `St. M${CYRILLIC_A}rk ${tag}`], // fullwidth T; the same church by look
      [`Lions${HANGUL_FILLER} ${tag}`, `Grace ${tag}`],
    ];
    for (const [i, [teamName, churchName]] of legacy.entries()) {
      await first.database.db
        .update(teams)
        .set({ teamName, teamNameKey: oldKey(teamName), churchName, churchKey: oldKey(churchName) })
        .where(eq(teams.teamId, ids[i]!));
    }
    await first.close();

    const logged = logs.lines.length;
    const upgraded = await fixture.start();
    try {
      const rows = await upgraded.database.db.select().from(teams);
      expect(rows).toHaveLength(5);
      const byId = new Map(rows.map((r) => [r.teamId, r]));
      // Fixed where it could be: the fullwidth name and the filler now compare as they look...
      expect(byId.get(ids[2]!)!.teamNameKey).toBe(`tigers ${tag.toLowerCase()}`);
      expect(byId.get(ids[3]!)!.teamNameKey).toBe(`lions ${tag.toLowerCase()}`);
      // ...and the look-alike church joined St. Mark's.
      expect(byId.get(ids[2]!)!.churchKey).toBe(byId.get(ids[0]!)!.churchKey);
      // The colliding name keeps its old key (the unique index holds one), and the log names both teams.
      expect(byId.get(ids[1]!)!.teamNameKey).toBe(oldKey(legacy[1]![0]));
      const events = logs.entries().slice(logged);
      const collision = events.find((e) => e.event === 'name_key_collision');
      expect(collision, JSON.stringify(events.filter((e) => e.event))).toMatchObject({
        team_id: ids[1],
        same_as: ids[0],
      });
      const church = events.find((e) => e.event === 'church_keys_merged');
      expect(church).toMatchObject({ team_ids: expect.arrayContaining([ids[0], ids[2]]) });
      expect(events.find((e) => e.event === 'name_keys_recomputed')).toMatchObject({
        updated: 2,
        collisions: 1,
      });

      // What the recomputed keys mean for newcomers.
      const tigers = await register(
        upgraded.url,
        registrationForm(validFields({ team_name: `Tigers ${tag}` })),
      );
      expect(tigers.body).toMatchObject({ error_code: 'DUPLICATE_TEAM' });
      const eagles = await register(
        upgraded.url,
        registrationForm(validFields({ team_name: `Eagles ${tag}` })),
      );
      expect(eagles.body).toMatchObject({ error_code: 'DUPLICATE_TEAM' });
      const mark = await register(
        upgraded.url,
        registrationForm(validFields({ church_name: `St. Mark ${tag}` })),
      );
      expect(mark.body).toMatchObject({ error_code: 'CHURCH_LIMIT_REACHED' });
    } finally {
      await upgraded.close();
    }
  });
});
