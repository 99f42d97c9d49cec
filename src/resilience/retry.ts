export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Delay before the second try; doubled for each later one, with full jitter. */
  baseDelayMs: number;
  /** No try starts after this instant (the breaker's timeout): retries stay within its budget. */
  deadline: number;
  isTransient: (error: unknown) => boolean;
}

/** Runs `action`, retrying transient faults with exponential backoff and jitter until the deadline. */
export async function retryTransient<T>(action: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      const delay = backoffDelay(policy.baseDelayMs, attempt);
      const outOfBudget = Date.now() + delay >= policy.deadline;
      if (attempt >= policy.attempts || outOfBudget || !policy.isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** `base * 2^(attempt-1)`, capped, with jitter between half and the whole of it (never in lockstep). */
export function backoffDelay(baseMs: number, attempt: number, capMs = Number.MAX_SAFE_INTEGER): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(exponential / 2 + Math.random() * (exponential / 2));
}
