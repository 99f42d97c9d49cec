import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../database/database.js';
import { pipelined, Transactions } from '../database/transactions.js';
import { newAccessToken, portalLink } from './access-token.js';
import { registrationConfirmation } from './team-emails.js';
import { TeamFiles } from './team-files.js';
import { formFiles, teamColumns, type RegistrationForm } from './team-form.js';
import { TeamPlaces, type Placement } from './team-places.js';
import { TeamsRepository } from './teams.repository.js';

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

@Injectable()
export class RegistrationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
    @Inject(TeamFiles) private readonly files: TeamFiles,
  ) {}

  /**
   * Registers a team whole or not at all. Files are uploaded first (outside any lock); then team,
   * players, file references, its number and the confirmation email are saved in one transaction. If it
   * does not commit, the uploaded files are deleted again, so nothing is left referencing or referenced.
   * A file the storage could not take now (down, or its breaker open) does not stop the registration:
   * its bytes are saved in the same transaction and uploaded later.
   */
  async register(form: RegistrationForm): Promise<RegistrationResult> {
    const columns = teamColumns(form);
    const conflictCheck = {
      teamNameKey: columns.teamNameKey,
      churchKey: columns.churchKey,
      takesChurchSlot: true,
    };
    // A cheap look before uploading anything; the transaction checks again under the locks.
    await this.places.assertNoConflict(this.database.db, conflictCheck);
    await this.places.assertRegistrationCanBePlaced(this.database.db);

    const id = randomUUID();
    const access = newAccessToken();
    const uploads = await this.files.uploadAll(id, formFiles(form));
    try {
      return await this.transactions.run(async (tx) => {
        await pipelined(
          this.places.lockChurch(tx, columns.churchKey),
          this.places.assertNoConflict(tx, conflictCheck),
        );
        await pipelined(
          this.teams.insert(
            tx,
            { id, ...columns, accessTokenHash: access.hash },
            form.players,
            this.files.fileRows(uploads),
          ),
          this.files.keepPending(tx, id, uploads),
        );
        const placed = await this.places.takeNumber(tx, id, (teamId, placement) =>
          registrationConfirmation({
            id,
            ...columns,
            viceCaptainName: columns.viceCaptainName ?? null,
            viceCaptainEmail: columns.viceCaptainEmail ?? null,
            coachName: columns.coachName ?? null,
            teamId,
            players: form.players,
            placement,
            link: portalLink(this.config, teamId, access.token),
          }),
        );
        return registrationResult(form, placed);
      });
    } catch (error) {
      await this.files.discard(uploads);
      throw error;
    }
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
