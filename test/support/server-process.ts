import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Env } from '../../src/config/app-config.js';
import { eventually } from './eventually.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process wrote to stdout and stderr, for failure messages. */
  output: () => string;
  /** Sends `signal` and waits for the process to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
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
 * Starts the built server (`node dist/main.js`, built by the vitest global setup) as a real child
 * process with exactly `env` (plus PATH), and waits until it answers HTTP. For crash tests: SIGKILL it.
 */
export async function startServerProcess(env: Env): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: {
      PATH: process.env.PATH,
      ENVIRONMENT: 'test',
      LOG_LEVEL: 'warn',
      ...env,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    () => `the server process to answer (output so far: ${output})`,
    async () => {
      if (child.exitCode !== null) throw new Error(`server process exited ${child.exitCode}:\n${output}`);
      return fetch(`${url}/status`).then(
        (res) => res.status === 200,
        () => false,
      );
    },
    90_000,
    100,
  );
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
