import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/test-app.js';
import { databaseTargets, hasPostgres } from './support/databases.js';
import postgres from 'postgres';
import { players, register, registrationForm, validFields } from './support/fixtures.js';

/** A raw HTTP exchange, for bodies fetch will not send (chunked, truncated, huge). */
function rawRequest(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string | number> },
  write: (req: ReturnType<typeof request>) => void,
): Promise<{ status: number; headers: Record<string, unknown>; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${options.path}`,
      { method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode!, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    write(req);
  });
}

const expectEnvelope = (body: any, code: string) => {
  expect(body).toMatchObject({ success: false, error_code: code });
  expect(typeof body.request_id).toBe('string');
};

describe.each(databaseTargets())('requests at the edges on %s', (target) => {
  const server = useTestApp(target, { env: { CORS_ORIGINS: 'https://icct26.com' } });

  const health = async () => (await fetch(`${server.url}/health`)).status;

  it('refuses an 11 MB body with 413 PAYLOAD_TOO_LARGE by its Content-Length, and goes on serving', async () => {
    const res = await fetch(`${server.url}/api/registration`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(11 * 1024 * 1024, 0x20),
    });
    expect(res.status).toBe(413);
    expectEnvelope(await res.json(), 'PAYLOAD_TOO_LARGE');
    expect(await health()).toBe(200);
  });

  it('counts a chunked multipart body and refuses it past MAX_REQUEST_SIZE', async () => {
    const boundary = 'x-boundary';
    const res = await rawRequest(
      server.url,
      { path: '/api/registration', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
      (req) => {
        // Each file within its own 5 MB limit, together past the 10 MiB body limit.
        for (const name of ['logo', 'payment_receipt']) {
          req.write(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="f"\r\n\r\n`);
          req.write(Buffer.alloc(5 * 1024 * 1024 - 100, 0x41));
          req.write('\r\n');
        }
        req.write(`--${boundary}\r\nContent-Disposition: form-data; name="team_name"\r\n\r\n`);
        req.write('x'.repeat(60 * 1024));
        req.end(`\r\n--${boundary}--\r\n`);
      },
    );
    expect(res.status).toBe(413);
    expectEnvelope(res.body, 'PAYLOAD_TOO_LARGE');
    expect(await health()).toBe(200);
  });

  it('counts a chunked JSON body too', async () => {
    const res = await rawRequest(
      server.url,
      { path: '/api/registration', headers: { 'content-type': 'application/json' } },
      (req) => {
        req.write('{"a":"');
        for (let i = 0; i < 11; i++) req.write(Buffer.alloc(1024 * 1024, 0x61));
        req.end('"}');
      },
    );
    expect(res.status).toBe(413);
    expectEnvelope(res.body, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a truncated multipart body with a 400 envelope', async () => {
    const boundary = 'x-boundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="team_name"\r\n\r\nTeam Truncated\r\n--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="a.png"\r\n\r\n\x89PNG`;
    const res = await rawRequest(
      server.url,
      {
        path: '/api/registration',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': body.length,
        },
      },
      (req) => req.end(body, 'latin1'),
    );
    expect(res.status).toBe(400);
    expectEnvelope(res.body, 'VALIDATION_FAILED');
    expect(await health()).toBe(200);
  });

  it('answers malformed JSON with a 400 envelope, not a parser message', async () => {
    const res = await fetch(`${server.url}/api/registration`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"team_name": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expectEnvelope(body, 'VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/Unexpected|JSON\.parse|position/);
  });

  // A wrong method on a known path is 405 with Allow now: test/request-pipeline.test.ts.
  it('answers unknown routes with 404 NOT_FOUND in the envelope, echoing X-Request-Id', async () => {
    const id = `req-${randomUUID()}`;
    for (const [method, path] of [
      ['GET', '/nothing-here'],
      ['DELETE', '/api/nothing-here'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'x-request-id': id } });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-request-id')).toBe(id);
      const body = (await res.json()) as any;
      expectEnvelope(body, 'NOT_FOUND');
      expect(body.request_id).toBe(id);
    }
  });

  it('sets helmet headers, no X-Powered-By, and CORS for the configured origin only (preflight too)', async () => {
    const allowed = await fetch(`${server.url}/health`, { headers: { origin: 'https://icct26.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://icct26.com');
    expect(allowed.headers.get('x-powered-by')).toBeNull();
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('strict-transport-security')).toMatch(/max-age=/);
    const other = await fetch(`${server.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = (origin: string) =>
      fetch(`${server.url}/api/registration`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'idempotency-key',
        },
      });
    const ok = await preflight('https://icct26.com');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://icct26.com');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    // An OPTIONS request without Access-Control-Request-Method is answered as a preflight, as Express's
    // `cors` did: not with a text/plain 400 outside the envelope.
    const bare = await fetch(`${server.url}/health`, {
      method: 'OPTIONS',
      headers: { origin: 'https://icct26.com' },
    });
    expect(bare.status).toBe(204);
    expect(bare.headers.get('access-control-allow-origin')).toBe('https://icct26.com');
  });

  it('gzips responses over 1 KB and not small ones', async () => {
    const bad = players(15).map(() => ({ name: '!', role: 'Umpire', phone: '1' }));
    const big = await fetch(`${server.url}/api/registration`, {
      method: 'POST',
      body: registrationForm(validFields({ players: JSON.stringify(bad) })),
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(big.status).toBe(400);
    expect(big.headers.get('content-encoding')).toBe('gzip');
    expect(((await big.json()) as any).error_code).toBe('VALIDATION_FAILED'); // fetch decompresses
    const small = await fetch(`${server.url}/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('answers an unexpected failure with a 500 envelope that shows no internals', async () => {
    await server.database.db.execute(sql`drop table players cascade`);
    const res = await register(server.url, registrationForm());
    expect(res.status).toBe(500);
    expectEnvelope(res.body, 'INTERNAL_ERROR');
    expect(res.body.message).toBe('An unexpected error occurred');
    expect(JSON.stringify(res.body)).not.toMatch(/players|relation|select|insert|\.ts|at /i);
    expect(await health()).toBe(200);
  });
});

describe.runIf(hasPostgres)('an unreachable database', () => {
  const server = useTestApp('postgres');

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, /health says unhealthy, and both recover', async () => {
    const name = new URL(server.db.url).pathname.slice(1);
    const admin = postgres(process.env.DATABASE_URL!.replace(/\/[^/]*$/, '/postgres'), {
      max: 1,
      onnotice: () => undefined,
    });
    try {
      await admin.unsafe(`alter database "${name}" allow_connections false`);
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`;
      const res = await register(server.url, registrationForm());
      expect(res.status, JSON.stringify(res.body)).toBe(503);
      expectEnvelope(res.body, 'SERVICE_UNAVAILABLE');
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect(JSON.stringify(res.body)).not.toMatch(/accepting|database "|pg_/i);
      const health = await fetch(`${server.url}/health`);
      expect([health.status, await health.json()]).toMatchObject([
        503,
        { status: 'unhealthy', database: { status: 'down' } },
      ]);
      const status = await fetch(`${server.url}/status`);
      expect(status.status).toBe(503);
      expectEnvelope(await status.json(), 'SERVICE_UNAVAILABLE');

      await admin.unsafe(`alter database "${name}" allow_connections true`);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      expect((await register(server.url, registrationForm())).status).toBe(200);
    } finally {
      await admin.unsafe(`alter database "${name}" allow_connections true`).catch(() => undefined);
      await admin.end();
    }
  });
});
