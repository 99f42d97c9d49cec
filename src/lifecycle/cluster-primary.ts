import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { WorkerSlot, type WorkerRestartPolicy } from './worker-restarts.js';

/** Time allowed, after the grace period, for workers to close their pools and exit. */
const STOP_MARGIN_MS = 15_000;

/**
 * The node:cluster primary: forks `count` workers that share one listening port and keeps that many
 * running: a worker that exits is restarted with a backoff (worker-restarts.ts), and when one fails
 * to start WORKER_MAX_START_FAILURES times in a row (a database that stays unreachable) the primary
 * stops the others and exits 1 rather than fork for ever. On SIGTERM/SIGINT it passes the signal on
 * and exits once every worker has finished (0 when all exited cleanly). It never opens the database.
 */
export function runClusterPrimary(
  count: number,
  graceMs: number,
  logger: Logger,
  policy: WorkerRestartPolicy,
): void {
  const slots = Array.from({ length: count }, () => new WorkerSlot(policy));
  const slotOf = new Map<number, WorkerSlot>();
  const servingSince = new Map<number, number>();
  const alive = new Set<Worker>();
  const pendingRestarts = new Set<NodeJS.Timeout>();
  let stopping = false;
  let failedStop = false;

  const fork = (slot: WorkerSlot) => {
    const worker = cluster.fork();
    slotOf.set(worker.id, slot);
    alive.add(worker);
  };
  const forkLater = (slot: WorkerSlot, delayMs: number) => {
    if (delayMs === 0) return fork(slot);
    const timer = setTimeout(() => {
      pendingRestarts.delete(timer);
      if (!stopping) fork(slot);
    }, delayMs);
    pendingRestarts.add(timer);
  };
  const exitWhenAllStopped = () => {
    if (alive.size > 0) return;
    logger.info('All workers stopped');
    process.exit(failedStop ? 1 : 0);
  };

  const stop = (reason: string, signal: NodeJS.Signals = 'SIGTERM') => {
    if (stopping) return;
    stopping = true;
    for (const timer of pendingRestarts) clearTimeout(timer);
    pendingRestarts.clear();
    logger.info(`${reason}: stopping ${alive.size} worker(s)`);
    for (const worker of alive) worker.process.kill(signal);
    setTimeout(() => {
      logger.error('Workers did not stop in time; killing them');
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(1);
    }, graceMs + STOP_MARGIN_MS).unref();
    exitWhenAllStopped();
  };

  cluster.on('listening', (worker) => {
    if (!servingSince.has(worker.id)) servingSince.set(worker.id, Date.now());
  });
  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker);
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (stopping) {
      if (code !== 0) failedStop = true;
      exitWhenAllStopped();
      return;
    }
    const slot = slotOf.get(worker.id)!;
    const since = servingSince.get(worker.id);
    const decision = slot.exited(since !== undefined, since === undefined ? 0 : Date.now() - since);
    slotOf.delete(worker.id);
    servingSince.delete(worker.id);
    const which = `Worker ${worker.id} (pid ${worker.process.pid})`;
    if (decision.action === 'give-up') {
      logger.fatal(
        `${which} exited (${how}) before it started serving: it failed to start ${decision.inARow} times ` +
          `in a row (WORKER_MAX_START_FAILURES=${policy.maxStartFailures}); giving up. Its own log says why`,
      );
      failedStop = true;
      stop('Giving up');
      return;
    }
    if (since === undefined) {
      logger.error(
        `${which} exited (${how}) before it started serving: failed to start (${decision.inARow} in a row); ` +
          `restarting it in ${decision.delayMs} ms`,
      );
    } else {
      const when =
        decision.delayMs === 0 ? '' : ` in ${decision.delayMs} ms (${decision.inARow} quick deaths in a row)`;
      logger.warn(`${which} died (${how}); starting a replacement${when}`);
    }
    forkLater(slot, decision.delayMs);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => stop(`${signal} received`, signal));

  logger.info(`Starting ${count} workers`);
  for (const slot of slots) fork(slot);
}
