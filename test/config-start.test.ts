import { afterEach, describe, expect, it } from 'vitest';
import {
  HEALTH_CHECK,
  freePort,
  runUntilExit,
  startServerProcess,
  type FinishedProcess,
  type ServerProcess,
} from './support/server-process.js';

/**
 * How `node dist/main.js` starts, or refuses to: configuration read from a real environment, and
 * start-up failures reported as one JSON log line before a non-zero exit.
 */

// Each test starts real processes (PGlite's first start in a new directory is slow on a busy machine).
const PROCESS_TEST = { timeout: 240_000 };

/** The one line saying why the process refused to start; every line it wrote must be JSON. */
function refusal(run: FinishedProcess): Record<string, unknown> {
  expect(run.lines.length, run.output).toBeGreaterThan(0);
  expect(
    run.lines.every((line) => line !== undefined),
    `every line is JSON:\n${run.output}`,
  ).toBe(true);
  const fatal = run.lines.filter((line) => line?.level === 'fatal');
  expect(fatal, run.output).toHaveLength(1);
  expect(fatal[0]!.msg).toMatch(/^Refusing to start: /);
  return fatal[0]!;
}

/** A database URL on a port where nothing listens. */
async function unreachableDatabase(): Promise<string> {
  return `postgresql://icct:db-password-123@127.0.0.1:${await freePort()}/icct26`;
}

describe('start-up configuration of `node dist/main.js`', PROCESS_TEST, () => {
  let server: ServerProcess | undefined;

  afterEach(async () => {
    await server?.cleanup();
    server = undefined;
  });

  it('reads an empty API_PORT= as unset: listens on PORT, links to it, and the health check finds it', async () => {
    const port = await freePort();
    server = await startServerProcess({ API_PORT: '', PORT: String(port), SHUTDOWN_GRACE_SECONDS: ' ' });
    expect(server.output()).toContain(`listening on http://127.0.0.1:${port}`);
    const loaded = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"configuration loaded"'))
      .map((line) => JSON.parse(line) as { config: { http: Record<string, unknown> } });
    expect(loaded[0]?.config.http).toMatchObject({
      port,
      publicUrl: `http://127.0.0.1:${port}`,
      shutdownGraceMs: 20_000,
    });
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    // The image's HEALTHCHECK reads the port as the server does: PORT when API_PORT is empty.
    const healthCheck = (env: Record<string, string>) =>
      runUntilExit({ API_PORT: '', ...env }, { script: HEALTH_CHECK, timeoutMs: 30_000 });
    expect(await healthCheck({ PORT: String(port) })).toMatchObject({ code: 0 });
    expect(await healthCheck({ PORT: String(await freePort()) })).toMatchObject({ code: 1 });
  });

  it('refuses a wrong value with one JSON line naming the variable, and exits 1', async () => {
    const run = await runUntilExit({ API_PORT: 'eighty', ADMIN_API_KEYS: 'tiny-key-xyz' });
    expect(run.code).toBe(1);
    const line = refusal(run);
    expect(line.msg).toContain('API_PORT');
    expect(line.msg).toContain('ADMIN_API_KEYS');
    expect(run.output).not.toContain('tiny-key-xyz');
  });

  it('in production refuses to fall back to the embedded database, .eml files, localhost links or local disk', async () => {
    const run = await runUntilExit({ ENVIRONMENT: 'production', API_PORT: '' });
    expect(run.code).toBe(1);
    const line = refusal(run);
    for (const named of [
      'DATABASE_URL',
      'ALLOW_EMBEDDED_DATABASE=true',
      'SMTP_SERVER',
      'ALLOW_EMAIL_TO_FILES=true',
      'API_URL',
      'CLOUDINARY_URL',
      'ALLOW_LOCAL_FILE_STORAGE=true',
    ]) {
      expect(line.msg).toContain(named);
    }
  });

  it('in production starts on those fallbacks when each is opted into', async () => {
    server = await startServerProcess({
      ENVIRONMENT: 'production',
      API_URL: 'https://api.icct26.example',
      ALLOW_EMBEDDED_DATABASE: 'true',
      ALLOW_EMAIL_TO_FILES: 'true',
      ALLOW_LOCAL_FILE_STORAGE: 'true',
    });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('logs a database it cannot reach at start-up as one JSON line naming DATABASE_URL, and exits 1', async () => {
    const run = await runUntilExit({ DATABASE_URL: await unreachableDatabase() });
    expect(run.code).toBe(1);
    const line = refusal(run);
    expect(line.msg).toMatch(/cannot reach the database at DATABASE_URL \(127\.0\.0\.1:\d+\)/);
    expect(run.output).not.toContain('db-password-123');
  });

  it('with API_WORKERS=2 restarts workers that fail to start, with a backoff, and gives up after WORKER_MAX_START_FAILURES in a row', async () => {
    const run = await runUntilExit(
      {
        API_WORKERS: '2',
        DATABASE_URL: await unreachableDatabase(),
        WORKER_MAX_START_FAILURES: '3',
        WORKER_RESTART_DELAY_MS: '50',
      },
      { timeoutMs: 120_000 },
    );
    expect(run.code, run.output).toBe(1);
    expect(run.lines.every((line) => line !== undefined)).toBe(true);
    const messages = run.lines.map((line) => String(line?.msg));
    // Each worker says why it failed; the primary restarts it, then gives up on the third failure in a row.
    expect(
      messages.filter((m) => m.startsWith('Refusing to start: cannot reach the database')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(messages.some((m) => /failed to start \(1 in a row\); restarting it in 50 ms/.test(m))).toBe(true);
    expect(messages.some((m) => /failed to start \(2 in a row\); restarting it in 100 ms/.test(m))).toBe(
      true,
    );
    const giveUp = run.lines.filter(
      (line) => line?.level === 'fatal' && !String(line.msg).startsWith('Refusing'),
    );
    expect(giveUp, run.output).toHaveLength(1);
    expect(giveUp[0]!.msg).toMatch(/failed to start 3 times in a row .*WORKER_MAX_START_FAILURES/);
    expect(messages.at(-1)).toBe('All workers stopped');
  });
});
