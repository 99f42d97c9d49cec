import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from '../common/document-kinds.js';

/**
 * The one typed configuration object. Built once from the environment at start-up; a wrong value
 * stops the start with a message naming the variable. Names follow the FastAPI backend's .env.
 * An empty or blank variable (`API_PORT=`, as compose files often write them) means unset: see
 * `loadConfig`, which drops them before anything is parsed.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', 'TRUE', 'FALSE', 'True', 'False'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v.toLowerCase()));
const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
const seconds = (min: number, max: number) => z.coerce.number().min(min).max(max);
const optionalText = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional();
/** An instant with its offset (`2026-01-10T09:00:00+05:30`, or `Z`): a bare local time is ambiguous. */
const isoInstant = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with an offset, e.g. 2026-01-10T09:00:00+05:30',
  })
  .transform((v) => new Date(v));
const csv = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * A list of document kinds (`logo,pastor_letter`); `none` for none. A player's kind means every player's.
 * Unset (or blank) is the default.
 */
const documentKinds = (fallback: DocumentKind[]) =>
  z
    .string()
    .optional()
    .transform((v, ctx): DocumentKind[] => {
      const listed = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (listed.length === 0) return fallback;
      if (listed.length === 1 && listed[0]!.toLowerCase() === 'none') return [];
      const unknown = listed.filter((kind) => !(DOCUMENT_KINDS as readonly string[]).includes(kind));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${unknown.map((u) => `"${u}"`).join(', ')} is not a document kind: use ${DOCUMENT_KINDS.join(', ')} or none`,
        });
      }
      return [...new Set(listed)] as DocumentKind[];
    });

/** First path segments of the native routes: the FastAPI-compatible API may not be mounted over them. */
const NATIVE_SEGMENTS = [
  'api',
  'admin',
  'files',
  'uploads',
  'docs',
  'docs-json',
  'health',
  'status',
  'metrics',
];

/**
 * Where the FastAPI-compatible API (src/legacy/) is mounted: a path such as `/legacy`; `none` or `off`:
 * not mounted (undefined). Not `/` or a native route's first segment: its `/admin/teams` would shadow ours.
 */
const mountPrefix = z
  .string()
  .default('/legacy')
  .transform((v, ctx): string | undefined => {
    const value = v.trim();
    if (['none', 'off'].includes(value.toLowerCase())) return undefined;
    if (!/^(\/(?!\.+(\/|$))[A-Za-z0-9._~-]+)+$/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be a path such as /legacy (a leading /, no trailing /; letters, digits, . _ ~ -), or none',
      });
    } else if (NATIVE_SEGMENTS.includes(value.split('/')[1]!.toLowerCase())) {
      ctx.addIssue({ code: 'custom', message: `must not start with /${NATIVE_SEGMENTS.join(', /')}` });
    }
    return value;
  });

/** Shorter admin keys are refused: a key is the whole credential, so it must not be guessable. */
export const MIN_ADMIN_KEY_LENGTH = 16;

const adminKeys = csv.superRefine((keys, ctx) => {
  const short = keys.flatMap((key, i) => (key.length < MIN_ADMIN_KEY_LENGTH ? [i + 1] : []));
  if (short.length === 0) return;
  const list =
    short.length === 1 ? `key ${short[0]}` : `keys ${short.slice(0, -1).join(', ')} and ${short.at(-1)}`;
  const which = `${list} of ${keys.length} ${short.length === 1 ? 'is' : 'are'}`;
  ctx.addIssue({
    code: 'custom',
    message: `${which} shorter than ${MIN_ADMIN_KEY_LENGTH} characters: use long random keys`,
  });
});

/** `scheme://host[:port]` exactly as a browser sends it in `Origin`: CORS compares the strings. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

/** The API sends no credentials, but `*` would still be a silent no-op here: origins are listed. */
const corsOrigins = csv.superRefine((origins, ctx) => {
  for (const origin of origins.filter((o) => !isOrigin(o))) {
    ctx.addIssue({
      code: 'custom',
      message:
        origin === '*'
          ? '"*" (any origin) is not accepted: list the origins of the front-ends that call this API, e.g. https://icct26.example'
          : `"${origin}" is not an origin: write scheme://host[:port], without a path or a trailing slash`,
    });
  }
});

const envSchema = z
  .object({
    ENVIRONMENT: z.enum(['development', 'test', 'staging', 'production']).default('development'),
    DEBUG: bool.default(false),
    API_HOST: z.string().min(1).default('0.0.0.0'),
    API_PORT: int(0, 65535).optional(),
    PORT: int(0, 65535).optional(),
    API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    API_WORKERS: int(1, 64).default(1),
    WORKER_MAX_START_FAILURES: int(1, 1000).default(5),
    WORKER_RESTART_DELAY_MS: int(0, 600_000).default(1_000),
    DATA_DIR: z.string().min(1).default('./data'),

    DATABASE_URL: optionalText,
    DATABASE_POOL_SIZE: int(1, 1000).default(20),
    DATABASE_MAX_OVERFLOW: int(0, 1000).default(10),
    DATABASE_POOL_RECYCLE: int(0).default(3600),
    DATABASE_MAX_CONNECTIONS: int(1).default(100),
    /** Named prepared statements on PostgreSQL; false behind a pooler that cannot keep them (PgBouncer). */
    DATABASE_PREPARED_STATEMENTS: bool.default(true),
    ALLOW_EMBEDDED_DATABASE: bool.default(false),

    REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
    REDIS_KEY_PREFIX: z.string().default('icct26:'),

    CLOUDINARY_URL: optionalText.pipe(z.url({ protocol: /^cloudinary$/ }).optional()),
    CLOUDINARY_CLOUD_NAME: optionalText,
    CLOUDINARY_API_KEY: optionalText,
    CLOUDINARY_API_SECRET: optionalText,
    ALLOW_LOCAL_FILE_STORAGE: bool.default(false),

    SMTP_SERVER: optionalText,
    SMTP_PORT: int(1, 65535).default(587),
    SMTP_USERNAME: optionalText,
    SMTP_PASSWORD: optionalText,
    SMTP_FROM_EMAIL: z.email().default('noreply@icct26.com'),
    SMTP_SECURE: bool.optional(),
    SMTP_REQUIRE_TLS: bool.default(false),
    SMTP_IGNORE_TLS: bool.default(false),
    SMTP_MAX_EMAILS_PER_SECOND: int(0).default(10),
    ALLOW_EMAIL_TO_FILES: bool.default(false),
    EMAIL_MAX_ATTEMPTS: int(1, 100).default(10),
    EMAIL_RETRY_BASE_MS: int(10).default(180_000),

    SECRET_KEY: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    ADMIN_API_KEYS: adminKeys,
    MAX_REQUEST_SIZE: int(1024).default(10 * 1024 * 1024),
    REQUEST_TIMEOUT: seconds(0.1, 3600).default(60),
    RATE_LIMIT_REQUESTS: int(1).default(30),
    RATE_LIMIT_READ_REQUESTS: int(1).default(300),
    RATE_LIMIT_ADMIN_REQUESTS: int(1).default(120),
    IDEMPOTENCY_TTL_SECONDS: int(60).default(86_400),
    IDEMPOTENCY_LEASE_SECONDS: int(2, 3600).default(30),
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((v) => v.trim()),
    CORS_ORIGINS: corsOrigins,

    LOG_LEVEL: z
      .string()
      .optional()
      .transform((v) => v?.toLowerCase())
      .pipe(z.enum(['fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace', 'silent', 'critical']))
      .transform((v) => (v === 'warning' ? 'warn' : v === 'critical' ? 'fatal' : v))
      .optional(),
    LOG_FILE: z.string().min(1).default('logs/app.log'),
    LOG_TO_FILE: bool.default(false),

    MAX_TEAMS_PER_CHURCH: int(1).default(2),
    TEAM_ID_PREFIX: z
      .string()
      .regex(/^[A-Z0-9]{1,12}$/, 'must be 1-12 upper-case letters or digits')
      .default('ICCT'),
    REGISTRATION_OPENS_AT: optionalText.pipe(isoInstant.optional()),
    REGISTRATION_CLOSES_AT: optionalText.pipe(isoInstant.optional()),
    MAX_TEAMS: int(1).optional(),
    WAITLIST_ENABLED: bool.default(true),
    REGISTRATION_PORTAL_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    REGISTRATION_STATUS_CACHE_MS: int(0, 60_000).default(1_000),
    REGISTRATION_CONCURRENCY: int(1, 1000).default(8),
    MAX_LOGO_BYTES: int(1024).default(5 * 1024 * 1024),
    MAX_RECEIPT_BYTES: int(1024).default(5 * 1024 * 1024),
    /** Every other document (pastor's letter, group photo, a player's ID proof and consent form). */
    MAX_DOCUMENT_BYTES: int(1024).default(5 * 1024 * 1024),
    REQUIRED_DOCUMENTS: documentKinds(['logo']),
    LEGACY_REQUIRED_DOCUMENTS: documentKinds(['pastor_letter']),
    LEGACY_API_PREFIX: mountPrefix,
    /** The FastAPI-compatible registration sends up to 33 files (3 + 2 per player): its own body limit. */
    LEGACY_MAX_REQUEST_SIZE: int(1024).default(100 * 1024 * 1024),
    DOCUMENT_RETENTION_DAYS: int(0, 3650).default(30),
    DOCUMENT_LINK_TTL_SECONDS: int(10, 7 * 86_400).default(900),

    CLOUDINARY_BREAKER_TIMEOUT_MS: int(100).default(20_000),
    SMTP_BREAKER_TIMEOUT_MS: int(100).default(10_000),
    BREAKER_ERROR_THRESHOLD_PERCENTAGE: int(1, 100).default(50),
    BREAKER_VOLUME_THRESHOLD: int(1).default(5),
    BREAKER_ROLLING_WINDOW_MS: int(1000).default(30_000),
    BREAKER_RESET_TIMEOUT_MS: int(100).default(30_000),
    BREAKER_CONSECUTIVE_FAILURES: int(0).default(5),
    OUTBOX_POLL_INTERVAL_MS: int(50).default(2_000),
    STORAGE_MAX_ATTEMPTS: int(1, 1000).default(20),
    STORAGE_ORPHAN_GRACE_SECONDS: int(1).default(3600),
    STORAGE_SWEEP_INTERVAL_SECONDS: int(1).default(3600),
    SHUTDOWN_GRACE_SECONDS: seconds(0, 600).default(20),
  })
  .superRefine((env, ctx) => {
    const parts = [env.CLOUDINARY_CLOUD_NAME, env.CLOUDINARY_API_KEY, env.CLOUDINARY_API_SECRET];
    const given = parts.filter(Boolean).length;
    if (!env.CLOUDINARY_URL && given > 0 && given < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['CLOUDINARY_CLOUD_NAME'],
        message: 'CLOUDINARY_CLOUD_NAME, CLOUDINARY_API_KEY and CLOUDINARY_API_SECRET go together',
      });
    }
    if (env.REGISTRATION_OPENS_AT && env.REGISTRATION_CLOSES_AT) {
      if (env.REGISTRATION_CLOSES_AT <= env.REGISTRATION_OPENS_AT) {
        ctx.addIssue({
          code: 'custom',
          path: ['REGISTRATION_CLOSES_AT'],
          message: 'must be later than REGISTRATION_OPENS_AT',
        });
      }
    }
    if (env.SMTP_USERNAME && !env.SMTP_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_PASSWORD'],
        message: 'required when SMTP_USERNAME is set',
      });
    }
    if (env.DATABASE_URL && !/^(postgres(ql)?(\+\w+)?:\/\/|pglite:)/.test(env.DATABASE_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'must be a postgresql:// (or postgresql+asyncpg://) URL, or pglite:<dir>',
      });
    }
  });

export type Env = Record<string, string | undefined>;

/** Every variable the configuration reads. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

/** The environment without its empty and blank variables: `PORT=` is unset, never 0. */
function withoutEmpty(env: Env): Env {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}

const isTrue = (value: string | undefined) => bool.safeParse(value).data === true;

/**
 * In production every development fallback must be chosen: without its variable, or its explicit
 * ALLOW_* opt-in, the server would run on the embedded database, "send" emails to files, store
 * files on a disk that may be thrown away, or write links to localhost. Read from the raw
 * (non-empty) variables so that these are reported together with any wrong value.
 */
function productionProblems(env: Env): { name: string; message: string }[] {
  if (env.ENVIRONMENT !== 'production') return [];
  const required = 'required when ENVIRONMENT=production';
  const problems: { name: string; message: string }[] = [];
  const databaseUrl = env.DATABASE_URL?.trim();
  if ((!databaseUrl || databaseUrl.startsWith('pglite:')) && !isTrue(env.ALLOW_EMBEDDED_DATABASE)) {
    problems.push({
      name: 'DATABASE_URL',
      message:
        `${required}${databaseUrl ? ' (a postgresql:// URL; pglite: is the embedded database)' : ''}: ` +
        'without it the server runs on the embedded PGlite database under DATA_DIR, in one process on ' +
        "this machine's disk. Set ALLOW_EMBEDDED_DATABASE=true to run on it anyway",
    });
  }
  if (!env.SMTP_SERVER && !isTrue(env.ALLOW_EMAIL_TO_FILES)) {
    problems.push({
      name: 'SMTP_SERVER',
      message:
        `${required}: without it emails are written as .eml files under DATA_DIR/mail, counted as ` +
        'sent and never delivered. Set ALLOW_EMAIL_TO_FILES=true to run that way anyway',
    });
  }
  if (!env.API_URL) {
    const port = [env.API_PORT, env.PORT].find((p) => p !== undefined)?.trim() ?? '8000';
    problems.push({
      name: 'API_URL',
      message:
        `${required}: without it captain links and links to stored files point at ` +
        `http://localhost:${port}, which no one else can reach. Set it to this API's public address`,
    });
  }
  if (!env.CLOUDINARY_URL && !env.CLOUDINARY_CLOUD_NAME && !isTrue(env.ALLOW_LOCAL_FILE_STORAGE)) {
    problems.push({
      name: 'CLOUDINARY_URL',
      message:
        `${required} (or CLOUDINARY_CLOUD_NAME, _API_KEY and _API_SECRET): without it logos and receipts ` +
        'are stored on the local disk under DATA_DIR/uploads, lost when the container is replaced unless ' +
        'DATA_DIR is a persistent volume, and seen only by this instance. Set ALLOW_LOCAL_FILE_STORAGE=true ' +
        'if DATA_DIR is persistent and one instance serves the API',
    });
  }
  return problems;
}

/** A value as a config message may quote it: never a secret, and a URL without its password. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined || /SECRET|PASSWORD|KEY/.test(name)) return '';
  return ` (got "${value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*):[^@/]*@/i, '$1:***@')}")`;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Accept the seed's SQLAlchemy-style `postgresql+asyncpg://` URLs: postgres.js wants plain `postgres://`. */
export function normalizeDatabaseUrl(url: string): string {
  return url.replace(/^postgres(ql)?(\+\w+)?:\/\//, 'postgres://');
}

export function loadConfig(rawEnv: Env = process.env) {
  const env = withoutEmpty(rawEnv);
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues.map((issue) => ({
      name: issue.path.join('.') || 'environment',
      message: issue.message,
    })) ?? []),
    ...productionProblems(env),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(
      problems.map(({ name, message }) => `${name}: ${message}${shown(name, env[name])}`),
    );
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL && !e.DATABASE_URL.startsWith('pglite:') ? e.DATABASE_URL : undefined;
  const smtpSecure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
  const port = e.API_PORT ?? e.PORT ?? 8000;
  const linkHost = ['0.0.0.0', '::'].includes(e.API_HOST) ? 'localhost' : e.API_HOST;
  return {
    environment: e.ENVIRONMENT,
    debug: e.DEBUG,
    http: {
      host: e.API_HOST,
      port,
      /** This API's address as clients see it (API_URL), for links to uploads and the captain's page. */
      publicUrl: e.API_URL?.replace(/\/+$/, '') ?? `http://${linkHost}:${port}`,
      workers: e.API_WORKERS,
      /** Under API_WORKERS > 1: how the cluster primary restarts workers that exit (lifecycle/worker-restarts.ts). */
      workerRestart: {
        maxStartFailures: e.WORKER_MAX_START_FAILURES,
        firstDelayMs: e.WORKER_RESTART_DELAY_MS,
      },
      maxRequestBytes: e.MAX_REQUEST_SIZE,
      requestTimeoutMs: Math.round(e.REQUEST_TIMEOUT * 1000),
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      corsOrigins: e.CORS_ORIGINS,
      shutdownGraceMs: Math.round(e.SHUTDOWN_GRACE_SECONDS * 1000),
    },
    dataDir: e.DATA_DIR,
    database: databaseUrl
      ? {
          driver: 'postgres' as const,
          url: normalizeDatabaseUrl(databaseUrl),
          poolSize: e.DATABASE_POOL_SIZE,
          maxOverflow: e.DATABASE_MAX_OVERFLOW,
          recycleSeconds: e.DATABASE_POOL_RECYCLE,
          maxServerConnections: e.DATABASE_MAX_CONNECTIONS,
          /** Every statement sent as a named prepared statement (src/database/prepared-statements.ts). */
          preparedStatements: e.DATABASE_PREPARED_STATEMENTS,
        }
      : {
          driver: 'pglite' as const,
          dir: e.DATABASE_URL?.startsWith('pglite:') ? e.DATABASE_URL.slice('pglite:'.length) : undefined,
          poolSize: 1,
          maxOverflow: 0,
          recycleSeconds: 0,
          maxServerConnections: e.DATABASE_MAX_CONNECTIONS,
        },
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    cloudinary:
      e.CLOUDINARY_URL || e.CLOUDINARY_CLOUD_NAME
        ? parseCloudinary(
            e.CLOUDINARY_URL,
            e.CLOUDINARY_CLOUD_NAME,
            e.CLOUDINARY_API_KEY,
            e.CLOUDINARY_API_SECRET,
          )
        : undefined,
    smtp: e.SMTP_SERVER
      ? {
          host: e.SMTP_SERVER,
          port: e.SMTP_PORT,
          username: e.SMTP_USERNAME,
          password: e.SMTP_PASSWORD,
          secure: smtpSecure,
          requireTls: e.SMTP_REQUIRE_TLS,
          ignoreTls: e.SMTP_IGNORE_TLS,
          /** Per process; 0: as fast as the server takes them. */
          maxPerSecond: e.SMTP_MAX_EMAILS_PER_SECOND,
        }
      : undefined,
    mailFrom: e.SMTP_FROM_EMAIL,
    emailMaxAttempts: e.EMAIL_MAX_ATTEMPTS,
    /** Delay before an email's second attempt, doubled each time: 10 attempts span about a day. */
    emailRetryBaseMs: e.EMAIL_RETRY_BASE_MS,
    secretKey: e.SECRET_KEY,
    adminApiKeys: e.ADMIN_API_KEYS,
    rateLimit: {
      registrationsPerMinute: e.RATE_LIMIT_REQUESTS,
      readsPerMinute: e.RATE_LIMIT_READ_REQUESTS,
      adminPerMinute: e.RATE_LIMIT_ADMIN_REQUESTS,
    },
    idempotency: { ttlSeconds: e.IDEMPOTENCY_TTL_SECONDS, leaseSeconds: e.IDEMPOTENCY_LEASE_SECONDS },
    // DEBUG=true (the FastAPI switch) means debug logs unless LOG_LEVEL says otherwise.
    log: { level: e.LOG_LEVEL ?? (e.DEBUG ? 'debug' : 'info'), toFile: e.LOG_TO_FILE, file: e.LOG_FILE },
    registration: {
      maxTeamsPerChurch: e.MAX_TEAMS_PER_CHURCH,
      teamIdPrefix: e.TEAM_ID_PREFIX,
      opensAt: e.REGISTRATION_OPENS_AT,
      closesAt: e.REGISTRATION_CLOSES_AT,
      /** Teams that are pending or approved; undefined: no cap. */
      maxTeams: e.MAX_TEAMS,
      waitlistEnabled: e.WAITLIST_ENABLED,
      /** Where the captain's private link points: a front-end page, or by default this API's own route. */
      portalUrl: e.REGISTRATION_PORTAL_URL,
      statusCacheMs: e.REGISTRATION_STATUS_CACHE_MS,
      /** Registrations of this process in their transaction at once; the others wait in arrival order. */
      concurrency: e.REGISTRATION_CONCURRENCY,
    },
    documents: {
      /** The most bytes a file of each kind may hold. */
      maxBytes: Object.fromEntries(
        DOCUMENT_KINDS.map((kind) => [
          kind,
          kind === 'logo'
            ? e.MAX_LOGO_BYTES
            : kind === 'payment_receipt'
              ? e.MAX_RECEIPT_BYTES
              : e.MAX_DOCUMENT_BYTES,
        ]),
      ) as Record<DocumentKind, number>,
      /** The kinds a registration must carry, on the native route and on the FastAPI-compatible one. */
      required: { native: e.REQUIRED_DOCUMENTS, legacy: e.LEGACY_REQUIRED_DOCUMENTS },
      /** How long a rejected or withdrawn team's private documents are kept. */
      retentionDays: e.DOCUMENT_RETENTION_DAYS,
    },
    /** The FastAPI-compatible API for the existing front-end (src/legacy/); `prefix` undefined: not mounted. */
    legacyApi: { prefix: e.LEGACY_API_PREFIX, maxRequestBytes: e.LEGACY_MAX_REQUEST_SIZE },
    /** How long a signed link to a private document works, from the response that carries it. */
    documentLinkTtlSeconds: e.DOCUMENT_LINK_TTL_SECONDS,
    breakers: {
      cloudinaryTimeoutMs: e.CLOUDINARY_BREAKER_TIMEOUT_MS,
      smtpTimeoutMs: e.SMTP_BREAKER_TIMEOUT_MS,
      errorThresholdPercentage: e.BREAKER_ERROR_THRESHOLD_PERCENTAGE,
      volumeThreshold: e.BREAKER_VOLUME_THRESHOLD,
      rollingWindowMs: e.BREAKER_ROLLING_WINDOW_MS,
      resetTimeoutMs: e.BREAKER_RESET_TIMEOUT_MS,
      /** Provider faults in a row that open a breaker whatever its error rate; 0: only the rate counts. */
      consecutiveFailures: e.BREAKER_CONSECUTIVE_FAILURES,
    },
    outboxPollIntervalMs: e.OUTBOX_POLL_INTERVAL_MS,
    /** The storage runner's queues and its sweep of files nothing refers to (src/storage/). */
    storage: {
      /** Tries of a pending upload or a deletion before it is marked dead. */
      maxAttempts: e.STORAGE_MAX_ATTEMPTS,
      /** A stored file nothing refers to is deleted only once it is this old: younger ones may be about to commit. */
      orphanGraceMs: e.STORAGE_ORPHAN_GRACE_SECONDS * 1000,
      /** How often one instance looks for such files. */
      sweepIntervalMs: e.STORAGE_SWEEP_INTERVAL_SECONDS * 1000,
    },
  };
}

export type AppConfig = ReturnType<typeof loadConfig>;
export type CloudinaryConfig = ReturnType<typeof parseCloudinary>;

/** Express's `trust proxy` setting: false, true, a hop count, or a comma-separated list of addresses/CIDRs. */
function parseTrustProxy(value: string): boolean | number | string[] {
  const lower = value.toLowerCase();
  if (['', 'false', '0', 'no', 'off'].includes(lower)) return false;
  if (['true', 'yes', 'on'].includes(lower)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((s) => s.trim());
}

function parseCloudinary(url?: string, cloudName?: string, apiKey?: string, apiSecret?: string) {
  if (url) {
    const parsed = new URL(url);
    return {
      cloudName: parsed.hostname,
      apiKey: decodeURIComponent(parsed.username),
      apiSecret: decodeURIComponent(parsed.password),
      uploadPrefix: parsed.searchParams.get('upload_prefix') ?? undefined,
    };
  }
  return { cloudName: cloudName!, apiKey: apiKey!, apiSecret: apiSecret!, uploadPrefix: undefined };
}
