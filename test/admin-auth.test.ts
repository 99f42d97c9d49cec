import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyFingerprint } from '../src/hardening/admin-keys.js';
import { MAX_FAILED_AUTH_PER_MINUTE } from '../src/hardening/admin-auth.guard.js';
import { databaseTargets } from './support/databases.js';
import { useTestApp, type RunningApp } from './support/test-app.js';

const KEY = 'first-admin-key-0123456789';
const OTHER_KEY = 'second-admin-key-abcdefghij';

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe.each(databaseTargets())('admin authentication on %s', (target) => {
  const server = useTestApp(target, { env: { ADMIN_API_KEYS: `${KEY}, ${OTHER_KEY}` } });
  afterEach(() => vi.restoreAllMocks());

  it('refuses a request without a key: 401 UNAUTHORIZED in the envelope', async () => {
    for (const path of ['/admin/teams', '/admin/teams/ICCT-001', '/admin/stats', '/admin/teams/export.csv']) {
      const res = await get(`${server.url}${path}`);
      expect(res.status, path).toBe(401);
      expect(res.body).toMatchObject({ success: false, error_code: 'UNAUTHORIZED' });
      expect(res.body.request_id).toEqual(expect.any(String));
    }
    const post = await fetch(`${server.url}/admin/teams/ICCT-001/approve`, { method: 'POST' });
    expect(post.status).toBe(401);
  });

  it('accepts either configured key, as X-API-Key or as a Bearer token', async () => {
    expect((await get(`${server.url}/admin/teams`, { 'X-API-Key': KEY })).status).toBe(200);
    expect((await get(`${server.url}/admin/teams`, { 'x-api-key': OTHER_KEY })).status).toBe(200);
    expect((await get(`${server.url}/admin/teams`, { Authorization: `Bearer ${KEY}` })).status).toBe(200);
    expect((await get(`${server.url}/admin/teams`, { Authorization: `bearer ${OTHER_KEY}` })).status).toBe(
      200,
    );
  });

  it('refuses a wrong key, a near miss, and a key sent in the wrong scheme; logs the failure without the key', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn');
    const attempts: Record<string, string>[] = [
      { 'X-API-Key': 'not-a-key' },
      { 'X-API-Key': `${KEY}x` },
      { 'X-API-Key': KEY.slice(0, -1) },
      { Authorization: `Basic ${KEY}` },
      { Authorization: KEY },
    ];
    for (const headers of attempts) {
      const res = await get(`${server.url}/admin/teams`, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.body.error_code).toBe('UNAUTHORIZED');
    }
    const logged = JSON.stringify(warn.mock.calls);
    expect(warn.mock.calls.filter((c) => c[1] === 'admin authentication failed')).toHaveLength(
      attempts.length,
    );
    expect(logged).toContain('wrong key');
    expect(logged).toContain('missing key');
    expect(logged).not.toContain(KEY.slice(0, 10));
    expect(logged).not.toContain('not-a-key');
  });

  it('names keys by a short fingerprint that does not reveal them', () => {
    const fingerprint = keyFingerprint(KEY);
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(keyFingerprint(OTHER_KEY)).not.toBe(fingerprint);
    expect(KEY).not.toContain(fingerprint);
  });

  // Last in this suite: it leaves 127.0.0.1 locked out for a minute.
  it(`locks an IP out after ${MAX_FAILED_AUTH_PER_MINUTE} failures a minute: 429 with Retry-After for wrong keys, never for the right one`, async () => {
    const statuses: number[] = [];
    // Earlier tests in this suite already failed a few times from this IP; keep failing until refused.
    for (let i = 0; i < MAX_FAILED_AUTH_PER_MINUTE + 1; i++) {
      statuses.push((await get(`${server.url}/admin/teams`, { 'X-API-Key': `wrong-${i}` })).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILED_AUTH_PER_MINUTE);
    // Issue 14: the lockout must not lock the key holder out (everyone behind one proxy shares an IP).
    expect((await get(`${server.url}/admin/teams`, { 'X-API-Key': KEY })).status).toBe(200);
    const limited = await get(`${server.url}/admin/teams`, { 'X-API-Key': 'wrong-again' });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error_code: 'RATE_LIMITED' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Registration is not behind the admin lock.
    expect((await fetch(`${server.url}/api/registration`, { method: 'POST' })).status).not.toBe(429);
  });
});

describe.each(databaseTargets())('admin API without configured keys on %s', (target) => {
  const fixture = useTestApp(target, { env: { ADMIN_API_KEYS: ' , ' }, start: false });
  let server: RunningApp;
  let warnings: unknown[][];

  beforeAll(async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn');
    server = await fixture.start();
    warnings = [...warn.mock.calls];
    warn.mockRestore();
  });

  it('says why at start-up', () => {
    expect(JSON.stringify(warnings)).toContain('ADMIN_API_KEYS is empty');
  });

  it('answers 401 to every admin route, whatever key is sent', async () => {
    for (const headers of [{}, { 'X-API-Key': 'anything' }, { Authorization: 'Bearer ' }] as Record<
      string,
      string
    >[]) {
      const res = await get(`${server.url}/admin/teams`, headers);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({
        error_code: 'UNAUTHORIZED',
        message: expect.stringContaining('not configured'),
      });
    }
  });
});
