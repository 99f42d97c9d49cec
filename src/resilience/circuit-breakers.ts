import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { retryTransient } from './retry.js';

export type ProviderName = 'cloudinary' | 'smtp';
export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerSnapshot {
  state: BreakerState;
  /** What the breaker guards: `cloudinary` or `local` for files, `smtp` or `eml_files` for mail. */
  backend: string;
  /** When the state last changed (ISO 8601), or when the breaker was created. */
  since: string;
  /** Counts over the rolling window (`BREAKER_ROLLING_WINDOW_MS`). */
  fires: number;
  successes: number;
  failures: number;
  rejects: number;
  timeouts: number;
  latency_mean_ms: number;
}

export interface ProviderBreakerOptions {
  name: ProviderName;
  backend: string;
  timeoutMs: number;
  /** False for errors that are about our input (a refused file, a rejected recipient): they never trip the breaker. */
  isProviderFault: (error: unknown) => boolean;
  /** Faults worth an immediate retry (connection refused, 5xx, 429); tried again within the timeout. */
  isTransient: (error: unknown) => boolean;
}

const RETRY_ATTEMPTS = 3;
const RETRY_BASE_DELAY_MS = 100;

/** A rejection by the breaker itself (open, timed out, shut down), not by the provider. */
export function isBreakerRejection(error: unknown): error is Error & { code: string } {
  return error instanceof Error && CircuitBreaker.isOurError(error);
}

/** True when the breaker gave up waiting: the provider may still have done the work (an email may be sent). */
export function isBreakerTimeout(error: unknown): boolean {
  return isBreakerRejection(error) && error.code === 'ETIMEDOUT';
}

/**
 * One provider's circuit breaker: every call to that provider goes through `run`.
 *
 * It opens on either of two rules: opossum's error rate (more than BREAKER_ERROR_THRESHOLD_PERCENTAGE of
 * at least BREAKER_VOLUME_THRESHOLD calls in the rolling window failed), or `consecutiveFailures`
 * provider faults in a row (BREAKER_CONSECUTIVE_FAILURES; 0 turns this rule off). The second catches a
 * provider that goes down after a busy good spell: 6 successes then 6 straight failures is a 50% rate,
 * which the first rule never opens on, yet a provider failing every call is down whatever it did before.
 * A success, or a fault of our input (the provider answered), ends the run.
 */
export class ProviderBreaker {
  private changedAt = new Date();
  private readonly closeListeners: (() => void)[] = [];
  /** Provider faults since the last success (or since the breaker last opened). */
  private faultsInARow = 0;
  private openedBy: 'error_rate' | 'consecutive_failures' = 'error_rate';

  constructor(
    private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>,
    readonly backend: string,
    logger: Logger,
    consecutiveFailures = 0,
  ) {
    const logState = (state: BreakerState) => {
      this.changedAt = new Date();
      const { failures, fires, rejects, timeouts } = breaker.stats;
      const event = { event: 'breaker_state_changed', breaker: breaker.name, backend, state };
      const details = {
        ...event,
        ...(state === 'open' ? { reason: this.openedBy } : {}),
        window: { fires, failures, rejects, timeouts },
      };
      if (state === 'closed') logger.log(details, `${breaker.name} breaker closed: provider is back`);
      else logger.warn(details, `${breaker.name} breaker ${state}`);
    };
    // opossum emits 'success' for a call that succeeded or failed through our input (errorFilter), and
    // 'failure' (timeouts included) for a provider fault, before it applies its own error-rate rule.
    breaker.on('success', () => {
      this.faultsInARow = 0;
    });
    breaker.on('failure', () => {
      this.faultsInARow += 1;
      if (consecutiveFailures > 0 && this.faultsInARow >= consecutiveFailures && breaker.closed) {
        this.openedBy = 'consecutive_failures';
        breaker.open();
      }
    });
    breaker.on('open', () => {
      logState('open');
      this.faultsInARow = 0;
      this.openedBy = 'error_rate';
    });
    breaker.on('halfOpen', () => logState('half_open'));
    breaker.on('close', () => {
      logState('closed');
      for (const listener of this.closeListeners) listener();
    });
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return this.breaker.fire(task) as Promise<T>;
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'half_open' : 'closed';
  }

  /** Called when the provider recovers (the breaker closes after having opened). */
  onRecovered(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  snapshot(): BreakerSnapshot {
    const s = this.breaker.stats;
    return {
      state: this.state,
      backend: this.backend,
      since: this.changedAt.toISOString(),
      fires: s.fires,
      successes: s.successes,
      failures: s.failures,
      rejects: s.rejects,
      timeouts: s.timeouts,
      latency_mean_ms: Math.round(s.latencyMean),
    };
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}

/**
 * Creates the providers' breakers from the config and keeps them, so `/status` can show them and
 * shutdown can stop their timers.
 */
@Injectable()
export class CircuitBreakers implements OnApplicationShutdown {
  private readonly logger = new Logger('CircuitBreaker');
  private readonly breakers = new Map<ProviderName, ProviderBreaker>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  create(options: ProviderBreakerOptions): ProviderBreaker {
    const settings = this.config.breakers;
    const timeout = options.timeoutMs;
    const breaker = new CircuitBreaker(
      (task: () => Promise<unknown>) =>
        retryTransient(task, {
          attempts: RETRY_ATTEMPTS,
          baseDelayMs: RETRY_BASE_DELAY_MS,
          deadline: Date.now() + timeout,
          isTransient: options.isTransient,
        }),
      {
        name: options.name,
        timeout,
        errorThresholdPercentage: settings.errorThresholdPercentage,
        volumeThreshold: settings.volumeThreshold,
        rollingCountTimeout: settings.rollingWindowMs,
        rollingCountBuckets: 10,
        resetTimeout: settings.resetTimeoutMs,
        errorFilter: (error: unknown) => !options.isProviderFault(error),
        enableSnapshots: false,
      },
    );
    const provider = new ProviderBreaker(breaker, options.backend, this.logger, settings.consecutiveFailures);
    this.breakers.set(options.name, provider);
    return provider;
  }

  get(name: ProviderName): ProviderBreaker | undefined {
    return this.breakers.get(name);
  }

  snapshot(): Partial<Record<ProviderName, BreakerSnapshot>> {
    return Object.fromEntries([...this.breakers].map(([name, b]) => [name, b.snapshot()]));
  }

  onApplicationShutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
  }
}
