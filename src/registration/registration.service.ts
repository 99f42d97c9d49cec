import { randomUUID, createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Tx } from '../database/database.js';
import { AppError } from '../common/app-error.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { registrationConfirmation } from '../mail/registration-confirmation.js';
import { FileStorage, StorageError, type StoredFile } from '../storage/file-storage.js';
import { PendingUploads } from '../storage/pending-uploads.js';
import { nameKey, type RegistrationForm, type UploadedFile } from './registration-form.js';
import {
  RegistrationRepository,
  type NewTeamFile,
  type RegistrationConflict,
} from './registration.repository.js';

export interface RegistrationResult {
  success: true;
  team_id: string;
  message: string;
  team_name: string;
  church_name: string;
  player_count: number;
  status: 'pending';
}

const CONFLICT_ERRORS: Record<RegistrationConflict, () => AppError> = {
  DUPLICATE_TEAM: () => new AppError(409, 'DUPLICATE_TEAM', 'A team with this name is already registered'),
  CHURCH_LIMIT_REACHED: () =>
    new AppError(
      409,
      'CHURCH_LIMIT_REACHED',
      'This church has already registered the maximum number of teams',
    ),
};

type FileKind = 'logo' | 'payment_receipt';

@Injectable()
export class RegistrationService {
  private readonly logger = new Logger(RegistrationService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RegistrationRepository) private readonly repository: RegistrationRepository,
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(PendingUploads) private readonly pendingUploads: PendingUploads,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
  ) {}

  /**
   * Registers a team whole or not at all: files are uploaded first (outside any lock), then team,
   * players, file references and the confirmation email are saved in one transaction. If that
   * transaction does not commit, the uploaded files are deleted again, so nothing is left referencing
   * or referenced. A file the storage could not take now (down, or its breaker open) does not stop
   * the registration: its bytes are saved in the same transaction and uploaded later by a worker.
   */
  async register(
    form: RegistrationForm,
    /** Stores the idempotent outcome in the registering transaction (see outcomeRecorderFor). */
    recordOutcome?: (tx: Tx, result: RegistrationResult) => Promise<void>,
  ): Promise<RegistrationResult> {
    const { maxTeamsPerChurch, teamIdPrefix } = this.config.registration;
    const teamNameKey = nameKey(form.team_name);
    const churchKey = nameKey(form.church_name);

    const early = await this.repository.findConflict(teamNameKey, churchKey, maxTeamsPerChurch);
    if (early) throw CONFLICT_ERRORS[early]();

    const id = randomUUID();
    const { stored, pending } = await this.uploadAll(id, form);
    let saved: Awaited<ReturnType<RegistrationRepository['save']>>;
    try {
      saved = await this.repository.save({
        team: {
          id,
          teamName: form.team_name,
          teamNameKey,
          churchName: form.church_name,
          churchKey,
          captainName: form.captain_name,
          captainPhone: form.captain_phone,
          captainEmail: form.captain_email,
          captainWhatsapp: form.captain_whatsapp,
          viceCaptainName: form.vice_captain_name ?? null,
          viceCaptainPhone: form.vice_captain_phone ?? null,
          viceCaptainEmail: form.vice_captain_email ?? null,
          viceCaptainWhatsapp: form.vice_captain_whatsapp ?? null,
          coachName: form.coach_name,
        },
        players: form.players,
        files: [
          ...stored.map(({ kind, file, result }) => fileRow(kind, file, result)),
          ...pending.map(({ kind, file }) => fileRow(kind, file)),
        ],
        maxTeamsPerChurch,
        teamIdPrefix,
        beforeNumbering: async (tx) => {
          for (const { kind, file } of pending) await this.pendingUploads.keep(tx, id, kind, file.bytes);
        },
        afterNumbering: async (tx, team) => {
          await this.outbox.enqueue(
            tx,
            registrationConfirmation({
              id,
              teamId: team.teamId,
              teamName: form.team_name,
              churchName: form.church_name,
              captainName: form.captain_name,
              captainEmail: form.captain_email,
              viceCaptainName: form.vice_captain_name,
              viceCaptainEmail: form.vice_captain_email,
              coachName: form.coach_name,
              players: form.players,
            }),
          );
          await recordOutcome?.(tx, registrationResult(form, team.teamId));
        },
      });
    } catch (error) {
      await this.discard(stored.map((s) => s.result));
      throw error;
    }
    if ('conflict' in saved) {
      await this.discard(stored.map((s) => s.result));
      throw CONFLICT_ERRORS[saved.conflict]();
    }
    return registrationResult(form, saved.teamId);
  }

  private async uploadAll(teamUuid: string, form: RegistrationForm) {
    const files = (
      [
        ['logo', form.logo],
        ['payment_receipt', form.payment_receipt],
      ] as const
    ).filter((entry): entry is [FileKind, UploadedFile] => entry[1] !== undefined);
    const results = await Promise.allSettled(
      files.map(([kind, file]) =>
        this.storage.upload({
          bytes: file.bytes,
          contentType: file.contentType,
          folder: `teams/${teamUuid}`,
          name: kind,
        }),
      ),
    );
    const stored = files.flatMap(([kind, file], i) => {
      const r = results[i]!;
      return r.status === 'fulfilled' ? [{ kind, file, result: r.value }] : [];
    });
    const refusedAt = results.findIndex((r) => r.status === 'rejected' && isRefusal(r.reason));
    if (refusedAt >= 0) {
      await this.discard(stored.map((s) => s.result));
      const kind = files[refusedAt]![0];
      throw AppError.validation({ [kind]: 'was refused by the file storage' }, 'File rejected by storage');
    }
    const pending = files
      .filter((_, i) => results[i]!.status === 'rejected')
      .map(([kind, file]) => ({ kind, file }));
    if (pending.length > 0) {
      this.logger.warn(
        { event: 'upload_deferred', team_uuid: teamUuid, files: pending.map((p) => p.kind) },
        'file storage unavailable: keeping the files for a later upload',
      );
    }
    return { stored, pending };
  }

  private async discard(files: StoredFile[]): Promise<void> {
    await Promise.all(
      files.map((f) =>
        this.storage.delete(f.publicId).catch((error: unknown) => {
          this.logger.warn({ err: error, public_id: f.publicId }, 'could not delete an orphaned upload');
        }),
      ),
    );
  }
}

function registrationResult(form: RegistrationForm, teamId: string): RegistrationResult {
  return {
    success: true,
    team_id: teamId,
    message: 'Team registered successfully',
    team_name: form.team_name,
    church_name: form.church_name,
    player_count: form.players.length,
    status: 'pending',
  };
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

/** The storage refused this file (our input): the registration is rejected. Anything else is an outage. */
function isRefusal(reason: unknown): boolean {
  return reason instanceof StorageError && reason.reason === 'refused';
}
