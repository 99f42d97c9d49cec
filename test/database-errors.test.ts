import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import {
  brokenConstraint,
  type Database,
  openDatabase,
  sqlState,
  UNIQUE_VIOLATION,
} from '../src/database/database.js';
import { TEAM_NAME_UNIQUE_INDEX, teamFiles, teams } from '../src/database/schema.js';
import { databaseTargets, type TestDatabase, testDatabase } from './support/databases.js';

let numbered = 0;
/** A numbered team, as a committed registration leaves it (a trigger refuses an unnumbered one at commit). */
const team = (name: string) => ({
  id: randomUUID(),
  teamNumber: ++numbered,
  teamId: `ICCT-${numbered}`,
  teamName: name,
  teamNameKey: name,
  churchName: 'St. Mark',
  churchKey: `st mark ${randomUUID()}`,
  captainName: 'Captain',
  captainPhone: '9876543210',
  captainEmail: 'captain@example.com',
  playerCount: 11,
  accessTokenHash: randomUUID(),
});

const logo = (teamUuid: string) => ({
  teamUuid,
  kind: 'logo' as const,
  state: 'uploaded' as const,
  url: 'https://example.com/logo.png',
  publicId: 'logo',
  contentType: 'image/png',
  sizeBytes: 1,
  sha256: 'a'.repeat(64),
});

describe.each(databaseTargets())('which constraint a statement broke, on %s', (target) => {
  let testDb: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDb = await testDatabase(target);
    database = await openDatabase(loadConfig({ DATABASE_URL: testDb.url }));
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  const failure = (statement: PromiseLike<unknown>) =>
    Promise.resolve(statement).then(
      () => undefined,
      (error: unknown) => error,
    );

  it('names the team name index for a second team of one name', async () => {
    await database.db.insert(teams).values(team('same name'));
    const error = await failure(database.db.insert(teams).values(team('same name')));
    expect(sqlState(error)).toBe(UNIQUE_VIOLATION);
    expect(brokenConstraint(error)).toBe(TEAM_NAME_UNIQUE_INDEX);
  });

  it("names another table's key in a statement whose text names the team name column", async () => {
    // The shape of a registration's insert: drizzle's error text holds the whole statement, and with it
    // "team_name_key", whichever constraint broke.
    const row = team(`other ${randomUUID()}`);
    const error = await failure(
      database.db.execute(
        sql`with ${sql.identifier('insert_0')} as ${database.db.insert(teams).values(row)},
                 ${sql.identifier('insert_1')} as ${database.db.insert(teamFiles).values([logo(row.id), logo(row.id)])}
            select`,
      ),
    );
    expect(sqlState(error)).toBe(UNIQUE_VIOLATION);
    expect(String(error)).toContain('team_name_key');
    expect(brokenConstraint(error)).not.toBe(TEAM_NAME_UNIQUE_INDEX);
    expect(brokenConstraint(error)).toMatch(/^team_files/);
  });
});
