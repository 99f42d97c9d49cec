import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, eq, lte, sql } from 'drizzle-orm';
import { Database, nowPlusMs, type DbOrTx } from '../database/database.js';
import { pendingUploads, teamFiles } from '../database/schema.js';
import type { SniffedType } from '../registration/file-content.js';
import type { StoredFile } from './file-storage.js';

type FileKind = (typeof teamFiles.$inferSelect)['kind'];

export interface ClaimedUpload {
  teamId: string;
  kind: FileKind;
  bytes: Buffer;
  contentType: SniffedType;
  attempts: number;
  version: string;
}

/**
 * Files accepted while the storage provider was down: their bytes wait in `pending_uploads` (written
 * in the registration's own transaction) until the worker has uploaded them.
 */
@Injectable()
export class PendingUploads {
  constructor(@Inject(Database) private readonly database: Database) {}

  async keep(tx: DbOrTx, teamId: string, kind: FileKind, bytes: Buffer): Promise<void> {
    await tx.insert(pendingUploads).values({ teamId, kind, bytes });
  }

  /** Forgets the waiting bytes of a file that an edit replaced (a worker's upload of them is then dropped). */
  async drop(tx: DbOrTx, teamId: string, kind: FileKind): Promise<void> {
    await tx
      .delete(pendingUploads)
      .where(and(eq(pendingUploads.teamId, teamId), eq(pendingUploads.kind, kind)));
  }

  /**
   * Claims up to `limit` due files. `next_attempt_at` doubles as the lease: a claimed row is not due
   * again until `leaseMs` has passed, so another instance skips it, and a crashed one's rows come back.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedUpload[]> {
    const due = this.database.db
      .select({ teamId: pendingUploads.teamId, kind: pendingUploads.kind })
      .from(pendingUploads)
      .where(lte(pendingUploads.nextAttemptAt, sql`now()`))
      .orderBy(asc(pendingUploads.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed = await this.database.db
      .update(pendingUploads)
      .set({
        attempts: sql`${pendingUploads.attempts} + 1`,
        nextAttemptAt: nowPlusMs(leaseMs),
      })
      .from(teamFiles)
      .where(
        and(
          sql`(${pendingUploads.teamId}, ${pendingUploads.kind}) in ${due}`,
          eq(teamFiles.teamId, pendingUploads.teamId),
          eq(teamFiles.kind, pendingUploads.kind),
        ),
      )
      .returning({
        teamId: pendingUploads.teamId,
        kind: pendingUploads.kind,
        bytes: pendingUploads.bytes,
        attempts: pendingUploads.attempts,
        version: pendingUploads.version,
        contentType: teamFiles.contentType,
      });
    return claimed.map((row) => ({ ...row, contentType: row.contentType as SniffedType }));
  }

  /**
   * Records the uploaded file on the team and drops the stored bytes, together. False when this version
   * is no longer waiting (the captain replaced the file meanwhile): the upload is then nobody's file.
   */
  async complete(upload: ClaimedUpload, stored: StoredFile): Promise<boolean> {
    return this.database.db.transaction(async (tx) => {
      const dropped = await tx
        .delete(pendingUploads)
        .where(and(this.is(upload), eq(pendingUploads.version, upload.version)))
        .returning({ kind: pendingUploads.kind });
      if (dropped.length === 0) return false;
      await tx
        .update(teamFiles)
        .set({ state: 'uploaded', url: stored.url, publicId: stored.publicId, uploadedAt: new Date() })
        .where(and(eq(teamFiles.teamId, upload.teamId), eq(teamFiles.kind, upload.kind)));
      return true;
    });
  }

  async retryLater(upload: ClaimedUpload, delayMs: number, error: string): Promise<void> {
    await this.database.db
      .update(pendingUploads)
      .set({ nextAttemptAt: nowPlusMs(delayMs), lastError: error })
      .where(this.is(upload));
  }

  /** Hands a claimed file back untried (the breaker was open, or the worker is stopping). */
  async release(upload: ClaimedUpload): Promise<void> {
    await this.database.db
      .update(pendingUploads)
      .set({ nextAttemptAt: sql`now()`, attempts: sql`${pendingUploads.attempts} - 1` })
      .where(this.is(upload));
  }

  async count(): Promise<number> {
    const [row] = await this.database.db.select({ n: count() }).from(pendingUploads);
    return row?.n ?? 0;
  }

  private is(upload: ClaimedUpload) {
    return and(eq(pendingUploads.teamId, upload.teamId), eq(pendingUploads.kind, upload.kind));
  }
}
