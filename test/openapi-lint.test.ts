import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/test-app.js';

const require = createRequire(import.meta.url);
/** A package's command-line entry, run with this Node (no npx, no network). */
const bin = (pkg: string, entry: string) => join(dirname(require.resolve(`${pkg}/package.json`)), entry);

interface Finding {
  rule: string;
  severity: string;
  where: string;
  message: string;
}

/** Runs a linter that exits non-zero when it finds something, and returns what it printed. */
async function run(args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        NO_COLOR: '1',
      },
    });
    return stdout;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return stdout;
    throw error;
  }
}

const show = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} at ${f.where}: ${f.message}`).join('\n');

/**
 * The served document passes Spectral's `spectral:oas` ruleset and Redocly's `recommended` ruleset
 * without an error or a warning (served with a public https API_URL: Redocly warns of a localhost
 * server). The README's "OpenAPI document, contract test and typed clients" says what the OWASP
 * ruleset still reports, and why.
 */
describe('lint of the OpenAPI document', () => {
  const server = useTestApp('pglite', { env: { API_URL: 'https://registration.icct26.test' } });
  let dir: string;
  let document: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'icct-openapi-lint-'));
    document = join(dir, 'openapi.json');
    const served = await (await fetch(`${server.url}/docs-json`)).json();
    // Pretty, so findings point at readable lines.
    await writeFile(document, JSON.stringify(served, null, 2));
    await writeFile(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has no Spectral spectral:oas warning or error', async () => {
    const out = await run([
      bin('@stoplight/spectral-cli', 'dist/index.js'),
      'lint',
      '--ruleset',
      join(dir, '.spectral.yaml'),
      '--format',
      'json',
      '--quiet',
      document,
    ]);
    const results = JSON.parse(out.slice(out.indexOf('['))) as {
      code: string;
      severity: number;
      path: string[];
      message: string;
    }[];
    const findings = results
      .filter((r) => r.severity <= 1)
      .map((r) => ({
        rule: r.code,
        severity: r.severity === 0 ? 'error' : 'warning',
        where: r.path.join('.'),
        message: r.message,
      }));
    expect(findings, show(findings)).toEqual([]);
  });

  it('has no Redocly recommended error', async () => {
    const out = await run([
      bin('@redocly/cli', 'bin/cli.js'),
      'lint',
      '--extends=recommended',
      '--format=json',
      document,
    ]);
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const findings = report.problems.map((p) => ({
      rule: p.ruleId,
      severity: p.severity,
      where: p.location[0]?.pointer ?? '',
      message: p.message,
    }));
    expect(
      findings.filter((f) => f.severity === 'error'),
      show(findings),
    ).toEqual([]);
    // With a public https API_URL, not a warning either.
    expect(findings, show(findings)).toEqual([]);
  });
});
