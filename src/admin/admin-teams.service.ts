import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Transactions } from '../database/transactions.js';
import { EmailOutbox } from '../mail/email-outbox.js';
import { newAccessToken, portalLink } from '../teams/access-token.js';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  documentField,
  expectedDocuments,
  missingDocuments,
} from '../teams/documents.js';
import { accessLinkEmail } from '../teams/team-emails.js';
import { teamNotFound } from '../teams/team-errors.js';
import { TeamFiles } from '../teams/team-files.js';
import { teamView } from '../teams/team-view.js';
import { isTeamIdShaped, TEAM_STATUSES, type TeamStatus } from '../teams/team.js';
import { TeamsRepository } from '../teams/teams.repository.js';
import type { TeamListQuery } from './admin-requests.js';
import { AdminTeamsRepository, type ExportedTeam } from './admin-teams.repository.js';
import { csvRecord } from './csv.js';
import { EXPORT_COLUMNS, EXPORT_HEADER, type ExportRow } from './export-columns.js';

const EXPORT_BATCH_TEAMS = 200;

@Injectable()
export class AdminTeamsService {
  /** What a team is expected to have: what views show as missing, and the stats and export count. */
  private readonly expected: readonly DocumentKind[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AdminTeamsRepository) private readonly repository: AdminTeamsRepository,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(EmailOutbox) private readonly outbox: EmailOutbox,
    @Inject(TeamFiles) private readonly files: TeamFiles,
  ) {
    this.expected = expectedDocuments(config.documents.required);
  }

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
    return { success: true as const, data: teamView(found, 'admin', this.files, this.expected) };
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
    const [s, missing] = await Promise.all([
      this.repository.stats(),
      this.repository.missingDocuments(this.expected),
    ]);
    const byStatus = Object.fromEntries(TEAM_STATUSES.map((status) => [status, 0])) as Record<
      TeamStatus,
      number
    >;
    for (const row of s.byStatus) byStatus[row.status] = row.n;
    const emails = { pending: 0, sent: 0, dead: 0 };
    for (const row of s.emailsByState) emails[row.state] = row.n;
    const uploads = { pending: 0, dead: 0 };
    for (const row of s.uploadsByState) uploads[row.state] = row.n;
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
        pending_uploads: uploads.pending,
        dead_uploads: uploads.dead,
        emails,
        documents: {
          expected: [...this.expected],
          teams_missing_documents: missing.teams,
          missing_by_kind: Object.fromEntries(
            DOCUMENT_KINDS.map((kind) => [kind, missing.byKind.get(kind) ?? 0]),
          ) as Record<DocumentKind, number>,
        },
      },
    };
  }

  /** The CSV export, one record per player (a team without players gets one), a batch of teams at a time. */
  async *exportCsv(): AsyncGenerator<string> {
    // The byte order mark tells Excel the file is UTF-8 (names in Tamil, Malayalam, ...).
    yield `\uFEFF${csvRecord(EXPORT_HEADER)}`;
    let after = 0;
    for (;;) {
      const batch = await this.repository.exportBatch(after, EXPORT_BATCH_TEAMS);
      if (batch.length === 0) return;
      let chunk = '';
      for (const exported of batch) {
        const row = this.exportRow(exported);
        const players = row.players.length > 0 ? row.players : [undefined];
        for (const player of players) chunk += csvRecord(EXPORT_COLUMNS.map(([, cell]) => cell(row, player)));
      }
      yield chunk;
      after = batch[batch.length - 1]!.team.teamNumber!; // committed teams are numbered (schema.ts)
    }
  }

  /** A team as the export writes it: a link for each document sent, and the fields of those it lacks. */
  private exportRow(exported: ExportedTeam): ExportRow {
    const slots = exported.files.map((file) => ({ kind: file.kind, player: file.playerPosition }));
    const missing = missingDocuments(this.expected, exported.team.playerCount, slots);
    return {
      ...exported,
      links: new Map(exported.files.map((file, i) => [documentField(slots[i]!), this.files.urlOf(file)])),
      missing: missing.map(documentField).join('; '),
    };
  }
}
