import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/app-config.js';
import { planWorkers } from './worker-plan.js';

const POSTGRES = 'postgresql+asyncpg://app@db:5432/icct26';

describe('planWorkers', () => {
  it('runs API_WORKERS workers on PostgreSQL while the pools fit DATABASE_MAX_CONNECTIONS', () => {
    // 3 x (20 + 10 + 1) = 93 <= 100
    expect(planWorkers(loadConfig({ DATABASE_URL: POSTGRES, API_WORKERS: '3' }))).toEqual({
      workers: 3,
      warnings: [],
    });
  });

  it('warns when workers x (pool size + overflow) exceeds DATABASE_MAX_CONNECTIONS', () => {
    const plan = planWorkers(loadConfig({ DATABASE_URL: POSTGRES, API_WORKERS: '4' }));
    expect(plan.workers).toBe(4);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toContain('= 124, more than DATABASE_MAX_CONNECTIONS (100)');

    const single = loadConfig({
      DATABASE_URL: POSTGRES,
      DATABASE_POOL_SIZE: '50',
      DATABASE_MAX_CONNECTIONS: '40',
    });
    expect(planWorkers(single).warnings[0]).toContain('1 worker(s) x 61 connections');
  });

  it('runs one worker on the embedded database, and says why when more were asked for', () => {
    expect(planWorkers(loadConfig({ API_WORKERS: '1' }))).toEqual({ workers: 1, warnings: [] });
    const plan = planWorkers(loadConfig({ API_WORKERS: '4' }));
    expect(plan.workers).toBe(1);
    expect(plan.warnings[0]).toMatch(/API_WORKERS=4, but running 1 worker: the embedded PGlite database/);
  });
});
