import { randomBytes } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/test-app.js';
import { captainRequest, editForm, registerWithLink } from './support/captain-link.js';
import { databaseTargets } from './support/databases.js';
import { jpegBytes, pngBytes, register, registrationForm, validFields } from './support/fixtures.js';
import { rawExchange, send, type ClientResponse } from './support/raw-http.js';

// Property-based tests of what a hostile or broken client can send: whatever arrives, the server answers
// below 500, every error is the envelope, it keeps serving, and its memory stays bounded.

const ADMIN_KEY = 'hostile-input-admin-key';
const RUNS = 25;
// Reproducible by default (CI compares like with like); FC_SEED=random explores new inputs, and a
// failure prints the seed to rerun it with FC_SEED=<seed>.
if (process.env.FC_SEED !== 'random') fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_123) });

/** The contract for any answer to any input. */
function expectSafeAnswer(res: ClientResponse | null, context: unknown): void {
  const shown = JSON.stringify(context)?.slice(0, 300);
  expect(res, `no response to ${shown}`).not.toBeNull();
  const { status, json } = res!;
  expect(status, `${status} ${res!.text.slice(0, 300)} for ${shown}`).toBeLessThan(500);
  if (status >= 400) {
    expect(res!.headers['content-type'], shown).toMatch(/^application\/json/);
    expect(json, `${res!.text.slice(0, 300)} for ${shown}`).toMatchObject({
      success: false,
      error_code: expect.stringMatching(/^[A-Z_]+$/),
      message: expect.any(String),
      request_id: expect.any(String),
    });
  }
}

/** A FormData as the bytes a browser sends, with its content type (boundary included). */
async function encode(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type')! };
}

function multipart(parts: { name: string; value: Buffer; filename?: string }[], boundary: string): Buffer {
  return Buffer.concat([
    ...parts.flatMap((p) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"` +
          `${p.filename === undefined ? '' : `; filename="${p.filename}"`}\r\n\r\n`,
      ),
      p.value,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

const postRegistration = (url: string, body: Buffer, contentType: string, headers = {}) =>
  send(url, {
    method: 'POST',
    path: '/api/registration',
    headers: { 'content-type': contentType, ...headers },
    body,
  });

const gc = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

const FORM_FIELDS = [
  'team_name',
  'church_name',
  'captain_name',
  'captain_phone',
  'captain_email',
  'captain_whatsapp',
  'coach_name',
  'players',
  'vice_captain_name',
  'vice_captain_phone',
  'vice_captain_email',
  'vice_captain_whatsapp',
];
const LENGTH_RULES: Record<string, [min: number, max: number]> = {
  team_name: [3, 80],
  church_name: [3, 80],
  captain_name: [3, 50],
  coach_name: [3, 50],
  vice_captain_name: [3, 50],
};

/** Letters of several scripts (each one UTF-16 unit, NFC-stable) and the punctuation names may hold. */
const nameChar = fc.constantFrom(...'aZéЖßअகחα中'.split(''), ...".,'-()&".split(''));

/** A name of exactly `length` characters after trimming: letters with single inner spaces. */
function nameOfLength(length: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.constantFrom(...'aZéЖßअகחα中'.split('')), { minLength: length, maxLength: length }),
      fc.array(nameChar, { minLength: length, maxLength: length }),
      fc.array(fc.boolean(), { minLength: length, maxLength: length }),
    )
    .map(([letters, chars, spaces]) =>
      letters
        .map((letter, i) =>
          // Spaces only between characters that are not spaces, so nothing collapses.
          i > 0 && i < length - 1 && spaces[i] && spaces[i - 1] === false
            ? ' '
            : i % 3 === 1
              ? chars[i]
              : letter,
        )
        .join(''),
    );
}

const weirdText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '<script>alert(1)</script>',
    "'; drop table teams; --",
    '\u202eevil',
    '%00',
    '{{7*7}}',
    '\r\n\r\n',
    'a'.repeat(70_000),
  ),
);

describe.each(databaseTargets())('hostile input on %s', (target) => {
  const server = useTestApp(target, {
    env: {
      ADMIN_API_KEYS: ADMIN_KEY,
      RATE_LIMIT_REQUESTS: '1000000',
      RATE_LIMIT_READ_REQUESTS: '1000000',
      RATE_LIMIT_ADMIN_REQUESTS: '1000000',
    },
  });
  let heapBefore = 0;

  beforeAll(async () => {
    expect((await register(server.url)).status).toBe(200); // warm: first-use allocations are not growth
    heapBefore = heapUsed();
  });

  it('enforces each name length rule exactly at its boundaries, whatever the script', async () => {
    const field = fc.constantFrom(...Object.keys(LENGTH_RULES));
    const lengthFor = (name: string) => {
      const [min, max] = LENGTH_RULES[name]!;
      return fc.constantFrom(0, 1, min - 1, min, min + 1, max - 1, max, max + 1, max + 20);
    };
    const padding = fc.constantFrom('', ' ', '\t', '  \n');
    await fc.assert(
      fc.asyncProperty(
        field.chain((name) =>
          fc.tuple(
            fc.constant(name),
            lengthFor(name).chain((n) => fc.tuple(fc.constant(n), nameOfLength(n))),
          ),
        ),
        padding,
        async ([name, [length, value]], pad) => {
          const [min, max] = LENGTH_RULES[name]!;
          const { body, contentType } = await encode(
            registrationForm(validFields({ [name]: `${pad}${value}${pad}` })),
          );
          const res = await postRegistration(server.url, body, contentType);
          expectSafeAnswer(res, { name, value });
          const fieldError = res.json?.details?.field_errors?.[name];
          const absent = name.startsWith('vice_') && length === 0; // an empty optional field is no field
          if ((length >= min && length <= max) || absent) {
            expect(fieldError, `${name}="${value}"`).toBeUndefined();
            expect([200, 409], `${name}="${value}" ${res.text}`).toContain(res.status);
          } else {
            expect(res.status, `${name}="${value}"`).toBe(400);
            expect(fieldError, `${name}="${value}"`).toBeDefined();
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('answers any mix of known, unknown and repeated fields with any text', async () => {
    const entry = fc.tuple(
      fc.oneof(fc.constantFrom(...FORM_FIELDS), fc.string({ minLength: 1, maxLength: 40 })),
      weirdText,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), fc.boolean(), async (entries, withLogo) => {
        const form = registrationForm({}, { logo: withLogo ? undefined : null });
        for (const [name, value] of entries) form.append(name, value);
        const { body, contentType } = await encode(form);
        const res = await postRegistration(server.url, body, contentType);
        expectSafeAnswer(res, entries);
        expect(res.status, res.text).not.toBe(200); // no valid registration can be made of these
      }),
      { numRuns: RUNS },
    );
  });

  it('answers field values in any byte encoding (invalid UTF-8, Latin-1, NUL) without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORM_FIELDS),
        fc.uint8Array({ maxLength: 300 }),
        async (name, bytes) => {
          const boundary = `b${randomBytes(8).toString('hex')}`;
          const fields = Object.entries(validFields())
            .filter(([k]) => k !== name)
            .map(([k, v]) => ({ name: k, value: Buffer.from(v!) }));
          const body = multipart(
            [
              ...fields,
              { name, value: Buffer.from(bytes) },
              { name: 'logo', value: pngBytes(), filename: 'logo.png' },
            ],
            boundary,
          );
          const res = await postRegistration(server.url, body, `multipart/form-data; boundary=${boundary}`);
          expectSafeAnswer(res, { name, bytes: Buffer.from(bytes).toString('hex') });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('answers any players JSON, reporting problems under players only', async () => {
    const role = fc.oneof(
      fc.constantFrom('Batsman', 'bowler', 'ALL-ROUNDER', 'wicket-keeper', 'Keeper', ''),
      fc.string(),
    );
    const playerLike = fc.record(
      {
        name: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer(), fc.constant(null)),
        role: fc.oneof(role, fc.integer()),
        phone: fc.oneof(fc.stringMatching(/^\d{10}$/), fc.string(), fc.integer(), fc.double()),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const players = fc.oneof(
      fc.string(),
      fc.json(),
      fc.array(playerLike, { maxLength: 20 }).map((p) => JSON.stringify(p)),
      fc.nat({ max: 50_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc.constantFrom(
        '[',
        '{"__proto__": {"polluted": true}}',
        'null',
        '1e999',
        '"' + 'x'.repeat(60_000) + '"',
      ),
    );
    await fc.assert(
      fc.asyncProperty(players, async (json) => {
        const { body, contentType } = await encode(registrationForm(validFields({ players: json })));
        const res = await postRegistration(server.url, body, contentType);
        expectSafeAnswer(res, json);
        if (res.status === 400) {
          for (const key of Object.keys(res.json.details.field_errors)) expect(key).toMatch(/^players/);
        } else {
          expect([200, 409]).toContain(res.status);
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decides file types by their bytes, whatever the file name and declared type say', async () => {
    const signatureOf = (b: Uint8Array) => Buffer.from(b.subarray(0, 4)).toString('hex');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ minLength: 0, maxLength: 2048 }),
          fc.constant(new Uint8Array(pngBytes(64))),
          fc.constant(new Uint8Array(jpegBytes(64))),
        ),
        // A browser sends filename="" only for an empty file input: that is no file, tested elsewhere.
        // A trailing backslash escapes the closing quote of filename="..." on the wire, so the part
        // truly arrives without a file name (a text field): that is the client's encoding, not ours.
        fc.oneof(
          fc.string({ minLength: 1 }).filter((name) => !name.endsWith('\\')),
          fc.constantFrom('../../etc/passwd', 'a".png', 'логотип.jpg', '.', 'a\\b.png'),
        ),
        fc.oneof(fc.string(), fc.constantFrom('image/png', 'image/gif', 'application/x-msdownload')),
        async (bytes, filename, type) => {
          const form = registrationForm(validFields(), {
            logo: { bytes: Buffer.from(bytes), filename, type },
          });
          const { body, contentType } = await encode(form);
          const res = await postRegistration(server.url, body, contentType);
          expectSafeAnswer(res, { filename, type });
          const image = /^89504e47|^ffd8ff/.test(signatureOf(bytes));
          expect(res.status, res.text).toBe(image ? 200 : 400);
          if (!image) expect(res.json.details.field_errors.logo).toBeDefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never registers a team from a truncated multipart body', async () => {
    const { body, contentType } = await encode(registrationForm(validFields()));
    const logoEnd = body.lastIndexOf(pngBytes()) + pngBytes().length;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: body.length - 1 }), async (cut) => {
        const res = await postRegistration(server.url, body.subarray(0, cut), contentType);
        expectSafeAnswer(res, { cut, of: body.length });
        if (cut < logoEnd) expect(res.status, `cut at ${cut}: ${res.text}`).toBe(400);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses huge numbers of fields and parts with a 400, not by buffering them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 31, max: 20_000 }), fc.boolean(), async (count, sameName) => {
        const boundary = `b${randomBytes(8).toString('hex')}`;
        const parts = Array.from({ length: count }, (_, i) => ({
          name: sameName ? 'team_name' : `field_${i}`,
          value: Buffer.from('x'),
        }));
        const res = await postRegistration(
          server.url,
          multipart(parts, boundary),
          `multipart/form-data; boundary=${boundary}`,
        );
        expectSafeAnswer(res, { count, sameName });
        expect(res.status).toBe(400);
      }),
      { numRuns: 10 },
    );
  });

  it('keeps a well-formed X-Request-Id and replaces any other value, never echoing it', async () => {
    const latin1Char = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0x80, max: 0xff }),
      fc.constant(0x09),
    );
    const id = fc.oneof(
      fc.array(latin1Char, { maxLength: 300 }).map((codes) => String.fromCharCode(...codes)),
      fc.stringMatching(/^[A-Za-z0-9._:-]{1,140}$/),
    );
    await fc.assert(
      fc.asyncProperty(id, async (requestId) => {
        const res = await send(server.url, {
          path: '/no-such-route',
          headers: { 'x-request-id': requestId },
        });
        expectSafeAnswer(res, requestId);
        const sent = requestId.trim(); // HTTP drops surrounding whitespace from header values
        const kept = /^[A-Za-z0-9._:-]{8,128}$/.test(sent);
        if (kept) expect(res.headers['x-request-id']).toBe(sent);
        else
          expect(res.headers['x-request-id']).toMatch(
            /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
          );
        expect(res.json.request_id).toBe(res.headers['x-request-id']);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('answers hostile Idempotency-Key and Content-Type values without a 5xx', async () => {
    const headerValue = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 300 }).map((s) => s.replace(/[^\t\x20-\x7e]/g, '')),
      fc.constantFrom('', ' ', 'x'.repeat(4000), '../../admin', "' or 1=1 --", 'ÿþ'),
    );
    // Content types as functions of the body's real boundary, so some are right but oddly written.
    const contentType = fc.oneof(
      headerValue.map((v) => () => v),
      fc.constantFrom(
        () => 'multipart/form-data',
        () => 'multipart/form-data; boundary=',
        () => 'multipart/form-data; boundary=wrong',
        (b: string) => `MULTIPART/FORM-DATA; BOUNDARY=${b}`,
        (b: string) => `multipart/form-data; boundary="${b}"; charset=utf-16`,
        (b: string) => `multipart/mixed; boundary=${b}`,
        () => 'application/json',
        () => 'application/x-www-form-urlencoded',
        () => 'text/plain; charset=ebcdic',
      ),
    );
    await fc.assert(
      fc.asyncProperty(headerValue, contentType, async (key, typeFor) => {
        // A new team each run, so an accepted key never replays another run's registration.
        const { body, contentType: real } = await encode(registrationForm(validFields()));
        const type = typeFor(real.split('boundary=')[1]!);
        const res = await postRegistration(server.url, body, type, { 'idempotency-key': key });
        expectSafeAnswer(res, { key, type });
      }),
      { numRuns: RUNS },
    );
  });

  it('answers bodies whose length disagrees with Content-Length, or whose framing is contradictory', async () => {
    const request = async (framing: (length: number) => string) => {
      const { body, contentType } = await encode(registrationForm(validFields()));
      const head = `POST /api/registration HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${contentType}\r\n`;
      const logoEnd = body.lastIndexOf(pngBytes()) + pngBytes().length;
      const bytes = Buffer.concat([Buffer.from(`${head}${framing(body.length)}\r\n`), body]);
      return { bytes, logoEnd, length: body.length };
    };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -4000, max: 5000 }), async (delta) => {
        // Declared longer than sent (we then stop sending), or shorter (the rest is a bogus next request).
        const { bytes, logoEnd, length } = await request(
          (n) => `Content-Length: ${n + delta}\r\nConnection: close\r\n`,
        );
        const res = await rawExchange(server.url, bytes, { halfClose: delta > 0 });
        if (delta > 0) {
          // A client that stops sending is dropped or answered, never with a failure.
          if (res) expect(res.status).toBeLessThan(500);
          return;
        }
        if (delta === 0) return expectSafeAnswer(res, { delta });
        // The surplus bytes are a malformed next request, which Node's own parser refuses (answered in
        // the envelope by the clientError handler), possibly before the app answers the first one.
        expect(res?.status).toBeLessThan(500);
        if (length + delta < logoEnd) {
          expect(res!.status, `${delta}: ${res!.text}`).toBe(400);
          expect(res!.json).toMatchObject({ success: false, error_code: 'VALIDATION_FAILED' });
        }
      }),
      { numRuns: RUNS },
    );
    // Both framings at once (a request-smuggling shape): Node's parser refuses it before the app sees
    // it, and the answer is still the envelope.
    const { bytes } = await request((n) => `Content-Length: ${n}\r\nTransfer-Encoding: chunked\r\n`);
    const smuggled = await rawExchange(server.url, bytes);
    expect(smuggled?.status).toBe(400);
    expect(smuggled?.json).toMatchObject({
      success: false,
      error_code: 'VALIDATION_FAILED',
      request_id: smuggled?.headers['x-request-id'],
    });
  });

  it('answers any admin query string below 500, with the envelope on errors', async () => {
    const param = fc.constantFrom(
      'page',
      'limit',
      'sort',
      'q',
      'status',
      'church',
      'page[]',
      'limit[gt]',
      '__proto__',
    );
    const value = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }).map(String),
      fc.constantFrom(
        '0',
        '-1',
        '1e309',
        'NaN',
        '0x10',
        '1.5',
        ' 2',
        '99999999999999999999',
        '-team_name',
        'created_at,team_id',
      ),
      fc.constantFrom(
        'pending',
        'APPROVED',
        'rejected ',
        'deleted',
        "%' or 1=1 --",
        '_%\\',
        '%',
        '%zz',
        '%C0%AF',
        '%00',
      ),
      fc.string({ unit: 'grapheme', maxLength: 80 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(param, value), { maxLength: 8 }),
        fc.constantFrom(
          '/admin/teams',
          '/admin/teams/export.csv',
          '/admin/stats',
          '/admin/teams/ICCT-001',
          '/admin/teams/ICCT-001%00',
        ),
        async (pairs, path) => {
          const query = pairs.map(([k, v]) => `${k}=${v}`).join('&');
          const res = await send(server.url, {
            path: `${path}?${query}`,
            headers: { 'x-api-key': ADMIN_KEY },
          });
          expectSafeAnswer(res, `${path}?${query}`);
        },
      ),
      {
        numRuns: RUNS * 2,
        // NUL is no valid PostgreSQL text: these once reached the database and answered 500.
        examples: [
          [[['q', '%00']], '/admin/teams'],
          [[['church', 'a%00b']], '/admin/teams'],
          [[], '/admin/teams/ICCT-001%00'],
        ],
      },
    );
  });

  it('answers any public status query and any private-link request below 500, never opening a team', async () => {
    const param = fc.constantFrom('church', 'token', 'church[]', 'token[a]', 'team_id', '__proto__');
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 90 }).map(encodeURIComponent),
      fc.constantFrom('%00', 'a%00b', '%C0%AF', '%', '%zz', "x'%20or%201=1", 'A'.repeat(43), '-'.repeat(43)),
    );
    const route = fc.constantFrom(
      ['GET', '/api/registration/status'],
      ['GET', '/api/registration/ICCT-001'],
      ['GET', '/api/registration/ICCT-001%00'],
      ['GET', '/api/registration/..%2Fadmin'],
      ['PATCH', '/api/registration/ICCT-001'],
      ['POST', '/api/registration/ICCT-001/withdraw'],
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(param, value), { maxLength: 6 }),
        route,
        async (pairs, [method, path]) => {
          const query = pairs.map(([k, v]) => `${k}=${v}`).join('&');
          const res = await send(server.url, { method, path: `${path}?${query}` });
          expectSafeAnswer(res, `${method} ${path}?${query}`);
          // No guessed or malformed token opens a team.
          if (path !== '/api/registration/status') expect(res.status, res.text).toBe(404);
        },
      ),
      { numRuns: RUNS * 2, examples: [[[['church', 'a%00b']], ['GET', '/api/registration/status']]] },
    );
  });

  it("answers any mix of fields in an edit through the captain's link below 500, changing nothing when refused", async () => {
    const { teamId, token } = await registerWithLink(server.url, server.database);
    const entry = fc.tuple(
      fc.oneof(fc.constantFrom(...FORM_FIELDS), fc.string({ minLength: 1, maxLength: 40 })),
      weirdText,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), async (entries) => {
        const form = editForm({});
        for (const [name, value] of entries) form.append(name, value);
        const { body, contentType } = await encode(form);
        const before = (await captainRequest(server.url, teamId, token)).body.data;
        const res = await send(server.url, {
          method: 'PATCH',
          path: `/api/registration/${teamId}?token=${token}`,
          headers: { 'content-type': contentType },
          body,
        });
        expectSafeAnswer(res, entries);
        if (res.status !== 200)
          expect((await captainRequest(server.url, teamId, token)).body.data).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps serving, with its heap bounded, after all of the above', async () => {
    const res = await register(server.url, registrationForm(validFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const grownMb = (heapUsed() - heapBefore) / 2 ** 20;
    expect(grownMb, `heap grew by ${grownMb.toFixed(1)} MB`).toBeLessThan(64);
  });
});
