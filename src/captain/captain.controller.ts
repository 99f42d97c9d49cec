import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { HttpRequest } from '../hardening/http.js';
import { Idempotent } from '../hardening/idempotency.interceptor.js';
import { addRequestLogFields } from '../hardening/request-logging.js';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { ApiCaptainEdit, ApiCaptainView, ApiCaptainWithdraw } from './captain.docs.js';
import { CaptainLinkGuard } from './captain-link.guard.js';
import { CaptainService } from './captain.service.js';
import { receivedFiles, TeamFormMultipart } from '../teams/form-upload.js';
import { parseRegistrationEdit } from '../teams/team-form.js';

/**
 * The captain's private link: `?token=` from the confirmation email opens the team's registration.
 * Responses carry personal data, so nothing may cache them.
 */
@Controller('api/registration/:team_id')
@RequestTimeout()
export class CaptainController {
  constructor(@Inject(CaptainService) private readonly captains: CaptainService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiCaptainView()
  view(@Param('team_id') teamId: string, @Query('token') token: unknown) {
    return this.captains.view(teamId, token);
  }

  @Patch()
  @HttpCode(200)
  @UseGuards(CaptainLinkGuard)
  @Header('Cache-Control', 'no-store')
  @Idempotent(TeamFormMultipart)
  @ApiCaptainEdit()
  async edit(
    @Param('team_id') teamId: string,
    @Query('token') token: unknown,
    @Body() fields: Record<string, unknown>,
    @Req() req: HttpRequest,
  ) {
    const edit = parseRegistrationEdit(fields, receivedFiles(req));
    addRequestLogFields(req, { team_id: teamId });
    return this.captains.edit(teamId, token, edit);
  }

  @Post('withdraw')
  @HttpCode(200)
  @UseGuards(CaptainLinkGuard)
  @Header('Cache-Control', 'no-store')
  @Idempotent()
  @ApiCaptainWithdraw()
  withdraw(@Param('team_id') teamId: string, @Query('token') token: unknown, @Req() req: HttpRequest) {
    addRequestLogFields(req, { team_id: teamId });
    return this.captains.withdraw(teamId, token);
  }
}
