import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type RunningApp } from './support/test-app.js';
import { hasPostgres, hasRedis } from './support/databases.js';
import { register, registrationForm, validFields } from './support/fixtures.js';

const LIMITS = { RATE_LIMIT_REQUESTS: '30', RATE_LIMIT_READ_REQUESTS: '300' };

/** Sends `count` registrations (invalid ones: the limit counts requests, not teams). */
async function registrations(url: string, count: number, headers: Record<string, string> = {}) {
  const results = [];
  for (let i = 0; i < count; i++) {
    results.push(await register(url, registrationForm(validFields({ captain_email: 'bad' })), headers));
  }
  return results;
}

describe('rate limits (in memory)', () => {
  const server = useTestApp('pglite', { env: { ...LIMITS, TRUST_PROXY: '1' } });

  it('answers the 31st registration in a minute from one IP with 429, while /health stays 200', async () => {
    const ip = { 'X-Forwarded-For': '203.0.113.7' };
    const first = await registrations(server.url, 30, ip);
    expect(first.map((r) => r.status)).toEqual(Array(30).fill(400));
    expect(first[0]!.headers.get('ratelimit-limit')).toBe('30');
    expect(first[29]!.headers.get('ratelimit-remaining')).toBe('0');

    const limited = await register(server.url, registrationForm(), ip);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, error_code: 'RATE_LIMITED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');

    for (let i = 0; i < 50; i++) expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/health`)).headers.get('ratelimit-limit')).toBeNull();

    // Another client (TRUST_PROXY=1 believes its X-Forwarded-For) has its own budget.
    const other = await register(server.url, registrationForm(validFields({ captain_email: 'bad' })), {
      'X-Forwarded-For': '203.0.113.8',
    });
    expect(other.status).toBe(400);
  });
});

describe('rate limits without a trusted proxy', () => {
  const server = useTestApp('pglite', { env: { RATE_LIMIT_REQUESTS: '3' } });

  it('ignores X-Forwarded-For, so a client cannot buy a fresh budget by inventing addresses', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const res = await register(server.url, registrationForm(validFields({ captain_email: 'bad' })), {
        'X-Forwarded-For': `198.51.100.${i}`,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });

  it('lets requests through when Redis is unreachable (fails open)', async () => {
    const noRedis = await server.start({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_REQUESTS: '1' });
    try {
      const statuses = (await registrations(noRedis.url, 3)).map((r) => r.status);
      expect(statuses).toEqual([400, 400, 400]);
    } finally {
      await noRedis.close();
    }
  });
});

describe.runIf(hasRedis && hasPostgres)('two instances on one PostgreSQL and one Redis', () => {
  const a = useTestApp('postgres', {
    // A prefix of its own, so no other run on this Redis shares these counters.
    env: {
      ...LIMITS,
      RATE_LIMIT_REQUESTS: '4',
      TRUST_PROXY: '1',
      REDIS_URL: process.env.REDIS_URL,
      REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
    },
  });
  let b: RunningApp;

  beforeAll(async () => {
    b = await a.start();
  });

  it('share one rate limit', async () => {
    const statuses = [];
    for (const url of [a.url, b.url, a.url, b.url, a.url, b.url]) {
      const form = registrationForm(validFields({ captain_email: 'bad' }));
      statuses.push((await register(url, form, { 'X-Forwarded-For': '192.0.2.1' })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
  });

  it('share one idempotency store', async () => {
    const headers = { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': '192.0.2.2' };
    const fields = validFields();
    const [one, two] = await Promise.all([
      register(a.url, registrationForm(fields), headers),
      register(b.url, registrationForm(fields), headers),
    ]);
    const statuses = [one.status, two.status].sort();
    expect(statuses[0]).toBe(200);
    const replay = await register(b.url, registrationForm(fields), headers);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.team_id).toBe([one, two].find((r) => r.status === 200)!.body.team_id);
  });
});
