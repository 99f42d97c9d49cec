import { Controller, Get, Inject, Param, Put, Query, UseGuards } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { answerAs } from '../database/transactions.js';
import { AdminActor, AdminAuthGuard } from '../hardening/admin-auth.guard.js';
import { Idempotent } from '../hardening/idempotency.interceptor.js';
import { AdminRateLimit } from '../hardening/rate-limit.js';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { teamNotFound } from '../teams/team-errors.js';
import { TeamFiles } from '../teams/team-files.js';
import { TeamReviews } from '../teams/team-reviews.js';
import { isTeamIdShaped, TEAM_STATUSES, type TeamStatus } from '../teams/team.js';
import { TeamsRepository } from '../teams/teams.repository.js';
import { LegacyTeamsRepository } from './legacy-teams.repository.js';
import {
  adminDetail,
  adminListItem,
  LEGACY_STATUS,
  legacyReviewResult,
  teamDetail,
  teamListItem,
} from './legacy-views.js';
import {
  ApiLegacyAdmin,
  ApiLegacyAdminTeam,
  ApiLegacyAdminTeams,
  ApiLegacyReview,
  ApiLegacyTeam,
  ApiLegacyTeams,
} from './legacy.docs.js';

/**
 * The FastAPI backend's admin routes, and its team routes (which it served to anyone, with phones,
 * emails and document links): all behind an admin key here, in the admin rate-limit budget.
 */
@Controller()
@RequestTimeout()
@UseGuards(AdminAuthGuard)
@AdminRateLimit()
@ApiLegacyAdmin()
export class LegacyAdminController {
  constructor(
    @Inject(LegacyTeamsRepository) private readonly legacyTeams: LegacyTeamsRepository,
    @Inject(TeamsRepository) private readonly teams: TeamsRepository,
    @Inject(TeamFiles) private readonly files: TeamFiles,
    @Inject(TeamReviews) private readonly reviews: TeamReviews,
  ) {}

  /** Every team, newest first, no paging (as FastAPI); `?status=` in its words. */
  @Get('admin/teams')
  @ApiLegacyAdminTeams()
  async adminTeams(@Query() query: Record<string, unknown>) {
    const teams = await this.legacyTeams.allTeams(parseStatusFilter(query));
    return { success: true as const, data: teams.reverse().map((t) => adminListItem(t, this.files)) };
  }

  @Get('admin/teams/:team_id')
  @ApiLegacyAdminTeam()
  async adminTeam(@Param('team_id') teamId: string) {
    return { success: true as const, data: adminDetail(await this.find(teamId), this.files) };
  }

  @Put('admin/teams/:team_id/confirm')
  @Idempotent()
  @ApiLegacyReview('confirm')
  confirm(@Param('team_id') teamId: string, @AdminActor() actor: string) {
    return answerAs(() => this.reviews.changeStatus(teamId, 'approved', actor), legacyReviewResult);
  }

  /** No body: the front-end sends no reason, so here (only here) a rejection may come without one. */
  @Put('admin/teams/:team_id/reject')
  @Idempotent()
  @ApiLegacyReview('reject')
  reject(@Param('team_id') teamId: string, @AdminActor() actor: string) {
    return answerAs(() => this.reviews.changeStatus(teamId, 'rejected', actor), legacyReviewResult);
  }

  /** Every team in team-number order (as FastAPI's `/api/teams`). */
  @Get('api/teams')
  @ApiLegacyTeams()
  async allTeams() {
    const teams = (await this.legacyTeams.allTeams()).map((t) => teamListItem(t, this.files));
    return { success: true as const, total_teams: teams.length, returned: teams.length, teams };
  }

  @Get('api/teams/:team_id')
  @ApiLegacyTeam()
  async team(@Param('team_id') teamId: string) {
    return { success: true as const, ...teamDetail(await this.find(teamId), this.files) };
  }

  private async find(teamId: string) {
    const record = isTeamIdShaped(teamId) ? await this.teams.find(teamId) : undefined;
    if (!record) throw teamNotFound();
    return record;
  }
}

const STATUS_BY_WORD = new Map<string, TeamStatus>(
  TEAM_STATUSES.map((status) => [LEGACY_STATUS[status], status]),
);

/** `?status=` (optional) in the FastAPI words (`confirmed`, ...); no other parameter. */
function parseStatusFilter(query: Record<string, unknown>): TeamStatus | undefined {
  const errors: Record<string, string> = {};
  for (const name of Object.keys(query)) if (name !== 'status') errors[name] = 'is not a known parameter';
  const { status } = query;
  const filter = typeof status === 'string' && status !== '' ? STATUS_BY_WORD.get(status) : undefined;
  if (status !== undefined && status !== '' && !filter) {
    errors.status = `must be one of ${[...STATUS_BY_WORD.keys()].join(', ')}`;
  }
  if (Object.keys(errors).length > 0) throw AppError.validation(errors, 'Invalid query parameters');
  return filter;
}
