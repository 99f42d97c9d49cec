import { Controller, Get, Inject } from '@nestjs/common';
import { StatusService } from './status.service.js';

@Controller()
export class StatusController {
  constructor(@Inject(StatusService) private readonly statusService: StatusService) {}

  @Get('status')
  status() {
    return this.statusService.status();
  }
}
