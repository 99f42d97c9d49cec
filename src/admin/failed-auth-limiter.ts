/**
 * Counts failed admin authentications per client IP in fixed windows. Once an IP reaches the limit,
 * it is refused (even with a right key) until its window ends, which caps how fast keys can be guessed.
 * In memory: each worker counts its own attempts.
 */
export class FailedAuthLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the IP may try again, or 0 when it may try now. */
  retryAfterSeconds(ip: string): number {
    const entry = this.failures.get(ip);
    if (!entry || entry.count < this.maxFailures) return 0;
    const left = entry.resetAt - this.now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  recordFailure(ip: string): void {
    const now = this.now();
    const entry = this.failures.get(ip);
    if (entry && entry.resetAt > now) {
      entry.count += 1;
      return;
    }
    if (this.failures.size >= 10_000) this.forgetExpired(now);
    this.failures.set(ip, { count: 1, resetAt: now + this.windowMs });
  }

  private forgetExpired(now: number): void {
    for (const [ip, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(ip);
  }
}
