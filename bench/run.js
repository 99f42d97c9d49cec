/**
 * `npm run bench`: the load scenarios of docs/benchmarks.md, against the built server (dist/) in its own
 * process, on a fresh PostgreSQL database that is dropped at the end. Writes docs/benchmarks.md and the
 * raw numbers to bench/results/. Takes about seven minutes. See docs/benchmarks.md for what each row means.
 *
 * Options (after `npm run build`, `node bench/run.js ...`):
 *   --only L2G,L3,S3,S4   only these scenarios (S1, S1x2, L1, L4, L2, PROF, S2, the request-pipeline ones:
 *                         L2G, L3, S3, S4, and DOCS: bench/document-upload.js); prints a table and writes
 *                         bench/results/, not docs/benchmarks.md
 *   --rounds N            rounds of the interleaved scenarios (S1, L1 and L4; the pipeline ones); the report
 *                         shows medians (default 3)
 *   --profile             also profile the server under S3 and S4 (self time by package and function)
 *   --no-pin              do not pin the load generator and the pipeline servers to separate CPUs
 *   --variant NAME=DIR    (repeatable) also run S3 and S4 against another checkout's build in DIR, as
 *                         S3@NAME and S4@NAME, interleaved with the rest: before/after figures in one run
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { SMTPServer } from 'smtp-server';
import { microsecondsPerAnswer, summarizeProfile } from './cpu-profile.js';
import {
  numberedFromSequence,
  recordRegistrationTransaction,
  runDatabaseLimit,
  UNLOCKED_SEQUENCE,
} from './database-limit.js';
import {
  canPin,
  cpuSeconds,
  freePort,
  productionEnv,
  pinProcess,
  processTree,
  sampleRss,
  startHelper,
  startServer,
} from './processes.js';
import { benchPlayers, registrationBodies } from './registration-body.js';
import { median, writeReport } from './report.js';
import { seedTeams } from './seed-teams.js';

const CONNECTIONS = 50;
const S1_SECONDS = 20;
/** S1, L1 and L4: each round's length (ROUNDS rounds, interleaved). */
const ROUND_SECONDS = 10;
const WARMUP_SECONDS = 3;
const SHORT_SECONDS = 8;
const SEEDED_TEAMS = 10_000;
/** The longest the bench waits for the outbox to send what the last S1 round left. */
const DRAIN_LIMIT_SECONDS = 120;
const ADMIN_KEY = 'bench-admin-key-0123456789';
const POOL = { size: 20, overflow: 10 };
const RESULTS = 'bench/results';
const PIPELINE = ['L2G', 'L3', 'S3', 'S4'];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--only')
  ?.split(',')
  .map((name) => name.trim().toUpperCase())
  .filter(Boolean);
const want = (name) => !only || only.includes(name);
const ROUNDS = Number(option('--rounds') ?? 3);
const PROFILE_PIPELINE = args.includes('--profile');
const PIN = !args.includes('--no-pin') && canPin && cpus().length >= 2;
const VARIANTS = args
  .flatMap((arg, i) => (args[i - 1] === '--variant' ? [arg] : []))
  .map((arg) => {
    const [name, dir] = arg.split('=');
    return { name, dir };
  });

const serverUrl = (process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(
  /^postgres(ql)?(\+\w+)?:\/\//,
  'postgres://',
);
const runId = randomBytes(3).toString('hex');
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** autocannon's figures, reduced to what the report shows. */
function summarize(result, extra = {}) {
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
    seconds: result.duration,
    ...extra,
  };
}

function cannon(opts) {
  return autocannon({ connections: CONNECTIONS, timeout: 20, ...opts });
}

/**
 * Warms up, then measures `seconds` of load; with `pid`, also the peak RSS of it and its children, and the
 * CPU they used per answer.
 */
async function measure(opts, { seconds, pid }) {
  await cannon({ ...opts, duration: WARMUP_SECONDS });
  const rss = pid ? sampleRss(pid) : undefined;
  const cpuBefore = pid ? await cpuSeconds(pid) : 0;
  const result = await cannon({ ...opts, duration: seconds });
  if (!pid) return summarize(result);
  const answers = result['2xx'] + result.non2xx;
  const serverCpuMsPerRequest = (((await cpuSeconds(pid)) - cpuBefore) * 1000) / Math.max(1, answers);
  return summarize(result, { peakRssBytes: rss.stop(), serverCpuMsPerRequest });
}

/**
 * V8's sampling profiler in `child` (started with `--import ./bench/cpu-profile.js` and an IPC channel)
 * during `load` (`seconds`, after a warm-up): the load's figures, the profile's self time by package and
 * function (the `top` ones), and the samples per package turned into main-thread microseconds per answer. The profile is kept as
 * bench/results/<name>-<run>.cpuprofile.
 */
async function profileUnderLoad(child, load, profilePath, name, { seconds = SHORT_SECONDS + 2, top } = {}) {
  await cannon({ ...load, duration: WARMUP_SECONDS });
  child.send('cpu-profile:start');
  const profiled = await cannon({ ...load, duration: seconds });
  child.send('cpu-profile:stop');
  let profile;
  for (let i = 0; i < 50 && !profile; i++) {
    await new Promise((r) => setTimeout(r, 200));
    profile = await readFile(profilePath, 'utf8').catch(() => undefined);
  }
  await writeFile(`${RESULTS}/${name}-${runId}.cpuprofile`, profile ?? '{}');
  const figures = summarize(profiled);
  if (!profile) return { ...figures, unavailable: 'no profile written' };
  const parsed = JSON.parse(profile);
  return {
    ...figures,
    ...summarizeProfile(parsed, top),
    usPerAnswer: microsecondsPerAnswer(parsed, figures.reqPerSec),
  };
}

function registrationLoad(url, tag) {
  const bodies = registrationBodies(`${runId} ${tag}`);
  return {
    url: `${url}/api/registration`,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, 'content-type': bodies.contentType },
          body: bodies.next(),
        }),
      },
    ],
  };
}

/** Several runs of one scenario as one: medians of rate and latencies, failures summed, each run kept. */
function medianOf(runs) {
  const statuses = {};
  for (const run of runs) {
    for (const [code, n] of Object.entries(run.statuses ?? {})) statuses[code] = (statuses[code] ?? 0) + n;
  }
  const sum = (key) => runs.reduce((n, r) => n + (r[key] ?? 0), 0);
  const has = (key) => runs.some((r) => r[key] !== undefined);
  return {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    ok: sum('ok'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    statuses,
    seconds: runs[0]?.seconds,
    rounds: runs.length,
    // What only some scenarios measure: the server's peak RSS over all rounds, its CPU per answer (median).
    ...(has('peakRssBytes') ? { peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)) } : {}),
    ...(has('serverCpuMsPerRequest')
      ? { serverCpuMsPerRequest: median(runs.map((r) => r.serverCpuMsPerRequest)) }
      : {}),
    ...(has('teamsSaved') ? { teamsSaved: sum('teamsSaved'), emailsReceived: sum('emailsReceived') } : {}),
    ...(has('firstError') ? { firstError: runs.find((r) => r.firstError)?.firstError } : {}),
    runs: runs.map(({ reqPerSec, p50, p99, non2xx, serverCpuMsPerRequest }) => ({
      reqPerSec,
      p50,
      p99,
      non2xx,
      serverCpuMsPerRequest,
    })),
  };
}

async function probe(url, headers = {}) {
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(5000) });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}

async function machine(sql) {
  const git = (args) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    postgres: (await sql`show server_version`)[0].server_version,
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : ''}`,
  };
}

/** The pipeline scenarios' medians and ratios, and the profiles' top items, on the console. */
function printPipeline(r) {
  const rows = [
    ['L2G', r.l2Get],
    ['L3', r.l3],
    ['S3', r.s3],
    ['S4', r.s4],
    ...VARIANTS.flatMap(({ name }) => [
      [`S3@${name}`, r[`s3@${name}`]],
      [`S4@${name}`, r[`s4@${name}`]],
    ]),
  ].filter(([, x]) => x && !x.unavailable);
  for (const [name, x] of rows) {
    const runs = x.runs ? ` runs ${x.runs.map((run) => run.reqPerSec.toFixed(0)).join('/')}` : '';
    console.log(
      `${name.padEnd(12)} ${x.reqPerSec.toFixed(0).padStart(7)} req/s  p50 ${x.p50} ms  p99 ${x.p99} ms  non-2xx ${x.non2xx}${runs}`,
    );
  }
  if (r.s3?.reqPerSec && r.l3?.reqPerSec)
    console.log(`S3/L3 = ${(r.s3.reqPerSec / r.l3.reqPerSec).toFixed(3)}`);
  if (r.s4?.reqPerSec && r.l2Get?.reqPerSec) {
    console.log(`S4/L2G = ${(r.s4.reqPerSec / r.l2Get.reqPerSec).toFixed(3)}`);
  }
  for (const { name } of VARIANTS) {
    const [s3, s4] = [r[`s3@${name}`], r[`s4@${name}`]];
    if (s3?.reqPerSec && r.l3?.reqPerSec)
      console.log(`S3@${name}/L3 = ${(s3.reqPerSec / r.l3.reqPerSec).toFixed(3)}`);
    if (s4?.reqPerSec && r.l2Get?.reqPerSec) {
      console.log(`S4@${name}/L2G = ${(s4.reqPerSec / r.l2Get.reqPerSec).toFixed(3)}`);
    }
  }
  for (const [name, p] of Object.entries(r.pipelineProfile ?? {})) {
    if (!p.samples) continue;
    console.log(`\nProfile ${name}: ${p.reqPerSec.toFixed(0)} req/s while profiled, ${p.samples} samples`);
    for (const o of p.byOwner) console.log(`  ${(o.share * 100).toFixed(1).padStart(5)} %  ${o.name}`);
    for (const f of p.byFunction) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
  }
}

async function main() {
  await mkdir(RESULTS, { recursive: true });
  const started = new Date();
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  const dbName = `icct_bench_${process.pid}_${runId}`;
  await admin.unsafe(`create database "${dbName}"`);
  const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
  const db = postgres(dbUrl, { max: 2, onnotice: () => undefined });
  const dataDir = await mkdtemp(join(tmpdir(), 'icct-bench-'));
  const cloudinary = await startHelper('bench/fake-cloudinary.js', `${RESULTS}/fake-cloudinary.log`);
  let emailsReceived = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        emailsReceived += 1;
        callback();
      });
    },
  });
  await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const servers = [];

  async function server(phase, extraEnv = {}, { nodeArgs = [], ipc = false, cpus: pinTo, cwd } = {}) {
    const port = await freePort();
    const s = await startServer({
      logPath: `${RESULTS}/server-${phase}.log`,
      nodeArgs,
      ipc,
      cpus: pinTo,
      cwd,
      env: {
        ...productionEnv({ port, dataDir, databaseUrl: dbUrl }),
        DATABASE_POOL_SIZE: String(POOL.size),
        DATABASE_MAX_OVERFLOW: String(POOL.overflow),
        CLOUDINARY_URL: `cloudinary://bench-key:bench-secret@bench?upload_prefix=http://127.0.0.1:${cloudinary.port}`,
        SMTP_SERVER: '127.0.0.1',
        SMTP_PORT: String(smtp.server.address().port),
        SMTP_IGNORE_TLS: 'true',
        ADMIN_API_KEYS: ADMIN_KEY,
        RATE_LIMIT_REQUESTS: '1000000000',
        RATE_LIMIT_READ_REQUESTS: '1000000000',
        RATE_LIMIT_ADMIN_REQUESTS: '1000000000',
        MAX_TEAMS_PER_CHURCH: '1000000',
        SMTP_MAX_EMAILS_PER_SECOND: '0',
        ...extraEnv,
      },
    });
    servers.push(s);
    return s;
  }
  const emptyTables = () => db`truncate teams, counters, outbox_emails cascade`;

  /** With the load over: how long the server's outbox takes to send the confirmations a round left unsent. */
  const drainOutbox = async () => {
    const unsent = async () =>
      Number((await db`select count(*) from outbox_emails where state = 'pending'`)[0].count);
    const started = Date.now();
    const receivedBefore = emailsReceived;
    const backlog = await unsent();
    let left = backlog;
    while (left > 0 && Date.now() - started < DRAIN_LIMIT_SECONDS * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = await unsent();
    }
    const seconds = (Date.now() - started) / 1000;
    const sent = emailsReceived - receivedBefore;
    return { backlog, left, sent, seconds, perSecond: sent / seconds };
  };

  /** L4's server (bench/registration-floor.js), on the bench's database and fake Cloudinary, the server's pool size. */
  const startRegistrationFloor = async ({ env = {}, ...options } = {}) => {
    const floor = await startHelper('bench/registration-floor.js', `${RESULTS}/registration-floor.log`, {
      ...options,
      env: {
        DATABASE_URL: dbUrl,
        CLOUDINARY_UPLOAD_PREFIX: `http://127.0.0.1:${cloudinary.port}`,
        POOL_SIZE: String(POOL.size + POOL.overflow),
        ...env,
      },
    });
    servers.push(floor); // stopped at the end even when a scenario fails
    return floor;
  };
  const results = {
    runId,
    startedAt: started.toISOString(),
    machine: await machine(admin),
    connections: CONNECTIONS,
    pool: POOL,
  };

  /**
   * The request pipeline (issue 15): what the stack costs per request when the work is (nearly) nothing.
   * L2G a bare node:http server's fixed JSON; L3 a bare node:http server running /health's query through
   * postgres.js; S3 `GET /health`; S4 the cached `GET /api/registration/status?church=...`. The three
   * servers run at once, pinned to their own CPU(s) and the load generator (this process) to another;
   * the scenarios are interleaved, ROUNDS times, and the report shows medians.
   */
  async function pipeline() {
    const selected = PIPELINE.filter(want);
    if (selected.length === 0) return;
    const n = cpus().length;
    const serverCpus = PIN ? (n > 2 ? `0-${n - 2}` : '0') : undefined;
    const generatorCpu = PIN ? String(n - 1) : undefined;
    const api = await server('pipeline', {}, { cpus: serverCpus });
    const floor = await startHelper('bench/http-floor.js', `${RESULTS}/http-floor-get.log`, {
      cpus: serverCpus,
    });
    const healthFloor = await startHelper('bench/health-floor.js', `${RESULTS}/health-floor.log`, {
      cpus: serverCpus,
      env: { DATABASE_URL: dbUrl },
    });
    const statusPath = `/api/registration/status?church=${encodeURIComponent('St. Thomas Church')}`;
    const urls = {
      L2G: `http://127.0.0.1:${floor.port}/api/registration/status`,
      L3: `http://127.0.0.1:${healthFloor.port}/health`,
      S3: `${api.url}/health`,
      S4: `${api.url}${statusPath}`,
    };
    const variants = [];
    for (const { name, dir } of VARIANTS) {
      const other = await server(`pipeline-${name}`, {}, { cpus: serverCpus, cwd: dir });
      variants.push(other);
      for (const route of ['S3', 'S4'].filter(want)) {
        urls[`${route}@${name}`] = route === 'S3' ? `${other.url}/health` : `${other.url}${statusPath}`;
        selected.push(`${route}@${name}`);
      }
    }
    for (const name of selected) {
      const first = await probe(urls[name]);
      if (first.status !== 200) log(`${name}: first answer ${first.status} ${first.body.slice(0, 200)}`);
    }
    results.pipelineSetup = {
      pinned: PIN ? { servers: serverCpus, loadGenerator: generatorCpu } : false,
      rounds: ROUNDS,
    };
    if (PIN) pinProcess(process.pid, generatorCpu);
    const runs = Object.fromEntries(selected.map((name) => [name, []]));
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        for (const name of selected) {
          // No RSS sampling here: its /proc walks would run on the load generator's CPU.
          const r = await measure({ url: urls[name] }, { seconds: SHORT_SECONDS });
          log(
            `round ${round} ${name}: ${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}`,
          );
          runs[name].push(r);
        }
      }
    } finally {
      if (PIN) pinProcess(process.pid, `0-${n - 1}`);
    }
    for (const name of selected)
      results[name === 'L2G' ? 'l2Get' : name.toLowerCase()] = medianOf(runs[name]);
    await Promise.all([floor.stop(), healthFloor.stop(), api.stop()]);

    if (!PROFILE_PIPELINE) return;
    results.pipelineProfile = {};
    for (const name of selected.filter((s) => s.startsWith('S') && !s.includes('@'))) {
      log(`Profile: ${name} with the V8 sampling profiler in the server`);
      const path = join(dataDir, `server-${name}.cpuprofile`);
      const profiled = await server(
        `profile-${name}`,
        { BENCH_CPU_PROFILE: path },
        { nodeArgs: ['--import', './bench/cpu-profile.js'], ipc: true, cpus: serverCpus },
      );
      const url = name === 'S3' ? `${profiled.url}/health` : `${profiled.url}${statusPath}`;
      if (PIN) pinProcess(process.pid, generatorCpu);
      results.pipelineProfile[name] = await profileUnderLoad(
        profiled.child,
        { url },
        path,
        `${name.toLowerCase()}-server`,
        { seconds: SHORT_SECONDS, top: 25 },
      );
      if (PIN) pinProcess(process.pid, `0-${n - 1}`);
      await profiled.stop();
    }
  }

  try {
    log(`database ${dbName}; starting the server`);
    let api;
    // S1, L1 and L4 run interleaved, in rounds (L1, L4, S1 in each), and are reported as medians: S1/L1
    // and S1/L4 then compare figures taken minutes apart at most, whatever this machine does meanwhile.
    const rounds = { s1: [], l1: [], l4: [] };
    if (want('S1')) api = await server('s1');
    let recorded;
    if (want('L1')) {
      await emptyTables();
      recorded = await recordRegistrationTransaction(dbUrl, benchPlayers());
      results.l1Statements = recorded.statements.map((s) => s.query);
      // Whether each was sent together with the one before it (pipelined): replayed so too.
      results.l1WithPrevious = recorded.statements.map(
        (s, i) => i > 0 && recorded.statements[i - 1].turn === s.turn,
      );
      results.l1StatementsBefore = recorded.before.map((s) => s.query);
      results.l1StatementsAfter = recorded.after.map((s) => s.query);
    }
    const dbLimit = async (seconds, prepare, tag, statements = recorded) => {
      const common = {
        url: dbUrl,
        recorded: statements,
        poolSize: POOL.size + POOL.overflow,
        concurrency: CONNECTIONS,
        prepare,
      };
      await runDatabaseLimit({ ...common, durationMs: WARMUP_SECONDS * 1000, runTag: `${runId} ${tag}w` });
      const run = await runDatabaseLimit({
        ...common,
        durationMs: seconds * 1000,
        runTag: `${runId} ${tag}`,
      });
      const sorted = [...run.latencies].sort((a, b) => a - b);
      return {
        reqPerSec: run.latencies.length / (run.elapsedMs / 1000),
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        ok: run.latencies.length,
        errors: run.errors,
        firstError: run.firstError,
        seconds,
      };
    };
    const registrationFloor = want('L4') ? await startRegistrationFloor() : undefined;
    for (let round = 1; round <= ROUNDS && (api || recorded || registrationFloor); round++) {
      if (recorded) {
        await emptyTables();
        log(`round ${round} L1: the registration's statements straight through postgres.js`);
        // Prepared, as the server sends them (DATABASE_PREPARED_STATEMENTS' default).
        rounds.l1.push(await dbLimit(ROUND_SECONDS, true, `lone${round}`));
      }
      if (registrationFloor) {
        await emptyTables();
        log(`round ${round} L4: S1's work on bare Node (multer, the Cloudinary SDK, postgres.js)`);
        const url = `http://127.0.0.1:${registrationFloor.port}`;
        rounds.l4.push(
          await measure(registrationLoad(url, `lfour${round}`), {
            seconds: ROUND_SECONDS,
            pid: registrationFloor.child.pid,
          }),
        );
      }
      if (api) {
        // Last in the round: S4 runs on the teams the last S1 round left.
        await emptyTables();
        log(`round ${round} S1: registration, ${CONNECTIONS} connections, ${ROUND_SECONDS} s`);
        const emailsBefore = emailsReceived;
        const s1 = await measure(registrationLoad(api.url, `sone${round}`), {
          seconds: ROUND_SECONDS,
          pid: api.child.pid,
        });
        s1.teamsSaved = Number((await db`select count(*) from teams`)[0].count);
        s1.emailsReceived = emailsReceived - emailsBefore;
        rounds.s1.push(s1);
        if (round === ROUNDS) results.outboxDrain = await drainOutbox();
      }
    }
    for (const [name, runs] of Object.entries(rounds)) if (runs.length) results[name] = medianOf(runs);
    await Promise.all([api?.stop(), registrationFloor?.stop()]);

    // S4 (the countdown page's poll) runs against the teams S1 left, when S1 ran: counts cached for 1 s.
    log(`Request pipeline: ${PIPELINE.filter(want).join(', ') || 'none'}, ${ROUNDS} round(s)`);
    await pipeline();

    if (recorded) {
      await emptyTables();
      log('L1 with unnamed statements (DATABASE_PREPARED_STATEMENTS=false)');
      results.l1Unprepared = await dbLimit(SHORT_SECONDS, false, 'lunprep');

      await emptyTables();
      log('L1 counter only: the gapless team number alone (upsert + commit)');
      const counterOnly = {
        statements: [
          {
            query:
              'insert into counters (name, value) values ($1, 1) ' +
              'on conflict (name) do update set value = counters.value + 1 returning value',
            params: ['team_number'],
          },
        ],
        counterAt: 0,
      };
      results.l1Counter = await dbLimit(SHORT_SECONDS, true, 'lcount', counterOnly);

      await emptyTables();
      log('L1 unlocked: the same transaction numbered from a sequence, no counter lock');
      await db.unsafe(`create sequence ${UNLOCKED_SEQUENCE}`);
      try {
        results.l1Unlocked = await dbLimit(S1_SECONDS, true, 'lunlock', numberedFromSequence(recorded));
      } finally {
        await db.unsafe(`drop sequence ${UNLOCKED_SEQUENCE}`);
      }
    }

    if (want('L2')) {
      log('L2: the HTTP floor');
      const floor = await startHelper('bench/http-floor.js', `${RESULTS}/http-floor.log`);
      results.l2 = await measure(registrationLoad(`http://127.0.0.1:${floor.port}`, 'ltwo'), {
        seconds: S1_SECONDS,
        pid: floor.child.pid,
      });
      await floor.stop();
    }

    if (want('PROF')) {
      log('Profile: S1 with the V8 sampling profiler in the server');
      await emptyTables();
      const profilePath = join(dataDir, 'server.cpuprofile');
      api = await server(
        'profile',
        { BENCH_CPU_PROFILE: profilePath },
        { nodeArgs: ['--import', './bench/cpu-profile.js'], ipc: true },
      );
      results.profile = await profileUnderLoad(
        api.child,
        registrationLoad(api.url, 'prof'),
        profilePath,
        's1-server',
      );
      await api.stop();

      log('Profile: L4 under the same load');
      await emptyTables();
      const floorProfilePath = join(dataDir, 'floor.cpuprofile');
      const floor = await startRegistrationFloor({
        nodeArgs: ['--import', './bench/cpu-profile.js'],
        ipc: true,
        env: { BENCH_CPU_PROFILE: floorProfilePath },
      });
      results.floorProfile = await profileUnderLoad(
        floor.child,
        registrationLoad(`http://127.0.0.1:${floor.port}`, 'lprof'),
        floorProfilePath,
        'l4-floor',
      );
      await floor.stop();
    }

    if (want('S1X2')) {
      log('S1 with API_WORKERS=2');
      await emptyTables();
      api = await server('workers', { API_WORKERS: '2' });
      await new Promise((r) => setTimeout(r, 2000));
      const workers = (await processTree(api.child.pid)).length - 1;
      if (workers >= 2) {
        results.s1Workers = await measure(registrationLoad(api.url, 'wtwo'), {
          seconds: S1_SECONDS,
          pid: api.child.pid,
        });
        results.s1Workers.workers = workers;
      } else {
        results.s1Workers = {
          unavailable: `API_WORKERS=2 started no worker processes in this build (found ${workers}): node:cluster support is not in it yet`,
        };
      }
      await api.stop();
    }

    if (want('S2')) {
      log(`S2: seeding ${SEEDED_TEAMS} teams`);
      const seeded = await seedTeams(db, SEEDED_TEAMS);
      api = await server('s2');
      const adminHeaders = { 'x-api-key': ADMIN_KEY };
      const list = await probe(`${api.url}/admin/teams?page=1&limit=50`, adminHeaders);
      const pages = Math.ceil(SEEDED_TEAMS / 50);
      if (list.status === 200) {
        const variant = async (name, pathFor) => {
          log(`S2 ${name}`);
          return measure(
            {
              url: api.url,
              headers: adminHeaders,
              requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pathFor() }) }],
            },
            { seconds: SHORT_SECONDS },
          );
        };
        const page = (n) => 1 + Math.floor(Math.random() * n);
        results.s2 = {
          seeded,
          page: await variant('pages', () => `/admin/teams?page=${page(pages)}&limit=50`),
          search: await variant(
            'search',
            () => `/admin/teams?q=${encodeURIComponent(seeded.searchTerm)}&page=${page(5)}&limit=50`,
          ),
          filter: await variant(
            'filter',
            () => `/admin/teams?status=${seeded.status}&church=${encodeURIComponent(seeded.church)}&limit=50`,
          ),
        };
      } else {
        results.s2 = {
          unavailable: `GET /admin/teams answered ${list.status} in this build (the admin API is not merged yet)`,
        };
      }
      await api.stop();
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await cloudinary.stop();
    await new Promise((resolve) => smtp.close(resolve));
    await db.end();
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }

  if (want('DOCS')) {
    log('DOCS: 20 concurrent registrations of 15 players with 33 files of 1 MB (bench/document-upload.js)');
    results.documents = await documentUpload();
  }

  results.finishedAt = new Date().toISOString();
  await writeFile(
    `${RESULTS}/bench-${started.toISOString().replace(/[:.]/g, '-')}.json`,
    JSON.stringify(results, null, 2),
  );
  printPipeline(results);
  if (only) {
    log(`--only ${only.join(',')}: docs/benchmarks.md left as it is; results in ${RESULTS}/`);
    return;
  }
  await writeReport(results, {
    connections: CONNECTIONS,
    s1Seconds: S1_SECONDS,
    roundSeconds: ROUND_SECONDS,
    rounds: ROUNDS,
    shortSeconds: SHORT_SECONDS,
    seededTeams: SEEDED_TEAMS,
  });
  log('wrote docs/benchmarks.md');
}

/** Runs bench/document-upload.js (its own server and database) and returns its JSON summary. */
function documentUpload() {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bench/document-upload.js'],
      { env: process.env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        const start = stdout.indexOf('{');
        try {
          resolve(JSON.parse(stdout.slice(start)));
        } catch {
          resolve({ failed: error ? error.message : 'no summary printed' });
        }
      },
    );
  });
}

await main();
