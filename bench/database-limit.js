/**
 * L1, the database's own limit: the registration transaction of RegistrationRepository.save, issued
 * straight through postgres.js. The statements are not copied here: they are recorded from the built
 * repository (dist/) saving one template team, then replayed with fresh values, the same way drizzle
 * sends them (`sql.begin`, then `tx.unsafe(query, params, { prepare: false })`). So L1 follows the
 * repository as it changes (an outbox insert, another check) without editing this file.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { Database } from '../dist/database/database.js';
import * as schema from '../dist/database/schema.js';
import { outboxEmails } from '../dist/database/schema.js';
import { loadConfig } from '../dist/config/app-config.js';
import { EmailOutbox } from '../dist/mail/email-outbox.js';
import { RegistrationRepository } from '../dist/registration/registration.repository.js';
import { TeamPlaces } from '../dist/registration/team-places.js';
import { nameKey } from '../dist/registration/registration-form.js';

/** A team number no real run reaches, so the template's number is recognisable among the parameters. */
const TEMPLATE_NUMBER = 777_777;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const formatTeamId = (n) => `ICCT-${String(n).padStart(3, '0')}`;

/** An outbox row the size of a real confirmation (the Message-ID's UUID is renewed on every replay). */
const templateEmail = (teamId) => ({
  messageId: `<${randomUUID()}@icct26.com>`,
  kind: 'registration_confirmation',
  toAddresses: ['captain@example.org'],
  subject: `ICCT26 registration received: ${teamId}`,
  textBody: `Team ${teamId}\n`.repeat(40),
  htmlBody: `<p>Team ${teamId}</p>`.repeat(40),
});

const templateTeam = (id) => ({
  id,
  teamName: 'Template Team Name',
  teamNameKey: nameKey('Template Team Name'),
  churchName: 'Template Church Name',
  churchKey: nameKey('Template Church Name'),
  captainName: 'Samuel Joseph',
  captainPhone: '9876543210',
  captainEmail: 'captain@example.org',
  captainWhatsapp: '9876543211',
  viceCaptainName: null,
  viceCaptainPhone: null,
  viceCaptainEmail: null,
  viceCaptainWhatsapp: null,
  coachName: 'Coach Mathew',
  accessTokenHash: 'a'.repeat(64),
});

/**
 * Records the statements of one `save()` (with 11 players and a logo row, as S1 sends), then empties
 * the tables again. Needs a migrated database.
 */
export async function recordRegistrationTransaction(url, players) {
  const statements = [];
  const client = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const db = drizzle({
      client,
      schema,
      logger: { logQuery: (query, params) => statements.push({ query, params }) },
    });
    // As S1 runs it: the default config (no MAX_TEAMS), so numbering is the one-statement path.
    const config = loadConfig({});
    const database = new Database(db, 'postgres', 1, () => client.end());
    const places = new TeamPlaces(config, database, new EmailOutbox(config, database));
    const repository = new RegistrationRepository(config, database, places);
    await client`insert into counters (name, value) values ('team_number', ${TEMPLATE_NUMBER - 1})`;
    statements.length = 0;
    const result = await repository.save({
      team: templateTeam(randomUUID()),
      players,
      files: [
        {
          kind: 'logo',
          state: 'uploaded',
          url: 'https://res.cloudinary.test/bench/image/upload/v1/teams/x/logo',
          publicId: 'teams/x/logo',
          contentType: 'image/png',
          sizeBytes: 20 * 1024,
          sha256: '0'.repeat(64),
          uploadedAt: new Date(),
        },
      ],
      maxTeamsPerChurch: 1_000_000,
      teamIdPrefix: 'ICCT',
      // S1 writes its confirmation email in the same transaction: so does L1.
      afterNumbering: (tx, saved) => tx.insert(outboxEmails).values(templateEmail(saved.teamId)),
    });
    if (result.teamId !== formatTeamId(TEMPLATE_NUMBER)) {
      throw new Error(`template registration failed: ${JSON.stringify(result)}`);
    }
  } finally {
    await client`truncate teams, counters cascade`;
    await client.end();
  }
  const counterAt = statements.findIndex((s) => /\binsert into "counters"/i.test(s.query));
  if (counterAt < 0) throw new Error('could not find the statement that hands out the team number');
  return { statements, counterAt };
}

/** Replaces the template's names, number and uuids by this registration's in one parameter value. */
function substitute(value, values) {
  if (Array.isArray(value)) return value.map((v) => substitute(v, values));
  if (value === TEMPLATE_NUMBER) return values.number;
  if (typeof value !== 'string') return value;
  let out = value;
  for (const [from, to] of values.strings) out = out.split(from).join(to);
  return out.replace(UUID, (uuid) => {
    if (!values.uuids.has(uuid)) values.uuids.set(uuid, randomUUID());
    return values.uuids.get(uuid);
  });
}

/**
 * Runs the recorded transaction from `concurrency` loops for `durationMs` on a pool as large as the
 * server's, and returns per-transaction latencies. `prepare` replays with named prepared statements
 * instead (what the server would gain from them).
 */
export async function runDatabaseLimit({
  url,
  recorded,
  poolSize,
  concurrency,
  durationMs,
  runTag,
  prepare,
}) {
  const sql = postgres(url, { max: poolSize, onnotice: () => undefined });
  const latencies = [];
  let errors = 0;
  let firstError;
  let sequence = 0;
  const template = templateTeam('');
  const deadline = Date.now() + durationMs;
  const started = performance.now();

  async function registerOne() {
    sequence += 1;
    const team = `Bench Team ${runTag} ${sequence}`;
    const church = `Bench Church ${runTag} ${sequence}`;
    const values = {
      number: TEMPLATE_NUMBER,
      uuids: new Map(),
      strings: [
        [template.teamName, team],
        [template.teamNameKey, nameKey(team)],
        [template.churchName, church],
        [template.churchKey, nameKey(church)],
      ],
    };
    await sql.begin(async (tx) => {
      for (const [i, { query, params }] of recorded.statements.entries()) {
        const rows = await tx.unsafe(query, substitute(params, values), { prepare });
        if (i === recorded.counterAt) {
          // The numbering statement returns the new team ID (ICCT-042): its number is the tail.
          values.number = Number(String(Object.values(rows[0])[0]).split('-').pop());
          values.strings.push([formatTeamId(TEMPLATE_NUMBER), formatTeamId(values.number)]);
        }
      }
    });
  }

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          await registerOne();
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= String(error);
        }
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  await sql.end({ timeout: 5 });
  return { latencies, errors, firstError, elapsedMs };
}
