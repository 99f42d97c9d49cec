import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { storageDeletions, teamEdits, teamFiles, teams } from '../src/database/schema.js';
import { captainRequest, editForm, registerWithLink } from './support/captain-link.js';
import { hasPostgres } from './support/databases.js';
import { pngBytes, register, registrationForm } from './support/fixtures.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { useTestApp, type RunningApp } from './support/test-app.js';

/**
 * A registration (or a captain's edit) whose connection to PostgreSQL is lost after its commit was sent,
 * before the answer came back (a real TCP proxy passes the commit on and then drops the replies): it may
 * well have committed, so its uploaded files must not be deleted. Files of one that did not commit are
 * left to the orphan sweep, which deletes only files no team refers to.
 */
describe.runIf(hasPostgres)('a registration or edit whose commit went out on a connection then lost', () => {
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

  it("keeps a captain's edit's new logo when its commit went through, and answers that the database failed", async () => {
    // An edit's transaction ends with postgres.js's own `commit` (no statement of the edit holds the word).
    // With prepared statements a connection names that `commit` once and then sends only its name, so the
    // proxy could not see it: this app sends every statement with its text.
    const editing = await fixture.start({
      DATABASE_URL: proxy.throughProxy(fixture.db.url),
      DATABASE_PREPARED_STATEMENTS: 'false',
    });
    const { teamId, token } = await registerWithLink(editing.url, editing.database);
    const db = editing.database.db;
    const [team] = await db.select().from(teams).where(eq(teams.teamId, teamId));

    proxy.cutRepliesAfterStatement('commit');
    const answer = await captainRequest(editing.url, teamId, token, {
      method: 'PATCH',
      body: editForm({}, { logo: { bytes: pngBytes(4000), filename: 'new-logo.png' } }),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);

    // The edit committed: its new logo replaced the old one's row, and the new file is still in storage,
    // with no deletion scheduled for it.
    expect(await db.select().from(teamEdits).where(eq(teamEdits.teamUuid, team!.id))).toHaveLength(1);
    const [logo] = await db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(logo).toMatchObject({ kind: 'logo', state: 'uploaded', sizeBytes: 4000 });
    expect(fixture.cloudinary.uploads.map((u) => u.publicId)).toContain(logo!.publicId);
    expect(fixture.cloudinary.destroyed).not.toContain(logo!.publicId);
    const deletions = await db.select({ publicId: storageDeletions.publicId }).from(storageDeletions);
    expect(deletions.map((d) => d.publicId)).not.toContain(logo!.publicId);
  });
});
