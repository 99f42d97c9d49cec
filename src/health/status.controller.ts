import { Controller, Get, Inject } from '@nestjs/common';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { ApiStatus } from './health.docs.js';
import { StatusService } from './status.service.js';

@Controller()
@RequestTimeout()
export class StatusController {
  constructor(@Inject(StatusService) private readonly statusService: StatusService) {}

  @Get('status')
  @ApiStatus()
  status() {
    return this.statusService.status();
  }
}
