import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Logger,
  Param,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { HttpReply } from '../hardening/http.js';
import { Idempotent } from '../hardening/idempotency.interceptor.js';
import { TeamReviews } from '../teams/team-reviews.js';
import { AdminActor, AdminAuthGuard } from '../hardening/admin-auth.guard.js';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { parseStatusChange, parseTeamListQuery } from './admin-requests.js';
import { AdminTeamsService } from './admin-teams.service.js';
import {
  ApiAdminController,
  ApiChangeStatus,
  ApiExportTeams,
  ApiListTeams,
  ApiResendLink,
  ApiTeamDetail,
  ApiTeamStats,
} from './admin.docs.js';

/**
 * The admin API. Route order matters: `teams/export.csv` is declared before `teams/:team_id`
 * so the export is not read as a team ID.
 */
@Controller('admin')
@RequestTimeout()
@UseGuards(AdminAuthGuard)
@ApiAdminController()
export class AdminController {
  private readonly logger = new Logger('Errors');

  constructor(
    @Inject(AdminTeamsService) private readonly teams: AdminTeamsService,
    @Inject(TeamReviews) private readonly reviews: TeamReviews,
  ) {}

  @Get('teams')
  @ApiListTeams()
  list(@Query() query: Record<string, unknown>) {
    return this.teams.list(parseTeamListQuery(query));
  }

  @Get('teams/export.csv')
  @ApiExportTeams()
  exportCsv(@Res() reply: HttpReply): HttpReply {
    const day = new Date().toISOString().slice(0, 10);
    const rows = Readable.from(this.teams.exportCsv());
    // A failure before the first row reaches the error filter, which logs it. Once rows are out, Fastify cuts
    // the answer off without a word (its own logger is off): logged here, as the filter would.
    rows.once('error', (error) => {
      if (reply.raw.headersSent)
        this.logger.error({ msg: 'request failed', err: error, error_code: 'INTERNAL_ERROR' });
    });
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="icct26-teams-${day}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(rows);
  }

  @Get('stats')
  @ApiTeamStats()
  stats() {
    return this.teams.stats();
  }

  @Get('teams/:team_id')
  @ApiTeamDetail()
  detail(@Param('team_id') teamId: string) {
    return this.teams.detail(teamId);
  }

  @Post('teams/:team_id/approve')
  @HttpCode(200)
  @Idempotent()
  @ApiChangeStatus('approve')
  approve(@Param('team_id') teamId: string, @Body() body: unknown, @AdminActor() actor: string) {
    return this.changeStatus(teamId, 'approved', body, actor);
  }

  @Post('teams/:team_id/reject')
  @HttpCode(200)
  @Idempotent()
  @ApiChangeStatus('reject')
  reject(@Param('team_id') teamId: string, @Body() body: unknown, @AdminActor() actor: string) {
    return this.changeStatus(teamId, 'rejected', body, actor);
  }

  @Post('teams/:team_id/resend-link')
  @HttpCode(200)
  @Idempotent()
  @ApiResendLink()
  resendLink(@Param('team_id') teamId: string) {
    return this.teams.resendLink(teamId);
  }

  /** A reason is required to reject, optional to approve. */
  private changeStatus(teamId: string, to: 'approved' | 'rejected', body: unknown, actor: string) {
    const { reason } = parseStatusChange(body, to === 'rejected');
    return this.reviews.changeStatus(teamId, to, actor, reason);
  }
}
