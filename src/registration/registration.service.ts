import { randomUUID, createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppError } from '../common/app-error.js';
import { FileStorage, StorageError, type StoredFile } from '../storage/file-storage.js';
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
  ) {}

  /**
   * Registers a team whole or not at all: files are uploaded first (outside any lock), then team,
   * players and file references are saved in one transaction. If that transaction does not commit,
   * the uploaded files are deleted again, so nothing is left referencing or referenced.
   */
  async register(form: RegistrationForm): Promise<RegistrationResult> {
    const { maxTeamsPerChurch, teamIdPrefix } = this.config.registration;
    const teamNameKey = nameKey(form.team_name);
    const churchKey = nameKey(form.church_name);

    const early = await this.repository.findConflict(teamNameKey, churchKey, maxTeamsPerChurch);
    if (early) throw CONFLICT_ERRORS[early]();

    const id = randomUUID();
    const stored = await this.uploadAll(id, form);
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
        files: stored.map(({ kind, file, result }) => fileRow(kind, file, result)),
        maxTeamsPerChurch,
        formatTeamId: (n) => `${teamIdPrefix}-${String(n).padStart(3, '0')}`,
      });
    } catch (error) {
      await this.discard(stored.map((s) => s.result));
      throw error;
    }
    if ('conflict' in saved) {
      await this.discard(stored.map((s) => s.result));
      throw CONFLICT_ERRORS[saved.conflict]();
    }
    return {
      success: true,
      team_id: saved.teamId,
      message: 'Team registered successfully',
      team_name: form.team_name,
      church_name: form.church_name,
      player_count: form.players.length,
      status: 'pending',
    };
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
    const failedAt = results.findIndex((r) => r.status === 'rejected');
    if (failedAt >= 0) {
      await this.discard(stored.map((s) => s.result));
      throw uploadError(files[failedAt]![0], (results[failedAt] as PromiseRejectedResult).reason);
    }
    return stored;
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

function fileRow(kind: FileKind, file: UploadedFile, result: StoredFile): NewTeamFile {
  return {
    kind,
    state: 'uploaded',
    url: result.url,
    publicId: result.publicId,
    contentType: file.contentType,
    sizeBytes: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    uploadedAt: new Date(),
  };
}

function uploadError(kind: FileKind, reason: unknown): AppError {
  if (reason instanceof StorageError && reason.reason === 'refused') {
    return AppError.validation({ [kind]: 'was refused by the file storage' }, 'File rejected by storage');
  }
  return new AppError(
    503,
    'SERVICE_UNAVAILABLE',
    'File storage is temporarily unavailable; please retry',
    undefined,
    {
      'Retry-After': '30',
    },
  );
}
