/** How the cluster primary restarts workers (WORKER_MAX_START_FAILURES, WORKER_RESTART_DELAY_MS). */
export interface WorkerRestartPolicy {
  /** Start failures in a row (exits before serving) after which the primary gives up and exits 1. */
  maxStartFailures: number;
  /** Delay before the first restart after a failed start; doubled for each further failure in a row. */
  firstDelayMs: number;
}

/** No restart waits longer than this. */
export const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that served this long before dying counts as healthy: its replacement starts at once. */
export const STABLE_AFTER_MS = 60_000;

export type RestartDecision =
  { action: 'restart'; delayMs: number; inARow: number } | { action: 'give-up'; inARow: number };

/**
 * One of the API_WORKERS places the primary keeps filled, and the history of its workers. A worker
 * that fails before it serves (database unreachable, port taken) is restarted after a delay that
 * doubles each time, and after `maxStartFailures` such failures in a row the primary gives up
 * instead of forking for ever. A worker that dies after serving is replaced at once, then with the
 * same backoff if its replacements keep dying within STABLE_AFTER_MS; that never gives up, since
 * the configuration was shown to work.
 */
export class WorkerSlot {
  private startFailures = 0;
  private quickDeaths = 0;

  constructor(private readonly policy: WorkerRestartPolicy) {}

  /** A worker of this slot exited outside a shutdown: `served` if it listened, for `uptimeMs` since. */
  exited(served: boolean, uptimeMs = 0): RestartDecision {
    if (!served) {
      this.startFailures += 1;
      if (this.startFailures >= this.policy.maxStartFailures) {
        return { action: 'give-up', inARow: this.startFailures };
      }
      return { action: 'restart', delayMs: this.backoff(this.startFailures), inARow: this.startFailures };
    }
    this.startFailures = 0;
    this.quickDeaths = uptimeMs < STABLE_AFTER_MS ? this.quickDeaths + 1 : 1;
    return {
      action: 'restart',
      delayMs: this.quickDeaths === 1 ? 0 : this.backoff(this.quickDeaths - 1),
      inARow: this.quickDeaths,
    };
  }

  private backoff(failures: number): number {
    return Math.min(this.policy.firstDelayMs * 2 ** (failures - 1), MAX_RESTART_DELAY_MS);
  }
}
