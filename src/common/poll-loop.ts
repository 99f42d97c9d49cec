import { AsyncResource } from 'node:async_hooks';
import type { Logger } from '@nestjs/common';

/**
 * Runs `tick` every `intervalMs`, never two at once; at once again when a tick says more is waiting
 * (resolves `true`), so a backlog drains at the pace of the work rather than one batch per interval.
 * `stop()` waits for the tick in progress, so a worker can finish (or hand back) what it claimed before
 * the database closes.
 */
export class PollLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = true;
  /**
   * Ticks run in the context the loop was made in, never in a request's: `wake()` is called from within
   * requests (a provider recovering), and a request's context carries its before-commit hook, which a
   * job's transaction must not take (see withBeforeCommit).
   */
  private readonly runTick: () => void;

  constructor(
    private readonly intervalMs: number,
    private readonly tick: () => Promise<boolean | void>,
    private readonly logger: Logger,
  ) {
    this.runTick = AsyncResource.bind(() => {
      let moreWaiting = false;
      this.running = this.tick()
        .then((more) => {
          moreWaiting = more === true;
        })
        .catch((error: unknown) => this.logger.error({ err: error }, 'worker tick failed'))
        // Whatever happened, the next tick is scheduled.
        .finally(() => {
          this.running = undefined;
          this.schedule(moreWaiting ? 0 : this.intervalMs);
        });
    });
  }

  get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs the next tick now instead of at the end of the interval (e.g. when a provider recovers). */
  wake(): void {
    if (!this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(this.runTick, delayMs);
  }
}
