import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './app-config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the config to be refused');
};

describe('loadConfig', () => {
  it('runs on the embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.database.driver).toBe('pglite');
    expect(config.http).toMatchObject({
      host: '0.0.0.0',
      port: 8000,
      requestTimeoutMs: 60_000,
      maxRequestBytes: 10_485_760,
    });
    expect(config.registration).toMatchObject({ maxTeamsPerChurch: 2, teamIdPrefix: 'ICCT' });
    expect(config.rateLimit.registrationsPerMinute).toBe(30);
    expect(config.idempotency.ttlSeconds).toBe(86_400);
    expect(config.cloudinary).toBeUndefined();
    expect(config.smtp).toBeUndefined();
  });

  it("accepts the FastAPI backend's postgresql+asyncpg URL and pool settings", () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql+asyncpg://user:pass@db:5432/icct26',
      DATABASE_POOL_SIZE: '20',
      DATABASE_MAX_OVERFLOW: '10',
      DATABASE_POOL_RECYCLE: '3600',
    });
    expect(config.database).toMatchObject({
      driver: 'postgres',
      url: 'postgres://user:pass@db:5432/icct26',
      poolSize: 20,
      maxOverflow: 10,
      recycleSeconds: 3600,
    });
  });

  it('prepares statements on PostgreSQL unless DATABASE_PREPARED_STATEMENTS says no (PgBouncer)', () => {
    const url = 'postgresql://user:pass@db:5432/icct26';
    expect(loadConfig({ DATABASE_URL: url }).database).toMatchObject({ preparedStatements: true });
    for (const off of ['false', '0', 'no', 'off']) {
      expect(loadConfig({ DATABASE_URL: url, DATABASE_PREPARED_STATEMENTS: off }).database).toMatchObject({
        preparedStatements: false,
      });
    }
    expect(problemsOf({ DATABASE_PREPARED_STATEMENTS: 'sometimes' })[0]).toMatch(
      /^DATABASE_PREPARED_STATEMENTS: /,
    );
  });

  it('honours PORT when API_PORT is unset, and API_PORT first', () => {
    expect(loadConfig({ PORT: '9000' }).http.port).toBe(9000);
    expect(loadConfig({ PORT: '9000', API_PORT: '8100' }).http.port).toBe(8100);
  });

  it('reads Cloudinary from CLOUDINARY_URL (with upload_prefix) or from the three separate variables', () => {
    expect(
      loadConfig({ CLOUDINARY_URL: 'cloudinary://k:s@cloud?upload_prefix=http://127.0.0.1:9' }).cloudinary,
    ).toEqual({
      cloudName: 'cloud',
      apiKey: 'k',
      apiSecret: 's',
      uploadPrefix: 'http://127.0.0.1:9',
    });
    expect(
      loadConfig({ CLOUDINARY_CLOUD_NAME: 'c', CLOUDINARY_API_KEY: 'k', CLOUDINARY_API_SECRET: 's' })
        .cloudinary,
    ).toMatchObject({ cloudName: 'c', apiKey: 'k', apiSecret: 's' });
  });

  it('uses implicit TLS on port 465 unless SMTP_SECURE says otherwise', () => {
    expect(loadConfig({ SMTP_SERVER: 'smtp.example.org', SMTP_PORT: '465' }).smtp?.secure).toBe(true);
    expect(loadConfig({ SMTP_SERVER: 'smtp.example.org', SMTP_PORT: '587' }).smtp?.secure).toBe(false);
  });

  it('logs at debug level with DEBUG=true unless LOG_LEVEL is given', () => {
    expect(loadConfig({}).log.level).toBe('info');
    expect(loadConfig({ DEBUG: 'true' }).log.level).toBe('debug');
    expect(loadConfig({ DEBUG: 'true', LOG_LEVEL: 'WARNING' }).log.level).toBe('warn');
  });

  it('maps the seed LOG_LEVEL spellings (INFO, WARNING) to pino levels', () => {
    expect(loadConfig({ LOG_LEVEL: 'INFO' }).log.level).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'WARNING' }).log.level).toBe('warn');
  });

  it.each([
    [{ API_PORT: 'eighty' }, 'API_PORT'],
    [{ API_PORT: '70000' }, 'API_PORT'],
    [{ REQUEST_TIMEOUT: '-1' }, 'REQUEST_TIMEOUT'],
    [{ MAX_REQUEST_SIZE: '12abc' }, 'MAX_REQUEST_SIZE'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ LOG_TO_FILE: 'maybe' }, 'LOG_TO_FILE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SECRET_KEY: 'short' }, 'SECRET_KEY'],
    [{ SMTP_FROM_EMAIL: 'not-an-address' }, 'SMTP_FROM_EMAIL'],
    [{ CLOUDINARY_CLOUD_NAME: 'only-the-name' }, 'CLOUDINARY_CLOUD_NAME'],
    [{ TEAM_ID_PREFIX: 'icct-26' }, 'TEAM_ID_PREFIX'],
    [{ ENVIRONMENT: 'prod' }, 'ENVIRONMENT'],
    [{ REGISTRATION_OPENS_AT: '2026-01-10T09:00:00' }, 'REGISTRATION_OPENS_AT'],
    [{ REGISTRATION_CLOSES_AT: 'next friday' }, 'REGISTRATION_CLOSES_AT'],
    [
      { REGISTRATION_OPENS_AT: '2026-02-01T00:00:00Z', REGISTRATION_CLOSES_AT: '2026-02-01T05:30:00+05:30' },
      'REGISTRATION_CLOSES_AT',
    ],
    [{ MAX_TEAMS: '0' }, 'MAX_TEAMS'],
    [{ WAITLIST_ENABLED: 'maybe' }, 'WAITLIST_ENABLED'],
    [{ REGISTRATION_PORTAL_URL: 'ftp://example.org/team' }, 'REGISTRATION_PORTAL_URL'],
    [{ ADMIN_API_KEYS: 'k' }, 'ADMIN_API_KEYS'],
    [{ ADMIN_API_KEYS: 'a-long-enough-admin-key-1,fifteen-chars-x' }, 'ADMIN_API_KEYS'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://icct26.example,*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://icct26.example/' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'icct26.example' }, 'CORS_ORIGINS'],
    [{ ALLOW_EMBEDDED_DATABASE: 'sure' }, 'ALLOW_EMBEDDED_DATABASE'],
    [{ WORKER_MAX_START_FAILURES: '0' }, 'WORKER_MAX_START_FAILURES'],
    [{ WORKER_RESTART_DELAY_MS: '-5' }, 'WORKER_RESTART_DELAY_MS'],
  ])('refuses %j with a message naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
  });

  it('reads the registration window with its offsets, the cap and the waitlist switch', () => {
    const { registration } = loadConfig({
      REGISTRATION_OPENS_AT: '2026-01-10T09:00:00+05:30',
      REGISTRATION_CLOSES_AT: '2026-01-31T18:29:59Z',
      MAX_TEAMS: '64',
      WAITLIST_ENABLED: 'false',
    });
    expect(registration.opensAt?.toISOString()).toBe('2026-01-10T03:30:00.000Z');
    expect(registration.closesAt?.toISOString()).toBe('2026-01-31T18:29:59.000Z');
    expect(registration).toMatchObject({ maxTeams: 64, waitlistEnabled: false });
    expect(loadConfig({ MAX_TEAMS: '' }).registration).toMatchObject({
      maxTeams: undefined,
      waitlistEnabled: true,
    });
  });

  it('never echoes a secret value in its message', () => {
    const [problem] = problemsOf({ SECRET_KEY: 'hunter2' });
    expect(problem).not.toContain('hunter2');
    const [short] = problemsOf({ ADMIN_API_KEYS: 'a-long-enough-admin-key-1,hunter2' });
    expect(short).toBe('ADMIN_API_KEYS: key 2 of 2 is shorter than 16 characters: use long random keys');
    const [url] = problemsOf({ DATABASE_URL: 'mysql://app:hunter2@db/icct26' });
    expect(url).toContain('mysql://app:***@db/icct26');
    expect(url).not.toContain('hunter2');
  });

  it('reports every wrong variable at once', () => {
    expect(problemsOf({ API_PORT: 'x', REQUEST_TIMEOUT: 'y' }).map((p) => p.split(':')[0])).toEqual([
      'API_PORT',
      'REQUEST_TIMEOUT',
    ]);
  });

  it.each(CONFIG_VARIABLES)('reads %s= (empty or blank) as unset, never as 0', (name) => {
    const defaults = loadConfig({});
    expect(loadConfig({ [name]: '' })).toEqual(defaults);
    expect(loadConfig({ [name]: ' \t ' })).toEqual(defaults);
  });

  it('listens on PORT and links to it when API_PORT is empty (as compose files leave it)', () => {
    const config = loadConfig({ API_PORT: '', PORT: '9000' });
    expect(config.http.port).toBe(9000);
    expect(config.http.publicUrl).toBe('http://localhost:9000');
    expect(loadConfig({ API_PORT: ' ', PORT: '' }).http.publicUrl).toBe('http://localhost:8000');
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '' }).http.shutdownGraceMs).toBe(20_000);
  });

  it('accepts admin keys of 16 characters or more, and CORS origins as scheme://host[:port]', () => {
    expect(loadConfig({ ADMIN_API_KEYS: ' sixteen-chars-xx , ' }).adminApiKeys).toEqual(['sixteen-chars-xx']);
    expect(loadConfig({ ADMIN_API_KEYS: ' , ' }).adminApiKeys).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://icct26.example, http://localhost:3000' }).http.corsOrigins,
    ).toEqual(['https://icct26.example', 'http://localhost:3000']);
  });

  it('reads the worker restart policy', () => {
    expect(loadConfig({}).http.workerRestart).toEqual({ maxStartFailures: 5, firstDelayMs: 1000 });
    expect(
      loadConfig({ WORKER_MAX_START_FAILURES: '2', WORKER_RESTART_DELAY_MS: '50' }).http.workerRestart,
    ).toEqual({ maxStartFailures: 2, firstDelayMs: 50 });
  });
});

describe('loadConfig with ENVIRONMENT=production', () => {
  const PRODUCTION = {
    ENVIRONMENT: 'production',
    DATABASE_URL: 'postgresql://app:secret@db:5432/icct26',
    SMTP_SERVER: 'smtp.example.org',
    API_URL: 'https://api.icct26.example',
    CLOUDINARY_URL: 'cloudinary://key:secret@cloud',
  };
  const without = (name: keyof typeof PRODUCTION, env: Record<string, string> = {}) => {
    const { [name]: _removed, ...rest } = PRODUCTION;
    return { ...rest, ...env };
  };

  it('starts with the database, SMTP, API_URL and Cloudinary configured', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.database.driver).toBe('postgres');
    expect(config.smtp?.host).toBe('smtp.example.org');
    expect(config.http.publicUrl).toBe('https://api.icct26.example');
    expect(config.cloudinary?.cloudName).toBe('cloud');
  });

  it.each([
    ['DATABASE_URL', 'ALLOW_EMBEDDED_DATABASE', /embedded PGlite database/],
    ['SMTP_SERVER', 'ALLOW_EMAIL_TO_FILES', /\.eml files/],
    ['CLOUDINARY_URL', 'ALLOW_LOCAL_FILE_STORAGE', /local disk/],
  ] as const)('refuses to start without %s unless %s=true', (name, optIn, fallback) => {
    for (const env of [without(name), without(name, { [name]: '' }), without(name, { [optIn]: 'false' })]) {
      const problems = problemsOf(env);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${name}: required when ENVIRONMENT=production`));
      expect(problems[0]).toMatch(fallback);
      expect(problems[0]).toContain(`${optIn}=true`);
    }
    expect(() => loadConfig(without(name, { [optIn]: 'true' }))).not.toThrow();
  });

  it('runs on the embedded database, .eml files and the local disk only when each is opted into', () => {
    const config = loadConfig({
      ENVIRONMENT: 'production',
      API_URL: 'https://api.icct26.example',
      ALLOW_EMBEDDED_DATABASE: 'true',
      ALLOW_EMAIL_TO_FILES: 'true',
      ALLOW_LOCAL_FILE_STORAGE: 'true',
    });
    expect(config.database.driver).toBe('pglite');
    expect(config.smtp).toBeUndefined();
    expect(config.cloudinary).toBeUndefined();
  });

  it('counts an explicit pglite: DATABASE_URL as the embedded database, and the three CLOUDINARY_* as Cloudinary', () => {
    expect(problemsOf({ ...PRODUCTION, DATABASE_URL: 'pglite:/srv/pgdata' })[0]).toMatch(
      /^DATABASE_URL: required when ENVIRONMENT=production/,
    );
    const { cloudinary } = loadConfig(
      without('CLOUDINARY_URL', {
        CLOUDINARY_CLOUD_NAME: 'c',
        CLOUDINARY_API_KEY: 'k',
        CLOUDINARY_API_SECRET: 's',
      }),
    );
    expect(cloudinary?.cloudName).toBe('c');
  });

  it('requires API_URL: links to localhost would reach no one', () => {
    const problems = problemsOf(without('API_URL', { API_PORT: '' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^API_URL: required when ENVIRONMENT=production/);
    expect(problems[0]).toContain('http://localhost:8000');
  });

  it('names every missing service at once, together with any wrong value', () => {
    const names = problemsOf({ ENVIRONMENT: 'production', API_PORT: 'eighty' }).map((p) => p.split(':')[0]);
    expect(names.sort()).toEqual(['API_PORT', 'API_URL', 'CLOUDINARY_URL', 'DATABASE_URL', 'SMTP_SERVER']);
  });

  it('keeps the development fallbacks outside production', () => {
    for (const environment of ['development', 'test', 'staging']) {
      expect(loadConfig({ ENVIRONMENT: environment }).database.driver).toBe('pglite');
    }
  });
});
