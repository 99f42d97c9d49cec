import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp, type AppOptions } from '../../src/app.js';
import { loadConfig, type AppConfig, type Env } from '../../src/config/app-config.js';
import { Database } from '../../src/database/database.js';
import { createTestDatabase, type DatabaseTarget } from './databases.js';

export interface RunningApp {
  url: string;
  app: NestExpressApplication;
  config: AppConfig;
  database: Database;
  dataDir: string;
  env: Env;
  close: () => Promise<void>;
}

export interface TestDatabase {
  /** What to put in DATABASE_URL. */
  url: string;
  drop: () => Promise<void>;
}

/** A database for one suite: an in-memory PGlite, or a fresh database on the real server. */
export async function testDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  if (target === 'pglite') return { url: 'pglite:memory://', drop: async () => undefined };
  return createTestDatabase();
}

/**
 * Starts the whole application over real HTTP on 127.0.0.1, with its own data directory and the
 * given database, exactly as `main.ts` would, from an explicit environment (never the ambient one).
 */
export async function startApp(
  db: TestDatabase,
  env: Env = {},
  options: AppOptions = {},
): Promise<RunningApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icct-test-'));
  const fullEnv: Env = {
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    API_HOST: '127.0.0.1',
    API_PORT: '0',
    API_URL: 'http://uploads.test',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '10',
    // Suites send far more than 30 registrations a minute; the rate-limit tests set their own limits.
    RATE_LIMIT_REQUESTS: '100000',
    RATE_LIMIT_READ_REQUESTS: '100000',
    ...env,
  };
  const config = loadConfig(fullEnv);
  const app = await createApp(config, options);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    config,
    database: app.get(Database),
    dataDir,
    env: fullEnv,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
