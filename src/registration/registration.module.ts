import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module.js';
import { RegistrationStatusService } from './registration-status.service.js';
import { RegistrationOpenGuard, RegistrationWindow } from './registration-window.js';
import { RegistrationController } from './registration.controller.js';
import { RegistrationService } from './registration.service.js';

/** The public form: registering a team inside the window, and the public status of places. */
@Module({
  imports: [TeamsModule],
  controllers: [RegistrationController],
  providers: [RegistrationService, RegistrationStatusService, RegistrationWindow, RegistrationOpenGuard],
})
export class RegistrationModule {}
