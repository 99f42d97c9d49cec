import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

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
  });

  it('reports every wrong variable at once', () => {
    expect(problemsOf({ API_PORT: 'x', REQUEST_TIMEOUT: 'y' }).map((p) => p.split(':')[0])).toEqual([
      'API_PORT',
      'REQUEST_TIMEOUT',
    ]);
  });
});
