import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, type DbOrTx } from '../database/database.js';
import { idempotencyKeys } from '../database/schema.js';

export type Claim =
  | { kind: 'acquired'; leaseToken: string }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_use' };

const PURGE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Idempotency keys in PostgreSQL, shared by every instance on the database. A key is claimed
 * atomically (one INSERT ... ON CONFLICT DO UPDATE ... WHERE), held under a short lease that the
 * holder renews while its request runs, and completed with the response. A request that dies
 * stops renewing, so its key frees up after the lease instead of staying locked.
 *
 * Every `key` here is the stored key: the client's key within its route and client
 * (scopedIdempotencyKey, idempotencyKeyOf), never the bare `Idempotency-Key` header.
 */
@Injectable()
export class IdempotencyStore implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyStore.name);
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get leaseSeconds(): number {
    return this.config.idempotency.leaseSeconds;
  }

  async claim(key: string, fingerprint: string): Promise<Claim> {
    const leaseToken = randomUUID();
    const lease = this.fromNow(this.config.idempotency.leaseSeconds);
    const expires = this.fromNow(this.config.idempotency.ttlSeconds);
    const t = idempotencyKeys;
    for (let attempt = 0; attempt < 3; attempt++) {
      const [acquired] = await this.database.db
        .insert(t)
        .values({
          key,
          fingerprint,
          state: 'in_progress',
          leaseToken,
          lockedUntil: lease,
          expiresAt: expires,
        })
        .onConflictDoUpdate({
          target: t.key,
          set: {
            fingerprint,
            state: 'in_progress',
            leaseToken,
            responseStatus: null,
            responseBody: null,
            lockedUntil: lease,
            expiresAt: expires,
            createdAt: sql`now()`,
          },
          // Take over an expired key, or the key of a request that died (same payload, lease over).
          setWhere: sql`${t.expiresAt} <= now() or (${t.state} = 'in_progress' and ${t.lockedUntil} <= now() and ${t.fingerprint} = ${fingerprint})`,
        })
        .returning({ key: t.key });
      if (acquired) return { kind: 'acquired', leaseToken };

      const [row] = await this.database.db
        .select({
          fingerprint: t.fingerprint,
          state: t.state,
          status: t.responseStatus,
          body: t.responseBody,
          live: sql<boolean>`${t.expiresAt} > now()`,
        })
        .from(t)
        .where(eq(t.key, key));
      if (!row || !row.live) continue; // released or expired meanwhile: claim again
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.state === 'completed') return { kind: 'replay', status: row.status!, body: row.body };
      return { kind: 'in_use' };
    }
    return { kind: 'in_use' };
  }

  /** Extends the lease; false when the key is no longer ours. */
  async renew(key: string, leaseToken: string): Promise<boolean> {
    const rows = await this.database.db
      .update(idempotencyKeys)
      .set({ lockedUntil: this.fromNow(this.config.idempotency.leaseSeconds) })
      .where(this.held(key, leaseToken))
      .returning({ key: idempotencyKeys.key });
    return rows.length > 0;
  }

  /**
   * Stores the outcome; given a transaction, it commits (or rolls back) with the work it describes.
   * False when the key is no longer ours: its lease ran out and a retry took it over.
   */
  async complete(
    key: string,
    leaseToken: string,
    status: number,
    body: unknown,
    db: DbOrTx = this.database.db,
  ): Promise<boolean> {
    const rows = await db
      .update(idempotencyKeys)
      .set({
        state: 'completed',
        responseStatus: status,
        responseBody: body ?? null,
        lockedUntil: sql`now()`,
      })
      .where(this.held(key, leaseToken))
      .returning({ key: idempotencyKeys.key });
    return rows.length > 0;
  }

  /** Is an outcome stored under this key (whatever the request it answered)? */
  async hasOutcome(key: string): Promise<boolean> {
    const [row] = await this.database.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.key, key),
          eq(idempotencyKeys.state, 'completed'),
          sql`${idempotencyKeys.expiresAt} > now()`,
        ),
      );
    return row !== undefined;
  }

  /** Frees the key so that the client may retry (after a 5xx). */
  async release(key: string, leaseToken: string): Promise<void> {
    await this.database.db.delete(idempotencyKeys).where(this.held(key, leaseToken));
  }

  async purgeExpired(): Promise<number> {
    const rows = await this.database.db
      .delete(idempotencyKeys)
      .where(lte(idempotencyKeys.expiresAt, sql`now()`))
      .returning({ key: idempotencyKeys.key });
    return rows.length;
  }

  onApplicationBootstrap(): void {
    const purge = () =>
      void this.purgeExpired().catch((error: unknown) =>
        this.logger.warn({ msg: 'could not purge expired idempotency keys', err: error }),
      );
    purge();
    this.purgeTimer = setInterval(
      purge,
      Math.min(PURGE_INTERVAL_MS, this.config.idempotency.ttlSeconds * 1000),
    );
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  private held(key: string, leaseToken: string) {
    return and(
      eq(idempotencyKeys.key, key),
      eq(idempotencyKeys.leaseToken, leaseToken),
      eq(idempotencyKeys.state, 'in_progress'),
    );
  }

  private fromNow(seconds: number) {
    return sql`now() + ${seconds}::integer * interval '1 second'`;
  }
}
