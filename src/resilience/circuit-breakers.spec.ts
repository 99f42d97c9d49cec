import { Logger } from '@nestjs/common';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config.js';
import { CircuitBreakers, isBreakerRejection, type ProviderBreaker } from './circuit-breakers.js';

/** The breakers with the default settings, and `consecutiveFailures` as given. */
function breakersWith(consecutiveFailures: number): CircuitBreakers {
  const config = {
    breakers: {
      cloudinaryTimeoutMs: 1000,
      smtpTimeoutMs: 1000,
      errorThresholdPercentage: 50,
      volumeThreshold: 5,
      rollingWindowMs: 30_000,
      resetTimeoutMs: 30_000,
      consecutiveFailures,
    },
  } as unknown as AppConfig;
  return new CircuitBreakers(config);
}

class InputFault extends Error {}

/** A provider that answers as told: each call takes the next outcome. */
function fakeProvider() {
  let calls = 0;
  const call = (outcome: 'ok' | 'down' | 'refused') => async () => {
    calls += 1;
    if (outcome === 'down') throw new Error('503 Service Unavailable');
    if (outcome === 'refused') throw new InputFault('400 invalid image');
    return 'done';
  };
  return { call, calls: () => calls };
}

async function settle(breaker: ProviderBreaker, task: () => Promise<unknown>) {
  try {
    await breaker.run(task);
    return 'ok';
  } catch (error) {
    return isBreakerRejection(error) ? `rejected:${error.code}` : 'failed';
  }
}

describe.each(['cloudinary', 'smtp'] as const)('the %s breaker', (name) => {
  let breakers: CircuitBreakers;
  const create = (consecutiveFailures: number) => {
    breakers = breakersWith(consecutiveFailures);
    return breakers.create({
      name,
      backend: name,
      timeoutMs: 1000,
      isProviderFault: (error) => !(error instanceof InputFault),
      isTransient: () => false,
    });
  };
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    vi.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    breakers.onApplicationShutdown();
    vi.restoreAllMocks();
  });

  it('opens after 6 successes then 5 provider faults in a row (the error rate alone is under 50%)', async () => {
    const breaker = create(5);
    const provider = fakeProvider();
    for (let i = 0; i < 6; i++) expect(await settle(breaker, provider.call('ok'))).toBe('ok');
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await settle(breaker, provider.call('down')));
    expect(outcomes).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'rejected:EOPENBREAKER']);
    expect(breaker.state).toBe('open');
    // The sixth call never reached the provider.
    expect(provider.calls()).toBe(11);
    expect(breaker.snapshot()).toMatchObject({ state: 'open', successes: 6, failures: 5 });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        event: 'breaker_state_changed',
        state: 'open',
        reason: 'consecutive_failures',
      }),
      `${name} breaker open`,
    );
  });

  it('counts only faults in a row: a success or a refused input (the provider answered) starts again', async () => {
    const breaker = create(5);
    const provider = fakeProvider();
    for (let i = 0; i < 20; i++) await settle(breaker, provider.call('ok'));
    for (const between of ['ok', 'refused'] as const) {
      for (let i = 0; i < 4; i++) expect(await settle(breaker, provider.call('down'))).toBe('failed');
      expect(await settle(breaker, provider.call(between))).toBe(between === 'ok' ? 'ok' : 'failed');
    }
    for (let i = 0; i < 4; i++) expect(await settle(breaker, provider.call('down'))).toBe('failed');
    expect(breaker.state).toBe('closed');
    expect(await settle(breaker, provider.call('down'))).toBe('failed');
    expect(breaker.state).toBe('open');
  });

  it('keeps only the error-rate rule with BREAKER_CONSECUTIVE_FAILURES=0', async () => {
    const breaker = create(0);
    const provider = fakeProvider();
    for (let i = 0; i < 6; i++) await settle(breaker, provider.call('ok'));
    for (let i = 0; i < 6; i++) expect(await settle(breaker, provider.call('down'))).toBe('failed');
    expect(breaker.state).toBe('closed');
    // 7 of 13 failed: over 50%, the error-rate rule opens it.
    expect(await settle(breaker, provider.call('down'))).toBe('failed');
    expect(breaker.state).toBe('open');
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'error_rate' }),
      `${name} breaker open`,
    );
  });
});
