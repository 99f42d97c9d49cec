import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { inArray, sql } from 'drizzle-orm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, nowPlusMs } from '../database/database.js';
import { pendingUploads, storageSweeps, teamFiles } from '../database/schema.js';
import { TableQueue } from '../jobs/job-queue.js';
import type { JobHandler, JobResult } from '../jobs/job-runner.js';
import { JOB_FILE_STORAGE } from './breaker-file-storage.js';
import { FileStorage, parseStorageId, StorageError, storageId, type ListedFile } from './file-storage.js';
import { PendingUploads } from './pending-uploads.js';
import { MAX_STORAGE_RETRY_DELAY_MS, StorageDeletions } from './storage-deletions.js';

type Sweep = typeof storageSweeps.$inferSelect;

/** The one sweep so far: stored files nothing refers to. */
const ORPHANS = 'orphans';
/** Where team files are stored: one folder per team, named by its row id (teams/team-files.ts). */
const TEAM_FOLDERS = 'teams/';
const TEAM_FILE = /^teams\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/[^/]+$/;

/**
 * Finds stored files that nothing refers to and hands them to the durable deletions. A registration
 * uploads its files before its transaction, so a process killed in between (or a transaction whose
 * clean-up never ran) leaves files in `teams/<uuid>/` that no `team_files` row names; so do edits and
 * late pending uploads cut short the same way. Only files older than STORAGE_ORPHAN_GRACE_SECONDS are
 * taken, since a younger one may belong to a transaction about to commit; a file is kept when a
 * `team_files` row names its key (public or private: a file being moved out of public reach is named
 * by its old id until the move is recorded), or when a waiting upload will take its name. On the
 * embedded database the same run deletes spool files no pending upload names (pending-uploads.ts).
 *
 * A job on the storage runner, so that it runs only while the storage answers; its one row in
 * `storage_sweeps` is claimed like any job (SKIP LOCKED and a lease), so one instance sweeps at a time,
 * and a finished run is due again after STORAGE_SWEEP_INTERVAL_SECONDS. A failed listing is retried
 * with the storage queues' backoff; a sweep is never given up.
 */
@Injectable()
export class StorageSweep implements JobHandler<Sweep>, OnModuleInit {
  readonly queue: TableQueue<Sweep>;
  readonly event = 'storage_sweep';
  readonly retry;
  private readonly logger = new Logger(StorageSweep.name);
  private readonly graceMs: number;
  private readonly intervalMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(JOB_FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
    @Inject(PendingUploads) private readonly uploads: PendingUploads,
  ) {
    // Not one of JobQueues: a schedule, not a backlog, so it is not counted on /status or /metrics.
    this.queue = new TableQueue<Sweep>(database, storageSweeps, {
      name: 'storage_sweeps',
      help: 'Recurring storage sweeps',
    });
    this.retry = { baseMs: config.outboxPollIntervalMs, maxDelayMs: MAX_STORAGE_RETRY_DELAY_MS };
    this.graceMs = config.storage.orphanGraceMs;
    this.intervalMs = config.storage.sweepIntervalMs;
  }

  /** Its row, due at once on a new database, and within one interval from now: a shorter interval takes effect at the start. */
  async onModuleInit(): Promise<void> {
    const t = storageSweeps;
    await this.database.db
      .insert(t)
      .values({ name: ORPHANS })
      .onConflictDoUpdate({
        target: t.name,
        set: { nextAttemptAt: sql`least(${t.nextAttemptAt}, ${nowPlusMs(this.intervalMs)})` },
      });
  }

  describe(sweep: Sweep) {
    return { sweep: sweep.name };
  }

  async run(sweep: Sweep, signal?: AbortSignal): Promise<JobResult> {
    const before = new Date(Date.now() - this.graceMs);
    let files: number;
    try {
      files = await this.scheduleOrphans(before, signal);
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      return { status: 'failed', outcome: error.reason, reason: error.message };
    }
    const spoolFiles = await this.uploads.sweepSpool(before);
    await this.database.db
      .update(storageSweeps)
      .set({ attempts: 0, nextAttemptAt: nowPlusMs(this.intervalMs), lockedUntil: null, lastError: null })
      .where(this.queue.is(sweep));
    if (files + spoolFiles > 0) {
      this.logger.warn(
        { event: 'storage_orphans', files, spool_files: spoolFiles },
        `found ${files} stored file(s) and ${spoolFiles} spool file(s) nothing refers to: deleting them`,
      );
    }
    return { status: 'done', outcome: files + spoolFiles > 0 ? 'orphans_found' : 'clean' };
  }

  /** Lists the team folders a page at a time and schedules the deletion of each orphan. Returns how many. */
  private async scheduleOrphans(before: Date, signal?: AbortSignal): Promise<number> {
    let scheduled = 0;
    let cursor: string | undefined;
    do {
      const page = await this.storage.list(TEAM_FOLDERS, cursor, signal);
      const orphans = await this.unreferenced(page.files.filter((file) => file.storedAt <= before));
      await this.deletions.schedule(this.database.db, orphans);
      scheduled += orphans.length;
      cursor = page.next;
    } while (cursor);
    return scheduled;
  }

  /** The storage ids among `files` that no team file names and no waiting upload will take. */
  private async unreferenced(files: ListedFile[]): Promise<string[]> {
    const candidates = files.flatMap((file) => {
      const { key } = parseStorageId(file.publicId);
      const team = TEAM_FILE.exec(key)?.[1];
      // A file outside the team folders' layout is not ours to judge.
      return team ? [{ publicId: file.publicId, key, team }] : [];
    });
    if (candidates.length === 0) return [];
    const keys = [...new Set(candidates.map((c) => c.key))];
    const named = await this.database.db
      .select({ publicId: teamFiles.publicId })
      .from(teamFiles)
      .where(
        inArray(
          teamFiles.publicId,
          keys.flatMap((key) => [storageId('public', key), storageId('private', key)]),
        ),
      );
    const namedKeys = new Set(named.map((row) => parseStorageId(row.publicId!).key));
    const waiting = await this.database.db
      .select({
        teamUuid: pendingUploads.teamUuid,
        kind: pendingUploads.kind,
        version: pendingUploads.version,
      })
      .from(pendingUploads)
      .where(inArray(pendingUploads.teamUuid, [...new Set(candidates.map((c) => c.team))]));
    // A waiting upload is stored as `<kind>-<first 8 of its version>` (pending-uploads.ts).
    const waitingNames = waiting.map((w) => `teams/${w.teamUuid}/${w.kind}-${w.version.slice(0, 8)}`);
    return candidates
      .filter((c) => !namedKeys.has(c.key) && !waitingNames.some((name) => c.key.startsWith(name)))
      .map((c) => c.publicId);
  }
}
