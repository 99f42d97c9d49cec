import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../../src/app.js';
import { loadConfig, type Env } from '../../src/config/app-config.js';
import { Database } from '../../src/database/database.js';
import { testDatabase, type DatabaseTarget, type TestDatabase } from './databases.js';
import { FakeCloudinary } from './fake-cloudinary.js';
import { recordServedRoutes } from './served-routes.js';
import { SmtpSink } from './smtp-sink.js';

export interface RunningApp {
  url: string;
  app: NestFastifyApplication;
  database: Database;
  dataDir: string;
  /** Closes the app and removes its data directory; a second call does nothing. */
  close: () => Promise<void>;
}

/**
 * Starts the whole application over real HTTP on 127.0.0.1, with its own data directory and the
 * given database, exactly as `main.ts` would, from an explicit environment (never the ambient one).
 */
async function startApp(db: TestDatabase, env: Env, options: AppOptions): Promise<RunningApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icct-test-'));
  const config = loadConfig({
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
  });
  const app = await createApp(config, options);
  recordServedRoutes(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    database: app.get(Database),
    dataDir,
    close: () =>
      (closed ??= (async () => {
        await app.close();
        await rm(dataDir, { recursive: true, force: true });
      })()),
  };
}

export interface TestAppOptions {
  /** On top of the test defaults and of the sink's and the fake's settings; a function is read at start. */
  env?: Env | (() => Env);
  /** What the app is built with besides its env: a clock, a log destination. */
  app?: AppOptions;
  /** Start an SMTP sink and send the app's mail to it (`sink`). */
  sink?: boolean;
  /** Start a fake Cloudinary and store the app's files there (`cloudinary`), under this cloud name if given. */
  cloudinary?: boolean | string;
  /** A PGlite directory instead of memory, so that data outlives an app (restarts, server processes). */
  durable?: boolean;
  /** `false`: start no app; the tests call `start()` themselves, or start server processes. */
  start?: boolean;
}

/** The app of one suite (its URL, database, ...), and what it runs on. */
export interface TestApp extends Omit<RunningApp, 'close'> {
  readonly db: TestDatabase;
  readonly sink: SmtpSink;
  readonly cloudinary: FakeCloudinary;
  /** Another app on the same database and settings, plus `env`; closed after the suite if not before. */
  start: (env?: Env) => Promise<RunningApp>;
}

/**
 * Registers the suite's `beforeAll`/`afterAll`: starts the sink and the fake Cloudinary when asked,
 * creates the database on `target` and starts the app; afterwards closes every app it started, then
 * drops the database and stops the fakes. The returned object reads the running app's fields, so a
 * suite writes `const server = useTestApp(target, { env: { MAX_TEAMS: '3' } })` and then `server.url`.
 */
export function useTestApp(target: DatabaseTarget, options: TestAppOptions = {}): TestApp {
  const sink = new SmtpSink();
  const cloudinary = new FakeCloudinary();
  const apps: RunningApp[] = [];
  let db: TestDatabase | undefined;
  let main: RunningApp | undefined;

  const start = async (env: Env = {}): Promise<RunningApp> => {
    if (!db) throw new Error('useTestApp: start() before the suite has begun');
    const { cloudinary: cloud } = options;
    const app = await startApp(
      db,
      {
        ...(options.sink ? sink.env() : {}),
        ...(cloud ? { CLOUDINARY_URL: cloudinary.cloudinaryUrl(cloud === true ? undefined : cloud) } : {}),
        ...(typeof options.env === 'function' ? options.env() : options.env),
        ...env,
      },
      options.app ?? {},
    );
    apps.push(app);
    return app;
  };
  const running = (): RunningApp => {
    if (!main) throw new Error('useTestApp: no app is running (not started yet, or `start: false`)');
    return main;
  };

  beforeAll(async () => {
    if (options.sink) await sink.start();
    if (options.cloudinary) await cloudinary.start();
    db = await testDatabase(target, { durable: options.durable });
    if (options.start !== false) main = await start();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await db?.drop();
    await sink.stop();
    await cloudinary.stop();
  });

  return {
    sink,
    cloudinary,
    start,
    get db() {
      if (!db) throw new Error('useTestApp: no database before the suite has begun');
      return db;
    },
    get url() {
      return running().url;
    },
    get app() {
      return running().app;
    },
    get database() {
      return running().database;
    },
    get dataDir() {
      return running().dataDir;
    },
  };
}
