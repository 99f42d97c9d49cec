/**
 * How the rate limiter's counter store is doing, for `/status`. Redis failures are let through (the
 * limiter fails open), so this is where an operator sees that requests are not being limited.
 */
export class RateLimitHealth {
  private degraded = false;
  private lastErrorAt: Date | undefined;

  constructor(readonly backend: 'redis' | 'memory') {}

  /** A command failed or timed out, or the connection dropped. */
  failed(): void {
    this.degraded = true;
    this.lastErrorAt = new Date();
  }

  /** A command was answered (or the connection is ready again). */
  succeeded(): void {
    this.degraded = false;
  }

  get isDegraded(): boolean {
    return this.degraded;
  }

  snapshot() {
    return {
      backend: this.backend,
      state: this.degraded ? ('degraded' as const) : ('ok' as const),
      last_error_at: this.lastErrorAt?.toISOString() ?? null,
    };
  }
}
