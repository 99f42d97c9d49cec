import { Module } from '@nestjs/common';
import { CaptainLinkGuard } from './captain-link.guard.js';
import { CaptainController } from './captain.controller.js';
import { CaptainRepository } from './captain.repository.js';
import { CaptainService } from './captain.service.js';
import { RegistrationStatusService } from './registration-status.service.js';
import { RegistrationOpenGuard, RegistrationWindow } from './registration-window.js';
import { RegistrationController } from './registration.controller.js';
import { RegistrationRepository } from './registration.repository.js';
import { RegistrationService } from './registration.service.js';
import { TeamFileUploads } from './team-file-uploads.js';
import { TeamPlaces } from './team-places.js';
import { TeamRecords } from './team-records.js';

/**
 * Registration and its lifecycle: the window, the places and waitlist, the public status and the
 * captain's private link. The admin module uses its places and records.
 */
@Module({
  // RegistrationController first: its `registration/status` must match before `registration/:team_id`.
  controllers: [RegistrationController, CaptainController],
  providers: [
    RegistrationService,
    RegistrationRepository,
    RegistrationStatusService,
    RegistrationWindow,
    RegistrationOpenGuard,
    CaptainService,
    CaptainLinkGuard,
    CaptainRepository,
    TeamFileUploads,
    TeamPlaces,
    TeamRecords,
  ],
  exports: [TeamPlaces, TeamRecords],
})
export class RegistrationModule {}
