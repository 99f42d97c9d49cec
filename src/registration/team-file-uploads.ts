import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import type { Tx } from '../database/database.js';
import { FileStorage, StorageError, type StoredFile } from '../storage/file-storage.js';
import { PendingUploads } from '../storage/pending-uploads.js';
import { StorageDeletions } from '../storage/storage-deletions.js';
import type { UploadedFile } from './registration-form.js';
import type { NewTeamFile } from './registration.repository.js';

export type FileKind = NewTeamFile['kind'];

export interface TeamFile {
  kind: FileKind;
  file: UploadedFile;
}

/** Files sent with a registration or an edit, after the upload attempt. */
export interface UploadOutcome {
  /** Uploaded now. */
  stored: (TeamFile & { result: StoredFile })[];
  /** The storage could not take them now: their bytes go into pending_uploads with the transaction. */
  pending: TeamFile[];
}

/**
 * Uploads a team's files before its transaction, outside any lock, and cleans up after one that did
 * not commit. A file the storage refuses fails the request (400); one it cannot take now (down, or its
 * breaker open) is kept for the pending-upload worker instead of failing the registration.
 */
@Injectable()
export class TeamFileUploads {
  private readonly logger = new Logger(TeamFileUploads.name);

  constructor(
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(StorageDeletions) private readonly deletions: StorageDeletions,
  ) {}

  /**
   * `replacing`: the files replace earlier ones, so they get a fresh name (`logo-1f2e3d4c`): the old
   * file must not be overwritten before the edit commits, and is deleted only after.
   */
  async uploadAll(teamUuid: string, files: TeamFile[], replacing = false): Promise<UploadOutcome> {
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
      await this.discard(stored.map((s) => s.result));
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
  fileRows({ stored, pending }: UploadOutcome): NewTeamFile[] {
    return [
      ...stored.map(({ kind, file, result }) => fileRow(kind, file, result)),
      ...pending.map(({ kind, file }) => fileRow(kind, file)),
    ];
  }

  /** Saves the bytes of the files that wait for the worker, in the caller's transaction. */
  async keepPending(tx: Tx, teamUuid: string, { pending }: UploadOutcome): Promise<void> {
    for (const { kind, file } of pending) await this.pendingUploads.keep(tx, teamUuid, kind, file.bytes);
  }

  /** Deletes stored files nothing refers to (any more), durably: see StorageDeletions. Never throws. */
  async discard(files: Pick<StoredFile, 'publicId'>[]): Promise<void> {
    await this.deletions.deleteSoon(files.map((f) => f.publicId));
  }
}

/** A file reference: uploaded (with its URL), or pending while its bytes wait in pending_uploads. */
function fileRow(kind: FileKind, file: UploadedFile, result?: StoredFile): NewTeamFile {
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
