/**
 * Issue 15: Nest on Express vs Nest on Fastify, the same minimal app on both, side by side with the
 * bare node:http floor (L2G). The app answers `GET /status` with a fixed JSON object (what the cached
 * status route does once its counts are cached), in two builds per adapter:
 *   bare     the controller alone
 *   headers  the controller, with the headers the app's cached status answer carries (a request id, helmet's
 *            twelve as the app works them out, six rate-limit headers, Cache-Control) set by one request
 *            hook, and nothing else: the floor of any Nest app that answers with those headers
 *   pieces   with this app's global pieces in their cheapest form: a request id set on every response
 *            (Express middleware; Fastify onRequest hook), a global guard reading route metadata and
 *            setting six RateLimit headers from an in-memory counter, a global interceptor that races the
 *            handler against a timer (the request timeout), and a response-time measure on finish.
 * "node headers" is the bare node:http floor answering with the same headers, and "fastify-raw" Fastify without
 * Nest (the instance Nest's adapter makes, one route), bare and with the same headers. Servers run in their own
 * processes, pinned (taskset) away from the load generator, interleaved for --rounds rounds (default 3);
 * medians. Needs the build (dist/, for the helmet headers).
 *
 *   node bench/adapters.js [--rounds N] [--no-pin]
 *   node bench/adapters.js --serve express|fastify|fastify-raw|node bare|headers|pieces   (one server; prints {"port":N})
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { canPin, pinProcess, startHelper } from './processes.js';

const args = process.argv.slice(2);
const REPLY = {
  success: true,
  registration_open: true,
  opens_at: '2026-01-01T00:00:00.000Z',
  closes_at: '2026-12-31T23:59:59.000Z',
  max_teams: 64,
  registered: 12,
  remaining: 52,
  waitlisted: 0,
  waitlist_enabled: false,
  max_teams_per_church: 2,
  church: { name: 'St. Thomas Church', teams: 1, remaining: 1 },
};

/** The headers of the app's cached status answer, as one function setting them on a Node response. */
async function answerHeaders() {
  const { default: helmet } = await import('helmet');
  const { staticHeaders } = await import('../dist/hardening/static-headers.js');
  const security = staticHeaders(helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } }));
  return (res) => {
    res.setHeader('X-Request-Id', randomUUID());
    security(res);
    for (const prefix of ['RateLimit', 'X-RateLimit']) {
      res.setHeader(`${prefix}-Limit`, 1e9);
      res.setHeader(`${prefix}-Remaining`, 1e9 - 1);
      res.setHeader(`${prefix}-Reset`, 60);
    }
    res.setHeader('Cache-Control', 'public, max-age=1');
  };
}

async function serveNode() {
  const { createServer } = await import('node:http');
  const setHeaders = await answerHeaders();
  const body = JSON.stringify(REPLY);
  const server = createServer((_req, res) => {
    setHeaders(res);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
}

/** Sets the cached status answer's headers on every response of a Fastify instance, in one hook. */
async function addAnswerHeaders(instance) {
  const setHeaders = await answerHeaders();
  instance.addHook('onRequest', (_req, reply, done) => {
    setHeaders(reply.raw);
    done();
  });
}

/** Fastify alone: the instance Nest's adapter wraps, with one route and no Nest around it. */
async function serveFastify(variant) {
  const { FastifyAdapter } = await import('@nestjs/platform-fastify');
  const instance = new FastifyAdapter().getInstance();
  if (variant === 'headers') await addAnswerHeaders(instance);
  instance.get('/status', () => REPLY);
  await instance.listen({ port: 0, host: '127.0.0.1' });
  console.log(JSON.stringify({ port: instance.server.address().port }));
}

async function serve(adapterName, variant) {
  if (adapterName === 'node') return serveNode();
  if (adapterName === 'fastify-raw') return serveFastify(variant);
  const { Controller, Get, Injectable, Module, SetMetadata } = await import('@nestjs/common');
  const { APP_GUARD, APP_INTERCEPTOR, NestFactory } = await import('@nestjs/core');
  const { Observable, lastValueFrom } = await import('rxjs');

  class StatusController {
    status() {
      return REPLY;
    }
  }
  const descriptor = Object.getOwnPropertyDescriptor(StatusController.prototype, 'status');
  Get('status')(StatusController.prototype, 'status', descriptor);
  SetMetadata('rateLimitClass', 'read')(StatusController.prototype, 'status', descriptor);
  Controller()(StatusController);

  const fastify = adapterName === 'fastify';
  const setHeader = fastify
    ? (res, name, value) => res.header(name, value)
    : (res, n, v) => res.setHeader(n, v);
  const counters = new Map();
  const marks = new WeakMap();
  class Guard {
    canActivate(context) {
      const handler = context.getHandler();
      let mark = marks.get(handler);
      if (mark === undefined)
        marks.set(handler, (mark = Reflect.getMetadata('rateLimitClass', handler) ?? null));
      const http = context.switchToHttp();
      const req = http.getRequest();
      const key = `${mark}:${req.ip}`;
      const now = Date.now();
      let c = counters.get(key);
      if (!c || c.expiresAt <= now) counters.set(key, (c = { hits: 0, expiresAt: now + 60_000 }));
      c.hits += 1;
      const res = http.getResponse();
      const reset = Math.ceil((c.expiresAt - now) / 1000);
      for (const prefix of ['RateLimit', 'X-RateLimit']) {
        setHeader(res, `${prefix}-Limit`, 1e9);
        setHeader(res, `${prefix}-Remaining`, 1e9 - c.hits);
        setHeader(res, `${prefix}-Reset`, reset);
      }
      return true;
    }
  }
  Injectable()(Guard);
  class Timeout {
    intercept(_context, next) {
      const outcome = lastValueFrom(next.handle(), { defaultValue: undefined });
      return new Observable((subscriber) => {
        const timer = setTimeout(() => subscriber.error(new Error('timeout')), 30_000);
        outcome.then(
          (value) => {
            clearTimeout(timer);
            subscriber.next(value);
            subscriber.complete();
          },
          (error) => {
            clearTimeout(timer);
            subscriber.error(error);
          },
        );
      });
    }
  }
  Injectable()(Timeout);
  class AppModule {}
  Module({
    controllers: [StatusController],
    providers:
      variant === 'pieces'
        ? [
            { provide: APP_GUARD, useClass: Guard },
            { provide: APP_INTERCEPTOR, useClass: Timeout },
          ]
        : [],
  })(AppModule);

  let app;
  if (fastify) {
    const { FastifyAdapter } = await import('@nestjs/platform-fastify');
    app = await NestFactory.create(AppModule, new FastifyAdapter(), { logger: false });
    if (variant === 'headers') await addAnswerHeaders(app.getHttpAdapter().getInstance());
    if (variant === 'pieces') {
      const instance = app.getHttpAdapter().getInstance();
      instance.addHook('onRequest', (req, reply, done) => {
        reply.header('X-Request-Id', randomUUID());
        const started = performance.now();
        reply.raw.once('finish', () => void (performance.now() - started));
        done();
      });
    }
  } else {
    app = await NestFactory.create(AppModule, { logger: false, bodyParser: false });
    app.disable('x-powered-by');
    if (variant === 'pieces') {
      app.use((req, res, next) => {
        res.setHeader('X-Request-Id', randomUUID());
        const started = performance.now();
        res.once('finish', () => void (performance.now() - started));
        next();
      });
    }
  }
  await app.listen(0, '127.0.0.1');
  console.log(JSON.stringify({ port: app.getHttpServer().address().port }));
}

function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function compare() {
  const rounds = Number(option('--rounds') ?? 3);
  const n = cpus().length;
  const pin = !args.includes('--no-pin') && canPin && n >= 2;
  const serverCpus = pin ? (n > 2 ? `0-${n - 2}` : '0') : undefined;
  const servers = {};
  const start = async (name, script, extra = []) => {
    const process_ = await startHelperWithArgs(script, extra, serverCpus);
    servers[name] = process_;
  };
  await start('L2G', 'bench/http-floor.js');
  await start('node headers', 'bench/adapters.js', ['--serve', 'node', 'headers']);
  const builds = {
    'fastify-raw': ['bare', 'headers'],
    express: ['bare', 'pieces'],
    fastify: ['bare', 'headers', 'pieces'],
  };
  for (const [adapter, variants] of Object.entries(builds)) {
    for (const variant of variants) {
      await start(`${adapter} ${variant}`, 'bench/adapters.js', ['--serve', adapter, variant]);
    }
  }
  if (pin) pinProcess(process.pid, String(n - 1));
  const runs = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    for (const [name, server] of Object.entries(servers)) {
      const url = `http://127.0.0.1:${server.port}/status`;
      await autocannon({ url, connections: 50, duration: 3 });
      const r = await autocannon({ url, connections: 50, duration: 8 });
      runs[name].push({
        reqPerSec: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: r.non2xx,
      });
      console.log(`round ${round} ${name}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms`);
    }
  }
  if (pin) pinProcess(process.pid, `0-${n - 1}`);
  await Promise.all(Object.values(servers).map((s) => s.stop()));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const floor = median(runs.L2G.map((r) => r.reqPerSec));
  console.log(
    `\n| Server | req/s (median of ${rounds}) | p50 ms | p99 ms | × L2G |\n|---|---:|---:|---:|---:|`,
  );
  for (const [name, rs] of Object.entries(runs)) {
    const rps = median(rs.map((r) => r.reqPerSec));
    console.log(
      `| ${name} | ${rps.toFixed(0)} | ${median(rs.map((r) => r.p50))} | ${median(rs.map((r) => r.p99))} | ${(rps / floor).toFixed(3)} |`,
    );
  }
  console.log(JSON.stringify({ pinned: pin, runs }));
}

/** startHelper with arguments for the script. */
async function startHelperWithArgs(script, extra, serverCpus) {
  if (extra.length === 0) return startHelper(script, '/dev/null', { cpus: serverCpus });
  return startHelper(script, '/dev/null', { cpus: serverCpus, args: extra });
}

if (args[0] === '--serve') await serve(args[1], args[2]);
else await compare();
