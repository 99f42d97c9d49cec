import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ContractValidator } from './contract-validator.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Starts the built app (dist/, which build-dist.ts has just brought up to date) on an embedded database
 * in a child process, and returns the document it serves at /docs-json, as a client would get it.
 */
export function servedDocument(env: Record<string, string> = {}): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'icct-docs-'));
  const dist = (file: string) => JSON.stringify(pathToFileURL(join(ROOT, 'dist', file)).href);
  const script = `
    import 'reflect-metadata';
    const { createApp } = await import(${dist('app.js')});
    const { loadConfig } = await import(${dist('config/app-config.js')});
    const config = loadConfig({
      ENVIRONMENT: 'test', LOG_LEVEL: 'silent', API_HOST: '127.0.0.1', API_PORT: '0',
      API_URL: 'http://uploads.test', DATA_DIR: ${JSON.stringify(dataDir)}, DATABASE_URL: 'pglite:memory://',
      ...${JSON.stringify(env)},
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const res = await fetch('http://127.0.0.1:' + app.getHttpServer().address().port + '/docs-json');
    if (res.status !== 200) throw new Error('/docs-json answered ' + res.status);
    process.stdout.write(await res.text());
    await app.close();`;
  try {
    return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Vitest global setup of the contract test (see contract-recorder.ts): fetches the served document once
 * per run for the workers, and at the end says how many responses were checked, and which documented
 * responses no test received.
 */
export default function contractSetup(project: TestProject) {
  // For comparing a run without the check (e.g. a timing test): CONTRACT_CHECK=off.
  if (process.env.CONTRACT_CHECK === 'off') return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'icct-contract-'));
  const document = join(dir, 'openapi.json');
  writeFileSync(document, servedDocument());
  project.provide('contract', { dir, document });

  return () => {
    try {
      const checked = readdirSync(dir)
        .filter((name) => name.startsWith('checked-'))
        .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean));
      if (checked.length === 0) return;
      const seen = new Set(checked);
      const documented = new ContractValidator(
        JSON.parse(readFileSync(document, 'utf8')),
      ).documentedResponses();
      const missed = documented.filter((key) => !seen.has(key));
      console.log(
        `Contract: ${checked.length} responses checked against /docs-json (${seen.size} kinds); ` +
          `${documented.length - missed.length} of ${documented.length} documented responses received.`,
      );
      if (process.env.CONTRACT_COVERAGE) console.log(`Never received:\n  ${missed.join('\n  ')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
