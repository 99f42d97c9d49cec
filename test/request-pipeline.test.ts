import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { LogCapture } from './support/log-capture.js';
import { rawExchange } from './support/raw-http.js';
import { useTestApp } from './support/test-app.js';

const ADMIN_KEY = 'admin-key-0123456789abcdef0123';

const expectEnvelope = (body: any, code: string) =>
  expect(body).toMatchObject({ success: false, error_code: code, request_id: expect.any(String) });

describe.each(databaseTargets())('the request pipeline on %s', (target) => {
  const capture = new LogCapture();
  const server = useTestApp(target, {
    env: { LOG_LEVEL: 'info', ADMIN_API_KEYS: ADMIN_KEY },
    app: { logDestination: capture },
  });

  it('answers a method a known path does not serve with 405 and Allow; an unknown path stays 404', async () => {
    const id = `req-${randomUUID()}`;
    for (const [method, path, allow] of [
      ['DELETE', '/api/registration', 'POST'],
      ['PUT', '/health', 'GET, HEAD'],
      ['GET', '/admin/teams/ICCT-001/approve', 'POST'],
      ['POST', '/api/registration/ICCT-001', 'GET, HEAD, PATCH'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'x-request-id': id } });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect(res.headers.get('x-request-id')).toBe(id);
      const body = (await res.json()) as any;
      expectEnvelope(body, 'METHOD_NOT_ALLOWED');
      expect(body.request_id).toBe(id);
    }
    for (const [method, path] of [
      ['GET', '/nothing-here'],
      ['DELETE', '/api/nothing-here'],
      ['GET', '/admin/teams/ICCT-001/approve/more'],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('allow')).toBeNull();
      expectEnvelope(await res.json(), 'NOT_FOUND');
    }
  });

  it('logs an upload the client abandoned mid-body as aborted, not as 200 completed', async () => {
    const requestId = `aborted-${randomUUID()}`;
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/registration HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ${requestId}\r\n` +
        'Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n' +
        '--b\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n',
    );
    socket.write(Buffer.alloc(64 * 1024, 0x41));
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.destroy();

    const line = await eventually('the request log line', () =>
      capture.entries().find((e) => e.request_id === requestId && 'status' in e),
    );
    expect(line).toMatchObject({ msg: 'request aborted', status: null, method: 'POST' });
    expect(capture.entries().filter((e) => e.request_id === requestId && 'status' in e)).toHaveLength(1);
  });

  it('marks every /admin response no-store: data, refusals and unknown admin paths', async () => {
    const key = { 'x-api-key': ADMIN_KEY };
    for (const [path, headers, status] of [
      ['/admin/teams', key, 200],
      ['/admin/stats', key, 200],
      ['/admin/teams/ICCT-404', key, 404],
      ['/admin/teams', {}, 401],
      ['/admin/nothing-here', key, 404],
    ] as const) {
      const res = await fetch(`${server.url}${path}`, { headers });
      expect(res.status, path).toBe(status);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    // Public data keeps its own caching.
    const status = await fetch(`${server.url}/api/registration/status`);
    expect(status.headers.get('cache-control')).toBe('public, max-age=1');
  });

  it('knows an admin path however its URL spells it: percent-escapes, absolute form, the legacy prefix', async () => {
    const key = { 'x-api-key': ADMIN_KEY };
    const plain = await fetch(`${server.url}/admin/teams`, { headers: key });
    const adminLimit = plain.headers.get('ratelimit-limit');
    for (const path of ['/%61dmin/teams', '/legacy/%61dmin/teams', '/legacy/api/%74eams']) {
      const res = await fetch(`${server.url}${path}`, { headers: key });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('ratelimit-limit'), path).toBe(adminLimit);
    }
    for (const path of ['/admin/teams', '/legacy/admin/teams']) {
      const absolute = await rawExchange(
        server.url,
        Buffer.from(
          `GET http://x${path} HTTP/1.1\r\nHost: x\r\nX-API-Key: ${ADMIN_KEY}\r\nConnection: close\r\n\r\n`,
        ),
        // Our side stays open until the answer: a client that half-closes first may get no answer.
        { halfClose: false },
      );
      expect(absolute?.status, path).toBe(200);
      expect(absolute?.headers['cache-control'], path).toBe('no-store');
    }
  });

  it('answers an over-long team ID as a team that does not exist, not as a broken URL', async () => {
    const res = await fetch(`${server.url}/admin/teams/${'A'.repeat(150)}`, {
      headers: { 'x-api-key': ADMIN_KEY },
    });
    expect(res.status).toBe(404);
    expectEnvelope(await res.json(), 'NOT_FOUND');
  });

  it('answers a URL the router cannot decode in the envelope, with the security headers and a log line', async () => {
    const requestId = `bad-url-${randomUUID()}`;
    const res = await fetch(`${server.url}/api/registration/%E0%A4%A`, {
      headers: { 'x-request-id': requestId },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expectEnvelope(await res.json(), 'VALIDATION_FAILED');
    const line = await eventually('the request log line', () =>
      capture.entries().find((e) => e.request_id === requestId && 'status' in e),
    );
    expect(line).toMatchObject({ status: 400, method: 'GET' });
  });

  it('answers a dotfile, a path that climbs out and a folder under /uploads as missing (404)', async () => {
    for (const path of [
      '/uploads/.env',
      '/uploads/..%2f..%2fpackage.json',
      '/uploads/%2e%2e/x',
      '/docs/../package.json',
    ]) {
      const res = await rawExchange(
        server.url,
        Buffer.from(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
        // Our side stays open until the answer: a client that half-closes first may get no answer.
        { halfClose: false },
      );
      expect(res?.status, path).toBe(404);
      expect(res?.json?.error_code, path).toBe('NOT_FOUND');
    }
  });

  it('puts /uploads and /docs under the read limit, and never /health or a route Nest answers 404', async () => {
    const limited = await server.start({ RATE_LIMIT_READ_REQUESTS: '3', TRUST_PROXY: '1' });
    try {
      for (const path of ['/docs', '/docs-json', '/uploads/teams/none/logo.png']) {
        const ip = { 'x-forwarded-for': `192.0.2.${path.length}` };
        const statuses = [];
        for (let i = 0; i < 4; i++) {
          const res = await fetch(`${limited.url}${path}`, { headers: ip, redirect: 'manual' });
          statuses.push(res.status);
          if (i === 0) expect(res.headers.get('ratelimit-limit'), path).toBe('3');
          if (i === 3) {
            expectEnvelope(await res.json(), 'RATE_LIMITED');
            expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          }
        }
        expect(
          statuses.slice(0, 3).every((s) => s !== 429),
          `${path}: ${statuses.join()}`,
        ).toBe(true);
        expect(statuses[3], path).toBe(429);
      }
      // @SkipRateLimit() reaches the route's config; an empty parameter is a 404 before any handler.
      for (const [path, status] of [
        ['/health', 200],
        ['/files//logo.png', 404],
      ] as const) {
        const ip = { 'x-forwarded-for': `198.51.100.${path.length}` };
        for (let i = 0; i < 5; i++) {
          const res = await fetch(`${limited.url}${path}`, { headers: ip });
          expect(res.status, path).toBe(status);
          expect(res.headers.get('ratelimit-limit'), path).toBeNull();
        }
      }
    } finally {
      await limited.close();
    }
  });
});
