import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { ContractValidator, type SeenResponse } from './contract-validator.js';

/**
 * The contract test, in every test file (loaded by setup-env.ts): wraps `globalThis.fetch` and checks
 * every response a test receives from an app running in this process (useTestApp) against the OpenAPI
 * document that app serves (fetched once per run by contract-setup.ts): route and method, status,
 * content type, body schema and headers. A mismatch fails the test that received the response (its
 * `afterEach`), naming the request; one received outside a test fails the file (`afterAll`).
 *
 * Out of scope: requests sent with node:http or raw sockets (raw-http.ts: deliberately malformed
 * HTTP), responses from server processes (`node dist/main.js`) and other servers (the fake Cloudinary),
 * browser traffic (Swagger UI) and CORS preflights.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where contract-setup.ts put the served document, and where workers note what they checked. */
    contract?: { dir: string; document: string };
  }
}

/** Ports of HTTP servers listening in this process: the apps a test started (and fakes, without X-Request-Id). */
const inProcessPorts = new Set<number>();
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const READ_PATIENCE_MS = 5_000;

interface Mismatch {
  test: string;
  text: string;
}

function install({ dir, document }: { dir: string; document: string }): void {
  subscribe('http.server.request.start', (message) => {
    const address = (message as { server: Server }).server.address();
    if (address && typeof address === 'object') inProcessPorts.add(address.port);
  });

  let validator: ContractValidator | undefined;
  const validatorOf = () =>
    (validator ??= new ContractValidator(JSON.parse(readFileSync(document, 'utf8')) as Record<string, any>));
  const pending = new Set<Promise<void>>();
  const mismatches: Mismatch[] = [];
  const checked: string[] = [];

  const original = globalThis.fetch;
  globalThis.fetch = async function contractFetch(input: string | URL | Request, init?: RequestInit) {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const target = new URL(url);
    if (
      LOOPBACK.has(target.hostname) &&
      inProcessPorts.has(Number(target.port)) &&
      response.headers.has('x-request-id')
    ) {
      const test = expect.getState().currentTestName ?? '(outside a test)';
      const seen = read(response.clone(), method).then((body) => {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        const record: SeenResponse = {
          method,
          url: target.pathname + target.search,
          status: response.status,
          headers,
          body,
        };
        const result = validatorOf().check(record);
        if (result.operation) checked.push(result.operation);
        if (result.problems.length > 0) mismatches.push({ test, text: describe(record, result.problems) });
      });
      const settled = seen.catch(() => undefined); // a body cut off mid-way: nothing to check
      pending.add(settled);
      void settled.finally(() => pending.delete(settled));
    }
    return response;
  };

  const report = async (scope: string) => {
    // A body the test never reads to its end (a stalled stream) is not waited for past a few seconds.
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<void>((resolve) => (timer = setTimeout(resolve, READ_PATIENCE_MS)));
    await Promise.race([Promise.all([...pending]), patience]);
    clearTimeout(timer);
    const found = mismatches.splice(0);
    if (found.length === 0) return;
    throw new Error(
      `${found.length} response(s) ${scope} do not match the OpenAPI document (/docs-json); ` +
        "document the change in the route's *.docs.ts, or fix the server:\n\n" +
        found.map((m) => `[${m.test}]\n${m.text}`).join('\n\n'),
    );
  };
  afterEach(() => report('this test received'));
  afterAll(async () => {
    try {
      await report('received outside the tests');
    } finally {
      if (checked.length > 0) {
        appendFileSync(join(dir, `checked-${process.pid}.txt`), `${checked.splice(0).join('\n')}\n`);
      }
    }
  });
}

/** The body as the check needs it: JSON parsed, text whole (CSV: its first record), binary not read. */
async function read(response: Response, method: string): Promise<unknown> {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if (method.toUpperCase() === 'HEAD' || !response.body) return undefined;
  if (type.startsWith('text/csv')) return firstRecord(response.body);
  if (type.includes('json') || type.startsWith('text/')) {
    const text = await response.text();
    if (!type.includes('json')) return text;
    try {
      return text === '' ? undefined : JSON.parse(text);
    } catch {
      return text;
    }
  }
  // Not awaited: a tee'd branch's cancel settles only once the test's own copy is read or cancelled.
  void response.body.cancel().catch(() => undefined);
  return undefined;
}

/** Reads only up to the first CRLF: an export can be large, and the test reads it anyway. */
async function firstRecord(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) text += decoder.decode(value, { stream: true });
    if (done || text.includes('\r\n')) break;
  }
  void reader.cancel().catch(() => undefined); // not awaited: see `read`
  return text;
}

function describe(record: SeenResponse, problems: string[]): string {
  const url = record.url.replace(/([?&](?:token|signature)=)[^&]+/g, '$1…');
  const body = record.body === undefined ? '' : JSON.stringify(record.body);
  return [
    `${record.method.toUpperCase()} ${url} -> ${record.status}`,
    ...problems.map((p) => `  - ${p}`),
    ...(body ? [`  body: ${body.length > 400 ? `${body.slice(0, 400)}…` : body}`] : []),
  ].join('\n');
}

const settings = inject('contract');
if (settings) install(settings);
