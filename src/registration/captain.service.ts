import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Tx } from '../database/database.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { teamNotFound, tokenHashFor } from './captain-link.guard.js';
import { CaptainRepository, EDITABLE, type TeamChanges } from './captain.repository.js';
import { withdrawalEmail } from './lifecycle-emails.js';
import { nameKey, type RegistrationEdit } from './registration-form.js';
import { CONFLICT_ERRORS, formFiles } from './registration.service.js';
import { TeamFileUploads } from './team-file-uploads.js';
import { TeamRecords, teamView } from './team-records.js';

export type CaptainView = { success: true; data: ReturnType<typeof teamView> };

/**
 * What a captain can do with the private link: see the registration, correct it while it is pending
 * or waitlisted, and withdraw. A wrong token and an unknown team get the same 404, so team IDs can't
 * be probed.
 */
@Injectable()
export class CaptainService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CaptainRepository) private readonly repository: CaptainRepository,
    @Inject(TeamRecords) private readonly records: TeamRecords,
    @Inject(TeamFileUploads) private readonly uploads: TeamFileUploads,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
  ) {}

  async view(teamId: string, token: unknown): Promise<CaptainView> {
    const hash = tokenHashFor(teamId, token);
    const found = await this.records.find(teamId, hash);
    if (!found) throw teamNotFound();
    return { success: true, data: teamView(found, 'captain') };
  }

  /**
   * Files are uploaded first under new names (outside any lock); the edit commits whole, and only then
   * are the files it replaced deleted from storage. If it does not commit, the new uploads are deleted.
   */
  async edit(
    teamId: string,
    token: unknown,
    edit: RegistrationEdit,
    recordOutcome?: (tx: Tx, result: CaptainView) => Promise<void>,
  ): Promise<CaptainView> {
    const hash = tokenHashFor(teamId, token);
    // Checked again under the row lock; this look saves uploading files for a team that can't change.
    const before = await this.records.head(teamId, hash);
    if (!before) throw teamNotFound();
    if (!EDITABLE.includes(before.status)) throw notEditable(before.status);

    const uploads = await this.uploads.uploadAll(before.id, formFiles(edit), true);
    const discardUploads = () => this.uploads.discard(uploads.stored.map((s) => s.result));
    let outcome: Awaited<ReturnType<CaptainRepository['edit']>>;
    try {
      outcome = await this.repository.edit({
        teamId,
        accessTokenHash: hash,
        changes: teamChanges(edit),
        players: edit.players,
        files: this.uploads.fileRows(uploads),
        fields: Object.keys(edit).filter((k) => edit[k as keyof RegistrationEdit] !== undefined),
        maxTeamsPerChurch: this.config.registration.maxTeamsPerChurch,
        alsoInTransaction: async (tx, team) => {
          await this.uploads.keepPending(tx, team.id, uploads);
          if (recordOutcome) {
            const after = await this.records.find(teamId, hash, tx);
            await recordOutcome(tx, { success: true, data: teamView(after!, 'captain') });
          }
        },
      });
    } catch (error) {
      await discardUploads();
      throw error;
    }
    if (!('team' in outcome)) {
      await discardUploads();
      if ('notFound' in outcome) throw teamNotFound();
      if ('blockedBy' in outcome) throw notEditable(outcome.blockedBy);
      throw CONFLICT_ERRORS[outcome.conflict]();
    }
    await this.uploads.discard(outcome.replacedPublicIds.map((publicId) => ({ publicId })));
    return this.view(teamId, token);
  }

  async withdraw(
    teamId: string,
    token: unknown,
    recordOutcome?: (tx: Tx, result: CaptainView) => Promise<void>,
  ): Promise<CaptainView> {
    const hash = tokenHashFor(teamId, token);
    const outcome = await this.repository.withdraw(teamId, hash, async (tx, team) => {
      await this.outbox.enqueue(tx, withdrawalEmail(team));
      if (recordOutcome) {
        const after = await this.records.find(teamId, hash, tx);
        await recordOutcome(tx, { success: true, data: teamView(after!, 'captain') });
      }
    });
    if ('notFound' in outcome) throw teamNotFound();
    if ('blockedBy' in outcome) {
      throw new AppError(
        409,
        'INVALID_STATUS_TRANSITION',
        `A ${outcome.blockedBy} team cannot be withdrawn`,
        {
          current_status: outcome.blockedBy,
          requested_status: 'withdrawn',
        },
      );
    }
    return this.view(teamId, token);
  }
}

function notEditable(status: string): AppError {
  return new AppError(
    409,
    'INVALID_STATUS_TRANSITION',
    `A ${status} team can no longer be changed; only pending or waitlisted teams can`,
    { current_status: status },
  );
}

/** The team columns an edit sets: names with their comparison keys, a blank vice-captain field as null. */
function teamChanges(edit: RegistrationEdit): TeamChanges {
  const changes: TeamChanges = {
    teamName: edit.team_name,
    teamNameKey: edit.team_name === undefined ? undefined : nameKey(edit.team_name),
    churchName: edit.church_name,
    churchKey: edit.church_name === undefined ? undefined : nameKey(edit.church_name),
    captainName: edit.captain_name,
    captainPhone: edit.captain_phone,
    captainEmail: edit.captain_email,
    captainWhatsapp: edit.captain_whatsapp,
    viceCaptainName: edit.vice_captain_name,
    viceCaptainPhone: edit.vice_captain_phone,
    viceCaptainEmail: edit.vice_captain_email,
    viceCaptainWhatsapp: edit.vice_captain_whatsapp,
    coachName: edit.coach_name,
  };
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
}
