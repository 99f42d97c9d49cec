import { request as httpRequest, Agent, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets, hasPostgres, testDatabase, type TestDatabase } from './support/databases.js';
import { registrationForm, validFields } from './support/fixtures.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { useTestApp } from './support/test-app.js';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with node:http, so the connection (keep-alive or not) is under the test's control. */
function send(
  url: string,
  options: { method?: string; body?: Buffer; headers?: Record<string, string>; agent?: Agent | false } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A valid registration as raw bytes and headers (the multipart encoding of `registrationForm()`). */
async function registrationRequest(): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const encoded = new Request('http://encode.test', { method: 'POST', body: registrationForm() });
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type')! },
  };
}

async function eventually(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Each test starts a real process (PGlite's first start in a new directory is slow on a busy machine).
const PROCESS_TEST = { timeout: 240_000 };

describe.each(databaseTargets())('graceful shutdown of `node dist/main.js` on %s', PROCESS_TEST, (target) => {
  // No app in this process: each test starts a server process.
  const fixture = useTestApp(target, { cloudinary: true, start: false });
  const { cloudinary } = fixture;
  let server: ServerProcess | undefined;

  afterEach(async () => {
    await server?.cleanup();
    server = undefined;
  });

  // PGlite runs from DATA_DIR (the process's own directory); PostgreSQL from the test database.
  const databaseEnv = () => (target === 'postgres' ? { DATABASE_URL: fixture.db.url } : {});

  it('on SIGTERM finishes a slow in-flight registration with 200, refuses new connections, and exits 0', async () => {
    cloudinary.mode = { kind: 'slow', ms: 2_500 };
    server = await startServerProcess({
      ...databaseEnv(),
      CLOUDINARY_URL: cloudinary.cloudinaryUrl(),
      SHUTDOWN_GRACE_SECONDS: '30',
    });
    const keepAlive = new Agent({ keepAlive: true });
    const { body, headers } = await registrationRequest();
    const before = cloudinary.requests;
    const inFlight = send(`${server.url}/api/registration`, {
      method: 'POST',
      body,
      headers,
      agent: keepAlive,
    });
    inFlight.catch(() => undefined); // awaited below; no unhandled rejection if an earlier step fails
    await eventually(() => cloudinary.requests > before);

    server.child.kill('SIGTERM');
    await server.waitForLog(/SIGTERM received: accepting no new connections, finishing 1 request/);
    await expect(send(`${server.url}/docs-json`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const response = await inFlight;
    expect(response.status, response.body).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ success: true, status: 'pending' });
    // The keep-alive socket is released with the response instead of holding the process open.
    expect(response.headers.connection).toBe('close');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('Shut down cleanly');
    keepAlive.destroy();
  });

  it('lets a handler already answered with 408 commit its registration before the pool closes', async () => {
    cloudinary.mode = { kind: 'slow', ms: 3_000 };
    server = await startServerProcess({
      ...databaseEnv(),
      CLOUDINARY_URL: cloudinary.cloudinaryUrl(),
      REQUEST_TIMEOUT: '1',
      SHUTDOWN_GRACE_SECONDS: '30',
    });
    const fields = validFields();
    const encoded = new Request('http://encode.test', { method: 'POST', body: registrationForm(fields) });
    const timedOut = await send(`${server.url}/api/registration`, {
      method: 'POST',
      body: Buffer.from(await encoded.arrayBuffer()),
      headers: { 'content-type': encoded.headers.get('content-type')! },
    });
    expect(timedOut.status, timedOut.body).toBe(408);

    server.child.kill('SIGTERM'); // its handler is still waiting on the slow upload
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toContain('handler(s) still running');

    // The registration committed whole before the pool closed: there it is after a restart.
    const again = await startServerProcess({
      ...databaseEnv(),
      DATA_DIR: server.dataDir,
      ADMIN_API_KEYS: 'server-process-admin-key',
    });
    try {
      const found = await send(`${again.url}/admin/teams?q=${encodeURIComponent(fields.team_name!)}`, {
        headers: { 'x-api-key': 'server-process-admin-key' },
      });
      expect(JSON.parse(found.body)).toMatchObject({
        pagination: { total: 1 },
        data: [{ player_count: 11 }],
      });
    } finally {
      await again.cleanup();
    }
  });

  it('cuts off a request still running when SHUTDOWN_GRACE_SECONDS is over, and still exits 0', async () => {
    cloudinary.mode = { kind: 'slow', ms: 60_000 };
    server = await startServerProcess({
      ...databaseEnv(),
      CLOUDINARY_URL: cloudinary.cloudinaryUrl(),
      SHUTDOWN_GRACE_SECONDS: '1',
      CLOUDINARY_BREAKER_TIMEOUT_MS: '120000',
    });
    const { body, headers } = await registrationRequest();
    const before = cloudinary.requests;
    const inFlight = send(`${server.url}/api/registration`, { method: 'POST', body, headers });
    inFlight.catch(() => undefined); // awaited below; no unhandled rejection if an earlier step fails
    await eventually(() => cloudinary.requests > before);

    server.child.kill('SIGTERM');
    await expect(inFlight).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('1 request(s) did not finish within the grace period');
  });
});

describe('API_WORKERS', PROCESS_TEST, () => {
  let db: TestDatabase | undefined;
  let server: ServerProcess | undefined;

  afterEach(async () => {
    await server?.cleanup();
    server = undefined;
    await db?.drop();
    db = undefined;
  });

  const workersSeen = async (url: string, requests: number) => {
    const seen = new Set<string>();
    for (let i = 0; i < requests; i++) {
      // A new connection each time: the cluster primary hands connections to workers in turn.
      const res = await send(`${url}/docs-json`);
      expect(res.status).toBe(200);
      seen.add(String(res.headers['x-worker-id']));
    }
    return seen;
  };

  it.skipIf(!hasPostgres)(
    'on PostgreSQL runs that many workers on one port, warns about the pool total, restarts a dead worker, stops on SIGTERM',
    async () => {
      db = await testDatabase('postgres');
      // A fresh database: both workers migrate it at once, serialised by the advisory lock.
      server = await startServerProcess(
        {
          DATABASE_URL: db.url,
          API_WORKERS: '2',
          DATABASE_POOL_SIZE: '40',
          DATABASE_MAX_OVERFLOW: '20',
          DATABASE_MAX_CONNECTIONS: '100',
        },
        2,
      );
      expect(server.output()).toContain('2 worker(s) x 61 connections');
      expect(server.output()).toContain('= 122, more than DATABASE_MAX_CONNECTIONS (100)');
      expect([...(await workersSeen(server.url, 20))].sort()).toEqual(['1', '2']);

      const [first] = await server.waitForLog(/\(worker 1, pid (\d+)\)/);
      process.kill(Number(first![1]), 'SIGKILL');
      await server.waitForLog(/Worker 1 \(pid \d+\) died \(signal SIGKILL\); starting a replacement/);
      await server.waitForLog(/listening on http\S+ \(worker 3, pid \d+\)/);
      expect([...(await workersSeen(server.url, 20))].sort()).toEqual(['2', '3']);

      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('All workers stopped');
      expect(server.output().match(/Shut down cleanly/g)).toHaveLength(2);
      // The primary and every worker log JSON lines, the primary's own events included.
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.trim() !== '');
      for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    },
  );

  it('on the embedded database runs one process and says why', async () => {
    server = await startServerProcess({ API_WORKERS: '3' });
    expect(server.output()).toContain('API_WORKERS=3, but running 1 worker: the embedded PGlite database');
    const res = await send(`${server.url}/docs-json`);
    expect(res.status).toBe(200);
    expect(res.headers['x-worker-id']).toBeUndefined();
    expect(server.output()).not.toContain('Starting 3 workers');
  });
});
