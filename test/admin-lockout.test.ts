import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_AUTH_PER_MINUTE } from '../src/hardening/admin-auth.guard.js';
import { hasRedis } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { useTestApp, type RunningApp } from './support/test-app.js';

// The failed-login lockout answers a client's failures past the limit with 429, but never refuses a valid
// key: whoever shares the admins' address (everyone behind a proxy without TRUST_PROXY) must not be able to
// lock them out.

const KEY = 'lockout-admin-key-0123456789';

interface Answer {
  status: number;
  retryAfter: string | null;
  ms: number;
}

async function admin(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${url}/admin/teams`, { headers, signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: performance.now() - started };
}

const wrongKeys = async (urls: string[], count: number, headers: Record<string, string> = {}) => {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i++) {
    answers.push(await admin(urls[i % urls.length]!, { ...headers, 'X-API-Key': `wrong-key-${i}` }));
  }
  return answers;
};

describe('the admin lockout, counted in memory', () => {
  // No TRUST_PROXY: every client here is 127.0.0.1, as everyone behind an untrusted proxy would be.
  const server = useTestApp('pglite', { env: { ADMIN_API_KEYS: KEY } });

  it('after 20 wrong keys from one address, the right key still gets in; wrong and missing keys get 429', async () => {
    const answers = await wrongKeys([server.url], 20);
    expect(answers.map((a) => a.status)).toEqual([
      ...Array<number>(MAX_FAILED_AUTH_PER_MINUTE).fill(401),
      ...Array<number>(20 - MAX_FAILED_AUTH_PER_MINUTE).fill(429),
    ]);
    expect(Number(answers.at(-1)!.retryAfter)).toBeGreaterThan(0);
    expect(Number(answers.at(-1)!.retryAfter)).toBeLessThanOrEqual(60);

    expect((await admin(server.url, { 'X-API-Key': KEY })).status).toBe(200);
    expect((await admin(server.url, { Authorization: `Bearer ${KEY}` })).status).toBe(200);

    const wrong = await admin(server.url, { 'X-API-Key': 'still-wrong' });
    expect(wrong.status).toBe(429);
    expect(Number(wrong.retryAfter)).toBeGreaterThan(0);
    expect((await admin(server.url)).status).toBe(429);
    // Getting in did not reset the count: the guesser behind the same address is still slowed.
    expect((await admin(server.url, { 'X-API-Key': KEY })).status).toBe(200);
  });
});

describe('the admin lockout when Redis is unreachable', () => {
  const server = useTestApp('pglite', { env: { ADMIN_API_KEYS: KEY, REDIS_URL: 'redis://127.0.0.1:1' } });

  it('fails open at once: wrong keys get 401 (not counted), the right key 200', async () => {
    const answers = await wrongKeys([server.url], 15);
    expect(answers.map((a) => a.status)).toEqual(Array(15).fill(401));
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1000);
    expect((await admin(server.url, { 'X-API-Key': KEY })).status).toBe(200);
  });
});

describe.runIf(hasRedis)('the admin lockout on Redis', () => {
  const proxy = TcpProxy.inFrontOf(process.env.REDIS_URL, 6379);
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());
  // Two instances on one Redis (reached through a proxy that can stall it), with a prefix of their own.
  const prefix = `test:${randomUUID()}:`;
  const a = useTestApp('pglite', {
    env: () => {
      return {
        ADMIN_API_KEYS: KEY,
        TRUST_PROXY: '1',
        REDIS_URL: proxy.throughProxy(process.env.REDIS_URL!),
        REDIS_KEY_PREFIX: prefix,
      };
    },
  });
  let b: RunningApp;
  beforeAll(async () => {
    b = await a.start();
    // Until its connection is ready, an instance fails open (counts nothing): wait until the rate limiter,
    // on the same connection, counts (each read spends one from the budget).
    for (const url of [a.url, b.url]) {
      const remaining = async () =>
        Number((await fetch(`${url}/api/registration/status`)).headers.get('ratelimit-remaining'));
      await eventually('Redis to be ready', async () => (await remaining()) > (await remaining()));
    }
  });

  it('shares the count between instances: the 11th failure from one client is refused on either', async () => {
    const client = { 'X-Forwarded-For': '192.0.2.10' };
    const answers = await wrongKeys([a.url, b.url], MAX_FAILED_AUTH_PER_MINUTE + 2, client);
    expect(answers.map((x) => x.status)).toEqual([
      ...Array<number>(MAX_FAILED_AUTH_PER_MINUTE).fill(401),
      429,
      429,
    ]);
    // Another client has its own count; the locked-out one still gets in with the right key, on both.
    expect((await admin(a.url, { 'X-Forwarded-For': '192.0.2.11', 'X-API-Key': 'wrong' })).status).toBe(401);
    expect((await admin(a.url, { ...client, 'X-API-Key': KEY })).status).toBe(200);
    expect((await admin(b.url, { ...client, 'X-API-Key': KEY })).status).toBe(200);
  });

  it('fails open while Redis stalls: failures answered within the command timeout with 401, the right key 200', async () => {
    const client = { 'X-Forwarded-For': '192.0.2.20' };
    proxy.setMode('black-hole');
    try {
      const answers = await wrongKeys([a.url], MAX_FAILED_AUTH_PER_MINUTE + 4, client);
      expect(answers.map((x) => x.status)).toEqual(Array(MAX_FAILED_AUTH_PER_MINUTE + 4).fill(401));
      expect(Math.max(...answers.map((x) => x.ms))).toBeLessThan(1500);
      expect((await admin(a.url, { ...client, 'X-API-Key': KEY })).status).toBe(200);
    } finally {
      proxy.setMode('pass');
    }
  });
});
