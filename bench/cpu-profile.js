/**
 * A CPU profile of the server under S1. Loaded into the server with `--import ./bench/cpu-profile.js`:
 * it starts V8's sampling profiler at once and writes the profile to $BENCH_CPU_PROFILE on SIGUSR2
 * (`--cpu-prof` only writes at a clean exit, and Nest re-raises SIGTERM, so it never gets one).
 * Imported by the runner, `summarizeProfile` turns the profile into self time per package and function.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const target = process.env.BENCH_CPU_PROFILE;
if (target) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () =>
    session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')),
  );
  process.on('SIGUSR2', () =>
    session.post('Profiler.stop', (error, result) => {
      writeFileSync(target, JSON.stringify(error ? { error: String(error) } : result.profile));
    }),
  );
}

/** Where a function lives: a package, our own code, Node's internals or a V8 category. */
function ownerOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node: internals';
  if (url.includes('/dist/')) return 'our code (dist/)';
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
