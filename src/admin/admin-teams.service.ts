import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Transactions } from '../database/transactions.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { newAccessToken, portalLink } from '../teams/access-token.js';
import { accessLinkEmail } from '../teams/team-emails.js';
import { teamNotFound } from '../teams/team-errors.js';
import { TeamFiles } from '../teams/team-files.js';
import { teamView } from '../teams/team-view.js';
import { isTeamIdShaped, TEAM_STATUSES, type TeamStatus } from '../teams/team.js';
import { TeamsRepository } from '../teams/teams.repository.js';
import type { TeamListQuery } from './admin-requests.js';
import { AdminTeamsRepository, type ExportedTeam } from './admin-teams.repository.js';
import { csvRecord, type CsvCell } from './csv.js';

const EXPORT_BATCH_TEAMS = 200;

type Player = ExportedTeam['players'][number];
/** An exported team with its receipt's link, made when the batch is written. */
type ExportRow = ExportedTeam & { receiptLink: string | null };

/** The CSV export's columns, one record per player: the header, and how each record's cell is read. */
const EXPORT_COLUMNS: [header: string, cell: (row: ExportRow, player?: Player) => CsvCell][] = [
  ['team_id', ({ team }) => team.teamId],
  ['team_name', ({ team }) => team.teamName],
  ['church_name', ({ team }) => team.churchName],
  ['status', ({ team }) => team.status],
  ['captain_name', ({ team }) => team.captainName],
  ['captain_phone', ({ team }) => team.captainPhone],
  ['captain_email', ({ team }) => team.captainEmail],
  ['captain_whatsapp', ({ team }) => team.captainWhatsapp],
  ['vice_captain_name', ({ team }) => team.viceCaptainName],
  ['vice_captain_phone', ({ team }) => team.viceCaptainPhone],
  ['vice_captain_email', ({ team }) => team.viceCaptainEmail],
  ['vice_captain_whatsapp', ({ team }) => team.viceCaptainWhatsapp],
  ['coach_name', ({ team }) => team.coachName],
  ['player_count', ({ team }) => team.playerCount],
  ['logo_url', ({ logoUrl }) => logoUrl],
  ['payment_receipt_url', ({ receiptLink }) => receiptLink],
  ['created_at', ({ team }) => team.createdAt.toISOString()],
  ['player_position', (_, player) => (player ? player.position + 1 : null)],
  ['player_name', (_, player) => player?.name],
  ['player_role', (_, player) => player?.role],
  ['player_phone', (_, player) => player?.phone],
];

@Injectable()
export class AdminTeamsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AdminTeamsRepository) private readonly repository: AdminTeamsRepository,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(TeamFiles) private readonly files: TeamFiles,
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
    const found = isTeamIdShaped(teamId) ? await this.teams.find(teamId) : undefined;
    if (!found) throw teamNotFound();
    return { success: true as const, data: teamView(found, 'admin', this.files) };
  }

  /** Issues the captain a new private link (the old one stops working) and emails it. */
  async resendLink(teamId: string) {
    if (!isTeamIdShaped(teamId)) throw teamNotFound();
    const access = newAccessToken();
    return this.transactions.run(async (tx) => {
      const team = await this.teams.replaceAccessToken(tx, teamId, access.hash);
      if (!team) throw teamNotFound();
      await this.outbox.enqueue(tx, accessLinkEmail(team, portalLink(this.config, teamId, access.token)));
      return {
        success: true as const,
        data: {
          team_id: team.teamId,
          sent_to: team.captainEmail,
          message: 'A new private link was emailed to the captain',
        },
      };
    });
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

  /** The CSV export, one record per player (a team without players gets one), a batch of teams at a time. */
  async *exportCsv(): AsyncGenerator<string> {
    // The byte order mark tells Excel the file is UTF-8 (names in Tamil, Malayalam, ...).
    yield `\uFEFF${csvRecord(EXPORT_COLUMNS.map(([header]) => header))}`;
    let after = 0;
    for (;;) {
      const batch = await this.repository.exportBatch(after, EXPORT_BATCH_TEAMS);
      if (batch.length === 0) return;
      let chunk = '';
      for (const exported of batch) {
        const { receiptUrl: url, receiptId: publicId, receiptType: contentType } = exported;
        const receiptLink = contentType
          ? this.files.urlOf({ kind: 'payment_receipt', url, publicId, contentType })
          : null;
        const row: ExportRow = { ...exported, receiptLink };
        const players = row.players.length > 0 ? row.players : [undefined];
        for (const player of players) chunk += csvRecord(EXPORT_COLUMNS.map(([, cell]) => cell(row, player)));
      }
      yield chunk;
      after = batch[batch.length - 1]!.team.teamNumber!; // committed teams are numbered (schema.ts)
    }
  }
}
