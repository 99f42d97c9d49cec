import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { teams } from '../src/database/schema.js';
import { useTestApp } from './support/test-app.js';
import { hasPostgres } from './support/databases.js';
import { register, registrationForm, validFields } from './support/fixtures.js';

const KEY = 'waitlist-admin-key-0123456789';

// PGlite has one connection, so transactions never overlap there: races need the real server.
describe.runIf(hasPostgres).each([true, false])(
  'the last places under 20-way concurrency (waitlist %s)',
  (waitlist) => {
    const server = useTestApp('postgres', {
      env: {
        DATABASE_POOL_SIZE: '25',
        MAX_TEAMS: '5',
        WAITLIST_ENABLED: String(waitlist),
        ADMIN_API_KEYS: KEY,
      },
    });

    it('gives 20 parallel registrations for the last 3 places exactly 3 places, the rest a gapless line', async () => {
      for (let i = 0; i < 2; i++)
        expect((await register(server.url, registrationForm(validFields()))).status).toBe(200);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => register(server.url, registrationForm(validFields()))),
      );
      const placed = results.filter((r) => r.body.status === 'pending');
      expect(placed).toHaveLength(3);
      const rest = results.filter((r) => r.body.status !== 'pending');
      if (waitlist) {
        expect(rest.every((r) => r.status === 200 && r.body.status === 'waitlisted')).toBe(true);
        expect(rest.map((r) => r.body.waitlist_position).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 17 }, (_, i) => i + 1),
        );
        // The line is in team-number order: position follows the number.
        const byNumber = [...rest].sort((a, b) => a.body.team_id.localeCompare(b.body.team_id));
        expect(byNumber.map((r) => r.body.waitlist_position)).toEqual(
          Array.from({ length: 17 }, (_, i) => i + 1),
        );
      } else {
        expect(rest.map((r) => [r.status, r.body.error_code])).toEqual(
          Array(17).fill([409, 'REGISTRATION_FULL']),
        );
      }
      const rows = await server.database.db.select().from(teams);
      expect(rows.filter((r) => r.status === 'pending')).toHaveLength(5);
      expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(waitlist ? 17 : 0);
      // Numbers stay gapless: a refused registration gives its number back.
      expect(rows.map((r) => r.teamNumber).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: rows.length }, (_, i) => i + 1),
      );
    });

    // Only with a waitlist: the race needs teams waiting to promote.
    if (waitlist)
      it('keeps the cap exact when rejections and registrations race', async () => {
        const pending = await server.database.db.select().from(teams).where(eq(teams.status, 'pending'));
        const rejections = pending.slice(0, 2).map((team) =>
          fetch(`${server.url}/admin/teams/${team.teamId}/reject`, {
            method: 'POST',
            headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
            body: JSON.stringify({ reason: 'Race' }),
          }),
        );
        const registrations = Array.from({ length: 6 }, () =>
          register(server.url, registrationForm(validFields())),
        );
        const [rejected, registered] = await Promise.all([
          Promise.all(rejections),
          Promise.all(registrations),
        ]);
        expect(rejected.map((r) => r.status)).toEqual([200, 200]);
        expect(registered.every((r) => r.status === 200 && r.body.status === 'waitlisted')).toBe(true);
        const rows = await server.database.db.select().from(teams);
        // Two places freed, two waitlisted teams promoted, the new ones all waiting: still exactly 5 hold a place.
        expect(rows.filter((r) => r.status === 'pending' || r.status === 'approved')).toHaveLength(5);
        const line = rows
          .filter((r) => r.status === 'waitlisted')
          .sort((a, b) => a.teamNumber! - b.teamNumber!);
        expect(line).toHaveLength(17 - 2 + 6);
        // Promotion took the first in line: every team still waiting registered after every promoted one.
        const promoted = rows.filter((r) => r.status === 'pending' && r.teamNumber! > 5);
        expect(promoted).toHaveLength(2);
        expect(Math.max(...promoted.map((r) => r.teamNumber!))).toBeLessThan(line[0]!.teamNumber!);
      });
  },
);
