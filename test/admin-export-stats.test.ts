import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outboxEmails, pendingUploads, teams } from '../src/database/schema.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { parseCsv, seedTeams, uniqueTag } from './support/admin-seed.js';

const KEY = 'admin-export-key-0123456789';
const HEADER = [
  'team_id',
  'team_name',
  'church_name',
  'status',
  'captain_name',
  'captain_phone',
  'captain_email',
  'captain_whatsapp',
  'vice_captain_name',
  'vice_captain_phone',
  'vice_captain_email',
  'vice_captain_whatsapp',
  'coach_name',
  'player_count',
  'logo_url',
  'payment_receipt_url',
  'created_at',
  'player_position',
  'player_name',
  'player_role',
  'player_phone',
  // Added with documents: at the end, so the columns above keep their places.
  'pastor_letter_url',
  'group_photo_url',
  'missing_documents',
  'player_id_proof_url',
  'player_consent_form_url',
];
const column = (name: string) => HEADER.indexOf(name);

// Each suite has its own database, so the export and the stats see exactly the rows seeded here.
describe.each(databaseTargets())('admin export and stats on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: KEY } });

  const admin = (path: string, method = 'GET') =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'X-API-Key': KEY, 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ reason: 'checked' }) : undefined,
    });

  const exportCsv = async () => {
    const res = await admin('/admin/teams/export.csv');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    // A UTF-8 byte order mark first, so Excel reads the names right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return { res, records: parseCsv(bytes.subarray(3).toString('utf8')) };
  };

  it('exports one row per player, team columns repeated, quoted per RFC 4180 and safe from formulas', async () => {
    const tag = uniqueTag();
    const [formulaTeam, quoteTeam] = await seedTeams(server.database, [
      {
        teamName: '=HYPERLINK("http://evil.test","click")',
        churchName: `@SUM(A1) ${tag}`,
        captainName: '+1 Captain',
        captainEmail: '-2@example.org',
        players: ['=1+1', '\tTabbed', 'Plain Player'],
      },
      {
        teamName: `The "Best" XI, ${tag}`,
        churchName: `St. John's, Line\r\nTwo`,
        captainName: 'Smith, John',
        viceCaptainName: 'Vice "V" Captain',
        viceCaptainEmail: 'vice@example.org',
        players: ['Dhoni, M.S.', 'Said "Hi"'],
      },
    ]);
    const { res, records } = await exportCsv();
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="icct26-teams-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(records[0]).toEqual(HEADER);
    expect(records.every((r) => r.length === HEADER.length)).toBe(true);

    const rowsOf = (teamId: string) => records.filter((r) => r[0] === teamId);
    const formula = rowsOf(formulaTeam!);
    expect(formula.map((r) => r[column('player_name')])).toEqual(["'=1+1", "'\tTabbed", 'Plain Player']);
    expect(formula.map((r) => r[column('player_position')])).toEqual(['1', '2', '3']);
    for (const row of formula) {
      expect(row[column('team_name')]).toBe('\'=HYPERLINK("http://evil.test","click")');
      expect(row[column('church_name')]).toBe(`'@SUM(A1) ${tag}`);
      expect(row[column('captain_name')]).toBe("'+1 Captain");
      expect(row[column('captain_email')]).toBe("'-2@example.org");
      expect(row[column('status')]).toBe('pending');
    }
    const quoted = rowsOf(quoteTeam!);
    expect(quoted.map((r) => r[column('player_name')])).toEqual(['Dhoni, M.S.', 'Said "Hi"']);
    expect(quoted[0]).toEqual(
      expect.arrayContaining([
        `The "Best" XI, ${tag}`,
        `St. John's, Line\r\nTwo`,
        'Smith, John',
        'Vice "V" Captain',
        'vice@example.org',
      ]),
    );
  });

  it('streams the export in batches: chunked, no Content-Length, every team of several batches in order', async () => {
    const tag = uniqueTag();
    const ids = await seedTeams(
      server.database,
      Array.from({ length: 450 }, (_, i) => ({
        teamName: `Batch ${tag} ${i}`,
        churchName: `Batch Church ${tag}`,
        players: [`First ${i}`, `Second ${i}`],
      })),
    );
    const { res, records } = await exportCsv();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    const exported = records.filter((r) => r[column('team_name')]?.startsWith(`Batch ${tag}`));
    expect(exported.map((r) => r[0])).toEqual(ids.flatMap((id) => [id, id]));
    expect(exported.map((r) => r[column('player_name')])).toEqual(
      ids.flatMap((_, i) => [`First ${i}`, `Second ${i}`]),
    );
  });

  it('counts teams by status, teams per church, players, pending uploads and emails', async () => {
    const before = (await (await admin('/admin/stats')).json()) as any;
    expect(before.success).toBe(true);
    const tag = uniqueTag();
    const ids = await seedTeams(server.database, [
      { teamName: `S1 ${tag}`, churchName: `Stats Church ${tag}`, players: ['a', 'b', 'c'] },
      { teamName: `S2 ${tag}`, churchName: `stats church ${tag}`, players: ['d', 'e'] },
      { teamName: `S3 ${tag}`, churchName: `Other Stats ${tag}`, players: ['f'] },
    ]);
    expect((await admin(`/admin/teams/${ids[0]}/approve`, 'POST')).status).toBe(200);
    expect((await admin(`/admin/teams/${ids[1]}/reject`, 'POST')).status).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, ids[2]!));
    // One waiting upload and one given up: `pending_uploads` counts only the first.
    await server.database.db.insert(pendingUploads).values([
      { teamUuid: team!.id, kind: 'logo', bytes: Buffer.from('x') },
      { teamUuid: team!.id, kind: 'payment_receipt', bytes: Buffer.from('y'), state: 'dead' },
    ]);
    const email = {
      kind: 'test',
      toAddresses: ['a@example.org'],
      subject: 's',
      textBody: 't',
      htmlBody: 'h',
    };
    await server.database.db.insert(outboxEmails).values([
      { ...email, messageId: `<dead-${tag}@test>`, state: 'dead' },
      { ...email, messageId: `<sent-${tag}@test>`, state: 'sent' },
    ]);

    const res = await admin('/admin/stats');
    expect(res.status).toBe(200);
    const after = ((await res.json()) as any).data;
    const b = before.data;
    expect(after.teams).toEqual({
      total: b.teams.total + 3,
      by_status: {
        pending: b.teams.by_status.pending + 1,
        approved: b.teams.by_status.approved + 1,
        rejected: b.teams.by_status.rejected + 1,
        waitlisted: 0,
        withdrawn: 0,
      },
      max_teams: null,
    });
    expect(after.players).toBe(b.players + 6);
    expect(after.pending_uploads).toBe(b.pending_uploads + 1);
    expect(after.dead_uploads).toBe(b.dead_uploads + 1);
    // Two status emails (approve, reject) wait to be sent; one test email is dead.
    expect(after.emails).toEqual({
      pending: b.emails.pending + 2,
      sent: b.emails.sent + 1,
      dead: b.emails.dead + 1,
    });
    // Church names differing only in case are one church.
    expect(after.teams_per_church).toEqual(
      expect.arrayContaining([
        { church_name: expect.stringMatching(new RegExp(`^stats church ${tag}$`, 'i')), teams: 2 },
        { church_name: `Other Stats ${tag}`, teams: 1 },
      ]),
    );
    const counts = after.teams_per_church.map((c: { teams: number }) => c.teams);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(counts.reduce((x: number, y: number) => x + y, 0)).toBe(after.teams.total);
  });
});
