import { eq, sql } from 'drizzle-orm';
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
import { seedTeams, uniqueTag } from './support/admin-seed.js';
import { databaseTargets, type TestDatabase, testDatabase } from './support/databases.js';

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
    const team = { teamName: `Team ${uniqueTag()}`, churchName: `Church ${uniqueTag()}` };
    await seedTeams(database, [team]);
    const error = await failure(seedTeams(database, [team]));
    expect(sqlState(error)).toBe(UNIQUE_VIOLATION);
    expect(brokenConstraint(error)).toBe(TEAM_NAME_UNIQUE_INDEX);
  });

  it("names another table's key in a statement whose text names the team name column", async () => {
    // As in a registration's one insert statement: drizzle's error text holds the whole statement, and
    // with it "team_name_key", whichever constraint broke.
    const [teamId] = await seedTeams(database, [{ teamName: `Team ${uniqueTag()}`, churchName: 'St. Mark' }]);
    const [team] = await database.db.select({ id: teams.id }).from(teams).where(eq(teams.teamId, teamId!));
    const id = team!.id;
    const twoLogos = database.db.insert(teamFiles).values([logo(id), logo(id)]);
    const error = await failure(
      database.db.execute(sql`with ${sql.identifier('files')} as ${twoLogos}
        select ${teams.teamNameKey} from ${teams} where ${teams.id} = ${id}`),
    );
    expect(sqlState(error)).toBe(UNIQUE_VIOLATION);
    expect(String(error)).toContain('team_name_key');
    expect(brokenConstraint(error)).toMatch(/^team_files/);
  });
});
