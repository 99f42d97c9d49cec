import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageDeletions, teamFiles, teams } from '../src/database/schema.js';
import { hasPostgres } from './support/databases.js';
import { register, registrationForm } from './support/fixtures.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { useTestApp, type RunningApp } from './support/test-app.js';

/**
 * A registration whose connection to PostgreSQL is lost after its commit was sent, before the answer came
 * back (a real TCP proxy passes the commit on and then drops the replies): the team may well have
 * committed, so its uploaded files must not be deleted. Files of a registration that did not commit are
 * left to the orphan sweep, which deletes only files no team refers to.
 */
describe.runIf(hasPostgres)('a registration whose commit went out on a connection then lost', () => {
  const fixture = useTestApp('postgres', { start: false, cloudinary: true });
  const proxy = TcpProxy.inFrontOf(process.env.DATABASE_URL, 5432);
  let app: RunningApp;

  beforeAll(async () => {
    await proxy.start();
    app = await fixture.start({ DATABASE_URL: proxy.throughProxy(fixture.db.url) });
  });
  afterAll(async () => {
    await proxy.stop();
  });

  it('keeps the files of the team that committed, and answers that the database failed', async () => {
    proxy.cutRepliesAfterStatement('commit and chain');
    const answer = await register(app.url, registrationForm());
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(answer.body).toMatchObject({ success: false });

    // The commit went through: the team is there, numbered, with its logo.
    const db = app.database.db;
    const [team] = await db.select().from(teams);
    expect(team).toMatchObject({ teamId: 'ICCT-001' });
    const [logo] = await db.select().from(teamFiles);
    expect(logo).toMatchObject({ teamUuid: team!.id, kind: 'logo', state: 'uploaded' });
    // ... and the file it names is still in storage, with no deletion scheduled for it.
    expect(fixture.cloudinary.uploads.map((u) => u.publicId)).toContain(logo!.publicId);
    expect(fixture.cloudinary.destroyed).not.toContain(logo!.publicId);
    expect(await db.select().from(storageDeletions)).toEqual([]);
  });
});
