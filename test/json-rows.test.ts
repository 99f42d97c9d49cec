import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { type Database, openDatabase } from '../src/database/database.js';
import { jsonRowsInsert } from '../src/database/json-rows.js';
import { outboxEmails, players, teamFiles, teams } from '../src/database/schema.js';
import { seedTeams, uniqueTag } from './support/admin-seed.js';
import { databaseTargets, type TestDatabase, testDatabase } from './support/databases.js';

const insertPlayers = jsonRowsInsert(players, ['teamUuid', 'position', 'name', 'role', 'phone']);
const insertFiles = jsonRowsInsert(teamFiles, [
  'teamUuid',
  'kind',
  'playerPosition',
  'state',
  'url',
  'publicId',
  'contentType',
  'sizeBytes',
  'sha256',
  'uploadedAt',
]);

const insertEmails = jsonRowsInsert(outboxEmails, [
  'messageId',
  'kind',
  'toAddresses',
  'ccAddresses',
  'subject',
  'textBody',
  'htmlBody',
]);

describe.each(databaseTargets())('rows inserted from one jsonb parameter, on %s', (target) => {
  let testDb: TestDatabase;
  let database: Database;
  let teamUuid: string;

  beforeAll(async () => {
    testDb = await testDatabase(target);
    database = await openDatabase(loadConfig({ DATABASE_URL: testDb.url }));
    const [teamId] = await seedTeams(database, [{ teamName: `Team ${uniqueTag()}`, churchName: 'St. Luke' }]);
    const [team] = await database.db.select({ id: teams.id }).from(teams).where(eq(teams.teamId, teamId!));
    teamUuid = team!.id;
    await database.db.delete(players).where(eq(players.teamUuid, teamUuid));
    await database.db.delete(teamFiles).where(eq(teamFiles.teamUuid, teamUuid));
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('stores every value as given: quotes, backslashes, non-Latin text, nulls, enums, timestamps', async () => {
    const roster = [
      { teamUuid, position: 0, name: `O'Brien "Junior" \\ 1`, role: 'Wicket-Keeper' as const, phone: null },
      { teamUuid, position: 1, name: 'அருண் குமார்', role: 'All-Rounder' as const, phone: '+91 98765 43210' },
    ];
    const uploadedAt = new Date('2026-12-02T10:11:12.345Z');
    const files = [
      {
        teamUuid,
        kind: 'logo' as const,
        playerPosition: -1,
        state: 'uploaded' as const,
        url: 'https://example.com/logo.png?a=1&b=2',
        publicId: 'teams/x/logo',
        contentType: 'image/png',
        sizeBytes: 20_480,
        sha256: 'b'.repeat(64),
        uploadedAt,
      },
      {
        teamUuid,
        kind: 'id_proof' as const,
        playerPosition: 1,
        state: 'pending' as const,
        url: null,
        publicId: null,
        contentType: 'application/pdf',
        sizeBytes: 1,
        sha256: 'c'.repeat(64),
        uploadedAt: null,
      },
    ];
    await database.db.execute(insertPlayers(roster));
    await database.db.execute(insertFiles(files));

    const stored = await database.db
      .select({
        teamUuid: players.teamUuid,
        position: players.position,
        name: players.name,
        role: players.role,
        phone: players.phone,
      })
      .from(players)
      .where(eq(players.teamUuid, teamUuid))
      .orderBy(asc(players.position));
    expect(stored).toEqual(roster);
    const storedFiles = await database.db
      .select()
      .from(teamFiles)
      .where(eq(teamFiles.teamUuid, teamUuid))
      .orderBy(asc(teamFiles.playerPosition));
    expect(storedFiles).toEqual(files.map((file) => ({ ...file, createdAt: expect.any(Date) })));
  });

  it('stores arrays of text, empty ones included, and leaves unlisted columns to their defaults', async () => {
    const email = {
      messageId: `<${uniqueTag()}@icct26.local>`,
      kind: 'registration_confirmation',
      toAddresses: ['captain@example.com', 'அருண்@example.com', 'a,"b"{c}\\d@example.com'],
      ccAddresses: [],
      subject: 'Braces {a,b} and "quotes"',
      textBody: 'Line one\nLine two',
      htmlBody: '<p>Team &amp; church</p>',
    };
    await database.db.execute(insertEmails([email]));
    const [stored] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.messageId, email.messageId));
    expect(stored).toMatchObject({ ...email, state: 'pending', attempts: 0, teamUuid: null, sentAt: null });
    expect(stored!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads the JSON through the expression given: a value the statement decides, filled in everywhere', async () => {
    const email = {
      messageId: `<${uniqueTag()}@icct26.local>`,
      kind: 'registration_confirmation',
      toAddresses: ['captain@example.com'],
      ccAddresses: [],
      subject: 'Team slot-1: registered',
      textBody: 'Team ID: slot-1\nLink: https://x.example/?team_id=slot-1 (not slot-10)',
      htmlBody: '<td>slot-1</td> "quoted" \\ slot-1',
    };
    const decided = sql`(select 'ICCT-042')`;
    await database.db.execute(
      insertEmails.ofJson(insertEmails.json([email]), (json) => sql`replace(${json}, 'slot-1', ${decided})`),
    );
    const [stored] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.messageId, email.messageId));
    expect(stored).toMatchObject({
      subject: 'Team ICCT-042: registered',
      textBody: 'Team ID: ICCT-042\nLink: https://x.example/?team_id=ICCT-042 (not ICCT-0420)',
      htmlBody: '<td>ICCT-042</td> "quoted" \\ ICCT-042',
    });
  });

  it('stores a lone surrogate (possible in a JSON body) as U+FFFD, and the text "\\ud800" as it is', async () => {
    const roster = [
      { teamUuid, position: 5, name: 'Lone \ud800 high', role: 'Batsman' as const, phone: null },
      {
        teamUuid,
        position: 6,
        name: 'Lone \udc00 low, pair \ud83c\udfcf',
        role: 'Bowler' as const,
        phone: null,
      },
      { teamUuid, position: 7, name: 'Typed \\ud800 text', role: 'Batsman' as const, phone: null },
    ];
    await database.db.execute(insertPlayers(roster));
    const stored = await database.db
      .select({ name: players.name })
      .from(players)
      .where(and(eq(players.teamUuid, teamUuid), gte(players.position, 5)))
      .orderBy(asc(players.position));
    expect(stored.map((p) => p.name)).toEqual([
      'Lone \ufffd high',
      'Lone \ufffd low, pair 🏏',
      'Typed \\ud800 text',
    ]);
  });

  it('inserts nothing for no rows', async () => {
    const before = await database.db.$count(teamFiles);
    await database.db.execute(insertFiles([]));
    expect(await database.db.$count(teamFiles)).toBe(before);
  });
});
