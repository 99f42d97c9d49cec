import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { keyFingerprint } from '../src/hardening/admin-keys.js';
import { rowsOf } from '../src/database/database.js';
import { counters, outboxEmails, teamFiles, teamStatusHistory, teams } from '../src/database/schema.js';
import { scopedIdempotencyKey } from '../src/hardening/idempotency.interceptor.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { pdfBytes, players, register, registrationForm, validFields } from './support/fixtures.js';
import { seedTeams, uniqueTag } from './support/admin-seed.js';

const KEY = 'admin-test-key-0123456789';

describe.each(databaseTargets())('admin teams API on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: KEY, MAX_TEAMS_PER_CHURCH: '50' } });

  const admin = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'X-API-Key': KEY,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const list = (params: Record<string, string>) =>
    admin(`/admin/teams?${new URLSearchParams(params).toString()}`);
  const teamIdsOf = (res: { body: any }) => res.body.data.map((t: any) => t.team_id);
  const registerTeam = async (overrides: Record<string, string | undefined> = {}, files = {}) => {
    const res = await register(server.url, registrationForm(validFields(overrides), files));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.team_id as string;
  };

  describe('GET /admin/teams', () => {
    it('lists a registered team with exactly the documented fields and the pagination block', async () => {
      const tag = uniqueTag();
      const fields = validFields({ team_name: `Team ${tag}`, captain_email: `${tag}@example.org` });
      const res0 = await register(server.url, registrationForm(fields));
      expect(res0.status).toBe(200);
      const res = await list({ q: tag });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        success: true,
        data: [
          {
            team_id: res0.body.team_id,
            team_name: fields.team_name,
            church_name: fields.church_name,
            captain_name: fields.captain_name,
            captain_email: fields.captain_email,
            captain_phone: fields.captain_phone,
            player_count: 11,
            status: 'pending',
            logo_url: expect.stringMatching(/^http:\/\/uploads\.test\/uploads\/teams\/.+\/logo\.png$/),
            created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          },
        ],
        pagination: { page: 1, limit: 20, total: 1, total_pages: 1 },
      });
    });

    it('filters by status', async () => {
      const tag = uniqueTag();
      const ids = await seedTeams(
        server.database,
        (['pending', 'approved', 'rejected', 'approved'] as const).map((status, i) => ({
          teamName: `Status ${tag} ${i}`,
          churchName: `Church ${tag}`,
          status,
        })),
      );
      expect(teamIdsOf(await list({ q: tag, status: 'approved', sort: 'team_id' }))).toEqual([
        ids[1],
        ids[3],
      ]);
      expect(teamIdsOf(await list({ q: tag, status: 'pending' }))).toEqual([ids[0]]);
      expect(teamIdsOf(await list({ q: tag, status: 'rejected' }))).toEqual([ids[2]]);
      expect((await list({ q: tag })).body.pagination.total).toBe(4);
    });

    it('filters by church, case-insensitively, with % and _ taken literally', async () => {
      const tag = uniqueTag();
      const ids = await seedTeams(server.database, [
        { teamName: `A ${tag}`, churchName: `St Paul 100% ${tag}` },
        { teamName: `B ${tag}`, churchName: `St Paul 1000 ${tag}` },
        { teamName: `C ${tag}`, churchName: `St Mark ${tag}` },
        { teamName: `D ${tag}`, churchName: `St_Mary ${tag}` },
        { teamName: `E ${tag}`, churchName: `Stx Mary ${tag}` },
      ]);
      expect(teamIdsOf(await list({ church: `st paul 100% ${tag}` }))).toEqual([ids[0]]);
      expect(teamIdsOf(await list({ church: `ST PAUL`, q: tag, sort: 'team_id' }))).toEqual([ids[0], ids[1]]);
      expect(teamIdsOf(await list({ church: `St_Mary ${tag}` }))).toEqual([ids[3]]);
      expect(teamIdsOf(await list({ church: `%${tag}` }))).toEqual([]);
    });

    it('searches team name, church, captain name and captain email, case-insensitively', async () => {
      const tag = uniqueTag();
      const upper = tag.toUpperCase();
      const ids = await seedTeams(server.database, [
        { teamName: `Lions ${upper} XI`, churchName: `Church one ${tag}x` },
        { teamName: `Tigers ${tag}y`, churchName: `Grace ${upper} Church` },
        { teamName: `Eagles ${tag}z`, churchName: `Church three ${tag}w`, captainName: `John ${upper}son` },
        {
          teamName: `Hawks ${tag}v`,
          churchName: `Church four ${tag}u`,
          captainEmail: `cap.${tag}@mail.test`,
        },
        { teamName: `Other ${tag}t`, churchName: `Church five ${tag}s` },
      ]);
      // Each of the first four matches in exactly one column; the fifth matches none.
      const column = (q: string) => list({ q, sort: 'team_id' }).then(teamIdsOf);
      expect(await column(`${tag} xi`)).toEqual([ids[0]]);
      expect(await column(`grace ${tag}`)).toEqual([ids[1]]);
      expect(await column(`john ${tag}SON`)).toEqual([ids[2]]);
      expect(await column(`CAP.${upper}@`)).toEqual([ids[3]]);
      expect(await column(`${tag}`)).toEqual(ids);
      // Wildcards typed in the search box are literal.
      expect(await column(`cap_${tag}`)).toEqual([]);
      expect(await column(`%${tag} xi`)).toEqual([]);
    });

    it('sorts by created_at, team_name and team_id, ascending and descending (team_id by number)', async () => {
      const tag = uniqueTag();
      const base = Date.parse('2025-01-01T00:00:00Z');
      const ids = await seedTeams(server.database, [
        { teamName: `charlie ${tag}`, churchName: `C1 ${tag}`, createdAt: new Date(base + 2000) },
        { teamName: `Alpha ${tag}`, churchName: `C2 ${tag}`, createdAt: new Date(base + 3000) },
        { teamName: `bravo ${tag}`, churchName: `C3 ${tag}`, createdAt: new Date(base + 1000) },
      ]);
      const sorted = (sort: string) => list({ q: tag, sort }).then(teamIdsOf);
      expect(await sorted('created_at')).toEqual([ids[2], ids[0], ids[1]]);
      expect(await sorted('-created_at')).toEqual([ids[1], ids[0], ids[2]]);
      expect(await sorted('team_name')).toEqual([ids[1], ids[2], ids[0]]);
      expect(await sorted('-team_name')).toEqual([ids[0], ids[2], ids[1]]);
      expect(await sorted('team_id')).toEqual(ids);
      expect(await sorted('-team_id')).toEqual([...ids].reverse());
      // The default is newest first.
      expect(teamIdsOf(await list({ q: tag }))).toEqual(await sorted('-created_at'));
    });

    it('sorts team IDs by number: ICCT-1000 after ICCT-999', async () => {
      const tag = uniqueTag();
      // Move the shared counter on so the next two teams are ICCT-999 and ICCT-1000.
      await server.database.db.update(counters).set({ value: 998 }).where(eq(counters.name, 'team_number'));
      const [low, high] = await seedTeams(server.database, [
        { teamName: `Low ${tag}`, churchName: `L ${tag}` },
        { teamName: `High ${tag}`, churchName: `H ${tag}` },
      ]);
      expect([low, high]).toEqual(['ICCT-999', 'ICCT-1000']);
      expect(teamIdsOf(await list({ q: tag, sort: 'team_id' }))).toEqual([low, high]);
      expect(teamIdsOf(await list({ q: tag, sort: '-team_id' }))).toEqual([high, low]);
    });

    it('pages: last partial page, a page beyond the end (empty, same total), and limit 100', async () => {
      const tag = uniqueTag();
      const ids = await seedTeams(
        server.database,
        Array.from({ length: 25 }, (_, i) => ({ teamName: `Page ${tag} ${i}`, churchName: `P ${tag}` })),
      );
      const page = (p: string, limit: string) => list({ q: tag, sort: 'team_id', page: p, limit });
      const first = await page('1', '10');
      expect(teamIdsOf(first)).toEqual(ids.slice(0, 10));
      expect(first.body.pagination).toEqual({ page: 1, limit: 10, total: 25, total_pages: 3 });
      expect(teamIdsOf(await page('3', '10'))).toEqual(ids.slice(20));
      const beyond = await page('4', '10');
      expect(beyond.status).toBe(200);
      expect(beyond.body.data).toEqual([]);
      expect(beyond.body.pagination).toEqual({ page: 4, limit: 10, total: 25, total_pages: 3 });
      const all = await page('1', '100');
      expect(all.status).toBe(200);
      expect(teamIdsOf(all)).toEqual(ids);
      expect(all.body.pagination).toEqual({ page: 1, limit: 100, total: 25, total_pages: 1 });
      const none = await list({ q: uniqueTag() });
      expect(none.body).toMatchObject({ data: [], pagination: { total: 0, total_pages: 0 } });
    });

    it('refuses out-of-range, malformed, repeated and unknown parameters with 400 and field errors', async () => {
      const bad: [string, string][] = [
        ['limit=101', 'limit'],
        ['limit=0', 'limit'],
        ['limit=-1', 'limit'],
        ['limit=abc', 'limit'],
        ['limit=1.5', 'limit'],
        ['page=0', 'page'],
        ['page=-1', 'page'],
        ['page=abc', 'page'],
        ['status=archived', 'status'],
        ['sort=captain_name', 'sort'],
        ['sort=--team_id', 'sort'],
        [`q=${'x'.repeat(101)}`, 'q'],
        ['status=pending&status=approved', 'status'],
        ['colour=red', 'colour'],
      ];
      for (const [query, field] of bad) {
        const res = await admin(`/admin/teams?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.body).toMatchObject({ success: false, error_code: 'VALIDATION_FAILED' });
        expect(Object.keys(res.body.details.field_errors), query).toEqual([field]);
      }
      const several = await admin('/admin/teams?limit=0&page=x&sort=y');
      expect(Object.keys(several.body.details.field_errors).sort()).toEqual(['limit', 'page', 'sort']);
      // Blank parameters (a cleared search box) are the same as absent ones.
      expect((await admin('/admin/teams?q=&status=&church=')).status).toBe(200);
    });
  });

  describe('GET /admin/teams/:team_id', () => {
    it('returns the whole team: captain, vice-captain, coach, ordered players, files and history', async () => {
      const roster = players(13, 'Roster');
      const fields = validFields({
        vice_captain_name: 'Vice Person',
        vice_captain_phone: '9000000001',
        vice_captain_email: 'vice@example.org',
        vice_captain_whatsapp: '9000000002',
        players: JSON.stringify(roster),
      });
      const teamId = await registerTeam(fields, { payment_receipt: { bytes: pdfBytes() } });
      const res = await admin(`/admin/teams/${teamId}`);
      expect(res.status).toBe(200);
      const team = res.body.data;
      expect(team).toMatchObject({
        team_id: teamId,
        team_name: fields.team_name,
        church_name: fields.church_name,
        status: 'pending',
        player_count: 13,
        captain: { name: fields.captain_name, phone: fields.captain_phone, email: fields.captain_email },
        vice_captain: {
          name: 'Vice Person',
          phone: '9000000001',
          email: 'vice@example.org',
          whatsapp: '9000000002',
        },
        coach: { name: fields.coach_name },
        waitlist_position: null,
        status_history: [
          { from_status: null, to_status: 'pending', reason: null, actor: 'captain', at: expect.any(String) },
        ],
        changes: [],
      });
      expect(team.players).toEqual(
        roster.map((p, i) => ({ position: i + 1, ...p, documents: expect.any(Array) })),
      );
      expect(team.files).toEqual([
        expect.objectContaining({
          kind: 'logo',
          state: 'uploaded',
          url: expect.stringContaining('/logo.png'),
        }),
        expect.objectContaining({
          kind: 'payment_receipt',
          state: 'uploaded',
          url: expect.stringContaining('/payment_receipt.pdf'),
        }),
      ]);
    });

    it('shows a file still waiting for upload as pending, without a URL, and no vice-captain as null', async () => {
      const tag = uniqueTag();
      const [teamId] = await seedTeams(server.database, [
        { teamName: `Waiting ${tag}`, churchName: `W ${tag}` },
      ]);
      const [row] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId!));
      await server.database.db.insert(teamFiles).values({
        teamUuid: row!.id,
        kind: 'logo',
        state: 'pending',
        contentType: 'image/png',
        sizeBytes: 100,
        sha256: 'a'.repeat(64),
      });
      const res = await admin(`/admin/teams/${teamId}`);
      expect(res.body.data.vice_captain).toBeNull();
      expect(res.body.data.files).toEqual([
        expect.objectContaining({ kind: 'logo', state: 'pending', url: null }),
      ]);
      expect((await list({ q: tag })).body.data[0].logo_url).toBeNull();
    });

    it('answers 404 NOT_FOUND for an unknown team', async () => {
      for (const id of ['ICCT-99999', 'nope', 'export.csvx']) {
        const res = await admin(`/admin/teams/${id}`);
        expect(res.status, id).toBe(404);
        expect(res.body).toMatchObject({ success: false, error_code: 'NOT_FOUND' });
      }
    });
  });

  describe('status transitions', () => {
    const emailsOf = async (teamId: string) => {
      const [row] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
      return server.database.db.select().from(outboxEmails).where(eq(outboxEmails.teamUuid, row!.id));
    };
    const statusEmailsOf = async (teamId: string) =>
      (await emailsOf(teamId)).filter((e) => e.kind === 'team_approved' || e.kind === 'team_rejected');

    it('refuses control characters in a rejection reason (NUL is no valid database text) with 400', async () => {
      const teamId = await registerTeam();
      const res = await admin(`/admin/teams/${teamId}/reject`, {
        method: 'POST',
        body: { reason: 'bad\u0000receipt' },
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error_code: 'VALIDATION_FAILED',
        details: { field_errors: { reason: expect.any(String) } },
      });
      const multiLine = await admin(`/admin/teams/${teamId}/reject`, {
        method: 'POST',
        body: { reason: 'Receipt\nunreadable' },
      });
      expect(multiLine.status).toBe(200);
    });

    it('rejects with a reason holding a lone surrogate (valid JSON, no valid text): U+FFFD in the email', async () => {
      const teamId = await registerTeam();
      const res = await admin(`/admin/teams/${teamId}/reject`, {
        method: 'POST',
        body: { reason: 'Receipt \ud800 unreadable' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const [email] = await statusEmailsOf(teamId);
      expect(email!.textBody).toContain('Receipt \ufffd unreadable');
    });

    it('replays an approval retried under its idempotency key instead of answering 409, stored with the change', async () => {
      const teamId = await registerTeam();
      const key = randomUUID();
      const approve = async () => {
        const res = await fetch(`${server.url}/admin/teams/${teamId}/approve`, {
          method: 'POST',
          headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({ reason: 'Paid' }),
        });
        return {
          status: res.status,
          replayed: res.headers.get('idempotent-replayed'),
          body: (await res.json()) as any,
        };
      };
      const first = await approve();
      const retry = await approve();
      expect(first).toMatchObject({ status: 200, replayed: null, body: { data: { status: 'approved' } } });
      expect(retry).toEqual({ ...first, replayed: 'true' });
      expect(await statusEmailsOf(teamId)).toHaveLength(1);
      // The outcome was written by the transaction that changed the status (one commit for both).
      const [team] = rowsOf<{ writer: string }>(
        await server.database.db.execute(
          sql`select xmin::text as writer from teams where team_id = ${teamId}`,
        ),
      );
      const [stored] = rowsOf<{ writer: string }>(
        await server.database.db.execute(
          sql`select xmin::text as writer from idempotency_keys where key = ${scopedIdempotencyKey(
            { method: 'POST', route: '/admin/teams/:team_id/approve', admin: keyFingerprint(KEY) },
            key,
          )}`,
        ),
      );
      expect(stored!.writer).toBe(team!.writer);
    });

    it('approves a pending team: history with the key fingerprint, and one status email to the captain, vice-captain in Cc', async () => {
      const teamId = await registerTeam({
        captain_email: 'cap@example.org',
        vice_captain_email: 'vice@example.org',
      });
      const res = await admin(`/admin/teams/${teamId}/approve`, {
        method: 'POST',
        body: { reason: '  Paid in full  ' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        success: true,
        data: { team_id: teamId, previous_status: 'pending', status: 'approved', reason: 'Paid in full' },
      });
      const detail = (await admin(`/admin/teams/${teamId}`)).body.data;
      expect(detail.status).toBe('approved');
      expect(detail.status_history).toEqual([
        expect.objectContaining({ from_status: null, to_status: 'pending' }),
        {
          from_status: 'pending',
          to_status: 'approved',
          reason: 'Paid in full',
          actor: keyFingerprint(KEY),
          at: expect.stringMatching(/^\d{4}-/),
        },
      ]);
      expect(JSON.stringify(detail)).not.toContain(KEY);
      const emails = await statusEmailsOf(teamId);
      expect(emails).toHaveLength(1);
      expect(emails[0]).toMatchObject({
        kind: 'team_approved',
        state: 'pending',
        toAddresses: ['cap@example.org'],
        ccAddresses: ['vice@example.org'],
        subject: expect.stringContaining('approved'),
      });
      expect(emails[0]!.textBody).toContain(teamId);
      expect(emails[0]!.htmlBody).toContain(teamId);
    });

    it('approves without a body, and then refuses any second transition with 409', async () => {
      const teamId = await registerTeam();
      const approve = await fetch(`${server.url}/admin/teams/${teamId}/approve`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}` },
      });
      expect(approve.status).toBe(200);
      for (const action of ['approve', 'reject']) {
        const res = await admin(`/admin/teams/${teamId}/${action}`, {
          method: 'POST',
          body: { reason: 'again' },
        });
        expect(res.status, action).toBe(409);
        expect(res.body).toMatchObject({
          error_code: 'INVALID_STATUS_TRANSITION',
          details: { current_status: 'approved' },
        });
      }
      expect(await statusEmailsOf(teamId)).toHaveLength(1);
      // Registered, then approved: nothing more.
      expect((await admin(`/admin/teams/${teamId}`)).body.data.status_history).toHaveLength(2);
    });

    it('requires a non-blank reason to reject, bounded in length, and no unknown fields', async () => {
      const teamId = await registerTeam();
      const bodies: [unknown, string][] = [
        [undefined, 'reason'],
        [{}, 'reason'],
        [{ reason: '   ' }, 'reason'],
        [{ reason: 42 }, 'reason'],
        [{ reason: 'x'.repeat(501) }, 'reason'],
        [{ reason: 'ok', extra: true }, 'extra'],
      ];
      for (const [body, field] of bodies) {
        const res = await admin(`/admin/teams/${teamId}/reject`, { method: 'POST', body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error_code).toBe('VALIDATION_FAILED');
        expect(Object.keys(res.body.details.field_errors)).toEqual([field]);
      }
      const approveTooLong = await admin(`/admin/teams/${teamId}/approve`, {
        method: 'POST',
        body: { reason: 'x'.repeat(501) },
      });
      expect(approveTooLong.status).toBe(400);
      expect((await admin(`/admin/teams/${teamId}`)).body.data.status).toBe('pending');
      expect(await statusEmailsOf(teamId)).toHaveLength(0);
    });

    it('rejects with the reason in history and in the email, every user-supplied value escaped in the HTML', async () => {
      const teamId = await registerTeam({
        team_name: `Salt & Light ${uniqueTag()}`,
        captain_name: "John O'Neil",
        captain_email: 'john@example.org',
      });
      const reason = 'Receipt <b>unreadable</b> & "blurred"\nplease resend';
      const res = await admin(`/admin/teams/${teamId}/reject`, { method: 'POST', body: { reason } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.data.status).toBe('rejected');
      const detail = (await admin(`/admin/teams/${teamId}`)).body.data;
      expect(detail.status_history).toEqual([
        expect.objectContaining({ to_status: 'pending' }),
        expect.objectContaining({ from_status: 'pending', to_status: 'rejected', reason }),
      ]);
      const [email] = await statusEmailsOf(teamId);
      expect(email).toMatchObject({
        kind: 'team_rejected',
        toAddresses: ['john@example.org'],
        ccAddresses: [],
      });
      expect(email!.textBody).toContain(reason);
      expect(email!.textBody).toContain("John O'Neil");
      expect(email!.htmlBody).toContain(
        'Receipt &lt;b&gt;unreadable&lt;/b&gt; &amp; &quot;blurred&quot;<br>please resend',
      );
      expect(email!.htmlBody).toContain('John O&#39;Neil');
      expect(email!.htmlBody).toContain('Salt &amp; Light');
      expect(email!.htmlBody).not.toContain('<b>unreadable');
    });

    it('answers 404 for an unknown team and writes nothing', async () => {
      const res = await admin('/admin/teams/ICCT-99999/approve', { method: 'POST' });
      expect(res.status).toBe(404);
      expect(res.body.error_code).toBe('NOT_FOUND');
    });

    it('lets exactly one of two concurrent transitions win', async () => {
      for (const pair of [
        ['approve', 'reject'],
        ['approve', 'approve'],
      ]) {
        const teamId = await registerTeam();
        const results = await Promise.all(
          pair.map((action) =>
            admin(`/admin/teams/${teamId}/${action}`, { method: 'POST', body: { reason: 'r' } }),
          ),
        );
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        const winner = results.find((r) => r.status === 200)!.body.data.status;
        const [row] = await server.database.db.select().from(teams).where(eq(teams.teamId, teamId));
        expect(row!.status).toBe(winner);
        const history = await server.database.db
          .select()
          .from(teamStatusHistory)
          .where(eq(teamStatusHistory.teamUuid, row!.id));
        expect(history.filter((h) => h.fromStatus === 'pending')).toHaveLength(1);
        expect(await statusEmailsOf(teamId)).toHaveLength(1);
      }
    });
  });
});
