import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import type { Tx } from '../database/database.js';
import { FileStorage, StorageError, type StoredFile } from '../storage/file-storage.js';
import { PendingUploads } from '../storage/pending-uploads.js';
import { StorageDeletions } from '../storage/storage-deletions.js';
import type { FormFile, UploadedFile } from './team-form.js';
import { TeamsRepository, type TeamFileRow } from './teams.repository.js';

type FileKind = FormFile['kind'];

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
 * breaker open) is kept for the pending-upload worker instead of failing the registration.
 */
@Injectable()
export class TeamFiles {
  private readonly logger = new Logger(TeamFiles.name);

  constructor(
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
  ) {}

  /**
   * `replacing`: the files replace earlier ones, so they get a fresh name (`logo-1f2e3d4c`): the old
   * file must not be overwritten before the edit commits, and is deleted only after.
   */
  async uploadAll(teamUuid: string, files: FormFile[], replacing = false): Promise<UploadOutcome> {
    const results = await Promise.allSettled(
      files.map(({ kind, file }) =>
        this.storage.upload({
          bytes: file.bytes,
          contentType: file.contentType,
          folder: `teams/${teamUuid}`,
          name: replacing ? `${kind}-${randomBytes(4).toString('hex')}` : kind,
        }),
      ),
    );
    const stored = files.flatMap((f, i) => {
      const r = results[i]!;
      return r.status === 'fulfilled' ? [{ ...f, result: r.value }] : [];
    });
    const refusedAt = results.findIndex((r) => r.status === 'rejected' && isRefusal(r.reason));
    if (refusedAt >= 0) {
      await this.deleteSoon(stored.map((s) => s.result.publicId));
      const kind = files[refusedAt]!.kind;
      throw AppError.validation({ [kind]: 'was refused by the file storage' }, 'File rejected by storage');
    }
    const pending = files.filter((_, i) => results[i]!.status === 'rejected');
    if (pending.length > 0) {
      this.logger.warn(
        { event: 'upload_deferred', team_uuid: teamUuid, files: pending.map((p) => p.kind) },
        'file storage unavailable: keeping the files for a later upload',
      );
    }
    return { stored, pending };
  }

  /** The team_files rows for the outcome: uploaded ones with their URL, the others pending. */
  fileRows({ stored, pending }: UploadOutcome): TeamFileRow[] {
    return [
      ...stored.map(({ kind, file, result }) => fileRow(kind, file, result)),
      ...pending.map(({ kind, file }) => fileRow(kind, file)),
    ];
  }

  /**
   * In an edit's transaction: each new file takes the place of the team's file of its kind (a waiting
   * upload of the old one is dropped), and the replaced files are written down for deletion, so they are
   * deleted even if the storage is down right now. Returns their public ids, to delete once committed.
   */
  async replace(tx: Tx, teamUuid: string, outcome: UploadOutcome): Promise<string[]> {
    const replaced: string[] = [];
    for (const file of this.fileRows(outcome)) {
      await this.pendingUploads.drop(tx, teamUuid, file.kind);
      const old = await this.teams.replaceFile(tx, teamUuid, file);
      if (old) replaced.push(old);
    }
    await this.deletions.schedule(tx, replaced);
    await this.keepPending(tx, teamUuid, outcome);
    return replaced;
  }

  /** Saves the bytes of the files that wait for the worker, in the caller's transaction. */
  async keepPending(tx: Tx, teamUuid: string, { pending }: UploadOutcome): Promise<void> {
    for (const { kind, file } of pending) await this.pendingUploads.keep(tx, teamUuid, kind, file.bytes);
  }

  /** Deletes the files of an outcome whose transaction did not commit, durably: see StorageDeletions. Never throws. */
  async discard({ stored }: UploadOutcome): Promise<void> {
    await this.deleteSoon(stored.map((s) => s.result.publicId));
  }

  /** Deletes stored files nothing refers to any more, durably: see StorageDeletions. Never throws. */
  async deleteSoon(publicIds: string[]): Promise<void> {
    await this.deletions.deleteSoon(publicIds);
  }
}

/** A file reference: uploaded (with its URL), or pending while its bytes wait in pending_uploads. */
function fileRow(kind: FileKind, file: UploadedFile, result?: StoredFile): TeamFileRow {
  return {
    kind,
    state: result ? 'uploaded' : 'pending',
    url: result?.url ?? null,
    publicId: result?.publicId ?? null,
    contentType: file.contentType,
    sizeBytes: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    uploadedAt: result ? new Date() : null,
  };
}

/** The storage refused this file (our input): the request is rejected. Anything else is an outage. */
function isRefusal(reason: unknown): boolean {
  return reason instanceof StorageError && reason.reason === 'refused';
}
