import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { RegistrationStatusService } from '../teams/registration-status.service.js';
import { ApiRegistrationStatus } from './registration.docs.js';

/**
 * Whether registration is open and how many places are left: what the countdown page polls. Without
 * `@RequestTimeout()`, unlike the other controllers: the service bounds the route's one query by
 * REQUEST_TIMEOUT itself, and the poll skips Nest's interceptor pipeline (issue 15).
 */
@Controller('api')
export class RegistrationStatusController {
  constructor(@Inject(RegistrationStatusService) private readonly status: RegistrationStatusService) {}

  @Get('registration/status')
  @Header('Cache-Control', 'public, max-age=1')
  @ApiRegistrationStatus()
  registrationStatus(@Query() query: Record<string, unknown>) {
    return this.status.status(query);
  }
}
