import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Tx } from '../database/database.js';
import { AppError } from '../common/app-error.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { registrationConfirmation } from '../mail/registration-confirmation.js';
import { nameKey, type RegistrationForm } from './registration-form.js';
import { newAccessToken, portalLink } from './access-token.js';
import { TeamFileUploads, type TeamFile } from './team-file-uploads.js';
import {
  RegistrationRepository,
  type Placement,
  type RegistrationConflict,
} from './registration.repository.js';

export interface RegistrationResult {
  success: true;
  team_id: string;
  message: string;
  team_name: string;
  church_name: string;
  player_count: number;
  status: 'pending' | 'waitlisted';
  /** 1 for the next team in line; null when the team holds a place. */
  waitlist_position: number | null;
}

export const CONFLICT_ERRORS: Record<RegistrationConflict, (maxTeams?: number) => AppError> = {
  DUPLICATE_TEAM: () => new AppError(409, 'DUPLICATE_TEAM', 'A team with this name is already registered'),
  CHURCH_LIMIT_REACHED: () =>
    new AppError(
      409,
      'CHURCH_LIMIT_REACHED',
      'This church has already registered the maximum number of teams',
    ),
  REGISTRATION_FULL: (maxTeams) =>
    new AppError(409, 'REGISTRATION_FULL', 'All places are taken', { max_teams: maxTeams ?? null }),
};

/** The files a form carries, by kind. */
export function formFiles(form: Partial<Pick<RegistrationForm, 'logo' | 'payment_receipt'>>): TeamFile[] {
  return (
    [
      ['logo', form.logo],
      ['payment_receipt', form.payment_receipt],
    ] as const
  ).flatMap(([kind, file]) => (file ? [{ kind, file }] : []));
}

@Injectable()
export class RegistrationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RegistrationRepository) private readonly repository: RegistrationRepository,
    @Inject(TeamFileUploads) private readonly uploads: TeamFileUploads,
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
    if (early) throw CONFLICT_ERRORS[early](this.config.registration.maxTeams);

    const id = randomUUID();
    const access = newAccessToken();
    const files = formFiles(form);
    const uploads = await this.uploads.uploadAll(id, files);
    const discardUploads = () => this.uploads.discard(uploads.stored.map((s) => s.result));
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
          accessTokenHash: access.hash,
        },
        players: form.players,
        files: this.uploads.fileRows(uploads),
        maxTeamsPerChurch,
        teamIdPrefix,
        beforeNumbering: (tx) => this.uploads.keepPending(tx, id, uploads),
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
              status: team.status,
              waitlistPosition: team.status === 'waitlisted' ? team.waitlistPosition : undefined,
              link: portalLink(this.config, team.teamId, access.token),
            }),
          );
          await recordOutcome?.(tx, registrationResult(form, team));
        },
      });
    } catch (error) {
      await discardUploads();
      throw error;
    }
    if ('conflict' in saved) {
      await discardUploads();
      throw CONFLICT_ERRORS[saved.conflict](this.config.registration.maxTeams);
    }
    return registrationResult(form, saved);
  }
}

function registrationResult(
  form: RegistrationForm,
  team: { teamId: string } & Placement,
): RegistrationResult {
  const waitlisted = team.status === 'waitlisted';
  return {
    success: true,
    team_id: team.teamId,
    message: waitlisted
      ? 'All places are taken: team registered on the waitlist'
      : 'Team registered successfully',
    team_name: form.team_name,
    church_name: form.church_name,
    player_count: form.players.length,
    status: team.status,
    waitlist_position: waitlisted ? team.waitlistPosition : null,
  };
}
