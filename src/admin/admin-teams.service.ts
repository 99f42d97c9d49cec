import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import type { Tx } from '../database/database.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { accessLinkEmail } from '../registration/lifecycle-emails.js';
import { newAccessToken, portalLink } from '../registration/access-token.js';
import { CONFLICT_ERRORS } from '../registration/registration.service.js';
import { isTeamIdShaped, TeamRecords, teamView } from '../registration/team-records.js';
import type { TeamRow } from '../registration/team-places.js';
import { TEAM_STATUSES, type TeamListQuery, type TeamStatus } from './admin-requests.js';
import { AdminTeamsRepository } from './admin-teams.repository.js';
import { csvRecord } from './csv.js';
import { statusEmail } from './status-email.js';

const EXPORT_BATCH_TEAMS = 200;

const EXPORT_COLUMNS = [
  'team_id',
  'team_name',
  'church_name',
  'status',
  'captain_name',
  'captain_phone',
  'captain_email',
  'captain_whatsapp',
  'vice_captain_name',
  'vice_captain_phone',
  'vice_captain_email',
  'vice_captain_whatsapp',
  'coach_name',
  'player_count',
  'logo_url',
  'payment_receipt_url',
  'created_at',
  'player_position',
  'player_name',
  'player_role',
  'player_phone',
];

@Injectable()
export class AdminTeamsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AdminTeamsRepository) private readonly repository: AdminTeamsRepository,
    @Inject(TeamRecords) private readonly records: TeamRecords,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
  ) {}

  async list(query: TeamListQuery) {
    const { rows, total } = await this.repository.listTeams(query);
    return {
      success: true as const,
      data: rows,
      pagination: {
        page: query.page,
        limit: query.limit,
        total,
        total_pages: Math.ceil(total / query.limit),
      },
    };
  }

  async detail(teamId: string) {
    if (!isTeamIdShaped(teamId)) throw teamNotFound();
    const found = await this.records.find(teamId);
    if (!found) throw teamNotFound();
    return { success: true as const, data: teamView(found, 'admin') };
  }

  /**
   * pending -> approved | rejected, waitlisted -> approved (into a free place) | rejected, with its
   * history entry and the captain's status email in the same transaction: the email exists exactly
   * when the change committed. Rejecting a pending team promotes the first waitlisted one.
   */
  async changeStatus(
    teamId: string,
    to: 'approved' | 'rejected',
    actor: string,
    reason?: string,
    /** Stores the idempotent outcome in the same transaction (see outcomeRecorderFor). */
    recordOutcome?: (tx: Tx, result: StatusChangeResult) => Promise<void>,
  ): Promise<StatusChangeResult> {
    if (!isTeamIdShaped(teamId)) throw teamNotFound();
    const result = await this.repository.changeStatus({
      teamId,
      to,
      reason,
      actor,
      alsoInTransaction: async (tx, changed) => {
        await this.outbox.enqueue(tx, statusEmail(changed.team, to, reason));
        await recordOutcome?.(tx, statusChangeResult(changed, actor, reason));
      },
    });
    if (!result) throw teamNotFound();
    if ('blockedBy' in result) throw invalidTransition(result.blockedBy, to);
    if ('full' in result) throw CONFLICT_ERRORS.REGISTRATION_FULL(this.config.registration.maxTeams);
    return statusChangeResult(result, actor, reason);
  }

  /** Issues the captain a new private link (the old one stops working) and emails it. */
  async resendLink(teamId: string, recordOutcome?: (tx: Tx, result: ResendLinkResult) => Promise<void>) {
    if (!isTeamIdShaped(teamId)) throw teamNotFound();
    const access = newAccessToken();
    const team = await this.repository.replaceAccessToken(teamId, access.hash, async (tx, team) => {
      await this.outbox.enqueue(tx, accessLinkEmail(team, portalLink(this.config, teamId, access.token)));
      await recordOutcome?.(tx, resendLinkResult(team));
    });
    if (!team) throw teamNotFound();
    return resendLinkResult(team);
  }

  async stats() {
    const s = await this.repository.stats();
    const byStatus = Object.fromEntries(TEAM_STATUSES.map((status) => [status, 0])) as Record<
      TeamStatus,
      number
    >;
    for (const row of s.byStatus) byStatus[row.status] = row.n;
    const emails = { pending: 0, sent: 0, dead: 0 };
    for (const row of s.emailsByState) emails[row.state] = row.n;
    return {
      success: true as const,
      data: {
        teams: {
          total: Object.values(byStatus).reduce((a, b) => a + b, 0),
          by_status: byStatus,
          max_teams: this.config.registration.maxTeams ?? null,
        },
        teams_per_church: s.perChurch,
        players: s.players,
        pending_uploads: s.pendingUploads,
        emails,
      },
    };
  }

  /** The CSV export, one record per player, produced a batch of teams at a time. */
  async *exportCsv(): AsyncGenerator<string> {
    // The byte order mark tells Excel the file is UTF-8 (names in Tamil, Malayalam, ...).
    yield `\uFEFF${csvRecord(EXPORT_COLUMNS)}`;
    let after = 0;
    for (;;) {
      const batch = await this.repository.exportBatch(after, EXPORT_BATCH_TEAMS);
      if (batch.length === 0) return;
      let chunk = '';
      for (const { team, logoUrl, receiptUrl, players } of batch) {
        const teamFields = [
          team.teamId,
          team.teamName,
          team.churchName,
          team.status,
          team.captainName,
          team.captainPhone,
          team.captainEmail,
          team.captainWhatsapp,
          team.viceCaptainName,
          team.viceCaptainPhone,
          team.viceCaptainEmail,
          team.viceCaptainWhatsapp,
          team.coachName,
          team.playerCount,
          logoUrl,
          receiptUrl,
          team.createdAt.toISOString(),
        ];
        for (const p of players) chunk += csvRecord([...teamFields, p.position + 1, p.name, p.role, p.phone]);
        if (players.length === 0) chunk += csvRecord([...teamFields, null, null, null, null]);
      }
      yield chunk;
      after = batch[batch.length - 1]!.team.teamNumber!; // committed teams are numbered (schema.ts)
    }
  }
}

function teamNotFound(): AppError {
  return new AppError(404, 'NOT_FOUND', 'No team with this team ID');
}

function invalidTransition(from: TeamStatus, to: TeamStatus): AppError {
  return new AppError(
    409,
    'INVALID_STATUS_TRANSITION',
    `A ${from} team cannot be ${to}; only pending or waitlisted teams can be approved or rejected`,
    { current_status: from, requested_status: to },
  );
}

export type ResendLinkResult = ReturnType<typeof resendLinkResult>;

function resendLinkResult(team: TeamRow) {
  return {
    success: true as const,
    data: {
      team_id: team.teamId,
      sent_to: team.captainEmail,
      message: 'A new private link was emailed to the captain',
    },
  };
}

export type StatusChangeResult = ReturnType<typeof statusChangeResult>;

function statusChangeResult(
  { team, from }: { team: TeamRow; from: 'pending' | 'waitlisted' },
  actor: string,
  reason: string | undefined,
) {
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
