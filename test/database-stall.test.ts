import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPostgres, testDatabase, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { useTestApp, type RunningApp } from './support/test-app.js';

const REQUEST_TIMEOUT_MS = 1000;

/** A GET that gives up well after the request timeout, so a hang fails the test instead of stalling it. */
async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS + 4000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * The public reads while PostgreSQL stalls or refuses (a real TCP proxy black-holes or resets the app's
 * connections): the countdown page's poll, which bounds its own query rather than going through the
 * request timeout's interceptor, still answers 408 in the envelope, and /health 503; both answer 200 once
 * it flows again, the poll without waiting out its cache.
 */
describe.runIf(hasPostgres)('public reads while PostgreSQL stalls or refuses', () => {
  const fixture = useTestApp('postgres', { start: false });
  const proxy = TcpProxy.inFrontOf(process.env.DATABASE_URL, 5432);
  let app: RunningApp;
  let proxiedUrl: string;

  beforeAll(async () => {
    await proxy.start();
    proxiedUrl = proxy.throughProxy(fixture.db.url);
    app = await fixture.start({
      DATABASE_URL: proxiedUrl,
      REQUEST_TIMEOUT: String(REQUEST_TIMEOUT_MS / 1000),
      // Every poll asks the database: no count cached from before the stall.
      REGISTRATION_STATUS_CACHE_MS: '0',
    });
  });
  afterAll(async () => {
    proxy.setMode('pass');
    await proxy.stop();
  });

  it('answers the registration status 408 and /health 503 during the stall, and 200 after it', async () => {
    const status = `${app.url}/api/registration/status?church=St%20Mark`;
    expect((await get(status)).status).toBe(200);

    proxy.setMode('black-hole');
    const [stalled, health] = await Promise.all([get(status), get(`${app.url}/health`)]);
    expect(stalled.status).toBe(408);
    expect(stalled.body).toMatchObject({ success: false, error_code: 'REQUEST_TIMEOUT' });
    expect(stalled.body.request_id).toEqual(expect.any(String));
    expect(health.status).toBe(503);

    proxy.setMode('pass');
    await eventually('the status answered again', async () => (await get(status)).status === 200);
    const answered = await get(status);
    expect(answered.body).toMatchObject({ success: true, church: { name: 'St Mark', teams: 0 } });
    expect((await get(`${app.url}/health`)).status).toBe(200);
  });

  it('does not keep a failed count: the first poll after PostgreSQL is back is answered 200', async () => {
    // Counts kept a minute: a failure kept like them would be answered for that minute.
    const caching = await fixture.start({ DATABASE_URL: proxiedUrl, REGISTRATION_STATUS_CACHE_MS: '60000' });
    const status = `${caching.url}/api/registration/status?church=St%20Luke`;
    proxy.setMode('refuse');
    const failed = await get(status);
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ success: false, error_code: 'SERVICE_UNAVAILABLE' });

    proxy.setMode('pass');
    await eventually('/health up again', async () => (await get(`${caching.url}/health`)).status === 200);
    const answered = await get(status);
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ church: { name: 'St Luke', teams: 0 } });
  });
});

/**
 * A connection reset while the driver sets it up (PostgreSQL restarting, a backend terminated as the pool
 * grows). postgres.js's own first statement on a new connection, its array-type lookup, lost its
 * failure to an unhandled rejection (porsager/postgres#1192), which ends a Node process: every request in
 * flight lost with it. A real server process here, so that such a crash is seen as what it is.
 */
describe.runIf(hasPostgres)('a database connection reset while it is being set up', () => {
  const proxy = TcpProxy.inFrontOf(process.env.DATABASE_URL, 5432);
  let db: TestDatabase;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    db = await testDatabase('postgres');
  });
  afterAll(async () => {
    await server?.cleanup();
    await proxy.stop();
    await db.drop();
  });

  it(
    'fails at most the requests on it: the server keeps running and answers after',
    { timeout: 120_000 },
    async () => {
      await proxy.start();
      server = await startServerProcess({
        DATABASE_URL: proxy.throughProxy(db.url),
        REGISTRATION_STATUS_CACHE_MS: '0',
      });
      const status = (i: number) => `${server!.url}/api/registration/status?church=St%20Mark%20${i}`;

      // Every open connection dropped, so the next one the server opens (for these reads or its own
      // background work) is new, and is reset at its first statement: with the driver's array-type lookup,
      // that lookup (the defect); without it, a read, which fails alone.
      proxy.setMode('refuse');
      proxy.setMode('pass');
      proxy.resetNextConnectionsAtFirstStatement(1);
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => get(status(i))));
      for (const answer of answers) {
        expect([200, 503], JSON.stringify(answer.body)).toContain(answer.status);
      }
      await eventually('a new connection reset', () => Promise.resolve(proxy.resetCount === 1));

      // A crash from the reset would come within moments of it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.child.exitCode, server.output()).toBeNull();
      expect(server.child.signalCode).toBeNull();
      const after = await Promise.all(Array.from({ length: 12 }, (_, i) => get(status(i))));
      expect(after.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    },
  );
});
