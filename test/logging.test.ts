import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { maskEmail, maskForLog, maskPhone } from '../src/hardening/log-masking.js';
import { createAppLogger } from '../src/hardening/request-logging.js';
import { describeStartupFailure } from '../src/lifecycle/startup-failure.js';
import { useTestApp } from './support/test-app.js';
import { databaseTargets } from './support/databases.js';
import { LogCapture } from './support/log-capture.js';
import { register, registrationForm, validFields } from './support/fixtures.js';

describe('masking', () => {
  it('keeps where a failed statement failed (its text, constraint, table, column), never its values', () => {
    // As postgres.js throws it: `query` and `parameters` are set on the error, not enumerable.
    const error = Object.assign(
      new Error('null value in column "captain_email" violates not-null constraint'),
      {
        code: '23502',
        table_name: 'teams',
        column_name: 'captain_email',
        detail: 'Failing row contains (Sam, sam.joseph@example.org, 9876543210).',
      },
    );
    Object.defineProperties(error, {
      query: { value: 'insert into "teams" ("captain_name", "captain_phone") values ($1, $2)' },
      parameters: { value: ['Sam Joseph', '9876543210'] },
    });
    const logged = maskForLog(error) as Record<string, unknown>;
    expect(logged).toMatchObject({
      code: '23502',
      statement: 'insert into "teams" ("captain_name", "captain_phone") values ($1, $2)',
      table: 'teams',
      column: 'captain_email',
    });
    expect(JSON.stringify(logged)).not.toMatch(/Sam Joseph|9876543210|Failing row/);
  });

  it("logs a query builder's failed statement without its values (drizzle puts them in its message)", async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = new PGlite();
    try {
      const failure: unknown = await drizzle({ client })
        .execute(sql`select ${'Sam Joseph'}::text, ${'9876543210'}::text from no_such_table`)
        .catch((error: unknown) => error);
      // The real error, as drizzle throws it: its message and stack name both values.
      expect(String((failure as Error).stack)).toMatch(/params: Sam Joseph,9876543210/);
      const logged = maskForLog(failure) as Record<string, unknown>;
      expect(logged).toMatchObject({
        message: expect.stringMatching(
          /^Failed query: select \$1::text, \$2::text from no_such_table\nparams: \(not logged\)$/,
        ),
        stack: expect.stringMatching(/^Error: Failed query: [^]*\(not logged\)\n\s+at /),
        cause: { message: 'relation "no_such_table" does not exist', code: '42P01' },
      });
      expect(JSON.stringify(logged)).not.toMatch(/Sam Joseph|3210/);

      // Through the app's logger, which pino gives the error's own message when none is given.
      const capture = new LogCapture();
      const logger = createAppLogger(loadConfig({}), capture);
      logger.error(failure);
      logger.error({ err: failure });
      logger.error({ err: failure, msg: 'the numbering failed' });
      expect(capture.entries().map((line) => line.msg)).toEqual([
        logged.message,
        logged.message,
        'the numbering failed',
      ]);
      expect(capture.lines.join('\n')).not.toMatch(/Sam Joseph|3210/);
      expect(describeStartupFailure(failure, loadConfig({}))).toBe(logged.message);
    } finally {
      await client.close();
    }
  });

  it("cuts a failed statement's message after its text, whatever form the values take after it", () => {
    const query = 'update "teams" set "captain_name" = $1';
    const error = Object.assign(new Error(`${query} failed for [Sam Joseph]`), {
      query,
      params: ['Sam Joseph'],
    });
    expect(maskForLog(error)).toMatchObject({ message: `${query}\nparams: (not logged)` });
    expect(JSON.stringify(maskForLog(error))).not.toContain('Sam Joseph');
  });

  it('shortens emails and phone numbers to a recognisable tail', () => {
    expect(maskEmail('captain@example.org')).toBe('ca***@example.org');
    expect(maskPhone('call 9876543210 now')).toBe('call ******3210 now');
    expect(maskPhone('+919876543210')).toBe('*********3210');
  });
});

describe.each(databaseTargets())('structured logs on %s', (target) => {
  const capture = new LogCapture();
  const adminKey = 'admin-key-0123456789abcdef';

  // Before the app's hooks: the directory is there when the app starts, and removed after it closes.
  let logDir: string;
  beforeAll(async () => {
    logDir = await mkdtemp(join(tmpdir(), 'icct-logs-'));
  });
  afterAll(async () => {
    await rm(logDir, { recursive: true, force: true });
  });
  const server = useTestApp(target, {
    env: () => ({
      LOG_LEVEL: 'info',
      LOG_TO_FILE: 'true',
      LOG_FILE: join(logDir, 'app.log'),
      ADMIN_API_KEYS: adminKey,
      SECRET_KEY: 'a-very-secret-key-of-at-least-32-characters',
      SMTP_SERVER: 'smtp.example.org',
      SMTP_USERNAME: 'mailer@example.org',
      SMTP_PASSWORD: 'smtp-password-value',
    }),
    app: { logDestination: capture },
  });

  it('writes one JSON line per request, without unmasked emails, phones or keys', async () => {
    const fields = validFields({ captain_email: 'captain.samuel@example.org', captain_phone: '9876543210' });
    const idempotencyKey = `key-${randomUUID()}`;
    const requestId = `req-${randomUUID()}`;
    const res = await register(server.url, registrationForm(fields), {
      'Idempotency-Key': idempotencyKey,
      'X-Request-Id': requestId,
      Authorization: 'Bearer top-secret-token',
      'X-API-Key': adminKey,
      Cookie: 'session=cookie-secret',
    });
    expect(res.status).toBe(200);
    await fetch(`${server.url}/nothing-here`);
    // A database error message carrying the captain's email must be masked too.
    await server.database.db.execute(sql`drop table players cascade`);
    const failed = await register(server.url, registrationForm(validFields()));
    expect(failed.status).toBe(500);

    const entries = capture.entries(); // throws if any line is not JSON
    const line = entries.find((e) => e.request_id === requestId && e.status !== undefined);
    expect(line).toMatchObject({
      level: 'info',
      request_id: requestId,
      method: 'POST',
      route: '/api/registration',
      status: 200,
      client_ip: expect.any(String),
      team_id: res.body.team_id,
    });
    expect(typeof line!.time).toBe('string');
    expect(typeof line!.duration_ms).toBe('number');
    expect(entries.filter((e) => e.request_id === requestId && e.status !== undefined)).toHaveLength(1);
    expect(entries.some((e) => e.status === 404 && e.level === 'warn')).toBe(true);
    const failure = entries.find((e) => e.request_id === failed.body.request_id && e.err);
    expect(failure).toMatchObject({ level: 'error', error_code: 'INTERNAL_ERROR' });

    const text = capture.lines.join('\n');
    for (const secret of [
      'captain.samuel@example.org',
      '9876543210',
      idempotencyKey,
      'top-secret-token',
      adminKey,
      'cookie-secret',
      'smtp-password-value',
      'a-very-secret-key',
      'mailer@example.org',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs the configuration once at start-up as JSON, secrets masked; LOG_TO_FILE writes LOG_FILE too', async () => {
    const config = capture.entries().find((e) => e.event === 'config');
    expect(config?.config).toMatchObject({
      environment: 'test',
      adminApiKeys: ['admi***'],
      secretKey: 'a-ve***',
      smtp: { password: 'smtp***', username: 'ma***@example.org' },
    });
    const file = await readFile(join(logDir, 'app.log'), 'utf8');
    const lines = file
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { event?: string });
    expect(lines.some((l) => l.event === 'config')).toBe(true);
  });
});
