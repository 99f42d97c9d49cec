import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module.js';
import { RegistrationController } from './registration.controller.js';

/** The public form: registering a team inside the window, and the public status of places. */
@Module({
  imports: [TeamsModule],
  controllers: [RegistrationController],
})
export class RegistrationModule {}
