import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { teamFiles, teams } from '../src/database/schema.js';
import { parseCsv } from './support/admin-seed.js';
import { captainRequest, editForm, tokenFromEmail } from './support/captain-link.js';
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
  withDocuments,
  type FormFields,
} from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

const KEY = 'documents-admin-key-0123456789';
/** What the test apps write links to (API_URL in test-app.ts). */
const PUBLIC_BASE = 'http://uploads.test';

/** Requests a suite makes of its app: registering with documents, the captain's link, the admin API. */
function client(server: TestApp) {
  const admin = async (path: string, method = 'GET') => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ reason: 'checked' }) : undefined,
    });
    const text = await res.text();
    return { status: res.status, text, body: text.startsWith('{') ? JSON.parse(text) : undefined };
  };
  return {
    admin,
    registerWith: async (documents: Record<string, Buffer>, fields: FormFields = validFields()) => {
      const res = await register(server.url, withDocuments(registrationForm(fields), documents));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const teamId = res.body.team_id as string;
      return { teamId, token: await tokenFromEmail(server.database, teamId) };
    },
    detail: async (teamId: string) => {
      const res = await admin(`/admin/teams/${teamId}`);
      expect(res.status, res.text).toBe(200);
      return res.body.data;
    },
    /** A link as the server wrote it (API_URL), fetched from the test server: its bytes. */
    open: async (link: string) => {
      const res = await fetch(link.replace(PUBLIC_BASE, server.url));
      expect(res.status, link).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    },
    teamUuid: async (teamId: string) =>
      (await server.database.db.select().from(teams).where(eq(teams.teamId, teamId)))[0]!.id,
    /** The names of the team's private files on the local disk. */
    privateFiles: async (uuid: string) =>
      (await readdir(join(server.dataDir, 'private', 'teams', uuid)).catch(() => [])).sort(),
  };
}

const documentOf = (list: any[], kind: string) => list.find((d) => d.kind === kind);

describe.each(databaseTargets())('documents with the default REQUIRED_DOCUMENTS on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: KEY, MAX_TEAMS_PER_CHURCH: '50' } });
  const { admin, registerWith, detail, open, teamUuid, privateFiles } = client(server);

  it('accepts every other document as optional, and lists each with its state, for the admin and the captain', async () => {
    const letter = pdfBytes();
    const idProof = jpegBytes(700);
    const { teamId, token } = await registerWith({ pastor_letter: letter, 'players[0].id_proof': idProof });

    const team = await detail(teamId);
    expect(team.documents.map((d: any) => [d.kind, d.state])).toEqual([
      ['logo', 'uploaded'],
      ['payment_receipt', 'not_sent'],
      ['pastor_letter', 'uploaded'],
      ['group_photo', 'not_sent'],
    ]);
    expect(documentOf(team.documents, 'pastor_letter')).toMatchObject({
      field: 'pastor_letter',
      label: "Pastor's letter",
      required: true, // LEGACY_REQUIRED_DOCUMENTS' default: what the tournament expects of every team
      content_type: 'application/pdf',
      size_bytes: letter.length,
      uploaded_at: expect.any(String),
    });
    expect(documentOf(team.documents, 'group_photo')).toMatchObject({
      required: false,
      url: null,
      content_type: null,
      size_bytes: null,
    });
    expect(await open(documentOf(team.documents, 'pastor_letter').url)).toEqual(letter);
    expect(team.players[0].documents).toEqual([
      expect.objectContaining({ kind: 'id_proof', field: 'players[0].id_proof', state: 'uploaded' }),
      expect.objectContaining({ kind: 'consent_form', field: 'players[0].consent_form', state: 'not_sent' }),
    ]);
    expect(await open(team.players[0].documents[0].url)).toEqual(idProof);
    expect(team.players[1].documents.map((d: any) => d.state)).toEqual(['not_sent', 'not_sent']);
    // `files` keeps its meaning for older clients: the team's own files that were sent.
    expect(team.files.map((f: any) => f.kind)).toEqual(['logo', 'pastor_letter']);

    const captain = await captainRequest(server.url, teamId, token);
    expect(captain.status).toBe(200);
    expect(captain.body.data.documents.map((d: any) => d.state)).toEqual(
      team.documents.map((d: any) => d.state),
    );
    expect(await open(captain.body.data.players[0].documents[0].url)).toEqual(idProof);
  });

  it('shows a required document not sent as missing', async () => {
    const { teamId } = await registerWith({});
    const team = await detail(teamId);
    expect(documentOf(team.documents, 'pastor_letter')).toMatchObject({
      state: 'missing',
      required: true,
      url: null,
    });
  });

  it('refuses a document of the wrong type, naming its field', async () => {
    const res = await register(
      server.url,
      withDocuments(registrationForm(), { 'players[2].consent_form': gifBytes(), group_photo: pdfBytes() }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details.field_errors).toEqual({
      'players[2].consent_form': 'must be a PNG, JPEG or PDF file',
    });
  });

  it("replaces a player's document through the captain's link: the old file deleted, the new one served", async () => {
    const first = pngBytes(300);
    const { teamId, token } = await registerWith({ 'players[3].id_proof': first });
    const uuid = await teamUuid(teamId);
    const before = await privateFiles(uuid);
    expect(before).toEqual(['player-3-id_proof.png']);

    const second = pdfBytes();
    const res = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: withDocuments(editForm({}), { 'players[3].id_proof': second }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const proof = res.body.data.players[3].documents[0];
    expect(proof).toMatchObject({ kind: 'id_proof', state: 'uploaded', content_type: 'application/pdf' });
    expect(await open(proof.url)).toEqual(second);
    expect(res.body.data.changes).toEqual([{ fields: ['players[3].id_proof'], at: expect.any(String) }]);
    const after = await privateFiles(uuid);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/^player-3-id_proof-[0-9a-f]{8}\.pdf$/);
  });

  it("refuses a player's document for a position past the roster after the edit", async () => {
    const { teamId, token } = await registerWith({});
    const uuid = await teamUuid(teamId);
    const refused = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: withDocuments(editForm({}), { 'players[11].id_proof': pngBytes() }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details.field_errors).toEqual({ 'players[11].id_proof': 'there is no player 12' });
    expect(await privateFiles(uuid)).toEqual([]);

    // With a twelfth player in the same edit, the document has its player.
    const accepted = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: withDocuments(editForm({ players: JSON.stringify(players(12)) }), {
        'players[11].id_proof': pngBytes(),
      }),
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.data.players[11].documents[0].state).toBe('uploaded');
  });

  it('deletes the documents of the players a shorter roster leaves out', async () => {
    const { teamId, token } = await registerWith(
      {
        'players[10].id_proof': pngBytes(),
        'players[11].consent_form': pdfBytes(),
        'players[12].id_proof': pngBytes(),
      },
      validFields({ players: JSON.stringify(players(13)) }),
    );
    const uuid = await teamUuid(teamId);
    expect(await privateFiles(uuid)).toHaveLength(3);

    const res = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({ players: JSON.stringify(players(11)) }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.players).toHaveLength(11);
    expect(res.body.data.players[10].documents[0].state).toBe('uploaded');
    const rows = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, uuid));
    expect(rows.map((r) => [r.kind, r.playerPosition]).sort()).toEqual([
      ['id_proof', 10],
      ['logo', -1],
    ]);
    expect(await privateFiles(uuid)).toEqual(['player-10-id_proof.png']);
  });

  it("keeps each player's documents with that player when the roster changes: a removed player's go, the others move with theirs", async () => {
    const roster = players(12);
    const { teamId, token } = await registerWith(
      {
        'players[1].id_proof': pngBytes(),
        'players[2].id_proof': pngBytes(),
        'players[3].consent_form': pdfBytes(),
        'players[5].id_proof': jpegBytes(),
      },
      validFields({ players: JSON.stringify(roster) }),
    );
    const uuid = await teamUuid(teamId);
    const rowsOf = async () =>
      (await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, uuid)))
        .filter((r) => r.playerPosition >= 0)
        .map((r) => [r.playerPosition, r.kind, r.publicId])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    const before = await rowsOf();

    // The third player (position 2) leaves, the sixth is now listed first (names re-cased, as captains do).
    const edited = [roster[5]!, ...roster.slice(0, 2), ...roster.slice(3, 5), ...roster.slice(6)].map(
      (p, i) => (i === 0 ? { ...p, name: p.name.toUpperCase() } : p),
    );
    const res = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({ players: JSON.stringify(edited) }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    const idOf = (position: number, kind: string) =>
      before.find(([p, k]) => p === position && k === kind)![2];
    expect(await rowsOf()).toEqual([
      [0, 'id_proof', idOf(5, 'id_proof')],
      [2, 'id_proof', idOf(1, 'id_proof')],
      [3, 'consent_form', idOf(3, 'consent_form')],
    ]);
    const shown = res.body.data.players.map((p: any) => [
      p.name,
      p.documents.filter((d: any) => d.state === 'uploaded').map((d: any) => d.kind),
    ]);
    expect(shown.slice(0, 4)).toEqual([
      [roster[5]!.name.toUpperCase(), ['id_proof']],
      [roster[0]!.name, []],
      [roster[1]!.name, ['id_proof']],
      [roster[3]!.name, ['consent_form']],
    ]);
    // The removed player's ID proof is deleted from storage; the others are where they were.
    expect(await privateFiles(uuid)).toEqual(
      ['player-1-id_proof.png', 'player-3-consent_form.pdf', 'player-5-id_proof.jpg'].sort(),
    );
  });

  it('counts the missing documents in the stats and lists them, with document links, in the CSV export', async () => {
    const stats = async () => (await admin('/admin/stats')).body.data.documents;
    const before = await stats();
    expect(before.expected).toEqual(['logo', 'pastor_letter']);

    const complete = await registerWith({
      pastor_letter: pdfBytes(),
      'players[1].consent_form': jpegBytes(),
    });
    const lacking = await registerWith({});
    const rejected = await registerWith({});
    expect((await admin(`/admin/teams/${rejected.teamId}/reject`, 'POST')).status).toBe(200);

    const after = await stats();
    // Teams still in the running: the rejected team is not counted.
    expect(after.teams_missing_documents).toBe(before.teams_missing_documents + 1);
    expect(after.missing_by_kind).toEqual({
      ...before.missing_by_kind,
      pastor_letter: before.missing_by_kind.pastor_letter + 1,
    });

    const csv = await admin('/admin/teams/export.csv');
    expect(csv.status).toBe(200);
    const [header, ...records] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const cell = (record: string[], column: string) => record[header!.indexOf(column)]!;
    const recordsOf = (teamId: string) => records.filter((r) => cell(r, 'team_id') === teamId);
    expect(recordsOf(complete.teamId).map((r) => cell(r, 'missing_documents'))).toEqual(Array(11).fill(''));
    expect(recordsOf(lacking.teamId).map((r) => cell(r, 'missing_documents'))).toEqual(
      Array(11).fill('pastor_letter'),
    );
    const [first, second] = recordsOf(complete.teamId);
    expect(await open(cell(first!, 'pastor_letter_url'))).toEqual(pdfBytes());
    expect(cell(first!, 'group_photo_url')).toBe('');
    expect(cell(first!, 'player_consent_form_url')).toBe('');
    expect(await open(cell(second!, 'player_consent_form_url'))).toEqual(jpegBytes());
  });
});

describe.each(databaseTargets())(
  'documents with REQUIRED_DOCUMENTS=pastor_letter,id_proof on %s',
  (target) => {
    const server = useTestApp(target, {
      env: { ADMIN_API_KEYS: KEY, REQUIRED_DOCUMENTS: 'pastor_letter,id_proof' },
    });
    const { admin, registerWith, detail } = client(server);

    it("refuses a registration without them, naming the team's field and each player's", async () => {
      const res = await register(
        server.url,
        withDocuments(registrationForm(validFields(), { logo: null }), { 'players[4].id_proof': pngBytes() }),
      );
      expect(res.status).toBe(400);
      const expected = Object.fromEntries(
        [...Array(11).keys()].filter((i) => i !== 4).map((i) => [`players[${i}].id_proof`, 'is required']),
      );
      // The logo is no longer required: REQUIRED_DOCUMENTS replaces the default.
      expect(res.body.details.field_errors).toEqual({ pastor_letter: 'is required', ...expected });
    });

    it('registers a team that sends them, and shows them required', async () => {
      const ids = Object.fromEntries(
        [...Array(11).keys()].map((i) => [`players[${i}].id_proof`, pngBytes()]),
      );
      const { teamId } = await registerWith({ pastor_letter: pdfBytes(), ...ids });
      const team = await detail(teamId);
      expect(documentOf(team.documents, 'pastor_letter')).toMatchObject({
        required: true,
        state: 'uploaded',
      });
      expect(documentOf(team.documents, 'logo')).toMatchObject({ required: false, state: 'uploaded' });
      expect(team.players.map((p: any) => documentOf(p.documents, 'id_proof').required)).toEqual(
        Array(11).fill(true),
      );
      const stats = (await admin('/admin/stats')).body.data.documents;
      expect(stats.expected).toEqual(['pastor_letter', 'id_proof']);
    });
  },
);
