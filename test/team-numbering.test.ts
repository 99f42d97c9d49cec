import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Transactions } from '../src/database/transactions.js';
import { counters, outboxEmails } from '../src/database/schema.js';
import { TeamPlaces } from '../src/teams/team-places.js';
import { databaseTargets } from './support/databases.js';
import { register, registrationForm } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * TeamPlaces.takeNumber numbers only a team its transaction holds. RegistrationService sends the team's
 * statement and the numbering together: were they ever to reach the database the other way round, the
 * numbering must fail the registration, not commit a number (and its email) with no team behind it.
 * On PostgreSQL the numbering is committed with its statement, so only the guard keeps the number back;
 * on PGlite the commit comes after the work, and the failure rolls everything back.
 */
describe.each(databaseTargets())('numbering a team on %s', (target) => {
  const server = useTestApp(target);
  const counter = async () =>
    (await server.database.db.select().from(counters).where(eq(counters.name, 'team_number')))[0]?.value;

  it('takes no number for a team its transaction does not hold, and commits nothing', async () => {
    expect((await register(server.url, registrationForm())).body.team_id).toBe('ICCT-001');
    const emailsBefore = await server.database.db.$count(outboxEmails);
    const places = server.app.get(TeamPlaces);
    const transactions = server.app.get(Transactions);

    const missing = randomUUID();
    await expect(
      transactions.run((tx) =>
        places.takeNumber(tx, missing, (teamId) => ({
          kind: 'registration_confirmation',
          teamUuid: missing,
          to: ['captain@example.com'],
          subject: `Registered: ${teamId}`,
          text: teamId,
          html: teamId,
        })),
      ),
    ).rejects.toThrow(`takeNumber: team ${missing} is not in this transaction`);

    expect(await counter()).toBe(1);
    expect(await server.database.db.$count(outboxEmails)).toBe(emailsBefore);
    expect((await register(server.url, registrationForm())).body.team_id).toBe('ICCT-002');
  });
});
