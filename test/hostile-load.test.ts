import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases.js';
import { useTestApp } from './support/test-app.js';

const execFileAsync = promisify(execFile);
const ADMIN_KEY = 'admin-key-0123456789abcdef0123';
// What a client may send as JSON: admin approve/reject `{"reason"}` is the largest, 500 characters.
const MAX_JSON_BODY_BYTES = 16 * 1024;
// ~10 KB sent, ~9.8 MB of `[0,0,...]` once inflated: under MAX_REQUEST_SIZE, the old JSON limit, so it was parsed.
const BOMB = gzipSync(`[${'0,'.repeat(4_900_000)}0]`, { level: 9 });

interface Answer {
  status: number;
  body: any;
}

async function post(
  url: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<Answer & { ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { method: 'POST', body, headers });
  const text = await res.text();
  const ms = performance.now() - started;
  try {
    return { status: res.status, body: JSON.parse(text) as unknown, ms };
  } catch {
    return { status: res.status, body: text, ms };
  }
}

/** A body sent in chunks without Content-Length, so only counting it as it arrives can refuse it. */
function postChunked(url: string, path: string, chunks: string[], headers: Record<string, string>) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(parts).toString()) }),
      );
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

/**
 * `count` clients at once, each POSTing 10 MB of JSON (`[0,0,...]`, just under MAX_REQUEST_SIZE) to
 * the next of `paths`, from a child process: the server shares this process's event loop, and what the
 * clients cost must not be counted as the server's.
 */
async function floodFromAnotherProcess(
  url: string,
  count: number,
  paths: string[],
  headers: Record<string, string>,
): Promise<{ path: string; status: number; body: string }[]> {
  const script = `
    const http = require('node:http');
    const [url, count, paths, headers] = JSON.parse(process.argv[1]);
    const body = Buffer.from('[' + '0,'.repeat(5_000_000) + '0]');
    const one = (i) => new Promise((resolve) => {
      const path = paths[i % paths.length];
      const req = http.request(url + path, {
        method: 'POST',
        agent: false,
        headers: { ...headers, 'content-length': body.length, connection: 'keep-alive', 'x-forwarded-for': '203.0.113.' + (i + 1) },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ path, status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', (error) => resolve({ path, status: 0, body: JSON.stringify(String(error)) }));
      req.end(body);
    });
    Promise.all(Array.from({ length: count }, (_, i) => one(i))).then((r) => process.stdout.write(JSON.stringify(r)));
  `;
  const { stdout } = await execFileAsync(
    process.execPath,
    ['-e', script, JSON.stringify([url, count, paths, headers])],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as { path: string; status: number; body: string }[];
}

const expectEnvelope = (res: Answer, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({ success: false, error_code: code, request_id: expect.any(String) });
};

/** How the server's event loop (this process's) did: the gaps in a 10 ms tick. */
interface LoopCost {
  /** Time lost in stalls of over 100 ms: what no request could be answered within. */
  stalledMs: number;
  longestStallMs: number;
  healthMaxMs: number;
}

const figures = (cost: LoopCost) =>
  `event loop stalled ${Math.round(cost.stalledMs)} ms in all (longest ${Math.round(cost.longestStallMs)} ms), ` +
  `slowest GET /health ${Math.round(cost.healthMaxMs)} ms`;

/**
 * Runs `work` while measuring what it costs the server, which shares this process's event loop: how
 * long the loop stalled, and the slowest of the `GET /health` probes sent one after another meanwhile.
 */
async function underWatch<T>(url: string, work: () => Promise<T>): Promise<LoopCost & { result: T }> {
  const cost: LoopCost = { stalledMs: 0, longestStallMs: 0, healthMaxMs: 0 };
  let last = performance.now();
  const ticks = setInterval(() => {
    const now = performance.now();
    const stall = now - last - 10;
    last = now;
    if (stall > 100) cost.stalledMs += stall;
    cost.longestStallMs = Math.max(cost.longestStallMs, stall);
  }, 10);
  let working = true;
  const probes = (async () => {
    while (working) {
      const started = performance.now();
      const res = await fetch(`${url}/health`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      cost.healthMaxMs = Math.max(cost.healthMaxMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  try {
    const result = await work();
    working = false;
    await probes;
    return { ...cost, result };
  } finally {
    working = false;
    clearInterval(ticks);
  }
}

describe.each(databaseTargets())('hostile request bodies on %s', (target) => {
  const server = useTestApp(target, {
    env: {
      ADMIN_API_KEYS: ADMIN_KEY,
      TRUST_PROXY: '1',
      RATE_LIMIT_REQUESTS: '2',
      RATE_LIMIT_ADMIN_REQUESTS: '100000',
    },
  });
  const json = (ip: string) => ({
    'content-type': 'application/json',
    'x-api-key': ADMIN_KEY,
    'x-forwarded-for': ip,
  });

  it('refuses a gzip bomb with 415 before inflating it: on a JSON route, an unknown route and from a rate-limited client', async () => {
    // Client .1 spends its registration budget first.
    for (let i = 0; i < 2; i++) await post(server.url, '/api/registration', '{}', json('198.51.100.1'));
    const bomb = (path: string, ip: string) =>
      post(server.url, path, BOMB, { ...json(ip), 'content-encoding': 'gzip' });

    const { result, ...cost } = await underWatch(server.url, () =>
      Promise.all(
        [
          ['/admin/teams/ICCT-001/reject', '198.51.100.2'],
          ['/no-such-route', '198.51.100.3'],
          ['/api/registration', '198.51.100.1'],
        ].flatMap(([path, ip]) => Array.from({ length: 4 }, () => bomb(path!, ip!))),
      ),
    );
    // Inflating and parsing each bomb held the event loop ~0.3 s, one after another; refusing it costs
    // next to nothing.
    expect(cost.stalledMs, figures(cost)).toBeLessThan(1000);
    expect(cost.healthMaxMs, figures(cost)).toBeLessThan(1000);
    for (const res of result) {
      expectEnvelope(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(res.ms, 'time to refuse a bomb (ms)').toBeLessThan(1000);
    }

    const deflated = await post(server.url, '/admin/teams/ICCT-001/reject', BOMB, {
      ...json('198.51.100.2'),
      'content-encoding': 'deflate',
    });
    expectEnvelope(deflated, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses JSON over the JSON limit with 413: by its Content-Length, and counted when chunked', async () => {
    const reason = JSON.stringify({ reason: 'x'.repeat(MAX_JSON_BODY_BYTES) });
    const declared = await post(server.url, '/admin/teams/ICCT-001/reject', reason, json('198.51.100.4'));
    expectEnvelope(declared, 413, 'PAYLOAD_TOO_LARGE');
    expect(declared.body.details).toEqual({ max_bytes: MAX_JSON_BODY_BYTES });

    const chunked = await postChunked(
      server.url,
      '/admin/teams/ICCT-001/reject',
      ['{"reason":"', ...Array<string>(20).fill('x'.repeat(1024)), '"}'],
      json('198.51.100.4'),
    );
    expectEnvelope(chunked, 413, 'PAYLOAD_TOO_LARGE');

    // Within the limit, the route reads its body as before.
    const fits = await post(
      server.url,
      '/admin/teams/ICCT-999/reject',
      JSON.stringify({ reason: 'r'.repeat(500) }),
      json('198.51.100.4'),
    );
    expectEnvelope(fits, 404, 'NOT_FOUND');
    // Read before the idempotency key's fingerprint is taken: another reason under the same key is refused.
    const keyed = { ...json('198.51.100.4'), 'idempotency-key': randomUUID() };
    const reject = (reason: string) =>
      post(server.url, '/admin/teams/ICCT-999/reject', JSON.stringify({ reason }), keyed);
    expectEnvelope(await reject('one'), 404, 'NOT_FOUND');
    expectEnvelope(await reject('two'), 422, 'IDEMPOTENCY_KEY_MISMATCH');
  });

  it('does not read a body where no route takes one', async () => {
    // Malformed JSON was a 400 from the parser before routing; now the route (or its absence) answers.
    const broken = '{"reason": ';
    expectEnvelope(await post(server.url, '/no-such-route', broken, json('198.51.100.5')), 404, 'NOT_FOUND');
    expectEnvelope(
      await post(server.url, '/api/registration/ICCT-001/withdraw?token=x', broken, json('198.51.100.5')),
      404,
      'NOT_FOUND',
    );
    // A route that takes JSON still says its body is malformed.
    const admin = await post(server.url, '/admin/teams/ICCT-001/reject', broken, json('198.51.100.5'));
    expectEnvelope(admin, 400, 'VALIDATION_FAILED');
  });

  it('answers /health promptly while 60 clients send 10 MB JSON bodies at once', async () => {
    const paths = ['/admin/teams/ICCT-001/approve', '/api/registration', '/no-such-route'];
    const { result, ...cost } = await underWatch(server.url, () =>
      floodFromAnotherProcess(server.url, 60, paths, {
        'content-type': 'application/json',
        'x-api-key': ADMIN_KEY,
      }),
    );
    // Each 10 MB parse held the event loop, one after another; refused unread, they cost next to nothing.
    expect(cost.stalledMs, figures(cost)).toBeLessThan(4000);
    expect(cost.healthMaxMs, figures(cost)).toBeLessThan(2000);
    expect(result).toHaveLength(60);
    for (const { path, status, body } of result) {
      const res = { status, body: JSON.parse(body) };
      if (path === '/no-such-route') expectEnvelope(res, 404, 'NOT_FOUND');
      else expectEnvelope(res, 413, 'PAYLOAD_TOO_LARGE');
    }
  });
});
