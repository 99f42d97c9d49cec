import { Body, Controller, HttpCode, Inject, Post, Req, UseInterceptors } from '@nestjs/common';
import type { Request } from 'express';
import { Idempotent, outcomeRecorderFor } from '../hardening/idempotency.interceptor.js';
import { multipartInterceptor } from '../hardening/multipart.interceptor.js';
import { ApiRegisterTeam } from './registration.docs.js';
import { addRequestLogFields } from '../hardening/request-logging.js';
import { parseRegistrationForm } from './registration-form.js';
import { RegistrationService, type RegistrationResult } from './registration.service.js';

const RegistrationMultipart = multipartInterceptor((config) => ({
  files: { logo: config.registration.maxLogoBytes, payment_receipt: config.registration.maxReceiptBytes },
  maxFields: 30,
  maxFieldBytes: 64 * 1024,
}));

@Controller('api')
export class RegistrationController {
  constructor(@Inject(RegistrationService) private readonly registrations: RegistrationService) {}

  @Post('registration')
  @HttpCode(200)
  @Idempotent() // above the multipart interceptor, so it runs after it and sees the files
  @UseInterceptors(RegistrationMultipart)
  @ApiRegisterTeam()
  async register(@Body() fields: Record<string, unknown>, @Req() req: Request): Promise<RegistrationResult> {
    const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
    const form = parseRegistrationForm(fields, {
      logo: files.logo?.[0]?.buffer,
      payment_receipt: files.payment_receipt?.[0]?.buffer,
    });
    const result = await this.registrations.register(form, outcomeRecorderFor(req));
    addRequestLogFields(req, { team_id: result.team_id });
    return result;
  }
}
