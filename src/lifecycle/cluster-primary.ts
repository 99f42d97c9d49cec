import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** Time allowed, after the grace period, for workers to close their pools and exit. */
const STOP_MARGIN_MS = 15_000;

/**
 * The node:cluster primary: forks `count` workers that share one listening port, replaces a worker
 * that dies after it started serving, and on SIGTERM/SIGINT passes the signal on and exits once
 * every worker has finished (0 when all exited cleanly). It never opens the database itself.
 */
export function runClusterPrimary(count: number, graceMs: number, logger: Logger): void {
  const serving = new Set<number>();
  const alive = new Set<Worker>();
  let stopping = false;
  let failedStop = false;

  const fork = () => alive.add(cluster.fork());

  cluster.on('listening', (worker) => serving.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker);
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (stopping) {
      if (code !== 0) failedStop = true;
      if (alive.size === 0) {
        logger.info('All workers stopped');
        process.exit(failedStop ? 1 : 0);
      }
      return;
    }
    if (!serving.has(worker.id)) {
      // Failing before it served (bad config, database unreachable): restarting would only loop.
      logger.error(`Worker ${worker.id} exited (${how}) before it started serving; not restarting it`);
      if (alive.size === 0) process.exit(1);
      return;
    }
    logger.warn(`Worker ${worker.id} (pid ${worker.process.pid}) died (${how}); starting a replacement`);
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: stopping ${alive.size} worker(s)`);
    for (const worker of alive) worker.process.kill(signal);
    setTimeout(() => {
      logger.error('Workers did not stop in time; killing them');
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(1);
    }, graceMs + STOP_MARGIN_MS).unref();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal));

  logger.info(`Starting ${count} workers`);
  for (let i = 0; i < count; i++) fork();
}
