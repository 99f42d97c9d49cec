import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxEmails, teams } from '../src/database/schema.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { eventually, getStatus } from './support/eventually.js';
import { players, register, registrationForm, validFields } from './support/fixtures.js';
import { FAST_OUTBOX } from './support/smtp-sink.js';

describe.each(databaseTargets())('registration emails through the outbox on %s', (target) => {
  const server = useTestApp(target, {
    sink: true,
    env: { ...FAST_OUTBOX, BREAKER_VOLUME_THRESHOLD: '2', BREAKER_RESET_TIMEOUT_MS: '700' },
  });
  const { sink } = server;
  /** The outbox row of the team's confirmation, once it reaches `state`. */
  const emailOnceIn = async (state: 'sent' | 'dead', teamId: string) => {
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
    return eventually(`the email to be marked ${state}`, async () => {
      const [row] = await server.database.db
        .select()
        .from(outboxEmails)
        .where(eq(outboxEmails.teamUuid, team!.id));
      return row?.state === state && row;
    });
  };
  afterEach(async () => {
    sink.refusedRecipients.clear();
    sink.stalledRecipients.clear();
    await sink.start(); // back up if a test stopped it
  });

  it('sends the captain a confirmation, vice-captain in copy: team ID, names, players, status, next steps', async () => {
    const fields = validFields({
      team_name: "St. Mary's Eleven & Sons",
      church_name: "St. Mary's Church (East)",
      captain_name: "Anne O'Brien",
      captain_email: 'anne@example.org',
      vice_captain_name: 'Ravi Kumar',
      vice_captain_phone: '9123456780',
      vice_captain_email: 'ravi@example.org',
      vice_captain_whatsapp: '9123456781',
      players: JSON.stringify(players(12, 'Smith & Jones')),
    });
    const res = await register(server.url, registrationForm(fields));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const teamId = res.body.team_id as string;

    const [received] = await eventually('the confirmation', () => {
      const found = sink.withSubjectContaining(teamId);
      return found.length > 0 && found;
    });
    const { mail, recipients } = received!;
    expect(recipients.sort()).toEqual(['anne@example.org', 'ravi@example.org']);
    expect(mail.to).toMatchObject({ value: [{ address: 'anne@example.org' }] });
    expect(mail.cc).toMatchObject({ value: [{ address: 'ravi@example.org' }] });
    expect(mail.from).toMatchObject({ value: [{ address: 'registrations@icct26.test' }] });
    expect(mail.subject).toContain(teamId);
    expect(mail.subject).toContain("St. Mary's Eleven & Sons");
    expect(mail.subject).toContain("St. Mary's Church (East)");

    // The email is written by the statement that numbers the team (TeamPlaces.takeNumber): every place
    // the team ID goes (its facts, the private link) holds it, and no trace of the placeholder is left.
    expect(mail.text).toContain(`Team ID: ${teamId}\n`);
    expect(mail.html).toContain(`<th align="left">Team ID</th><td>${teamId}</td>`);
    expect(mail.text).toMatch(new RegExp(`/api/registration/${teamId}\\?token=[\\w-]{20,}`));
    for (const body of [mail.subject!, mail.text!, mail.html as string]) {
      expect(body).not.toMatch(/team-id-/);
    }
    for (const body of [mail.text!, mail.html as string]) {
      expect(body).toContain(teamId);
      expect(body).toMatch(/Pending review/);
      expect(body).toMatch(/approved or rejected/);
      expect(body).toContain('Players (12)');
    }
    expect(mail.text).toContain("Team: St. Mary's Eleven & Sons");
    expect(mail.text).toContain("Church: St. Mary's Church (East)");
    expect(mail.text).toContain('12. Smith & Jones LA (Wicket-Keeper)');
    // Every user-supplied value is escaped in the HTML body.
    const html = mail.html as string;
    expect(html).toContain('St. Mary&#39;s Eleven &amp; Sons');
    expect(html).toContain('Anne O&#39;Brien');
    expect(html).toContain('<li>Smith &amp; Jones AA (Batsman)</li>');
    expect(html).not.toContain("Mary's");
    expect(html).not.toMatch(/Smith & Jones/);

    const row = await emailOnceIn('sent', teamId);
    expect(row).toMatchObject({ attempts: 1, kind: 'registration_confirmation' });
    expect(mail.messageId).toBe(row.messageId);
  });

  it('sends a burst of confirmations over one kept-open connection', async () => {
    const connectionsBefore = sink.connections;
    const responses = await Promise.all(Array.from({ length: 6 }, () => register(server.url)));
    const teamIds = responses.map((res) => {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.team_id as string;
    });
    await eventually('all 6 emails', () => teamIds.every((id) => sink.withSubjectContaining(id).length > 0));
    // At most one new connection: none when the one the test before left open is still there.
    expect(sink.connections - connectionsBefore).toBeLessThanOrEqual(1);
  });

  it('a message the server stalls on is given up with its connection: the next goes out on its first try', async () => {
    sink.stalledRecipients.add('stall@example.org');
    const stalled = await register(
      server.url,
      registrationForm(validFields({ captain_email: 'stall@example.org' })),
    );
    const next = await register(server.url);
    expect([stalled.status, next.status]).toEqual([200, 200]);
    const nextId = next.body.team_id as string;
    await eventually('the next email', () => sink.withSubjectContaining(nextId).length > 0, 30_000);
    const row = await emailOnceIn('sent', nextId);
    // Not stuck behind the stalled delivery on the kept-open connection (which would time it out too).
    expect(row.attempts).toBe(1);
    expect(sink.withSubjectContaining(stalled.body.team_id as string)).toHaveLength(0);
  });

  it('SMTP down during 5 registrations: all 200 fast; the emails arrive when it returns; the breaker opens and closes', async () => {
    await sink.stop();
    const teamIds: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const res = await register(server.url);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(performance.now() - started).toBeLessThan(2000);
      teamIds.push(res.body.team_id as string);
    }
    await eventually(
      'the smtp breaker to open',
      async () => (await getStatus(server.url)).breakers.smtp.state === 'open',
    );
    expect((await getStatus(server.url)).outbox.pending).toBeGreaterThanOrEqual(5);
    expect(teamIds.some((id) => sink.withSubjectContaining(id).length > 0)).toBe(false);

    await sink.start();
    await eventually(
      'all 5 emails',
      () => teamIds.every((id) => sink.withSubjectContaining(id).length > 0),
      30_000,
    );
    const status = await eventually('the breaker to close and the outbox to drain', async () => {
      const s = await getStatus(server.url);
      return s.breakers.smtp.state === 'closed' && s.outbox.pending === 0 && s;
    });
    expect(status.outbox.dead).toBe(0);
    for (const id of teamIds) expect(sink.withSubjectContaining(id)).toHaveLength(1);
  });

  it('a recipient the server refuses (550) kills that email without tripping the breaker', async () => {
    sink.refusedRecipients.add('bounce@example.org');
    const before = await getStatus(server.url);
    const res = await register(
      server.url,
      registrationForm(validFields({ captain_email: 'bounce@example.org' })),
    );
    expect(res.status).toBe(200);
    const row = await emailOnceIn('dead', res.body.team_id);
    expect(row.attempts).toBe(1);
    const after = await getStatus(server.url);
    expect(after.breakers.smtp.state).toBe('closed');
    expect(after.breakers.smtp.failures).toBe(before.breakers.smtp.failures);
    expect(after.outbox.dead).toBe(before.outbox.dead + 1);
  });
});

describe.each(databaseTargets())('emails without SMTP configured on %s', (target) => {
  const server = useTestApp(target, { env: { OUTBOX_POLL_INTERVAL_MS: '100' } });

  it('writes the confirmation as an .eml file under DATA_DIR/mail, through the same outbox', async () => {
    const res = await register(
      server.url,
      registrationForm(validFields({ captain_email: 'eml@example.org' })),
    );
    expect(res.status).toBe(200);
    const mailDir = join(server.dataDir, 'mail');
    const [file] = await eventually('an .eml file', async () => {
      const names = await readdir(mailDir).catch(() => [] as string[]);
      return names.filter((n) => n.endsWith('.eml')).length > 0 && names;
    });
    const mail = await simpleParser(await readFile(join(mailDir, file!)));
    expect(mail.subject).toContain(res.body.team_id);
    expect(mail.to).toMatchObject({ value: [{ address: 'eml@example.org' }] });
    expect((await getStatus(server.url)).breakers.smtp).toMatchObject({
      state: 'closed',
      backend: 'eml_files',
    });
    expect((await getStatus(server.url)).outbox).toEqual({ pending: 0, dead: 0 });
  });
});
