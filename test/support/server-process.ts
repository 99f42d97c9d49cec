import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Env } from '../../src/config/app-config.js';
import type { DatabaseTarget, TestDatabase } from './databases.js';

/** Built by the globalSetup in build-dist.ts. */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The process's own data directory (DATA_DIR unless the env names another). */
  dataDir: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the first match of `pattern` in the output, appearing `count` times. */
  waitForLog: (pattern: RegExp, count?: number, timeoutMs?: number) => Promise<RegExpMatchArray[]>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` (SIGTERM unless told) and waits for the process to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  /** Kills the process if it is still running and removes its data directory. */
  cleanup: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `node dist/main.js` as `npm start` would, from an explicit environment (never the ambient
 * one), with its own data directory as working directory, and waits until it listens.
 */
export async function startServerProcess(env: Env, readyCount = 1): Promise<ServerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icct-process-'));
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      NO_COLOR: '1',
      ENVIRONMENT: 'test',
      LOG_LEVEL: 'info',
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const waitForLog = (pattern: RegExp, count = 1, timeoutMs = 180_000) =>
    new Promise<RegExpMatchArray[]>((resolve, reject) => {
      const global = new RegExp(
        pattern.source,
        pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
      );
      const check = () => {
        const matches = [...output.matchAll(global)];
        if (matches.length >= count) {
          done();
          resolve(matches);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${count} x ${pattern} within ${timeoutMs} ms; output:\n${output}`));
      }, timeoutMs);
      const onExit = () => {
        check();
        done();
        reject(new Error(`process exited before ${count} x ${pattern}; output:\n${output}`));
      };
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
        child.off('exit', onExit);
      };
      listeners.add(check);
      child.once('exit', onExit);
      check();
    });

  await waitForLog(/listening on http/, readyCount);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    waitForLog,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    cleanup: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a suite of `useTestApp(target, { start: false })` that runs the server as real processes: `start(env)`
 * runs one on the suite's database (PostgreSQL's test database, or PGlite in the process's DATA_DIR), and
 * each test's processes are killed and their directories removed after it, the last started first (a
 * restart may run in an earlier one's DATA_DIR).
 */
export function useServerProcesses(
  target: DatabaseTarget,
  fixture: { readonly db: TestDatabase },
): (env?: Env) => Promise<ServerProcess> {
  const started: ServerProcess[] = [];
  afterEach(async () => {
    for (const server of started.splice(0).reverse()) await server.cleanup();
  });
  return async (env = {}) => {
    const server = await startServerProcess({
      ...(target === 'postgres' ? { DATABASE_URL: fixture.db.url } : {}),
      ...env,
    });
    started.push(server);
    return server;
  };
}

/** The container health check (`HEALTHCHECK` in the Dockerfile), built alongside main.js. */
export const HEALTH_CHECK = fileURLToPath(new URL('../../dist/lifecycle/health-check.js', import.meta.url));

export interface FinishedProcess {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Everything it wrote (stdout and stderr). */
  output: string;
  /** Its non-empty output lines, each parsed as JSON (`undefined` for a line that is not JSON). */
  lines: (Record<string, unknown> | undefined)[];
}

/**
 * Runs `node <script>` (dist/main.js unless told) from an explicit environment, on the same defaults
 * as `startServerProcess`, until it exits by itself: for start-ups that must fail. Kills it after
 * `timeoutMs` and then reports the exit as it is (signal SIGKILL).
 */
export async function runUntilExit(
  env: Env,
  { script = MAIN, timeoutMs = 120_000 }: { script?: string; timeoutMs?: number } = {},
): Promise<FinishedProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icct-exit-'));
  try {
    const child = spawn(process.execPath, [script], {
      cwd: dataDir,
      env: {
        PATH: process.env.PATH,
        NO_COLOR: '1',
        ENVIRONMENT: 'test',
        LOG_LEVEL: 'info',
        API_HOST: '127.0.0.1',
        API_PORT: String(await freePort()),
        DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve) => child.once('close', (c, s) => resolve({ code: c, signal: s })),
    );
    clearTimeout(timer);
    const lines = output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          const parsed: unknown = JSON.parse(line);
          return parsed !== null && typeof parsed === 'object'
            ? (parsed as Record<string, unknown>)
            : undefined;
        } catch {
          return undefined;
        }
      });
    return { code, signal, output, lines };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
