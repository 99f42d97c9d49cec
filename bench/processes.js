/** Child processes of the bench: the API server, the fakes, and how to watch their memory. */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { once } from 'node:events';

/** Whether `taskset` (util-linux) is here to pin processes to CPUs. */
export const canPin = (() => {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** `node ...args`, under `taskset -c cpus` when CPUs are given (taskset execs node: the pid is node's). */
function spawnNode(args, options, cpus) {
  return cpus && canPin
    ? spawn('taskset', ['-c', cpus, process.execPath, ...args], options)
    : spawn(process.execPath, args, options);
}

/** Pins every thread of process `pid` to `cpus` (a taskset CPU list, e.g. "1" or "0-1"). */
export function pinProcess(pid, cpus) {
  if (canPin) execFileSync('taskset', ['-a', '-cp', cpus, String(pid)], { stdio: 'ignore' });
}

/**
 * Starts `node [nodeArgs] <script> [args]` (with `env` added to ours, on `cpus` if given, with an IPC
 * channel if `ipc`) and resolves with its port once it prints `{"port":N}`.
 */
export async function startHelper(
  script,
  logPath,
  { env = {}, cpus, args = [], nodeArgs = [], ipc = false } = {},
) {
  const child = spawnNode(
    [...nodeArgs, script, ...args],
    { stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])], env: { ...process.env, ...env } },
    cpus,
  );
  child.stderr.pipe(createWriteStream(logPath));
  const [line] = await Promise.race([
    once(child.stdout, 'data'),
    once(child, 'exit').then(() => Promise.reject(new Error(`${script} exited; see ${logPath}`))),
  ]);
  return { child, port: JSON.parse(String(line)).port, stop: () => stopProcess(child) };
}

export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/**
 * What every bench server runs with: production mode, quiet logs, its own port and data directory, the
 * database under test, one worker; the scenario adds its providers and limits.
 */
export function productionEnv({ port, dataDir, databaseUrl }) {
  return {
    NODE_ENV: 'production',
    ENVIRONMENT: 'production',
    LOG_LEVEL: 'warn',
    SECRET_KEY: randomBytes(32).toString('hex'),
    API_HOST: '127.0.0.1',
    API_PORT: String(port),
    API_URL: `http://127.0.0.1:${port}`,
    API_WORKERS: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
  };
}

/** The V8 flags `npm start` runs the server with (package.json), as in production: the bench measures those. */
const START_FLAGS = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
  .scripts.start.split(' ')
  .filter((arg) => arg.startsWith('--'));

/**
 * Starts `node [npm start's flags] [nodeArgs] dist/main.js` with exactly `env` (plus PATH, and the
 * Dockerfile's MALLOC_ARENA_MAX=2), logging to `logPath`, and resolves once it answers HTTP on its port.
 * `ipc` opens a message channel (for bench/cpu-profile.js); `cpus` pins it (taskset); `cwd` runs another
 * checkout's build (its dist/main.js).
 */
export async function startServer({ env, nodeArgs = [], logPath, ipc = false, cpus, cwd }) {
  const child = spawnNode(
    [...START_FLAGS, ...nodeArgs, 'dist/main.js'],
    {
      cwd,
      env: { PATH: process.env.PATH, MALLOC_ARENA_MAX: '2', ...env },
      stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])],
    },
    cpus,
  );
  const log = createWriteStream(logPath);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${env.API_PORT}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}; see ${logPath}`);
    if (Date.now() > deadline) throw new Error(`server did not answer within 30 s; see ${logPath}`);
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { child, url, stop: () => stopProcess(child) };
}

export async function stopProcess(child, graceMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The pid and all its descendants (cluster workers), from /proc. */
export async function processTree(rootPid) {
  const parents = new Map();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // The ppid is the second field after the parenthesised command name.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

async function rssBytes(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the summed VmRSS of a process tree every `everyMs` until `stop()`, which returns the peak. */
export function sampleRss(rootPid, everyMs = 250) {
  let peak = 0;
  let pids = [rootPid];
  const timer = setInterval(() => {
    void (async () => {
      pids = await processTree(rootPid);
      const total = (await Promise.all(pids.map(rssBytes))).reduce((a, b) => a + b, 0);
      peak = Math.max(peak, total);
    })();
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux's every common build). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a process tree has used so far, from /proc: sampled before and after a
 * load, it gives the server's CPU per request, which a busy or shared machine changes far less than req/s.
 */
export async function cpuSeconds(rootPid) {
  let ticks = 0;
  for (const pid of await processTree(rootPid)) {
    try {
      const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
      // utime and stime: the 14th and 15th fields, the 12th and 13th after the command name.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / TICKS_PER_SECOND;
}
