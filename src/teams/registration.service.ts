import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConcurrencyGate } from '../common/concurrency-gate.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, type Tx } from '../database/database.js';
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
  /**
   * Registrations in their transaction at once (REGISTRATION_CONCURRENCY); the others wait their turn
   * here, in arrival order. Every registration ends on the one team-number counter: under a stampede, 30
   * at once in the database competed for its CPU and that row's lock in no order, and the slowest waited
   * longest (issue 15, docs/benchmarks.md "Ninth stop"). A slot is held for the whole transaction, a wait
   * on its church's lock included: such a wait lasts one other registration of that church.
   */
  private readonly transactionTurns: ConcurrencyGate;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Database) private readonly database: Database,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
    @Inject(TeamFiles) private readonly files: TeamFiles,
  ) {
    this.transactionTurns = new ConcurrencyGate(config.registration.concurrency);
  }

  /**
   * Registers a team whole or not at all. Files are uploaded first (outside any lock); then team,
   * players, file references, its number and the confirmation email are saved in one transaction. If it
   * does not commit, the uploaded files are deleted again, so nothing is left referencing or referenced
   * (when the connection was lost, it may have committed: then the orphan sweep decides,
   * TeamFiles.discardAfter).
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
    const insertTeam = (tx: Tx) =>
      this.teams.insert(
        tx,
        { id, ...columns, accessTokenHash: access.hash },
        form.players,
        this.files.fileRows(uploads),
      );
    const takeNumber = (tx: Tx) =>
      this.places.takeNumber(tx, id, (teamId, placement) =>
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
    const save = async (tx: Tx) => {
      await pipelined(
        this.places.lockChurch(tx, columns.churchKey),
        this.places.assertNoConflict(tx, conflictCheck),
      );
      if (uploads.pending.length > 0) {
        // A waiting file's bytes are read or spooled between its statements: the numbering waits for them.
        await pipelined(insertTeam(tx), this.files.keepPending(tx, id, uploads));
        return registrationResult(form, await takeNumber(tx));
      }
      // Nothing waits for the storage: the team is sent with its number and the commit (one round trip once
      // the connection has prepared them; takeNumber's nextNumber guards against the two arriving out of order).
      const [, placed] = await pipelined(insertTeam(tx), takeNumber(tx));
      return registrationResult(form, placed);
    };
    try {
      return await this.transactionTurns.run(() => this.transactions.run(save));
    } catch (error) {
      await this.files.discardAfter(error, uploads);
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
