import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { teamFiles, teams } from '../src/database/schema.js';
import { startApp, testDatabase, type RunningApp, type TestDatabase } from './support/app-harness.js';
import { databaseTargets } from './support/databases.js';
import { FakeCloudinary } from './support/fake-cloudinary.js';
import { pdfBytes, register, registrationForm, validFields } from './support/fixtures.js';

describe.each(databaseTargets())('registration with Cloudinary (real SDK, loopback fake) on %s', (target) => {
  let db: TestDatabase;
  let server: RunningApp;
  let cloudinary: FakeCloudinary;

  beforeAll(async () => {
    cloudinary = await new FakeCloudinary().start();
    db = await testDatabase(target);
    server = await startApp(db, { CLOUDINARY_URL: cloudinary.cloudinaryUrl('icct-cloud') });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    await cloudinary?.stop();
  });
  beforeEach(() => {
    cloudinary.mode = { kind: 'ok' };
  });

  it('uploads logo and receipt into one folder per team and keeps the secure URL and public id', async () => {
    const res = await register(
      server.url,
      registrationForm(validFields(), { payment_receipt: { bytes: pdfBytes() } }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [team] = await server.database.db.select().from(teams).where(eq(teams.teamId, res.body.team_id));
    const files = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamId, team!.id));
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file.publicId).toBe(`teams/${team!.id}/${file.kind}`);
      expect(file.url).toBe(`https://res.cloudinary.test/icct-cloud/image/upload/v1/${file.publicId}`);
    }
    expect(cloudinary.uploads.filter((u) => u.folder === `teams/${team!.id}`)).toHaveLength(2);
  });

  it('saves nothing and uses no number when Cloudinary refuses the file', async () => {
    const before = await server.database.db.$count(teams);
    cloudinary.mode = { kind: 'fail', status: 400 };
    const res = await register(server.url, registrationForm(validFields()));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: 'VALIDATION_FAILED',
      details: { field_errors: { logo: expect.any(String) } },
    });
    expect(await server.database.db.$count(teams)).toBe(before);

    cloudinary.mode = { kind: 'ok' };
    const next = await register(server.url, registrationForm(validFields()));
    expect(next.status).toBe(200);
    expect(Number(next.body.team_id.split('-')[1])).toBe(before + 1);
  });
});
