import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for Debian's chromium on these machines: without the background-networking ones its
 * connections are refused. Playwright adds the user data directory itself.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes sure Debian's chromium is installed, installing it with apt when missing. Returns why the
 * browser tests cannot run only when apt itself is unavailable; an apt failure is an error.
 */
export function ensureChromium(): { available: true } | { available: false; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { available: true };
  if (spawnSync('apt-get', ['--version']).status !== 0) {
    return {
      available: false,
      reason: `${CHROMIUM_PATH} is missing and apt-get is not available to install it`,
    };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const run = spawnSync('apt-get', args, { env, encoding: 'utf8', timeout: 15 * 60_000 });
    if (run.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
    }
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt installed chromium, but ${CHROMIUM_PATH} is missing`);
  return { available: true };
}
