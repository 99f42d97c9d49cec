import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import type { Tx } from '../database/database.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { isTeamIdShaped, type TeamListQuery, type TeamStatus } from './admin-requests.js';
import { AdminTeamsRepository, type TeamRow } from './admin-teams.repository.js';
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
    @Inject(AdminTeamsRepository) private readonly repository: AdminTeamsRepository,
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
    const found = await this.repository.findTeam(teamId);
    if (!found) throw teamNotFound();
    const { team, players, files, history } = found;
    return {
      success: true as const,
      data: {
        team_id: team.teamId,
        team_name: team.teamName,
        church_name: team.churchName,
        status: team.status,
        player_count: team.playerCount,
        created_at: team.createdAt,
        updated_at: team.updatedAt,
        captain: {
          name: team.captainName,
          phone: team.captainPhone,
          email: team.captainEmail,
          whatsapp: team.captainWhatsapp,
        },
        vice_captain: team.viceCaptainName
          ? {
              name: team.viceCaptainName,
              phone: team.viceCaptainPhone,
              email: team.viceCaptainEmail,
              whatsapp: team.viceCaptainWhatsapp,
            }
          : null,
        coach: { name: team.coachName },
        players: players.map((p) => ({
          position: p.position + 1,
          name: p.name,
          role: p.role,
          phone: p.phone,
        })),
        files: files.map((f) => ({
          kind: f.kind,
          state: f.state,
          url: f.url,
          content_type: f.contentType,
          size_bytes: f.sizeBytes,
          uploaded_at: f.uploadedAt,
        })),
        status_history: history.map((h) => ({
          from_status: h.fromStatus,
          to_status: h.toStatus,
          reason: h.reason,
          actor: h.actor,
          at: h.createdAt,
        })),
      },
    };
  }

  /**
   * pending -> approved | rejected, with its history entry and the captain's status email in the
   * same transaction: the email exists exactly when the change committed.
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
      alsoInTransaction: async (tx, team) => {
        await this.outbox.enqueue(tx, statusEmail(team, to, reason));
        await recordOutcome?.(tx, statusChangeResult(team, actor, reason));
      },
    });
    if (!result) throw teamNotFound();
    if ('blockedBy' in result) throw invalidTransition(result.blockedBy, to);
    return statusChangeResult(result.team, actor, reason);
  }

  async stats() {
    const s = await this.repository.stats();
    const byStatus: Record<TeamStatus, number> = { pending: 0, approved: 0, rejected: 0 };
    for (const row of s.byStatus) byStatus[row.status] = row.n;
    const emails = { pending: 0, sent: 0, dead: 0 };
    for (const row of s.emailsByState) emails[row.state] = row.n;
    return {
      success: true as const,
      data: {
        teams: { total: byStatus.pending + byStatus.approved + byStatus.rejected, by_status: byStatus },
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
    `A ${from} team cannot be ${to}; only pending teams can be approved or rejected`,
    { current_status: from, requested_status: to },
  );
}

export type StatusChangeResult = ReturnType<typeof statusChangeResult>;

function statusChangeResult(team: TeamRow, actor: string, reason: string | undefined) {
  return {
    success: true as const,
    data: {
      team_id: team.teamId,
      previous_status: 'pending' as const,
      status: team.status,
      reason: reason ?? null,
      // As JSON will carry it, so the stored replay and the first answer are the same.
      changed_at: team.updatedAt.toISOString(),
      changed_by: actor,
    },
  };
}
