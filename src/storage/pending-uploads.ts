import { randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, type DbOrTx } from '../database/database.js';
import { Transactions } from '../database/transactions.js';
import { pendingUploads, teamFiles } from '../database/schema.js';
import { JobQueues } from '../jobs/job-queues.js';
import type { JobHandler, JobResult } from '../jobs/job-runner.js';
import { JOB_FILE_STORAGE } from './breaker-file-storage.js';
import { SNIFF_BYTES, sniffContentType } from './file-content.js';
import {
  type FileContent,
  FileStorage,
  StorageError,
  type StoredFile,
  type Visibility,
  writeContent,
} from './file-storage.js';
import { MAX_STORAGE_RETRY_DELAY_MS, StorageDeletions } from './storage-deletions.js';

type FileKind = (typeof teamFiles.$inferSelect)['kind'];
type PendingUpload = typeof pendingUploads.$inferSelect;

/** Which of a team's files: its kind and, for a player's document, the player's position (teams/documents.ts). */
export type FileSlot = Pick<PendingUpload, 'kind' | 'playerPosition'>;

/** A file's name in its team's folder: `pastor_letter` for a team's document, `player-3-id_proof` for a player's. */
export function slotFileName({ kind, playerPosition }: FileSlot): string {
  return playerPosition < 0 ? kind : `player-${playerPosition}-${kind}`;
}

/** Where the embedded database's waiting bytes are kept: one file per pending upload. */
export function spoolRoot(config: AppConfig): string {
  return resolve(config.dataDir, 'pending-uploads');
}

/**
 * Files accepted while the storage provider was down: their bytes wait in `pending_uploads` (written
 * in the registration's own transaction) until the storage runner has uploaded them and recorded their
 * URLs on the team. After STORAGE_MAX_ATTEMPTS failed tries one is `dead`: its team file stays
 * `pending`, its bytes are kept (README: "When Cloudinary or the mail server is down").
 *
 * On the embedded database the bytes are not written into the row: PGlite runs on this process's one
 * thread, and a 5 MB bytea costs it seconds, during which nothing else (not even `/health`) is
 * answered. They go to a spool file under DATA_DIR instead, written and synced before the row that
 * names it, so they are as durable as the row when the transaction commits. The file is deleted once
 * uploaded; one that no row names (its transaction did not commit, or an edit replaced the file) is
 * deleted by the storage sweep once it is older than STORAGE_ORPHAN_GRACE_SECONDS.
 */
@Injectable()
export class PendingUploads implements JobHandler<PendingUpload> {
  readonly queue;
  readonly event = 'pending_upload';
  readonly retry;
  /** Which kinds are public is decided in teams/ (TeamFiles sets it at start); until then, none is. */
  private visibilityOf: (kind: FileKind) => Visibility = () => 'private';
  /** The spool directory, on the embedded database only. */
  private readonly spool?: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(JobQueues) queues: JobQueues,
    @Inject(JOB_FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
  ) {
    this.queue = queues.create(pendingUploads, {
      name: 'pending_uploads',
      help: 'Files accepted while storage was unavailable, waiting to be uploaded',
      states: {
        name: 'storage_upload_jobs',
        help: 'Pending uploads by state: pending (waiting or being tried) or dead (given up after STORAGE_MAX_ATTEMPTS)',
      },
    });
    this.retry = {
      baseMs: config.outboxPollIntervalMs,
      maxDelayMs: MAX_STORAGE_RETRY_DELAY_MS,
      maxAttempts: config.storage.maxAttempts,
    };
    if (database.driver === 'pglite') this.spool = spoolRoot(config);
  }

  /** The one rule of which kinds of file are public (teams/team-files.ts). */
  useVisibility(visibilityOf: (kind: FileKind) => Visibility): void {
    this.visibilityOf = visibilityOf;
  }

  /**
   * Keeps the bytes of a request's file (in memory, or its temporary file) for a later upload. On
   * PostgreSQL a temporary file is read into memory to go into the row: one file at a time, each up to its
   * kind's limit, held (twice, as the driver's hex text too) only until its insert returns. On the
   * embedded database the bytes are written to the spool and synced; a temporary file is copied there,
   * never read into memory.
   */
  async keep(tx: DbOrTx, teamUuid: string, slot: FileSlot, content: FileContent): Promise<void> {
    const key = { teamUuid, kind: slot.kind, playerPosition: slot.playerPosition };
    if (!this.spool) {
      const bytes = 'bytes' in content ? content.bytes : await readFile(content.path);
      await tx.insert(pendingUploads).values({ ...key, bytes });
      return;
    }
    const spoolFile = randomUUID();
    await writeSynced(content, this.spool, spoolFile);
    await tx.insert(pendingUploads).values({ ...key, spoolFile });
  }

  /** Forgets the waiting bytes of a file that an edit replaced (a runner's upload of them is then dropped). */
  async drop(tx: DbOrTx, teamUuid: string, slot: FileSlot): Promise<void> {
    await tx
      .delete(pendingUploads)
      .where(
        and(
          eq(pendingUploads.teamUuid, teamUuid),
          eq(pendingUploads.kind, slot.kind),
          eq(pendingUploads.playerPosition, slot.playerPosition),
        ),
      );
  }

  describe(upload: PendingUpload) {
    return { team_uuid: upload.teamUuid, kind: upload.kind };
  }

  async run(upload: PendingUpload, signal?: AbortSignal): Promise<JobResult> {
    // The bytes are in the row (PostgreSQL) or in a spool file (the embedded database).
    const waiting = upload.bytes
      ? { content: { bytes: upload.bytes }, head: upload.bytes }
      : await this.spooled(upload.spoolFile);
    if (!waiting) {
      const reason = `its spool file ${upload.spoolFile} is gone: the bytes are lost`;
      return { status: 'failed', outcome: 'lost', reason, final: true };
    }
    // The bytes were accepted as one of the known types, so they still are one.
    const contentType = sniffContentType(waiting.head);
    if (!contentType) throw new Error('waiting bytes of no known file type');
    let stored: StoredFile;
    try {
      stored = await this.storage.upload(
        {
          content: waiting.content,
          contentType,
          folder: `teams/${upload.teamUuid}`,
          // Named by version, so it can never overwrite the file an edit put in its place.
          name: `${slotFileName(upload)}-${upload.version.slice(0, 8)}`,
          visibility: this.visibilityOf(upload.kind),
        },
        signal,
      );
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      return { status: 'failed', outcome: error.reason, reason: error.message };
    }
    const completed = await this.complete(upload, stored);
    // The row naming the spool file is gone either way (uploaded, or dropped by an edit).
    if (this.spool && upload.spoolFile) await rm(join(this.spool, upload.spoolFile), { force: true });
    if (completed) return { status: 'done', outcome: 'uploaded' };
    // Replaced while it waited: the upload is nobody's file.
    await this.deletions.deleteSoon([stored.publicId]);
    return { status: 'done', outcome: 'superseded' };
  }

  /**
   * Deletes the spool files no pending upload names that are older than `before`: their transaction did
   * not commit, an edit dropped their row, or a crash came between upload and unlink. Returns how many.
   */
  async sweepSpool(before: Date): Promise<number> {
    if (!this.spool) return 0;
    const spool = this.spool;
    const names = await readdir(spool).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    });
    const old: string[] = [];
    for (const name of names) {
      const file = await stat(join(spool, name)).catch(() => undefined);
      if (file?.isFile() && file.mtime <= before) old.push(name);
    }
    if (old.length === 0) return 0;
    const named = await this.database.db
      .select({ spoolFile: pendingUploads.spoolFile })
      .from(pendingUploads)
      .where(inArray(pendingUploads.spoolFile, old));
    const kept = new Set(named.map((row) => row.spoolFile));
    const unnamed = old.filter((name) => !kept.has(name));
    await Promise.all(unnamed.map((name) => rm(join(spool, name), { force: true })));
    return unnamed.length;
  }

  /** A spool file as content to upload, with its first bytes; undefined when it is gone. */
  private async spooled(
    spoolFile: string | null,
  ): Promise<{ content: FileContent; head: Buffer } | undefined> {
    if (!this.spool || !spoolFile || !SPOOL_FILE.test(spoolFile)) return undefined;
    const path = join(this.spool, spoolFile);
    let file: FileHandle;
    try {
      file = await open(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      return { content: { path }, head: buffer.subarray(0, bytesRead) };
    } finally {
      await file.close();
    }
  }

  /**
   * Records the uploaded file on the team and drops the stored bytes, together. True too when another
   * claim of this job has recorded this same file already; false when this version is no longer waiting
   * (the captain replaced the file meanwhile) or the team has no such file.
   */
  private async complete(upload: PendingUpload, stored: StoredFile): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const dropped = await tx
        .delete(pendingUploads)
        .where(and(this.queue.is(upload), eq(pendingUploads.version, upload.version)))
        .returning({ kind: pendingUploads.kind });
      const slot = and(
        eq(teamFiles.teamUuid, upload.teamUuid),
        eq(teamFiles.kind, upload.kind),
        eq(teamFiles.playerPosition, upload.playerPosition),
      );
      if (dropped.length === 0) {
        // Claimed twice (a try that outlived its lease): the other claim uploaded this very version under
        // the same name and recorded it. Only a file the team does not name is nobody's.
        const [twin] = await tx
          .select({ kind: teamFiles.kind })
          .from(teamFiles)
          .where(and(slot, eq(teamFiles.publicId, stored.publicId)));
        return twin !== undefined;
      }
      const recorded = await tx
        .update(teamFiles)
        .set({ state: 'uploaded', url: stored.url, publicId: stored.publicId, uploadedAt: new Date() })
        .where(slot)
        .returning({ kind: teamFiles.kind });
      return recorded.length > 0;
    });
  }
}

/** A spool file's name: a UUID (`.tmp` while it is being written). */
const SPOOL_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Writes `content` to `dir/name` so that the file and its name survive a crash once this resolves. */
async function writeSynced(content: FileContent, dir: string, name: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `${name}.tmp`);
  await writeContent(content, temporary);
  const file = await open(temporary, 'r+');
  try {
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, join(dir, name));
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
