import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, isDatabaseUnavailable, type Tx } from '../database/database.js';
import { pendingUploads, teamFiles } from '../database/schema.js';
import type { SniffedType } from '../storage/file-content.js';
import {
  FileStorage,
  parseStorageId,
  StorageError,
  type StoredFile,
  type Visibility,
} from '../storage/file-storage.js';
import { type FileSlot, PendingUploads } from '../storage/pending-uploads.js';
import { StorageDeletions } from '../storage/storage-deletions.js';
import { DOCUMENT_RULES, documentField, PRIVATE_KINDS, storageName, TEAM_DOCUMENT } from './documents.js';
import { nameKey } from './name-key.js';
import type { FormFile } from './team-form.js';
import { TeamsRepository, type TeamFileRow } from './teams.repository.js';

type FileKind = TeamFileRow['kind'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who may see a kind of file (teams/documents.ts): only the logo is public. */
export function visibilityOf(kind: FileKind): Visibility {
  return DOCUMENT_RULES[kind].visibility;
}

/** A file as a response shows it (a team_files row). */
export type ShownFile = Pick<typeof teamFiles.$inferSelect, 'kind' | 'url' | 'publicId' | 'contentType'>;

/** Files sent with a registration or an edit, after the upload attempt. */
export interface UploadOutcome {
  /** Uploaded now. */
  stored: (FormFile & { result: StoredFile })[];
  /** The storage could not take them now: their bytes go into pending_uploads with the transaction. */
  pending: FormFile[];
}

/**
 * Uploads a team's files before its transaction, outside any lock, and cleans up after one that did
 * not commit. A file the storage refuses fails the request (400); one it cannot take now (down, or its
 * breaker open) is kept for the storage runner (a pending upload) instead of failing the registration.
 */
@Injectable()
export class TeamFiles implements OnApplicationBootstrap {
  private readonly logger = new Logger(TeamFiles.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Database) private readonly database: Database,
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
  ) {
    // The storage runner uploads waiting files by the same rule.
    pendingUploads.useVisibility(visibilityOf);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.makeLegacyFilesPrivate();
  }

  /**
   * What a response shows as a file's `url`: a public file's stored URL; for a private one, a signed
   * link made now, valid for DOCUMENT_LINK_TTL_SECONDS. Null while the file waits to be uploaded (or
   * for a private file still at a public address, until `makeLegacyFilesPrivate` has moved it).
   */
  urlOf(file: ShownFile): string | null {
    if (visibilityOf(file.kind) === 'public') return file.url;
    if (!file.publicId || parseStorageId(file.publicId).visibility !== 'private') return null;
    const expiresAt = new Date(this.clock.now().getTime() + this.config.documentLinkTtlSeconds * 1000);
    return this.storage.privateLink(file.publicId, file.contentType as SniffedType, expiresAt);
  }

  /**
   * Private files stored before files had a visibility sat at public addresses (`/uploads/...`, a
   * public Cloudinary asset). Each start moves them out of public reach (the private tree on disk; an
   * `authenticated` asset on Cloudinary) and forgets their public URL. One that cannot be moved now
   * (Cloudinary down) is logged and tried again at the next start; meanwhile it is shown without a link.
   */
  async makeLegacyFilesPrivate(): Promise<number> {
    const legacy = await this.database.db
      .select({
        teamUuid: teamFiles.teamUuid,
        kind: teamFiles.kind,
        playerPosition: teamFiles.playerPosition,
        publicId: teamFiles.publicId,
      })
      .from(teamFiles)
      .where(
        and(inArray(teamFiles.kind, PRIVATE_KINDS), isNotNull(teamFiles.url), isNotNull(teamFiles.publicId)),
      );
    let moved = 0;
    for (const file of legacy) {
      try {
        const publicId = await this.storage.makePrivate(file.publicId!);
        // Only if the row still names that file (or, moved by another worker starting too, its new id): an
        // edit served meanwhile may have replaced it, and then the moved file is nobody's.
        const recorded = await this.database.db
          .update(teamFiles)
          .set({ publicId, url: null })
          .where(
            and(
              eq(teamFiles.teamUuid, file.teamUuid),
              eq(teamFiles.kind, file.kind),
              eq(teamFiles.playerPosition, file.playerPosition),
              inArray(teamFiles.publicId, [file.publicId!, publicId]),
            ),
          )
          .returning({ kind: teamFiles.kind });
        if (recorded.length === 0) await this.deleteSoon([publicId]);
        else moved += 1;
      } catch (error) {
        this.logger.warn(
          { err: error, event: 'private_file_not_moved', team_uuid: file.teamUuid, kind: file.kind },
          'a private file is still at a public address: moved at the next start',
        );
      }
    }
    if (moved > 0) {
      this.logger.log(
        { event: 'private_files_moved', count: moved },
        'private files moved out of public reach',
      );
    }
    return moved;
  }

  /**
   * `replacing`: the files replace earlier ones, so they get a fresh name (`logo-1f2e3d4c`): the old
   * file must not be overwritten before the edit commits, and is deleted only after.
   */
  async uploadAll(teamUuid: string, files: FormFile[], replacing = false): Promise<UploadOutcome> {
    const results = await settleEach(files, PARALLEL_UPLOADS, (slot) =>
      this.storage.upload({
        content: slot.file.content,
        contentType: slot.file.contentType,
        folder: `teams/${teamUuid}`,
        name: replacing ? `${storageName(slot)}-${randomBytes(4).toString('hex')}` : storageName(slot),
        visibility: visibilityOf(slot.kind),
      }),
    );
    const stored = files.flatMap((f, i) => {
      const r = results[i]!;
      return r.status === 'fulfilled' ? [{ ...f, result: r.value }] : [];
    });
    const refusedAt = results.findIndex((r) => r.status === 'rejected' && isRefusal(r.reason));
    if (refusedAt >= 0) {
      await this.deleteSoon(stored.map((s) => s.result.publicId));
      const field = documentField(files[refusedAt]!);
      throw AppError.validation({ [field]: 'was refused by the file storage' }, 'File rejected by storage');
    }
    const pending = files.filter((_, i) => results[i]!.status === 'rejected');
    if (pending.length > 0) {
      this.logger.warn(
        { event: 'upload_deferred', team_uuid: teamUuid, files: pending.map(documentField) },
        'file storage unavailable: keeping the files for a later upload',
      );
    }
    return { stored, pending };
  }

  /** The team_files rows for the outcome: uploaded ones with their storage id (and a public one's URL), the others pending. */
  fileRows({ stored, pending }: UploadOutcome): TeamFileRow[] {
    return [...stored.map((slot) => fileRow(slot, slot.result)), ...pending.map((slot) => fileRow(slot))];
  }

  /**
   * In an edit's transaction: each new file takes the place of the team's file of its kind (a waiting
   * upload of the old one is dropped), and the replaced files are written down for deletion, so they are
   * deleted even if the storage is down right now. Returns their public ids, to delete once committed.
   */
  async replace(tx: Tx, teamUuid: string, outcome: UploadOutcome): Promise<string[]> {
    const replaced: string[] = [];
    for (const file of this.fileRows(outcome)) {
      await this.pendingUploads.drop(tx, teamUuid, {
        kind: file.kind,
        playerPosition: file.playerPosition ?? TEAM_DOCUMENT,
      });
      const old = await this.teams.replaceFile(tx, teamUuid, file);
      if (old) replaced.push(old);
    }
    await this.deletions.schedule(tx, replaced);
    await this.keepPending(tx, teamUuid, outcome);
    return replaced;
  }

  /**
   * In an edit's transaction that replaces the roster: a player's documents belong to the player, not to
   * a place in the list, so they follow their player (by name key) to a new position, and those of a
   * player no longer on the roster (removed, or renamed beyond the name key) go: their rows and waiting
   * uploads, and their stored files are written down for deletion as in `replace`. A position is never
   * left holding another person's ID proof. Returns the public ids removed, to delete once committed.
   */
  async followRoster(
    tx: Tx,
    teamUuid: string,
    before: readonly { name: string }[],
    after: readonly { name: string }[],
  ): Promise<string[]> {
    const taken = new Set<number>();
    const moves = new Map<number, number>();
    const gone: number[] = [];
    before.forEach((player, from) => {
      const key = nameKey(player.name);
      const to = after.findIndex((p, i) => !taken.has(i) && nameKey(p.name) === key);
      if (to < 0) return gone.push(from);
      taken.add(to);
      if (to !== from) moves.set(from, to);
    });

    let removed: { publicId: string | null }[] = [];
    if (gone.length > 0) {
      await tx
        .delete(pendingUploads)
        .where(and(eq(pendingUploads.teamUuid, teamUuid), inArray(pendingUploads.playerPosition, gone)));
      removed = await tx
        .delete(teamFiles)
        .where(and(eq(teamFiles.teamUuid, teamUuid), inArray(teamFiles.playerPosition, gone)))
        .returning({ publicId: teamFiles.publicId });
    }
    for (const table of [teamFiles, pendingUploads]) await movePlayerRows(tx, table, teamUuid, moves);
    const publicIds = removed.flatMap((file) => file.publicId ?? []);
    await this.deletions.schedule(tx, publicIds);
    return publicIds;
  }

  /**
   * In the transaction that rejects or withdraws the team: its private documents (all but the logo) are
   * written down for deletion, due in DOCUMENT_RETENTION_DAYS. Their rows stay, so the admin still sees
   * them, until the deletion runs and takes the row with the file (StorageDeletions). A waiting upload of
   * one is dropped now, with its row: its bytes would only be uploaded to be deleted. Returns the ids due
   * at once (a retention of 0 days), to delete once committed.
   */
  async expirePrivate(tx: Tx, teamUuid: string): Promise<string[]> {
    const privateFiles = and(eq(teamFiles.teamUuid, teamUuid), inArray(teamFiles.kind, PRIVATE_KINDS));
    await tx
      .delete(pendingUploads)
      .where(and(eq(pendingUploads.teamUuid, teamUuid), inArray(pendingUploads.kind, PRIVATE_KINDS)));
    await tx.delete(teamFiles).where(and(privateFiles, eq(teamFiles.state, 'pending')));
    const stored = await tx
      .select({ publicId: teamFiles.publicId })
      .from(teamFiles)
      .where(and(privateFiles, isNotNull(teamFiles.publicId)));
    const publicIds = stored.map((file) => file.publicId!);
    const delayMs = this.config.documents.retentionDays * DAY_MS;
    await this.deletions.schedule(tx, publicIds, delayMs);
    return delayMs === 0 ? publicIds : [];
  }

  /** Saves the bytes of the files that wait for the storage runner, in the caller's transaction: one at a time. */
  async keepPending(tx: Tx, teamUuid: string, { pending }: UploadOutcome): Promise<void> {
    for (const slot of pending)
      await this.pendingUploads.keep(tx, teamUuid, fileSlot(slot), slot.file.content);
  }

  /**
   * After the transaction that was to refer to an outcome's files failed: deletes them, durably (see
   * StorageDeletions). Not when the failure was the database connection's: the transaction may then have
   * committed (its commit on its way when the connection went) and refer to them. Such files are left to
   * the orphan sweep, which deletes only files no row names, once STORAGE_ORPHAN_GRACE_SECONDS old. Never
   * throws.
   */
  async discardAfter(failure: unknown, { stored }: UploadOutcome): Promise<void> {
    if (isDatabaseUnavailable(failure)) return;
    await this.deleteSoon(stored.map((s) => s.result.publicId));
  }

  /** Deletes stored files nothing refers to any more, durably: see StorageDeletions. Never throws. */
  async deleteSoon(publicIds: string[]): Promise<void> {
    await this.deletions.deleteSoon(publicIds);
  }
}

/**
 * How many of one form's files are uploaded at a time. Each upload holds a connection and its buffers:
 * with every file at once, 20 registrations of 33 files held about 60 MB more (bench/document-upload.js).
 */
const PARALLEL_UPLOADS = 6;

/** `Promise.allSettled(items.map(run))`, with at most `limit` runs at a time. */
async function settleEach<T, R>(
  items: T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      try {
        results[i] = { status: 'fulfilled', value: await run(items[i]!) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A file reference: uploaded (with its storage id, and its URL if public), or pending while its bytes wait in pending_uploads. */
function fileRow({ kind, player, file }: FormFile, result?: StoredFile): TeamFileRow {
  return {
    kind,
    playerPosition: player,
    state: result ? 'uploaded' : 'pending',
    url: result?.url ?? null,
    publicId: result?.publicId ?? null,
    contentType: file.contentType,
    sizeBytes: file.size,
    sha256: file.sha256,
    uploadedAt: result ? new Date() : null,
  };
}

function fileSlot({ kind, player }: FormFile): FileSlot {
  return { kind, playerPosition: player };
}

/**
 * Renumbers a team's player rows (`from` position to `to`) in two steps, through positions no row uses
 * (-100 and below): a primary key is checked row by row, so a swap done in one step would collide.
 */
async function movePlayerRows(
  tx: Tx,
  table: typeof teamFiles | typeof pendingUploads,
  teamUuid: string,
  moves: Map<number, number>,
): Promise<void> {
  if (moves.size === 0) return;
  const parked = (to: number) => -100 - to;
  const cases = sql.join(
    [...moves].map(([from, to]) => sql`when ${from}::smallint then ${parked(to)}::smallint`),
    sql` `,
  );
  await tx
    .update(table)
    .set({ playerPosition: sql`case ${table.playerPosition} ${cases} end` })
    .where(and(eq(table.teamUuid, teamUuid), inArray(table.playerPosition, [...moves.keys()])));
  await tx
    .update(table)
    .set({ playerPosition: sql`-100 - ${table.playerPosition}` })
    .where(and(eq(table.teamUuid, teamUuid), lte(table.playerPosition, -100)));
}

/** The storage refused this file (our input): the request is rejected. Anything else is an outage. */
function isRefusal(reason: unknown): boolean {
  return reason instanceof StorageError && reason.reason === 'refused';
}
