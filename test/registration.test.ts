import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { players as playersTable, teamFiles, teams } from '../src/database/schema.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import {
  gifBytes,
  jpegBytes,
  pdfBytes,
  players,
  pngBytes,
  register,
  registrationForm,
  validFields,
} from './support/fixtures.js';

describe.each(databaseTargets())('POST /api/registration on %s', (target) => {
  const server = useTestApp(target);

  const fieldErrorsOf = async (fields: Record<string, string | undefined>, files = {}) => {
    const res = await register(server.url, registrationForm(validFields(fields), files));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toMatchObject({ success: false, error_code: 'VALIDATION_FAILED' });
    return res.body.details.field_errors as Record<string, string>;
  };

  it('registers a team whole: 200, ICCT-001, the team, every player and the logo reference saved', async () => {
    const fields = validFields();
    const res = await register(server.url, registrationForm(fields));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      success: true,
      team_id: 'ICCT-001',
      message: 'Team registered successfully',
    });

    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, 'ICCT-001'));
    expect(team).toMatchObject({
      teamName: fields.team_name,
      churchName: fields.church_name,
      status: 'pending',
    });
    const saved = await server.database.db
      .select()
      .from(playersTable)
      .where(eq(playersTable.teamUuid, team!.id));
    expect(saved).toHaveLength(11);
    const [logo] = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(logo).toMatchObject({ kind: 'logo', state: 'uploaded', contentType: 'image/png' });
    expect(logo!.url).toBe(`http://uploads.test/uploads/${logo!.publicId}`);
    expect(logo!.publicId).toBe(`teams/${team!.id}/logo.png`);
  });

  it('serves a locally stored logo read-only under /uploads', async () => {
    const logo = pngBytes(1234);
    const res = await register(server.url, registrationForm(validFields(), { logo: { bytes: logo } }));
    expect(res.status).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    const [file] = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    const served = await fetch(`${server.url}/uploads/${file!.publicId}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(logo);
    expect(await readFile(`${server.dataDir}/uploads/${file!.publicId}`)).toEqual(logo);
    const put = await fetch(`${server.url}/uploads/${file!.publicId}`, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(404);
  });

  it('accepts real names in any script, trims them and collapses inner whitespace', async () => {
    const fields = validFields();
    const res = await register(
      server.url,
      registrationForm({
        ...fields,
        team_name: `  ${fields.team_name!.replace(' ', '   ')} 11 `,
        captain_name: "Seán O'Brien-Ñúñez (Jr.)",
        coach_name: 'ஜோசப் குமார்',
        vice_captain_name: 'राहुल & Co.',
        vice_captain_phone: '9123456780',
        vice_captain_email: 'vice@example.org',
        vice_captain_whatsapp: '9123456781',
        players: JSON.stringify(
          players(11).map((p, i) => (i === 0 ? { ...p, name: 'Zoë  Müller', role: 'all-rounder' } : p)),
        ),
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    expect(team!.teamName).toBe(`${fields.team_name} 11`);
    expect(team!.coachName).toBe('ஜோசப் குமார்');
    expect(team!.viceCaptainEmail).toBe('vice@example.org');
    const [first] = await server.database.db
      .select()
      .from(playersTable)
      .where(eq(playersTable.teamUuid, team!.id))
      .limit(1);
    expect(first).toMatchObject({ name: 'Zoë Müller', role: 'All-Rounder' });
  });

  it.each([
    ['team_name', 'ab', 'must be 3-80 characters'],
    ['team_name', 'T'.repeat(81), 'must be 3-80 characters'],
    ['team_name', '<b>Lions</b>', 'contains characters that are not allowed'],
    ['team_name', 'Lions\u0007Pride', 'contains characters that are not allowed'],
    ['church_name', 'St', 'must be 3-80 characters'],
    ['church_name', 'St. Mary; DROP TABLE', 'contains characters that are not allowed'],
    ['captain_name', 'John 3', 'contains characters that are not allowed'],
    ['captain_name', 'J'.repeat(51), 'must be 3-50 characters'],
    ['captain_name', '...', 'must contain letters'],
    ['captain_phone', '12345', 'must be exactly 10 digits'],
    ['captain_phone', '98765432101', 'must be exactly 10 digits'],
    ['captain_phone', '98765-4321', 'must be exactly 10 digits'],
    ['captain_email', 'not-an-email', 'must be a valid email address'],
    ['captain_whatsapp', 'abcdefghij', 'must be exactly 10 digits'],
    ['coach_name', 'Al', 'must be 3-50 characters'],
    ['vice_captain_email', 'vice@', 'must be a valid email address'],
    ['vice_captain_phone', '123', 'must be exactly 10 digits'],
    ['vice_captain_name', '<script>', 'contains characters that are not allowed'],
  ])('rejects %s = %j', async (field, value, message) => {
    const errors = await fieldErrorsOf({ [field]: value });
    expect(errors).toEqual({ [field]: message });
  });

  it.each([
    ['missing', undefined, 'players', 'is required'],
    ['not JSON', '[{"name":', 'players', 'must be valid JSON'],
    ['not an array', '{"name":"x"}', 'players', 'must be a JSON array of 11-15 players'],
    ['10 players', JSON.stringify(players(10)), 'players', 'must have 11-15 players'],
    ['16 players', JSON.stringify(players(16)), 'players', 'must have 11-15 players'],
  ])('rejects players: %s', async (_label, value, field, message) => {
    const errors = await fieldErrorsOf({ players: value });
    expect(errors[field]).toBe(message);
  });

  it('accepts 15 players and role names in any case', async () => {
    const list = players(15).map((p, i) => ({
      ...p,
      role: i % 2 ? p.role.toUpperCase() : p.role.toLowerCase(),
    }));
    const res = await register(server.url, registrationForm(validFields({ players: JSON.stringify(list) })));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.player_count).toBe(15);
  });

  it('names each bad player field by its index, all at once', async () => {
    const list: unknown[] = players(12);
    list[3] = { name: 'X', role: 'Batsman', phone: '9000000003' };
    list[5] = { name: 'Valid Name', role: 'Spinner', phone: '12' };
    list[7] = 'not an object';
    const errors = await fieldErrorsOf({ players: JSON.stringify(list) });
    expect(errors).toEqual({
      'players[3].name': 'must be 3-50 characters',
      'players[5].role': 'must be one of Batsman, Bowler, All-Rounder, Wicket-Keeper',
      'players[5].phone': 'must be exactly 10 digits',
      'players[7]': 'must be an object',
    });
  });

  it('reports every bad field at once, files included', async () => {
    const errors = await fieldErrorsOf(
      { team_name: 'x', captain_email: 'nope', captain_phone: '1', coach_name: undefined },
      { logo: { bytes: gifBytes(), filename: 'logo.png', type: 'image/png' } },
    );
    expect(Object.keys(errors).sort()).toEqual([
      'captain_email',
      'captain_phone',
      'coach_name',
      'logo',
      'team_name',
    ]);
    expect(errors.coach_name).toBe('is required');
  });

  it.each([
    [
      'a text file named .png',
      { bytes: Buffer.from('just some text, honest'), filename: 'logo.png', type: 'image/png' },
    ],
    ['a GIF', { bytes: gifBytes(), filename: 'logo.gif', type: 'image/gif' }],
    ['a PDF', { bytes: pdfBytes(), filename: 'logo.pdf', type: 'application/pdf' }],
    ['an empty file', { bytes: Buffer.alloc(0), filename: 'logo.png', type: 'image/png' }],
  ])('rejects a logo that is %s', async (_label, logo) => {
    const errors = await fieldErrorsOf({}, { logo });
    expect(errors).toEqual({ logo: 'must be a PNG or JPEG image' });
  });

  it('requires a logo', async () => {
    expect(await fieldErrorsOf({}, { logo: null })).toEqual({ logo: 'is required' });
  });

  it('accepts a JPEG logo whatever its name, and a PDF payment receipt', async () => {
    const res = await register(
      server.url,
      registrationForm(validFields(), {
        logo: { bytes: jpegBytes(), filename: 'photo.txt', type: 'text/plain' },
        payment_receipt: { bytes: pdfBytes(), filename: 'receipt.bin', type: 'application/octet-stream' },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    const files = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(files.map((f) => [f.kind, f.contentType]).sort()).toEqual([
      ['logo', 'image/jpeg'],
      ['payment_receipt', 'application/pdf'],
    ]);
  });

  it('rejects a payment receipt that is not PNG, JPEG or PDF', async () => {
    const errors = await fieldErrorsOf({}, { payment_receipt: { bytes: gifBytes(), filename: 'r.pdf' } });
    expect(errors).toEqual({ payment_receipt: 'must be a PNG, JPEG or PDF file' });
  });

  it('answers 413 FILE_TOO_LARGE for a 6 MB PNG, and saves nothing', async () => {
    const before = await server.database.db.$count(teams);
    const res = await register(
      server.url,
      registrationForm(validFields(), { logo: { bytes: pngBytes(6 * 1024 * 1024) } }),
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      success: false,
      error_code: 'FILE_TOO_LARGE',
      details: { field_errors: { logo: 'must be at most 5 MB' } },
    });
    expect(await server.database.db.$count(teams)).toBe(before);
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE for a body that is not multipart', async () => {
    const res = await fetch(`${server.url}/api/registration`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validFields()),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ success: false, error_code: 'UNSUPPORTED_MEDIA_TYPE' });
    // A Content-Type that is no media type at all is refused by the router itself, in the envelope too.
    const garbled = await fetch(`${server.url}/api/registration`, {
      method: 'POST',
      headers: { 'content-type': 'foo' },
      body: 'x',
    });
    expect(garbled.status).toBe(415);
    expect(await garbled.json()).toMatchObject({ success: false, error_code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('refuses a second team of the same name, compared case-insensitively and whitespace-normalised', async () => {
    const fields = validFields();
    expect((await register(server.url, registrationForm(fields))).status).toBe(200);
    const again = await register(
      server.url,
      registrationForm(
        validFields({ team_name: `  ${fields.team_name!.toLowerCase().replace(' ', '    ')}  ` }),
      ),
    );
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, error_code: 'DUPLICATE_TEAM' });
  });

  it('refuses a third team for one church (MAX_TEAMS_PER_CHURCH=2), however the name is spelled', async () => {
    const church = validFields().church_name!;
    for (const spelling of [church, church.toUpperCase()]) {
      const res = await register(server.url, registrationForm(validFields({ church_name: spelling })));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const third = await register(
      server.url,
      registrationForm(validFields({ church_name: ` ${church.toLowerCase()} ` })),
    );
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ success: false, error_code: 'CHURCH_LIMIT_REACHED' });
  });

  it('uses up no team number for a rejected registration: IDs stay gapless', async () => {
    const first = await register(server.url, registrationForm(validFields()));
    const failed = await register(server.url, registrationForm(validFields({ captain_email: 'bad' })));
    const conflict = await register(
      server.url,
      registrationForm(validFields({ team_name: first.body.team_name })),
    );
    const next = await register(server.url, registrationForm(validFields()));
    expect([failed.status, conflict.status]).toEqual([400, 409]);
    const number = (id: string) => Number(id.split('-')[1]);
    expect(number(next.body.team_id)).toBe(number(first.body.team_id) + 1);
  });

  it('puts the request id in every error body and echoes it as X-Request-Id', async () => {
    const res = await register(server.url, registrationForm(validFields({ team_name: 'x' })), {
      'X-Request-Id': 'client-chosen-id-123',
    });
    expect(res.headers.get('x-request-id')).toBe('client-chosen-id-123');
    expect(res.body.request_id).toBe('client-chosen-id-123');
    const unknown = await fetch(`${server.url}/api/nowhere`, { headers: { 'X-Request-Id': '<script>' } });
    const body = (await unknown.json()) as Record<string, unknown>;
    expect(unknown.status).toBe(404);
    expect(body).toEqual({
      success: false,
      error_code: 'NOT_FOUND',
      message: expect.any(String),
      request_id: unknown.headers.get('x-request-id'),
    });
    expect(body.request_id).not.toBe('<script>');
  });

  it('is refused by the database itself if it would commit a team without its number', async () => {
    const fields = validFields();
    const unnumbered = server.database.db.insert(teams).values({
      teamName: fields.team_name!,
      teamNameKey: fields.team_name!.toLowerCase(),
      churchName: fields.church_name!,
      churchKey: fields.church_name!.toLowerCase(),
      captainName: 'Samuel Joseph',
      captainPhone: '9876543210',
      captainEmail: 'captain@example.org',
      captainWhatsapp: '9876543211',
      coachName: 'Coach Mathew',
      playerCount: 11,
    });
    await expect(unnumbered).rejects.toThrow();
    expect(await server.database.db.$count(teams, eq(teams.teamName, fields.team_name!))).toBe(0);
  });
});
