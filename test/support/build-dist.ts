import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * Vitest global setup: builds `dist/` once per run when it is missing or older than `src/`, so tests
 * that need a real server process (`node dist/main.js`, see server-process.ts) run the current code.
 */
export default function buildDist(): void {
  let built = 0;
  try {
    built = statSync('dist/main.js').mtimeMs;
  } catch {
    // not built yet
  }
  if (built > newest('src') && built > newest('drizzle')) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
