import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

/** The version from package.json and, when known, the git commit (GIT_COMMIT, e.g. a Docker build arg, or .git). */
export function readBuildInfo(): { version: string; commit?: string } {
  const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string };
  return { version, commit: process.env.GIT_COMMIT?.trim() || gitHead() };
}

function gitHead(): string | undefined {
  try {
    const head = readFileSync(new URL('.git/HEAD', ROOT), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    return readFileSync(new URL(`.git/${head.slice(5)}`, ROOT), 'utf8').trim();
  } catch {
    return undefined; // not a checkout (a container image): unknown
  }
}
