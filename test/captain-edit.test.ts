import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  outboxEmails,
  players as playersTable,
  teamEdits,
  teamFiles,
  teams,
} from '../src/database/schema.js';
import { useTestApp } from './support/test-app.js';
import { captainRequest, editForm, registerWithLink } from './support/captain-link.js';
import { databaseTargets } from './support/databases.js';
import {
  gifBytes,
  pdfBytes,
  players,
  pngBytes,
  validFields,
  type FormFields,
  type FormFiles,
} from './support/fixtures.js';

const KEY = 'captain-edit-admin-key-0123456789';

/** Some names differently cased and spaced: the same name key as `name`. */
const respaced = (name: string) => `  ${name.toLowerCase().split(' ').join('   ')}  `;

describe.each(databaseTargets())('PATCH /api/registration/:team_id (captain edit) on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: KEY } });

  const registerTeam = (fields: FormFields = validFields(), files: FormFiles = {}) =>
    registerWithLink(server.url, server.database, fields, files);
  const edit = (
    teamId: string,
    token: string | undefined,
    fields: FormFields,
    files: FormFiles = {},
    headers: Record<string, string> = {},
  ) => captainRequest(server.url, teamId, token, { method: 'PATCH', body: editForm(fields, files), headers });
  const view = (teamId: string, token: string) => captainRequest(server.url, teamId, token);

  const teamRow = async (teamId: string) => {
    const [row] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
    if (!row) throw new Error(`no team ${teamId}`);
    return row;
  };
  const playerRows = (uuid: string) =>
    server.database.db
      .select()
      .from(playersTable)
      .where(eq(playersTable.teamUuid, uuid))
      .orderBy(asc(playersTable.position));
  const fileRows = (uuid: string) =>
    server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, uuid)).orderBy(teamFiles.kind);
  const editRows = (uuid: string) =>
    server.database.db.select().from(teamEdits).where(eq(teamEdits.teamUuid, uuid));
  /** The team's row, players, file references and edit history: what "nothing changed" compares. */
  const snapshot = async (teamId: string) => {
    const team = await teamRow(teamId);
    return {
      team,
      players: await playerRows(team.id),
      files: await fileRows(team.id),
      edits: await editRows(team.id),
      stored: await storedFiles(team.id),
    };
  };
  /** The file names under the team's folder in local storage. */
  const storedFiles = async (uuid: string) =>
    (await readdir(`${server.dataDir}/uploads/teams/${uuid}`).catch(() => [] as string[])).sort();
  const onDisk = (publicId: string) => `${server.dataDir}/uploads/${publicId}`;
  const exists = (path: string) =>
    stat(path).then(
      () => true,
      () => false,
    );

  const approve = async (teamId: string) => {
    const res = await fetch(`${server.url}/admin/teams/${teamId}/approve`, {
      method: 'POST',
      headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  const expectOk = (res: { status: number; body: any }) => {
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.success).toBe(true);
  };
  const expectError = (res: { status: number; body: any }, status: number, code: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toMatchObject({ success: false, error_code: code });
  };

  describe('changing fields', () => {
    it('changes only the fields sent, in the view and the database, and records their names once', async () => {
      const { teamId, token } = await registerTeam();
      const before = await view(teamId, token);
      expectOk(before);
      const rowBefore = await teamRow(teamId);
      const playersBefore = await playerRows(rowBefore.id);

      const res = await edit(teamId, token, { captain_phone: ' 9123456780 ', coach_name: 'Coach  Thomas' });
      expectOk(res);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const data = res.body.data;
      expect(data.captain.phone).toBe('9123456780');
      expect(data.coach).toEqual({ name: 'Coach Thomas' });
      expect(data.changes).toEqual([{ fields: expect.any(Array), at: expect.any(String) }]);
      expect([...data.changes[0].fields].sort()).toEqual(['captain_phone', 'coach_name']);
      expect(Number.isNaN(Date.parse(data.changes[0].at))).toBe(false);
      // Everything else is as it was.
      const { changes: _c, updated_at: _u, captain, coach: _k, ...rest } = data;
      const {
        changes: _c0,
        updated_at: _u0,
        captain: captainBefore,
        coach: _k0,
        ...restBefore
      } = before.body.data;
      expect(rest).toEqual(restBefore);
      expect(captain).toEqual({ ...captainBefore, phone: '9123456780' });
      expect(before.body.data.changes).toEqual([]);

      const rowAfter = await teamRow(teamId);
      expect(rowAfter).toEqual({
        ...rowBefore,
        captainPhone: '9123456780',
        coachName: 'Coach Thomas',
        updatedAt: expect.any(Date),
      });
      expect(rowAfter.updatedAt.getTime()).toBeGreaterThanOrEqual(rowBefore.updatedAt.getTime());
      expect(await playerRows(rowBefore.id)).toEqual(playersBefore);
      const edits = await editRows(rowBefore.id);
      expect(edits).toHaveLength(1);
      expect(edits[0]!.actor).toBe('captain');
      expect([...edits[0]!.fields].sort()).toEqual(['captain_phone', 'coach_name']);

      // The link shows the same as the edit answered.
      const after = await view(teamId, token);
      expect(after.body).toEqual(res.body);
    });

    it('replaces the whole players list when players is sent, and updates player_count', async () => {
      const { teamId, token } = await registerTeam();
      const uuid = (await teamRow(teamId)).id;
      expect(await playerRows(uuid)).toHaveLength(11);
      const roster = players(13, 'Newcomer');

      const res = await edit(teamId, token, { players: JSON.stringify(roster) });
      expectOk(res);
      expect(res.body.data.player_count).toBe(13);
      expect(res.body.data.players).toEqual(
        roster.map((p, i) => ({ position: i + 1, ...p, documents: expect.any(Array) })),
      );
      expect([...res.body.data.changes[0].fields]).toEqual(['players']);
      expect((await teamRow(teamId)).playerCount).toBe(13);
      const saved = await playerRows(uuid);
      expect(
        saved.map((p) => ({ position: p.position, name: p.name, role: p.role, phone: p.phone })),
      ).toEqual(roster.map((p, i) => ({ position: i, ...p })));

      // And a shorter list leaves no old players behind.
      const shorter = players(11, 'Final');
      expectOk(await edit(teamId, token, { players: JSON.stringify(shorter) }));
      expect((await playerRows(uuid)).map((p) => p.name)).toEqual(shorter.map((p) => p.name));
      expect((await teamRow(teamId)).playerCount).toBe(11);
      expect(await editRows(uuid)).toHaveLength(2);
    });

    it('clears the vice-captain with blank vice_captain_* fields, and can set one again', async () => {
      const { teamId, token } = await registerTeam(
        validFields({
          vice_captain_name: 'Daniel Raj',
          vice_captain_phone: '9000000099',
          vice_captain_email: 'vice@example.org',
          vice_captain_whatsapp: '9000000098',
        }),
      );
      const before = await view(teamId, token);
      expect(before.body.data.vice_captain).toEqual({
        name: 'Daniel Raj',
        phone: '9000000099',
        email: 'vice@example.org',
        whatsapp: '9000000098',
      });

      const res = await edit(teamId, token, {
        vice_captain_name: '',
        vice_captain_phone: ' ',
        vice_captain_email: '',
        vice_captain_whatsapp: '',
      });
      expectOk(res);
      expect(res.body.data.vice_captain).toBeNull();
      expect([...res.body.data.changes[0].fields].sort()).toEqual([
        'vice_captain_email',
        'vice_captain_name',
        'vice_captain_phone',
        'vice_captain_whatsapp',
      ]);
      expect(await teamRow(teamId)).toMatchObject({
        viceCaptainName: null,
        viceCaptainPhone: null,
        viceCaptainEmail: null,
        viceCaptainWhatsapp: null,
        captainName: 'Samuel Joseph',
      });

      const again = await edit(teamId, token, {
        vice_captain_name: 'Ruth Mary',
        vice_captain_phone: '9000000097',
      });
      expectOk(again);
      expect(again.body.data.vice_captain).toEqual({
        name: 'Ruth Mary',
        phone: '9000000097',
        email: null,
        whatsapp: null,
      });
    });

    // Blanking only the name makes the view say "no vice-captain"; the emails must agree with it
    // and not keep sending copies to an address the captain can no longer see.
    it('after the vice-captain name is cleared, emails are copied only to the vice-captain the view shows', async () => {
      const { teamId, token } = await registerTeam(
        validFields({ vice_captain_name: 'Daniel Raj', vice_captain_email: 'old.vice@example.org' }),
      );
      const res = await edit(teamId, token, { vice_captain_name: '' });
      expectOk(res);
      const shown = res.body.data.vice_captain as { email: string | null } | null;

      expectOk(await captainRequest(server.url, teamId, token, { method: 'POST', path: '/withdraw' }));
      const uuid = (await teamRow(teamId)).id;
      const [email] = await server.database.db
        .select({ cc: outboxEmails.ccAddresses })
        .from(outboxEmails)
        .where(and(eq(outboxEmails.teamUuid, uuid), eq(outboxEmails.kind, 'team_withdrawn')));
      expect(email, 'no withdrawal email').toBeDefined();
      expect(email!.cc).toEqual(shown?.email ? [shown.email] : []);
    });
  });

  describe('validation', () => {
    it('reports every bad field at once and changes nothing', async () => {
      const { teamId, token } = await registerTeam();
      const before = await snapshot(teamId);

      const res = await edit(
        teamId,
        token,
        { captain_phone: '12345', players: JSON.stringify(players(5)), coach_name: 'Coach Valid' },
        { logo: { bytes: gifBytes(), filename: 'logo.gif', type: 'image/gif' } },
      );
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details.field_errors).toEqual({
        captain_phone: expect.any(String),
        players: expect.any(String),
        logo: expect.any(String),
      });
      expect(await snapshot(teamId)).toEqual(before);
    });

    it('refuses a blank required field (only vice-captain fields clear)', async () => {
      const { teamId, token } = await registerTeam();
      const before = await snapshot(teamId);
      const res = await edit(teamId, token, { coach_name: '', team_name: '   ' });
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(Object.keys(res.body.details.field_errors).sort()).toEqual(['coach_name', 'team_name']);
      expect(await snapshot(teamId)).toEqual(before);
    });

    it('refuses an empty edit (nothing sent, or only unknown fields) with field_errors.body', async () => {
      const { teamId, token } = await registerTeam();
      const before = await snapshot(teamId);
      for (const fields of [{}, { favourite_colour: 'blue' }]) {
        const res = await edit(teamId, token, fields);
        expectError(res, 400, 'VALIDATION_FAILED');
        expect(res.body.details.field_errors).toEqual({ body: expect.any(String) });
      }
      expect(await snapshot(teamId)).toEqual(before);
    });
  });

  describe('the registration rules', () => {
    it("refuses another team's name (any case and spacing) with 409 DUPLICATE_TEAM, allows its own re-cased", async () => {
      const other = validFields();
      await registerTeam(other);
      const mine = validFields();
      const { teamId, token } = await registerTeam(mine);
      const before = await snapshot(teamId);

      const res = await edit(teamId, token, {
        team_name: respaced(other.team_name!),
        coach_name: 'Coach Other',
      });
      expectError(res, 409, 'DUPLICATE_TEAM');
      expect(await snapshot(teamId)).toEqual(before);

      const recased = mine.team_name!.toUpperCase();
      expect(recased).not.toBe(mine.team_name);
      const ok = await edit(teamId, token, { team_name: recased });
      expectOk(ok);
      expect(ok.body.data.team_name).toBe(recased);
      expect(await teamRow(teamId)).toMatchObject({
        teamName: recased,
        teamNameKey: before.team.teamNameKey,
      });
    });

    it('frees the old name: another team can take it after a rename', async () => {
      const first = validFields();
      const { teamId, token } = await registerTeam(first);
      expectOk(await edit(teamId, token, { team_name: validFields().team_name }));
      const { teamId: second } = await registerTeam(validFields({ team_name: first.team_name }));
      expect(second).not.toBe(teamId);
    });

    it('refuses moving into a church at its limit (409 CHURCH_LIMIT_REACHED), allows one with room', async () => {
      const full = validFields().church_name!;
      const a = await registerTeam(validFields({ church_name: full }));
      await registerTeam(validFields({ church_name: full }));
      const { teamId, token } = await registerTeam();
      const before = await snapshot(teamId);

      const refused = await edit(teamId, token, { church_name: respaced(full) });
      expectError(refused, 409, 'CHURCH_LIMIT_REACHED');
      expect(await snapshot(teamId)).toEqual(before);

      const roomy = validFields().church_name!;
      await registerTeam(validFields({ church_name: roomy }));
      const moved = await edit(teamId, token, { church_name: roomy });
      expectOk(moved);
      expect(moved.body.data.church_name).toBe(roomy);
      expect((await teamRow(teamId)).churchKey).toBe(roomy.toLowerCase());

      // A team of the full church still edits other fields, and its own church's name re-cased.
      const other = await edit(a.teamId, a.token, { coach_name: 'Coach Stays' });
      expectOk(other);
      expect(other.body.data.coach.name).toBe('Coach Stays');
      const recased = await edit(a.teamId, a.token, { church_name: full.toUpperCase() });
      expectOk(recased);
      expect(recased.body.data.church_name).toBe(full.toUpperCase());
    });

    it('lets only one of several concurrent edits take the last slot of a church, or a new name', async () => {
      const church = validFields().church_name!;
      await registerTeam(validFields({ church_name: church }));
      const movers = await Promise.all([registerTeam(), registerTeam(), registerTeam()]);
      const moved = await Promise.all(movers.map((m) => edit(m.teamId, m.token, { church_name: church })));
      expect(moved.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      for (const r of moved.filter((r) => r.status === 409)) expectError(r, 409, 'CHURCH_LIMIT_REACHED');
      const inChurch = await server.database.db
        .select({ id: teams.id })
        .from(teams)
        .where(eq(teams.churchKey, church.toLowerCase()));
      expect(inChurch).toHaveLength(2);

      const name = validFields().team_name!;
      const renamed = await Promise.all(movers.map((m) => edit(m.teamId, m.token, { team_name: name })));
      expect(renamed.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      for (const r of renamed.filter((r) => r.status === 409)) expectError(r, 409, 'DUPLICATE_TEAM');
    });

    it("doesn't count a withdrawn team against the church limit", async () => {
      const church = validFields().church_name!;
      await registerTeam(validFields({ church_name: church }));
      const leaving = await registerTeam(validFields({ church_name: church }));
      const { teamId, token } = await registerTeam();
      expectError(await edit(teamId, token, { church_name: church }), 409, 'CHURCH_LIMIT_REACHED');

      const withdrawn = await captainRequest(server.url, leaving.teamId, leaving.token, {
        method: 'POST',
        path: '/withdraw',
      });
      expectOk(withdrawn);
      expectOk(await edit(teamId, token, { church_name: church }));
      expect((await teamRow(teamId)).churchName).toBe(church);
    });
  });

  describe('files', () => {
    it('replaces the logo: a new file under a new name, the old one deleted from storage', async () => {
      const { teamId, token } = await registerTeam();
      const uuid = (await teamRow(teamId)).id;
      const [oldLogo] = await fileRows(uuid);
      expect(oldLogo).toMatchObject({ kind: 'logo', publicId: `teams/${uuid}/logo.png` });
      expect(await exists(onDisk(oldLogo!.publicId!))).toBe(true);

      const logo = pngBytes(5000);
      const res = await edit(teamId, token, {}, { logo: { bytes: logo, filename: 'new-logo.png' } });
      expectOk(res);

      const files = await fileRows(uuid);
      expect(files).toHaveLength(1);
      const newLogo = files[0]!;
      expect(newLogo).toMatchObject({
        kind: 'logo',
        state: 'uploaded',
        contentType: 'image/png',
        sizeBytes: 5000,
      });
      expect(newLogo.publicId).toMatch(new RegExp(`^teams/${uuid}/logo-[0-9a-f]{8}\\.png$`));
      expect(newLogo.publicId).not.toBe(oldLogo!.publicId);
      expect(newLogo.url).toBe(`http://uploads.test/uploads/${newLogo.publicId}`);
      expect(await readFile(onDisk(newLogo.publicId!))).toEqual(logo);
      expect(await exists(onDisk(oldLogo!.publicId!))).toBe(false);
      expect(await storedFiles(uuid)).toEqual([newLogo.publicId!.split('/').pop()]);

      expect(res.body.data.files).toEqual([
        {
          kind: 'logo',
          state: 'uploaded',
          url: newLogo.url,
          content_type: 'image/png',
          size_bytes: 5000,
          uploaded_at: expect.any(String),
        },
      ]);
      expect(res.body.data.changes.map((c: any) => c.fields)).toEqual([['logo']]);
      const served = await fetch(`${server.url}/uploads/${newLogo.publicId}`);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(logo);
    });

    it('adds a payment receipt when there was none, leaving the logo alone', async () => {
      const { teamId, token } = await registerTeam();
      const uuid = (await teamRow(teamId)).id;
      const [logoBefore] = await fileRows(uuid);
      const receipt = pdfBytes();

      const res = await edit(
        teamId,
        token,
        { coach_name: 'Coach Receipt' },
        { payment_receipt: { bytes: receipt } },
      );
      expectOk(res);
      const files = await fileRows(uuid);
      expect(files.map((f) => f.kind)).toEqual(['logo', 'payment_receipt']);
      expect(files[0]).toEqual(logoBefore);
      const stored = files[1]!;
      expect(stored).toMatchObject({
        state: 'uploaded',
        contentType: 'application/pdf',
        sizeBytes: receipt.length,
      });
      // Private: outside the served /uploads tree (test/private-files.test.ts).
      expect(stored.publicId).toMatch(
        new RegExp(`^private:teams/${uuid}/payment_receipt-[0-9a-f]{8}\\.pdf$`),
      );
      const key = stored.publicId!.slice('private:'.length);
      expect(await readFile(`${server.dataDir}/private/${key}`)).toEqual(receipt);
      expect(await exists(onDisk(logoBefore!.publicId!))).toBe(true);
      expect(res.body.data.files.map((f: any) => [f.kind, f.content_type, f.size_bytes])).toEqual([
        ['logo', 'image/png', logoBefore!.sizeBytes],
        ['payment_receipt', 'application/pdf', receipt.length],
      ]);
      expect([...res.body.data.changes[0].fields].sort()).toEqual(['coach_name', 'payment_receipt']);
    });

    it('leaves no new file behind when the edit is refused', async () => {
      const other = validFields();
      await registerTeam(other);
      const { teamId, token } = await registerTeam();
      const before = await snapshot(teamId);
      const res = await edit(
        teamId,
        token,
        { team_name: other.team_name },
        { logo: { bytes: pngBytes(4000) } },
      );
      expectError(res, 409, 'DUPLICATE_TEAM');
      expect(await snapshot(teamId)).toEqual(before);
    });
  });

  describe('who and when', () => {
    it('refuses to edit an approved (or withdrawn) team with 409 INVALID_STATUS_TRANSITION', async () => {
      const { teamId, token } = await registerTeam();
      await approve(teamId);
      const before = await snapshot(teamId);
      expect(before.team.status).toBe('approved');

      const res = await edit(
        teamId,
        token,
        { coach_name: 'Coach Late' },
        { logo: { bytes: pngBytes(3000) } },
      );
      expectError(res, 409, 'INVALID_STATUS_TRANSITION');
      expect(res.body.details).toEqual({ current_status: 'approved' });
      expect(await snapshot(teamId)).toEqual(before);
      expect(before.edits).toEqual([]);

      const gone = await registerTeam();
      expectOk(
        await captainRequest(server.url, gone.teamId, gone.token, { method: 'POST', path: '/withdraw' }),
      );
      const refused = await edit(gone.teamId, gone.token, { coach_name: 'Coach Late' });
      expectError(refused, 409, 'INVALID_STATUS_TRANSITION');
      expect(refused.body.details).toEqual({ current_status: 'withdrawn' });
    });

    it('answers a wrong or missing token and an unknown team with the same 404, changing nothing', async () => {
      const { teamId, token } = await registerTeam();
      const other = await registerTeam();
      const before = await snapshot(teamId);
      const wrongToken = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      const logo = { logo: { bytes: pngBytes(2000) } };

      const attempts = [
        await edit(teamId, wrongToken, { coach_name: 'Coach Intruder' }, logo),
        await edit(teamId, other.token, { coach_name: 'Coach Intruder' }, logo),
        await edit(teamId, undefined, { coach_name: 'Coach Intruder' }, logo),
        await edit(teamId, 'short', { coach_name: 'Coach Intruder' }, logo),
        await edit('ICCT-999', token, { coach_name: 'Coach Intruder' }, logo),
      ];
      const unknown = attempts[attempts.length - 1]!;
      expectError(unknown, 404, 'NOT_FOUND');
      const { request_id: _r, ...expected } = unknown.body;
      for (const res of attempts) {
        expect(res.status).toBe(404);
        const { request_id, ...rest } = res.body;
        expect(rest).toEqual(expected);
        expect(request_id).toEqual(expect.any(String));
      }
      expect(new Set(attempts.map((r) => r.body.request_id)).size).toBe(attempts.length);
      expect(await snapshot(teamId)).toEqual(before);
      expect(await editRows((await teamRow(other.teamId)).id)).toEqual([]);
    });

    it('replays a retried edit under the same Idempotency-Key: one change, one upload', async () => {
      const { teamId, token } = await registerTeam();
      const uuid = (await teamRow(teamId)).id;
      const key = `edit-${randomUUID()}`;
      const fields = { coach_name: 'Coach Once', captain_whatsapp: '9123400000' };
      const logo = pngBytes(3333);

      const first = await edit(teamId, token, fields, { logo: { bytes: logo } }, { 'Idempotency-Key': key });
      expectOk(first);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const storedAfterFirst = await storedFiles(uuid);
      const filesAfterFirst = await fileRows(uuid);

      const again = await edit(teamId, token, fields, { logo: { bytes: logo } }, { 'Idempotency-Key': key });
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await editRows(uuid)).toHaveLength(1);
      expect(await storedFiles(uuid)).toEqual(storedAfterFirst);
      expect(storedAfterFirst).toHaveLength(1);
      expect(await fileRows(uuid)).toEqual(filesAfterFirst);

      const different = await edit(
        teamId,
        token,
        { coach_name: 'Coach Twice' },
        {},
        { 'Idempotency-Key': key },
      );
      expectError(different, 422, 'IDEMPOTENCY_KEY_MISMATCH');
      expect(await editRows(uuid)).toHaveLength(1);
      expect((await teamRow(teamId)).coachName).toBe('Coach Once');

      // Without the key, the same edit is simply another edit.
      expectOk(await edit(teamId, token, fields));
      expect(await editRows(uuid)).toHaveLength(2);
    });

    // The token is the captain's authentication: a stored outcome is replayed only to the request that
    // made it. Today the fingerprint covers method, path (without the query) and body, not the token,
    // and the token is checked by the handler, which a replay never reaches.
    it('does not replay a stored edit (personal data) to a retry with a wrong or missing token', async () => {
      const { teamId, token } = await registerTeam();
      const key = `edit-${randomUUID()}`;
      const fields = { coach_name: 'Coach Private' };
      expectOk(await edit(teamId, token, fields, {}, { 'Idempotency-Key': key }));

      for (const badToken of [token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), undefined]) {
        const res = await edit(teamId, badToken, fields, {}, { 'Idempotency-Key': key });
        expect(res.headers.get('idempotent-replayed'), JSON.stringify(res.body)).toBeNull();
        expect([404, 422], JSON.stringify(res.body)).toContain(res.status);
        expect(res.body.success).toBe(false);
        expect(res.body).not.toHaveProperty('data');
      }
    });

    it("does not replay a wrong token's 404 to the captain's retry with the right token", async () => {
      const { teamId, token } = await registerTeam();
      const key = `edit-${randomUUID()}`;
      const fields = { coach_name: 'Coach Retry' };
      const wrong = await edit(teamId, undefined, fields, {}, { 'Idempotency-Key': key });
      expectError(wrong, 404, 'NOT_FOUND');

      const res = await edit(teamId, token, fields, {}, { 'Idempotency-Key': key });
      expect(res.headers.get('idempotent-replayed'), JSON.stringify(res.body)).toBeNull();
      // Either the edit runs, or the key is refused as used for a different request; never the stale 404.
      expect([200, 422], JSON.stringify(res.body)).toContain(res.status);
    });
  });
});

describe.each(databaseTargets())('captain edit of a waitlisted team on %s', (target) => {
  const server = useTestApp(target, { env: { MAX_TEAMS: '1' } });

  it('edits a waitlisted team, which keeps its status and place in line', async () => {
    await registerWithLink(server.url, server.database);
    const { teamId, token } = await registerWithLink(server.url, server.database);
    const before = await captainRequest(server.url, teamId, token);
    expect(before.body.data).toMatchObject({ status: 'waitlisted', waitlist_position: 1 });

    const res = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({ coach_name: 'Coach Waiting' }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({
      status: 'waitlisted',
      waitlist_position: 1,
      coach: { name: 'Coach Waiting' },
      changes: [{ fields: ['coach_name'] }],
    });
  });
});
