import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { registrationForm, validFields } from './support/fixtures.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { useTestApp } from './support/test-app.js';

const REQUEST_TIMEOUT_MS = 2000;
// The issue saw a 30 s stall; any stall longer than the request timeout shows the same.
const STALL_MS = 6000;

interface Timed {
  status: number | 'no answer';
  ms: number;
}

/** A request that gives up well after the request timeout, so a hang shows as a failure, not a stuck test. */
async function timed(url: string, init: RequestInit = {}): Promise<Timed> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS + 2000) });
    await res.arrayBuffer();
    return { status: res.status, ms: Math.round(performance.now() - started) };
  } catch {
    return { status: 'no answer', ms: Math.round(performance.now() - started) };
  }
}

interface LimiterState {
  backend: string;
  state: 'ok' | 'degraded';
  last_error_at: string | null;
}

describe.runIf(hasRedis)('the rate limiter when Redis stalls or goes away', () => {
  const proxy = TcpProxy.inFrontOf(process.env.REDIS_URL, 6379);
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());
  const server = useTestApp('pglite', {
    env: () => {
      return {
        REDIS_URL: proxy.throughProxy(process.env.REDIS_URL!),
        // A prefix of its own: no other run on this Redis shares these counters (they expire in a minute).
        REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
        REQUEST_TIMEOUT: String(REQUEST_TIMEOUT_MS / 1000),
        RATE_LIMIT_REQUESTS: '1000',
        RATE_LIMIT_READ_REQUESTS: '1000',
      };
    },
  });

  const limiter = async (): Promise<LimiterState> => {
    const res = await fetch(`${server.url}/status`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { rate_limiter: LimiterState }).rate_limiter;
  };
  const read = () => timed(`${server.url}/api/registration/status`);
  const registration = () =>
    timed(`${server.url}/api/registration`, {
      method: 'POST',
      body: registrationForm(validFields({ captain_email: 'bad' })),
    });
  const remaining = async () =>
    Number((await fetch(`${server.url}/api/registration/status`)).headers.get('ratelimit-remaining'));

  /** Sends a registration and a read at once, again and again, for `ms`; returns every answer. */
  async function keepAsking(ms: number): Promise<Timed[]> {
    const answers: Timed[] = [];
    const until = Date.now() + ms;
    while (Date.now() < until) {
      answers.push(...(await Promise.all([registration(), read()])));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return answers;
  }

  /** Counting in Redis again: each read spends one from the budget. */
  async function expectCounting() {
    const first = await remaining();
    expect(await remaining()).toBe(first - 1);
  }

  it('keeps answering within the request timeout while Redis is black-holed, shows it degraded, and recovers', async () => {
    expect(await limiter()).toMatchObject({ backend: 'redis', state: 'ok' });
    await expectCounting();

    proxy.setMode('black-hole');
    try {
      const answers = await keepAsking(STALL_MS);
      const slowest = Math.max(...answers.map((a) => a.ms));
      expect(slowest, `slowest answer (ms) while stalled: ${JSON.stringify(answers)}`).toBeLessThan(
        REQUEST_TIMEOUT_MS,
      );
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([400, 200]));
      const degraded = await limiter();
      expect(degraded).toMatchObject({ backend: 'redis', state: 'degraded' });
      expect(Date.parse(degraded.last_error_at!)).toBeGreaterThan(Date.now() - STALL_MS - 5000);
    } finally {
      proxy.setMode('pass');
    }

    await eventually('the rate limiter to recover', async () => (await limiter()).state === 'ok');
    await expectCounting();
  });

  it('fails open at once while Redis refuses connections, and recovers', async () => {
    proxy.setMode('refuse');
    try {
      const answers = await keepAsking(2000);
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(REQUEST_TIMEOUT_MS);
      expect(new Set(answers.map((a) => a.status))).toEqual(new Set([400, 200]));
      expect(await limiter()).toMatchObject({ backend: 'redis', state: 'degraded' });
    } finally {
      proxy.setMode('pass');
    }
    await eventually('the rate limiter to recover', async () => (await limiter()).state === 'ok');
    await expectCounting();
  });
});
