import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { loadConfig } from '../src/config/app-config.js';
import { teamFiles, teams } from '../src/database/schema.js';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { pdfBytes, pngBytes, readResponse, uniqueNames } from './support/fixtures.js';
import { servedRoutes } from './support/served-routes.js';
import { FAST_OUTBOX } from './support/smtp-sink.js';
import { useTestApp } from './support/test-app.js';

/**
 * The FastAPI-compatible API (src/legacy/) as the existing front-end uses it, over HTTP: its flat
 * registration form with 15 players and 33 files, idempotency, the church limit, its error words, the
 * admin routes and their emails, and signed document links.
 */

const KEY = 'legacy-api-admin-key-0123456789';
const PREFIX = '/legacy';
const TTL_SECONDS = 120;
/** What the test apps write links to (API_URL in test-app.ts). */
const PUBLIC_BASE = 'http://uploads.test';
const ROLES = ['Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper'];

/** The real time, moved by `offsetMs`: links expire without the test sleeping. */
class TestClock extends Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** A PDF whose bytes are its own (a comment after the header), so each stored file can be told apart. */
function pdf(tag: string, size = 0): Buffer {
  const body = pdfBytes();
  return Buffer.concat([body, Buffer.from(`% ${tag}\n`), Buffer.alloc(size, 0x20)]);
}

/** A PNG of `size` bytes with a tag of its own in its padding. */
function png(tag: string, size = 2048): Buffer {
  const bytes = pngBytes(size);
  bytes.write(tag, size - tag.length - 1);
  return bytes;
}

interface LegacyTeam {
  fields: Record<string, string>;
  files: Record<string, { bytes: Buffer; type: string; name: string }>;
}

/**
 * The front-end's form for `count` players: every text field, and every file, PNG and PDF in turn
 * (3 + 2 x count files). `fileSize` pads each file.
 */
function legacyTeam(count = 15, fileSize = 2048, names = uniqueNames()): LegacyTeam {
  const fields: Record<string, string> = {
    team_name: names.team,
    church_name: names.church,
    captain_name: 'Samuel Joseph',
    captain_phone: '9876543210',
    captain_email: 'captain@example.org',
    captain_whatsapp: '9876543211',
    vice_name: 'Thomas Mathew',
    vice_phone: '9876543212',
    vice_email: 'vice@example.org',
    vice_whatsapp: '',
  };
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let n = 0; n < count; n++) {
    fields[`player_${n}_name`] = `Player ${letters[n]}`;
    fields[`player_${n}_role`] = ROLES[n % ROLES.length]!;
  }
  const fileNames = [
    'pastor_letter',
    'payment_receipt',
    'group_photo',
    ...Array.from({ length: count }, (_, n) => [
      `player_${n}_aadhar_file`,
      `player_${n}_subscription_file`,
    ]).flat(),
  ];
  const files = Object.fromEntries(
    fileNames.map((field, i) => {
      const tag = `${names.team} ${field}`;
      return [
        field,
        i % 2 === 0
          ? { bytes: pdf(tag, fileSize), type: 'application/pdf', name: `${field}.pdf` }
          : { bytes: png(tag, fileSize), type: 'image/png', name: `${field}.png` },
      ];
    }),
  );
  return { fields, files };
}

function formOf({ fields, files }: LegacyTeam): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files)) {
    form.append(name, new Blob([file.bytes], { type: file.type }), file.name);
  }
  return form;
}

describe.each(databaseTargets())('the FastAPI-compatible API on %s', (target) => {
  const clock = new TestClock();
  const server = useTestApp(target, {
    sink: true,
    app: { clock },
    env: {
      ADMIN_API_KEYS: KEY,
      DOCUMENT_LINK_TTL_SECONDS: String(TTL_SECONDS),
      // Below what 33 files of 64 KB take: the legacy route has its own limit (LEGACY_MAX_REQUEST_SIZE).
      MAX_REQUEST_SIZE: String(1024 * 1024),
      // Three budgets told apart by their limits: registrations, reads, admin (the default 120).
      RATE_LIMIT_REQUESTS: '1000',
      ...FAST_OUTBOX,
    },
  });

  const register = async (team: LegacyTeam, headers: Record<string, string> = {}) =>
    readResponse(
      await fetch(`${server.url}${PREFIX}/api/register/team`, {
        method: 'POST',
        body: formOf(team),
        headers,
      }),
    );
  const admin = async (path: string, init: RequestInit = {}) =>
    readResponse(
      await fetch(`${server.url}${PREFIX}${path}`, {
        ...init,
        headers: { 'X-API-Key': KEY, ...init.headers },
      }),
    );
  /** A link as the server wrote it (API_URL), fetched from the test server. */
  const open = (link: string) => fetch(link.replace(PUBLIC_BASE, server.url));

  it('registers 15 players with 33 files (PNG and PDF) whole, and lists every document for the admin', async () => {
    const team = legacyTeam(15);
    const res = await register(team);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      success: true,
      team_id: expect.stringMatching(/^ICCT-\d{3}$/),
      team_name: team.fields.team_name,
      player_count: 15,
      status: 'pending',
      registration_status: 'pending',
    });
    const teamId = res.body.team_id as string;
    // The registration budget, as on the native form.
    expect(res.headers.get('ratelimit-limit')).toBe('1000');

    const [row] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
    expect(row).toMatchObject({
      coachName: null,
      viceCaptainName: 'Thomas Mathew',
      viceCaptainWhatsapp: null,
    });
    const stored = await server.database.db
      .select()
      .from(teamFiles)
      .where(and(eq(teamFiles.teamUuid, row!.id), eq(teamFiles.state, 'uploaded')));
    expect(stored).toHaveLength(33);

    const detail = await admin(`/admin/teams/${teamId}`);
    expect(detail.status).toBe(200);
    expect(detail.headers.get('cache-control')).toBe('no-store');
    expect(detail.headers.get('ratelimit-limit')).toBe('120');
    const { team: shown, players } = detail.body.data;
    expect(shown).toMatchObject({
      teamId,
      teamName: team.fields.team_name,
      captain: { name: 'Samuel Joseph', phone: '9876543210', email: 'captain@example.org' },
      viceCaptain: { name: 'Thomas Mathew', phone: '9876543212', email: 'vice@example.org' },
      registrationStatus: 'pending',
    });
    expect(players).toHaveLength(15);
    expect(players[3]).toMatchObject({ playerId: `${teamId}-P04`, name: 'Player D', role: 'Wicket-Keeper' });

    // Every document: an absolute signed link that opens the very bytes that were sent.
    const links: Record<string, string> = {
      pastor_letter: shown.pastorLetter,
      payment_receipt: shown.paymentReceipt,
      group_photo: shown.groupPhoto,
      ...Object.fromEntries(
        players.flatMap((p: any, n: number) => [
          [`player_${n}_aadhar_file`, p.aadharFile],
          [`player_${n}_subscription_file`, p.subscriptionFile],
        ]),
      ),
    };
    expect(Object.keys(links)).toHaveLength(33);
    for (const [field, link] of Object.entries(links)) {
      expect(link, field).toMatch(
        new RegExp(`^${PUBLIC_BASE}/files/.+\\?expires=\\d+&signature=[0-9a-f]{64}$`),
      );
      const file = await open(link);
      expect(file.status, field).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).equals(team.files[field]!.bytes), field).toBe(true);
    }

    // The list has it too, with its own documents; so has the FastAPI team route (snake_case).
    const list = await admin('/admin/teams');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    const item = list.body.data.find((t: any) => t.teamId === teamId);
    expect(item).toMatchObject({
      playerCount: 15,
      registrationStatus: 'pending',
      viceCaptainName: 'Thomas Mathew',
    });
    for (const field of ['pastorLetter', 'paymentReceipt', 'groupPhoto']) {
      expect((await open(item[field])).status, field).toBe(200);
    }
    const snake = await admin(`/api/teams/${teamId}`);
    expect(snake.status).toBe(200);
    expect(snake.body.team).toMatchObject({ team_id: teamId, captain: { whatsapp: '9876543211' } });
    expect(snake.body.players[0]).toMatchObject({ player_id: `${teamId}-P01`, name: 'Player A' });
    expect((await open(snake.body.players[14].subscription_file)).status).toBe(200);
    const all = await admin('/api/teams');
    expect(all.body.teams.map((t: any) => t.team_id)).toContain(teamId);
  });

  it('opens a document link only while it is signed, untampered and unexpired', async () => {
    const res = await register(legacyTeam(11));
    expect(res.status).toBe(201);
    const link = (await admin(`/admin/teams/${res.body.team_id}`)).body.data.team.pastorLetter as string;
    expect((await open(link)).status).toBe(200);

    const url = new URL(link);
    const refused = async (href: string) => {
      const answer = await readResponse(await open(href));
      expect(answer.status, href).toBe(403);
      expect(answer.body.error_code).toBe('LINK_INVALID');
    };
    await refused(`${url.origin}${url.pathname}`);
    const signature = url.searchParams.get('signature')!;
    const tampered = new URL(link);
    tampered.searchParams.set('signature', `${signature[0] === 'a' ? 'b' : 'a'}${signature.slice(1)}`);
    await refused(tampered.href);
    const later = new URL(link);
    later.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    await refused(later.href);

    clock.offsetMs = (TTL_SECONDS + 5) * 1000;
    try {
      await refused(link);
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('registers the same team once under one idempotency key, and replays the answer', async () => {
    const team = legacyTeam(11);
    const headers = { 'Idempotency-Key': `legacy-${team.fields.team_name}` };
    const first = await register(team, headers);
    const second = await register(team, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(first.body.registration_status).toBe('pending');
    const rows = await server.database.db
      .select()
      .from(teams)
      .where(eq(teams.teamName, team.fields.team_name!));
    expect(rows).toHaveLength(1);
  });

  it("refuses a church's third registration with the church limit, and shows the church locked", async () => {
    const names = uniqueNames();
    for (const suffix of ['One', 'Two']) {
      const res = await register(legacyTeam(11, 256, { ...names, team: `${names.team} ${suffix}` }));
      expect(res.status).toBe(201);
    }
    const third = await register(legacyTeam(11, 256, { ...names, team: `${names.team} Three` }));
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({
      success: false,
      error_code: 'CHURCH_LIMIT_REACHED',
      // What the front-end looks for to offer another church.
      message: 'Maximum 2 teams already registered for this church',
    });

    const availability = await readResponse(await fetch(`${server.url}${PREFIX}/api/churches/availability`));
    expect(availability.status).toBe(200);
    expect(availability.headers.get('ratelimit-limit')).toBe('100000');
    expect(availability.body.churches).toContainEqual({
      church_name: names.church,
      team_count: 2,
      locked: true,
    });
    expect(availability.body.summary.locked_churches).toBeGreaterThanOrEqual(1);
  });

  it("names the player and the problem in the front-end's words, keeping the form's field names", async () => {
    const blank = legacyTeam(11);
    blank.fields.player_3_role = '';
    const res = await register(blank);
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toBe('Player 4: role is required');
    expect(res.body.details.field_errors).toEqual({ player_3_role: 'is required' });

    const wrong = legacyTeam(11);
    wrong.fields.player_3_role = 'Spinner';
    wrong.fields.captain_phone = '12345';
    delete wrong.fields.player_5_name;
    delete wrong.files.pastor_letter;
    const many = await register(wrong);
    expect(many.status).toBe(400);
    expect(many.body.details.field_errors).toEqual({
      captain_phone: 'must be exactly 10 digits',
      player_3_role: 'must be one of Batsman, Bowler, All-Rounder, Wicket-Keeper',
      player_5_name: 'is required',
      pastor_letter: 'is required',
    });
    for (const words of [
      'Captain phone must be exactly 10 digits',
      'Player 4: role must be one of Batsman, Bowler, All-Rounder, Wicket-Keeper',
      'Player 6: name is required',
      'Pastor letter is required',
    ]) {
      expect(many.body.message).toContain(words);
    }

    // An error of the multipart reader too: a file over its limit.
    const big = legacyTeam(11);
    big.files.player_2_aadhar_file = {
      bytes: png('big', 5 * 1024 * 1024 + 1),
      type: 'image/png',
      name: 'a.png',
    };
    const tooLarge = await register(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({
      error_code: 'FILE_TOO_LARGE',
      message: 'Player 3: Aadhar card must be at most 5 MB',
      details: { field_errors: { player_2_aadhar_file: 'must be at most 5 MB' } },
    });
  });

  it("takes a form without the captain's WhatsApp (optional in the front-end), and shows what its pages read", async () => {
    const team = legacyTeam(11);
    team.fields.captain_whatsapp = '';
    const res = await register(team);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const teamId = res.body.team_id as string;

    const detail = await admin(`/admin/teams/${teamId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data.team.captain).toEqual({
      name: 'Samuel Joseph',
      phone: '9876543210',
      email: 'captain@example.org',
      whatsapp: null,
    });
    expect(detail.body.data.team.viceCaptain.whatsapp).toBeNull();
    // The front-end's team page reads `playerId`, from this route too.
    const page = await admin(`/api/teams/${teamId}`);
    expect(page.status).toBe(200);
    expect(page.body.players[0]).toMatchObject({
      playerId: `${teamId}-P01`,
      player_id: `${teamId}-P01`,
    });
  });

  it('confirms and rejects from the legacy admin routes, and emails the captains', async () => {
    const confirmed = legacyTeam(11);
    confirmed.fields.captain_email = 'confirmed-captain@example.org';
    const rejected = legacyTeam(11);
    rejected.fields.captain_email = 'rejected-captain@example.org';
    const [a, b] = [await register(confirmed), await register(rejected)];
    expect([a.status, b.status]).toEqual([201, 201]);

    const confirm = await admin(`/admin/teams/${a.body.team_id}/confirm`, { method: 'PUT' });
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('cache-control')).toBe('no-store');
    expect(confirm.body).toMatchObject({
      success: true,
      team_id: a.body.team_id,
      registration_status: 'confirmed',
      email_notification: 'queued',
      data: { previous_status: 'pending', status: 'approved' },
    });
    // As the front-end sends it: a JSON content type and no body.
    const reject = await admin(`/admin/teams/${b.body.team_id}/reject`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reject.status).toBe(200);
    expect(reject.body).toMatchObject({
      registration_status: 'rejected',
      data: { status: 'rejected', reason: null },
    });

    const again = await admin(`/admin/teams/${a.body.team_id}/reject`, { method: 'PUT' });
    expect(again.status).toBe(409);
    expect(again.body.error_code).toBe('INVALID_STATUS_TRANSITION');

    const list = (await admin('/admin/teams')).body.data as any[];
    const statusOf = (id: string) => list.find((t) => t.teamId === id)?.registrationStatus;
    expect([statusOf(a.body.team_id), statusOf(b.body.team_id)]).toEqual(['confirmed', 'rejected']);
    const onlyConfirmed = (await admin('/admin/teams?status=confirmed')).body.data as any[];
    expect(onlyConfirmed.map((t) => t.teamId)).toContain(a.body.team_id);
    expect(onlyConfirmed.every((t) => t.registrationStatus === 'confirmed')).toBe(true);

    const mailTo = (address: string, subject: string) =>
      eventually(`an email "${subject}" to ${address}`, () =>
        server.sink.received.find((m) => m.recipients.includes(address) && m.mail.subject?.includes(subject)),
      );
    await mailTo('confirmed-captain@example.org', 'is approved');
    await mailTo('rejected-captain@example.org', 'was not approved');
  });

  it('refuses every legacy admin and team route without a valid key', async () => {
    const res = await register(legacyTeam(11));
    const id = res.body.team_id as string;
    const routes: [string, string][] = [
      ['GET', '/admin/teams'],
      ['GET', `/admin/teams/${id}`],
      ['PUT', `/admin/teams/${id}/confirm`],
      ['PUT', `/admin/teams/${id}/reject`],
      ['GET', '/api/teams'],
      ['GET', `/api/teams/${id}`],
    ];
    // Without a key on each, with a wrong one on two: under the 10 failures a minute that lock a client out.
    const attempts = [
      ...routes.map((route) => [route, {}] as const),
      ...routes.slice(0, 2).map((route) => [route, { 'X-API-Key': 'not-the-key-0123456789' }] as const),
    ];
    for (const [[method, path], headers] of attempts) {
      {
        const answer = await readResponse(await fetch(`${server.url}${PREFIX}${path}`, { method, headers }));
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(answer.body.error_code).toBe('UNAUTHORIZED');
        expect(answer.headers.get('cache-control'), `${method} ${path}`).toBe('no-store');
      }
    }
    // Nothing changed.
    expect((await admin(`/admin/teams/${id}`)).body.data.team.registrationStatus).toBe('pending');
  });

  it('takes a body over MAX_REQUEST_SIZE on the legacy registration only (LEGACY_MAX_REQUEST_SIZE)', async () => {
    const team = legacyTeam(15, 64 * 1024);
    const res = await register(team);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const native = await readResponse(
      await fetch(`${server.url}/api/registration`, {
        method: 'POST',
        body: formOf(legacyTeam(15, 64 * 1024)),
      }),
    );
    expect(native.status).toBe(413);
    expect(native.body.error_code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('LEGACY_API_PREFIX', () => {
  it('mounts the API under a path, or nowhere with none or off, and never over a native route', () => {
    expect(loadConfig({}).legacyApi).toEqual({ prefix: '/legacy', maxRequestBytes: 100 * 1024 * 1024 });
    expect(loadConfig({ LEGACY_API_PREFIX: '/fastapi/v1' }).legacyApi.prefix).toBe('/fastapi/v1');
    expect(loadConfig({ LEGACY_API_PREFIX: 'none' }).legacyApi.prefix).toBeUndefined();
    expect(loadConfig({ LEGACY_API_PREFIX: 'OFF' }).legacyApi.prefix).toBeUndefined();
    for (const prefix of ['legacy', '/legacy/', '/', '/api', '/Admin/old', '/a b', '/..', '/legacy//x']) {
      expect(() => loadConfig({ LEGACY_API_PREFIX: prefix }), prefix).toThrow(/LEGACY_API_PREFIX/);
    }
  });

  const server = useTestApp('pglite', { start: false });

  it('serves the legacy routes under the prefix given, and none when it is off', async () => {
    const moved = await server.start({ LEGACY_API_PREFIX: '/fastapi' });
    const routes = servedRoutes(moved.app);
    expect(routes).toContain('POST /fastapi/api/register/team');
    expect(routes).toContain('PUT /fastapi/admin/teams/{team_id}/confirm');
    expect(routes.filter((r) => r.includes('/legacy/'))).toEqual([]);
    const off = await server.start({ LEGACY_API_PREFIX: 'off' });
    expect(servedRoutes(off.app).filter((r) => /register\/team|churches|confirm/.test(r))).toEqual([]);
  });
});
