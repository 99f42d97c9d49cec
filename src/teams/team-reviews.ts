import { Inject, Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { statusEmail } from './team-emails.js';
import { assertCanChange, teamNotFound } from './team-errors.js';
import { TeamFiles } from './team-files.js';
import { TeamPlaces } from './team-places.js';
import { isTeamIdShaped, type TeamRow, type TeamStatus } from './team.js';
import { TeamsRepository } from './teams.repository.js';

export type ReviewResult = ReturnType<typeof reviewResult>;

/** An admin's decision on a team (approve or reject), whichever door it comes through. */
@Injectable()
export class TeamReviews {
  constructor(
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(TeamPlaces) private readonly places: TeamPlaces,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(TeamFiles) private readonly files: TeamFiles,
  ) {}

  /**
   * pending -> approved | rejected, waitlisted -> approved (into a free place) | rejected, with its
   * history entry and the captain's status email in the same transaction: the email exists exactly
   * when the change committed. Rejecting a pending team gives its place to the first waitlisted one,
   * and writes its private documents down for deletion after DOCUMENT_RETENTION_DAYS (TeamFiles.expirePrivate).
   */
  async changeStatus(teamId: string, to: 'approved' | 'rejected', actor: string, reason?: string) {
    if (!isTeamIdShaped(teamId)) throw teamNotFound();
    let expired: string[] = [];
    const result = await this.transactions.run(async (tx) => {
      await this.places.lockPlaces(tx);
      const current = await this.teams.lock(tx, teamId);
      if (!current) throw teamNotFound();
      assertCanChange(current.status, to);
      if (current.status === 'waitlisted' && to === 'approved') await this.places.assertFreePlace(tx);
      const team = await this.teams.setStatus(tx, current, to, { reason, actor });
      await this.outbox.enqueue(tx, statusEmail(team, to, reason));
      if (current.status === 'pending' && to === 'rejected') await this.places.fillFreePlaces(tx, actor);
      if (to === 'rejected') expired = await this.files.expirePrivate(tx, current.id);
      return reviewResult(team, current.status, actor, reason);
    });
    await this.files.deleteSoon(expired);
    return result;
  }
}

function reviewResult(team: TeamRow, from: TeamStatus, actor: string, reason: string | undefined) {
  return {
    success: true as const,
    data: {
      team_id: team.teamId,
      previous_status: from,
      status: team.status,
      reason: reason ?? null,
      // As JSON will carry it, so the stored replay and the first answer are the same.
      changed_at: team.updatedAt.toISOString(),
      changed_by: actor,
    },
  };
}
