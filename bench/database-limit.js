/**
 * L1, the database's own limit: the statements of one registration, `RegistrationService.register`,
 * issued straight through postgres.js. The statements are not copied here: they are recorded from the
 * built service (dist/) registering one template team (the form S1 sends, through the real form parser),
 * at the postgres.js client, then replayed with fresh values the way the server sends them (`sql.begin`,
 * then `tx.unsafe(query, params, { prepare })`, named as the server names them by default). So L1 follows the service as it changes (an outbox
 * insert, another check) without editing this file.
 *
 * What is replayed is all the database work of one S1 request, in its order: the service's cheap,
 * unlocked conflict check before its transaction (S1's server runs it on every request, so L1 runs it
 * too, as its own statement on the pool, outside the transaction), then the transaction's statements
 * between `begin` and `commit` (advisory lock, the conflict check again under it, team, players, logo
 * row, the numbering with its first history entry, the confirmation email). Statements run outside a
 * transaction are kept apart (`before`, `after`) from the transaction's (`statements`), so S1 and L1
 * stay comparable: the same statements per registration, one with the server around them, one without.
 * Statements the service sends together (pipelined, one round trip) are replayed together too.
 * The upload to file storage is not database work: a stub storage "uploads" the logo at once, so its row
 * is `uploaded` as in S1.
 */
import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { SystemClock } from '../dist/common/clock.js';
import { ConcurrencyGate } from '../dist/common/concurrency-gate.js';
import { Database } from '../dist/database/database.js';
import { Transactions } from '../dist/database/transactions.js';
import { loadConfig } from '../dist/config/app-config.js';
import { EmailOutbox } from '../dist/mail/email-outbox.js';
import { RegistrationService } from '../dist/teams/registration.service.js';
import { TeamFiles } from '../dist/teams/team-files.js';
import { nameKey, parseRegistrationForm } from '../dist/teams/team-form.js';
import { TeamPlaces } from '../dist/teams/team-places.js';
import { TeamsRepository } from '../dist/teams/teams.repository.js';
import { pngBytes } from './registration-body.js';

/** A team number no real run reaches, so the template's number is recognisable among the parameters. */
const TEMPLATE_NUMBER = 777_777;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TEMPLATE_NAMES = { team: 'Template Team Name', church: 'Template Church Name' };

/**
 * The template's form as S1's request carries it (see registration-body.js), through the real parser; its
 * logo spooled to `logoPath`, as the multipart interceptor would have.
 */
async function templateForm(players, logoPath) {
  const logo = pngBytes();
  await writeFile(logoPath, logo);
  const received = {
    path: logoPath,
    size: logo.length,
    sha256: createHash('sha256').update(logo).digest('hex'),
    head: logo.subarray(0, 16),
  };
  return parseRegistrationForm(
    {
      team_name: TEMPLATE_NAMES.team,
      church_name: TEMPLATE_NAMES.church,
      captain_name: 'Samuel Joseph',
      captain_phone: '9876543210',
      captain_email: 'captain@example.org',
      captain_whatsapp: '9876543211',
      coach_name: 'Coach Mathew',
      players: JSON.stringify(players),
    },
    { logo: received },
    { requiredDocuments: ['logo'] },
  );
}

/** A file storage that takes every file at once (S1 runs against a fake Cloudinary that does the same). */
const stubStorage = {
  name: 'cloudinary',
  upload: async ({ folder, name }) => ({
    url: `https://res.cloudinary.test/bench/image/upload/v1/${folder}/${name}`,
    publicId: `${folder}/${name}`,
  }),
  delete: async () => undefined,
};

/** Reached only when an upload fails, which the stub storage never does. */
const notReached = (what) => async () => {
  throw new Error(`bench: ${what} was not expected while recording a registration`);
};

/**
 * Records the statements of one `register()` (11 players and a PNG logo, as S1 sends), then empties
 * the tables again. Needs a migrated database. Returns the statements run before the transaction, in
 * it and after it, the index (in the transaction) of the one that hands out the team number, and the
 * template's team ID.
 */
export async function recordRegistrationTransaction(url, players) {
  const logged = [];
  /** Where each transaction's statements begin and end in `logged`. */
  const spans = [];
  const client = postgres(url, { max: 1, onnotice: () => undefined });
  const spool = await mkdtemp(join(tmpdir(), 'icct-bench-'));
  let result;
  try {
    const db = drizzle({ client: recording(client, logged) });
    // As S1's server runs (see run.js): no MAX_TEAMS, so numbering is the one-statement path; church
    // slots out of the way; links to the API's own address.
    const config = loadConfig({ MAX_TEAMS_PER_CHURCH: '1000000', API_URL: 'http://127.0.0.1:40000' });
    const database = new Database(db, 'postgres', 1, () => client.end());
    /** The real Transactions, noting which of the logged statements ran inside each transaction. */
    class RecordedTransactions extends Transactions {
      run(work) {
        return super.run(async (tx) => {
          const begin = logged.length;
          const out = await work(tx);
          spans.push({ begin, end: logged.length });
          return out;
        });
      }
    }
    const transactions = new RecordedTransactions(database);
    const outbox = new EmailOutbox(config);
    const places = new TeamPlaces(config, database, transactions, outbox);
    const teams = new TeamsRepository(database, places);
    const files = new TeamFiles(
      config,
      new SystemClock(),
      database,
      stubStorage,
      {
        useVisibility: () => undefined,
        keep: notReached('a pending upload'),
        drop: notReached('dropping a pending upload'),
      },
      { deleteSoon: notReached('deleting uploaded files'), schedule: notReached('scheduling a deletion') },
      teams,
    );
    const service = new RegistrationService(config, database, transactions, teams, places, files, outbox);
    const form = await templateForm(players, join(spool, 'logo'));
    await client`insert into counters (name, value) values ('team_number', ${TEMPLATE_NUMBER - 1})`;
    logged.length = 0;
    result = await service.register(form);
    if (!result.team_id?.endsWith(`-${TEMPLATE_NUMBER}`)) {
      throw new Error(`template registration failed: ${JSON.stringify(result)}`);
    }
  } finally {
    // The template's confirmation email too (outbox_emails has no foreign key, so no cascade reaches it).
    await client`delete from outbox_emails where team_id in (select id from teams)`;
    await client`truncate teams, counters cascade`;
    await client.end();
    await rm(spool, { recursive: true, force: true });
  }
  if (spans.length !== 1) {
    throw new Error(`a registration ran ${spans.length} transactions; L1 replays exactly one`);
  }
  const [{ begin, end }] = spans;
  const recorded = {
    before: logged.slice(0, begin),
    statements: logged.slice(begin, end),
    after: logged.slice(end),
    teamId: result.team_id,
  };
  recorded.counterAt = recorded.statements.findIndex((s) => /\binsert into "counters"/i.test(s.query));
  if (recorded.counterAt < 0) throw new Error('could not find the statement that hands out the team number');
  return recorded;
}

/**
 * `client`, noting in `logged` every statement sent through `unsafe`, in its transactions too: where
 * drizzle's query builders and the server's own `execute` (src/database/database.ts) send theirs.
 */
function recording(client, logged) {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'unsafe') {
        return (query, params = [], options) => {
          logged.push({ query, params, turn: eventLoopTurn() });
          return target.unsafe(query, params, options);
        };
      }
      if (property === 'begin') {
        return (...args) => {
          const work = args.at(-1);
          return target.begin(...args.slice(0, -1), (tx) => work(recording(tx, logged)));
        };
      }
      return Reflect.get(target, property);
    },
  });
}

let turn = 0;
let turnEnds = false;
/**
 * Which turn of the event loop it is: statements the service sends in one turn were sent together
 * (`pipelined` in src/database/transactions.ts), since a statement that waits for another's answer is
 * sent in a later turn, when that answer has been read.
 */
function eventLoopTurn() {
  if (!turnEnds) {
    turnEnds = true;
    setImmediate(() => {
      turn += 1;
      turnEnds = false;
    });
  }
  return turn;
}

/** The transaction's statements in the groups the service sent together, each with its index. */
function sentTogether(statements) {
  const groups = [];
  statements.forEach((statement, index) => {
    const last = groups.at(-1);
    if (last && last[0].turn === statement.turn) last.push({ ...statement, index });
    else groups.push([{ ...statement, index }]);
  });
  return groups;
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
 * The recorded registration as a client of its own: a postgres.js pool of `poolSize` (with drizzle's
 * serializers, as the server's client has them) and `register(team, church, beforeTransaction)`, which
 * runs the statements before the transaction, then `beforeTransaction` (L4 uploads the logo there, as the
 * service does), then the transaction and any statements after it, with this team's and church's names.
 * `prepare` sends them as named prepared statements (as the server does by default); `transactionSlots`
 * lets that many registrations into their transaction at once, the others waiting in arrival order, as
 * the service does (REGISTRATION_CONCURRENCY). A transaction that sends its own commit with its last
 * statement (Transactions.commitWith: `set constraints all immediate`, `commit and chain`) is replayed so
 * too. `recorded` may also be a bare `{ statements, counterAt }`.
 */
export function registrationReplay({ url, recorded, poolSize, prepare, transactionSlots }) {
  const sql = postgres(url, { max: poolSize, onnotice: () => undefined });
  // As the service admits registrations to their transaction (REGISTRATION_CONCURRENCY), when given.
  const turns = transactionSlots ? new ConcurrencyGate(transactionSlots) : undefined;
  const transaction = (work) => (turns ? turns.run(() => sql.begin(work)) : sql.begin(work));
  // drizzle sets its serializers on the client it is given (dates and json go as the strings drizzle
  // made): so the replay sends the recorded values as the server's client sends them.
  drizzle({ client: sql });

  async function register(team, church, beforeTransaction = async () => undefined) {
    const values = {
      number: TEMPLATE_NUMBER,
      uuids: new Map(),
      strings: [
        [TEMPLATE_NAMES.team, team],
        [nameKey(TEMPLATE_NAMES.team), nameKey(team)],
        [TEMPLATE_NAMES.church, church],
        [nameKey(TEMPLATE_NAMES.church), nameKey(church)],
      ],
    };
    const outside = async (list = []) => {
      for (const { query, params } of list) await sql.unsafe(query, substitute(params, values), { prepare });
    };
    await outside(recorded.before);
    await beforeTransaction();
    let teamId;
    await transaction(async (tx) => {
      for (const group of sentTogether(recorded.statements)) {
        const results = await Promise.all(
          group.map(({ query, params }) => tx.unsafe(query, substitute(params, values), { prepare })),
        );
        const counter = group.findIndex(({ index }) => index === recorded.counterAt);
        if (counter >= 0) {
          // The numbering statement returns the new team ID (ICCT-042): its number is the tail.
          teamId = String(Object.values(results[counter][0])[0]);
          values.number = Number(teamId.split('-').pop());
          if (recorded.teamId) values.strings.push([recorded.teamId, teamId]);
        }
      }
    });
    await outside(recorded.after);
    return teamId;
  }

  return { register, end: () => sql.end({ timeout: 5 }) };
}

/**
 * Runs the recorded registration (registrationReplay) from `concurrency` loops for `durationMs` on a
 * pool as large as the server's, and returns per-registration latencies (the statements before the
 * transaction, the transaction, and any after it).
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
  const replay = registrationReplay({ url, recorded, poolSize, prepare });
  const latencies = [];
  let errors = 0;
  let firstError;
  let sequence = 0;
  const deadline = Date.now() + durationMs;
  const started = performance.now();

  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          sequence += 1;
          await replay.register(`Bench Team ${runTag} ${sequence}`, `Bench Church ${runTag} ${sequence}`);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= String(error);
        }
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  await replay.end();
  return { latencies, errors, firstError, elapsedMs };
}

/** The sequence "L1 unlocked" numbers teams from (created and dropped around it by run.js). */
export const UNLOCKED_SEQUENCE = 'bench_l1_unlocked_team_number';

const COUNTER_BUMP =
  /insert into "counters" \(name, value\)\s+select (\$\d+), 1 where (exists \(select 1 from "teams" where "teams"\."id" = \$\d+\))\s+on conflict \(name\) do update set value = "counters"\.value \+ 1\s+returning value/;

/**
 * The recorded registration with its numbering taken from a sequence instead of the counter row: the
 * same statements, but no registration waits on another's lock until its commit. The ceiling of any
 * design that takes the number off the registering transaction (batch numbering adds its own
 * numbering transaction to this). Numbers from a sequence are not gapless: only the bench does this.
 */
export function numberedFromSequence(recorded) {
  const statements = recorded.statements.map((statement, index) => {
    if (index !== recorded.counterAt) return statement;
    const query = statement.query.replace(
      COUNTER_BUMP,
      // The counter's name stays a parameter of the statement, so it is still used, and so does the team check.
      (_, name, teamHeld) =>
        `select nextval('${UNLOCKED_SEQUENCE}')::int as value where ${name}::text is not null and ${teamHeld}`,
    );
    if (query === statement.query) throw new Error('the numbering statement no longer bumps the counter row');
    return { ...statement, query };
  });
  return { ...recorded, statements };
}
