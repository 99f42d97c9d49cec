import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module.js';
import { RegistrationStatusController } from './registration-status.controller.js';
import { RegistrationController } from './registration.controller.js';

/** The public form: registering a team inside the window, and the public status of places. */
@Module({
  imports: [TeamsModule],
  controllers: [RegistrationController, RegistrationStatusController],
})
export class RegistrationModule {}
