import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Request } from 'express';
import { Idempotent, outcomeRecorderFor } from '../hardening/idempotency.interceptor.js';
import { multipartInterceptor } from '../hardening/multipart.interceptor.js';
import { ApiRegisterTeam, ApiRegistrationStatus } from './registration.docs.js';
import { addRequestLogFields } from '../hardening/request-logging.js';
import { parseRegistrationForm, type ReceivedFiles } from './registration-form.js';
import { RegistrationStatusService } from './registration-status.service.js';
import { RegistrationOpenGuard } from './registration-window.js';
import { RegistrationService, type RegistrationResult } from './registration.service.js';

/** The registration form's multipart limits; an edit through the captain's link sends the same form. */
export const RegistrationMultipart = multipartInterceptor((config) => ({
  files: { logo: config.registration.maxLogoBytes, payment_receipt: config.registration.maxReceiptBytes },
  maxFields: 30,
  maxFieldBytes: 64 * 1024,
}));

/** The form's files as the multipart interceptor left them on the request. */
export function receivedFiles(req: Request): ReceivedFiles {
  const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
  return { logo: files.logo?.[0]?.buffer, payment_receipt: files.payment_receipt?.[0]?.buffer };
}

@Controller('api')
export class RegistrationController {
  constructor(
    @Inject(RegistrationService) private readonly registrations: RegistrationService,
    @Inject(RegistrationStatusService) private readonly status: RegistrationStatusService,
  ) {}

  @Post('registration')
  @HttpCode(200)
  @UseGuards(RegistrationOpenGuard)
  @Idempotent() // above the multipart interceptor, so it runs after it and sees the files
  @UseInterceptors(RegistrationMultipart)
  @ApiRegisterTeam()
  async register(@Body() fields: Record<string, unknown>, @Req() req: Request): Promise<RegistrationResult> {
    const form = parseRegistrationForm(fields, receivedFiles(req));
    const result = await this.registrations.register(form, outcomeRecorderFor(req));
    addRequestLogFields(req, { team_id: result.team_id });
    return result;
  }

  /** Declared before `registration/:team_id` (CaptainController), so `status` is not read as a team ID. */
  @Get('registration/status')
  @Header('Cache-Control', 'public, max-age=1')
  @ApiRegistrationStatus()
  registrationStatus(@Query() query: Record<string, unknown>) {
    return this.status.status(query);
  }
}
