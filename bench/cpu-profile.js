/**
 * A CPU profile of the server under S1. Loaded into the server with `--import ./bench/cpu-profile.js`:
 * V8's sampling profiler runs between the runner's start and stop messages (IPC) and the profile goes to
 * $BENCH_CPU_PROFILE (`--cpu-prof` profiles start-up too, and writes only at a clean exit, which Nest's
 * re-raised SIGTERM is not).
 * Imported by the runner, `summarizeProfile` turns the profile into self time per package and function.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const target = process.env.BENCH_CPU_PROFILE;
if (target) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }));
  // Started and stopped by messages from the runner (signals won't do: Nest's shutdown hooks take SIGUSR2).
  process.on('message', (message) => {
    if (message === 'cpu-profile:start') session.post('Profiler.start');
    if (message !== 'cpu-profile:stop') return;
    session.post('Profiler.stop', (error, result) => {
      writeFileSync(target, JSON.stringify(error ? { error: String(error) } : result.profile));
      process.disconnect();
    });
  });
}

/** Where a function lives: a package, our own code, Node's internals or a V8 category. */
function ownerOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node: internals';
  if (url.includes('/dist/')) return 'our code (dist/)';
  if (url.includes('/bench/')) return 'the bench (bench/)';
  return url;
}

/** Self time (share of samples) by owner and by function, most expensive first. */
export function summarizeProfile(profile, top = 12) {
  const hits = new Map(profile.samples.map((id) => [id, 0]));
  for (const id of profile.samples) hits.set(id, hits.get(id) + 1);
  const total = profile.samples.length;
  const byOwner = new Map();
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (n === 0) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const owner = ownerOf(url, functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + n);
    const fn = `${functionName || '(anonymous)'} (${owner}${url && !url.includes('node_modules') ? `:${lineNumber + 1}` : ''})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + n);
  }
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => ({ name, share: n / total }));
  return { samples: total, byOwner: rank(byOwner), byFunction: rank(byFunction) };
}

/** Node's native calls that write to a socket (PostgreSQL's, the client's, Cloudinary's). */
const SOCKET_WRITES = new Set(['writeBuffer', 'writev', 'writeLatin1String', 'writeUtf8String']);

/**
 * The profile's samples by owner as microseconds of the main thread per answer, at `reqPerSec` answers a
 * second: comparable between two processes doing the same work (S1's server and L4). Wall time: a thread
 * waiting in a system call (a socket write that wakes PostgreSQL on a busy machine) counts as that call's.
 */
export function microsecondsPerAnswer(profile, reqPerSec) {
  const perOwner = new Map();
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (n === 0) continue;
    const { url, functionName } = node.callFrame;
    const owner = !url && SOCKET_WRITES.has(functionName) ? '(socket writes)' : ownerOf(url, functionName);
    perOwner.set(owner, (perOwner.get(owner) ?? 0) + n);
  }
  const total = profile.samples.length;
  return Object.fromEntries(
    [...perOwner]
      .sort((a, b) => b[1] - a[1])
      .map(([owner, n]) => [owner, Math.round(((n / total) * 1e6) / reqPerSec)]),
  );
}
