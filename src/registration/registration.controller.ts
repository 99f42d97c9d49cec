import { Body, Controller, HttpCode, Inject, Post, Req, UseGuards } from '@nestjs/common';
import type { HttpRequest } from '../hardening/http.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Idempotent } from '../hardening/idempotency.interceptor.js';
import { addRequestLogFields } from '../hardening/request-logging.js';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { receivedFiles, TeamFormMultipart } from '../teams/form-upload.js';
import { parseRegistrationForm } from '../teams/team-form.js';
import { RegistrationOpenGuard } from '../teams/registration-window.js';
import { ApiRegisterTeam } from './registration.docs.js';
import { RegistrationService, type RegistrationResult } from '../teams/registration.service.js';

/** The public form: register a team (whether registration is open: RegistrationStatusController). */
@Controller('api')
@RequestTimeout()
export class RegistrationController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RegistrationService) private readonly registrations: RegistrationService,
  ) {}

  @Post('registration')
  @HttpCode(200)
  @UseGuards(RegistrationOpenGuard)
  @Idempotent(TeamFormMultipart)
  @ApiRegisterTeam()
  async register(
    @Body() fields: Record<string, unknown>,
    @Req() req: HttpRequest,
  ): Promise<RegistrationResult> {
    const form = parseRegistrationForm(fields, receivedFiles(req), {
      requiredDocuments: this.config.documents.required.native,
    });
    const result = await this.registrations.register(form);
    addRequestLogFields(req, { team_id: result.team_id });
    return result;
  }
}
