import { Inject, Injectable, Logger } from '@nestjs/common';
import { asc, count, eq, lte, sql } from 'drizzle-orm';
import { Database, nowPlusMs, type DbOrTx } from '../database/database.js';
import { storageDeletions } from '../database/schema.js';
import { FileStorage } from './file-storage.js';

export type ScheduledDeletion = typeof storageDeletions.$inferSelect;

/**
 * Files nothing refers to any more. Each is written down first (in the transaction that stops referring
 * to it, when there is one), then deleted at once; one the storage can't delete now stays written down
 * for the storage worker, so a Cloudinary outage leaves no file behind for good.
 */
@Injectable()
export class StorageDeletions {
  private readonly logger = new Logger(StorageDeletions.name);

  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(FileStorage) private readonly storage: FileStorage,
  ) {}

  async schedule(db: DbOrTx, publicIds: string[]): Promise<void> {
    if (publicIds.length === 0) return;
    await db
      .insert(storageDeletions)
      .values(publicIds.map((publicId) => ({ publicId })))
      .onConflictDoNothing();
  }

  /** Schedules (outside any transaction) and deletes now; never throws: the worker retries what fails. */
  async deleteSoon(publicIds: string[]): Promise<void> {
    if (publicIds.length === 0) return;
    await this.schedule(this.database.db, publicIds).catch((error: unknown) => {
      this.logger.warn({ err: error, public_ids: publicIds }, 'could not schedule file deletions');
    });
    await Promise.all(
      publicIds.map((publicId) =>
        this.deleteOne(publicId).catch((error: unknown) => {
          this.logger.warn({ err: error, public_id: publicId }, 'file not deleted yet: the worker retries');
        }),
      ),
    );
  }

  /** Deletes the file and forgets it. */
  async deleteOne(publicId: string): Promise<void> {
    await this.storage.delete(publicId);
    await this.database.db.delete(storageDeletions).where(eq(storageDeletions.publicId, publicId));
  }

  /** Claims due deletions; `next_attempt_at` doubles as the lease, as for pending uploads. */
  async claimDue(limit: number, leaseMs: number): Promise<ScheduledDeletion[]> {
    const due = this.database.db
      .select({ publicId: storageDeletions.publicId })
      .from(storageDeletions)
      .where(lte(storageDeletions.nextAttemptAt, sql`now()`))
      .orderBy(asc(storageDeletions.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.database.db
      .update(storageDeletions)
      .set({ attempts: sql`${storageDeletions.attempts} + 1`, nextAttemptAt: nowPlusMs(leaseMs) })
      .where(sql`${storageDeletions.publicId} in ${due}`)
      .returning();
  }

  async retryLater(publicId: string, delayMs: number, error: string): Promise<void> {
    await this.database.db
      .update(storageDeletions)
      .set({ nextAttemptAt: nowPlusMs(delayMs), lastError: error })
      .where(eq(storageDeletions.publicId, publicId));
  }

  /** Hands a claimed deletion back untried (the breaker was open, or the worker is stopping). */
  async release(publicId: string): Promise<void> {
    await this.database.db
      .update(storageDeletions)
      .set({ nextAttemptAt: sql`now()`, attempts: sql`${storageDeletions.attempts} - 1` })
      .where(eq(storageDeletions.publicId, publicId));
  }

  /** A deletion the storage refuses (an id it can never accept) is dropped, not retried forever. */
  async forget(publicId: string): Promise<void> {
    await this.database.db.delete(storageDeletions).where(eq(storageDeletions.publicId, publicId));
  }

  async count(): Promise<number> {
    const [row] = await this.database.db.select({ n: count() }).from(storageDeletions);
    return row?.n ?? 0;
  }
}
