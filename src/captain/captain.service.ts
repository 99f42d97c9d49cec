import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { Tx } from '../database/database.js';
import { Transactions } from '../database/transactions.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { accessTokenHashOf } from '../teams/access-token.js';
import { type DocumentKind, documentField, expectedDocuments } from '../teams/documents.js';
import { withdrawalEmail } from '../teams/team-emails.js';
import { assertCanChange, teamNotFound } from '../teams/team-errors.js';
import { TeamFiles } from '../teams/team-files.js';
import {
  editedFields,
  type FormFile,
  formFiles,
  teamColumns,
  type RegistrationEdit,
} from '../teams/team-form.js';
import { TeamPlaces } from '../teams/team-places.js';
import { teamView } from '../teams/team-view.js';
import { isTeamIdShaped } from '../teams/team.js';
import { TeamsRepository } from '../teams/teams.repository.js';

export type CaptainView = { success: true; data: ReturnType<typeof teamView> };

/** The token's hash, or the 404 (a malformed team ID or token never reaches the database). */
export function tokenHashFor(teamId: string, token: unknown): string {
  const hash = accessTokenHashOf(token);
  if (!hash || !isTeamIdShaped(teamId)) throw teamNotFound();
  return hash;
}

/**
 * What a captain can do with the private link: see the registration, correct it while it is pending
 * or waitlisted, and withdraw. A wrong token and an unknown team get the same 404, so team IDs can't
 * be probed.
 */
@Injectable()
export class CaptainService {
  /** What the view shows as missing when not sent. */
  private readonly expected: readonly DocumentKind[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
    @Inject(TeamFiles) private readonly files: TeamFiles,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
  ) {
    this.expected = expectedDocuments(config.documents.required);
  }

  async view(teamId: string, token: unknown): Promise<CaptainView> {
    const found = await this.teams.find(teamId, tokenHashFor(teamId, token));
    if (!found) throw teamNotFound();
    return { success: true, data: teamView(found, 'captain', this.files, this.expected) };
  }

  /**
   * An edit under the registration's own rules: a new church is checked against its limit under that
   * church's lock, a new name against every other team (and the unique index). New files are uploaded
   * first under new names (outside any lock); the edit commits whole, and only then are the files it
   * replaced deleted from storage, with the documents of players the new roster left out (documents
   * follow their player to a new position). If it does
   * not commit, the new uploads are deleted.
   */
  async edit(teamId: string, token: unknown, edit: RegistrationEdit): Promise<CaptainView> {
    const hash = tokenHashFor(teamId, token);
    // Checked again under the row lock; this look saves uploading files for a team that can't take them.
    const before = await this.teams.head(teamId, hash);
    if (!before) throw teamNotFound();
    assertCanChange(before.status, 'edited');
    assertPlayersExist(formFiles(edit), edit.players?.length ?? before.playerCount);

    const uploads = await this.files.uploadAll(before.id, formFiles(edit), true);
    let deleted: string[] = [];
    let view: CaptainView;
    try {
      view = await this.transactions.run(async (tx) => {
        const columns = teamColumns(edit);
        if (columns.churchKey) await this.places.lockChurch(tx, columns.churchKey);
        const current = await this.teams.lock(tx, teamId, hash);
        if (!current) throw teamNotFound();
        assertCanChange(current.status, 'edited');
        const playerCount = edit.players?.length ?? current.playerCount;
        assertPlayersExist(formFiles(edit), playerCount);
        await this.places.assertNoConflict(tx, {
          teamNameKey: columns.teamNameKey ?? current.teamNameKey,
          churchKey: columns.churchKey ?? current.churchKey,
          except: current.id,
          takesChurchSlot: columns.churchKey !== undefined && columns.churchKey !== current.churchKey,
        });
        const rosterBefore = edit.players ? await this.teams.roster(tx, current.id) : [];
        await this.teams.update(tx, current.id, columns, edit.players);
        const removed = edit.players
          ? await this.files.followRoster(tx, current.id, rosterBefore, edit.players)
          : [];
        const replaced = await this.files.replace(tx, current.id, uploads);
        deleted = [...removed, ...replaced];
        await this.teams.recordEdit(tx, current.id, editedFields(edit), 'captain');
        return this.viewIn(tx, teamId, hash);
      });
    } catch (error) {
      await this.files.discardAfter(error, uploads);
      throw error;
    }
    await this.files.deleteSoon(deleted);
    return view;
  }

  /**
   * Withdraws the team. A team that held a place gives it to the first waitlisted one (under the places
   * lock), and its church slot is free from the commit on. Its private documents are written down for
   * deletion after DOCUMENT_RETENTION_DAYS (TeamFiles.expirePrivate). The route's guard has checked the
   * link already, so a wrong one never queues on that lock.
   */
  async withdraw(teamId: string, token: unknown): Promise<CaptainView> {
    const hash = tokenHashFor(teamId, token);
    let expired: string[] = [];
    const view = await this.transactions.run(async (tx) => {
      await this.places.lockPlaces(tx);
      const current = await this.teams.lock(tx, teamId, hash);
      if (!current) throw teamNotFound();
      assertCanChange(current.status, 'withdrawn');
      const team = await this.teams.setStatus(tx, current, 'withdrawn', {
        reason: 'Withdrawn by the captain',
        actor: 'captain',
      });
      await this.outbox.enqueue(tx, withdrawalEmail(team));
      if (current.status !== 'waitlisted') await this.places.fillFreePlaces(tx, 'system');
      expired = await this.files.expirePrivate(tx, current.id);
      return this.viewIn(tx, teamId, hash);
    });
    await this.files.deleteSoon(expired);
    return view;
  }

  private async viewIn(tx: Tx, teamId: string, hash: string): Promise<CaptainView> {
    const record = await this.teams.find(teamId, hash, tx);
    return { success: true, data: teamView(record!, 'captain', this.files, this.expected) };
  }
}

/**
 * A player's document needs its player: `players[11].id_proof` for a team of 11 after the edit is a 400.
 * (An edit's own `players` is checked with the form; this checks against the team's roster too.)
 */
function assertPlayersExist(documents: FormFile[], playerCount: number): void {
  const beyond = documents.filter((slot) => slot.player >= playerCount);
  if (beyond.length === 0) return;
  throw AppError.validation(
    Object.fromEntries(beyond.map((slot) => [documentField(slot), `there is no player ${slot.player + 1}`])),
  );
}
