import type { AppConfig } from '../config/app-config.js';

export interface WorkerPlan {
  /** How many processes serve HTTP; above 1, a node:cluster primary forks them. */
  workers: number;
  /** What the operator should know about the plan, logged once at start-up. */
  warnings: string[];
}

/** Decides how many workers to run from API_WORKERS, and what to warn about. */
export function planWorkers(config: AppConfig): WorkerPlan {
  const requested = config.http.workers;
  const database = config.database;
  if (database.driver === 'pglite') {
    return {
      workers: 1,
      warnings:
        requested > 1
          ? [
              `API_WORKERS=${requested}, but running 1 worker: the embedded PGlite database belongs to one ` +
                'process and its data directory cannot be shared by several. Set DATABASE_URL to a ' +
                'PostgreSQL server to run several workers.',
            ]
          : [],
    };
  }
  // The pool, and the health check's connection of its own (see Database.ping).
  const perWorker = database.poolSize + database.maxOverflow + 1;
  const total = requested * perWorker;
  return {
    workers: requested,
    warnings:
      total > database.maxServerConnections
        ? [
            `${requested} worker(s) x ${perWorker} connections (DATABASE_POOL_SIZE ${database.poolSize} + ` +
              `DATABASE_MAX_OVERFLOW ${database.maxOverflow} + 1 for /health) = ${total}, more than DATABASE_MAX_CONNECTIONS ` +
              `(${database.maxServerConnections}): under load PostgreSQL will refuse connections. Lower ` +
              'API_WORKERS or the pool, or raise the server max_connections and DATABASE_MAX_CONNECTIONS.',
          ]
        : [],
  };
}
