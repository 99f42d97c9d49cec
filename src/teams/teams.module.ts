import { Module } from '@nestjs/common';
import { NameKeyRefresh } from './name-key-refresh.js';
import { RegistrationStatusService } from './registration-status.service.js';
import { RegistrationOpenGuard, RegistrationWindow } from './registration-window.js';
import { RegistrationService } from './registration.service.js';
import { TeamFiles } from './team-files.js';
import { TeamPlaces } from './team-places.js';
import { TeamReviews } from './team-reviews.js';
import { TeamsRepository } from './teams.repository.js';

const SHARED = [
  TeamsRepository,
  TeamPlaces,
  TeamFiles,
  RegistrationService,
  RegistrationWindow,
  RegistrationOpenGuard,
  RegistrationStatusService,
  TeamReviews,
];

/**
 * The domain core every door uses (the public form, the captain's link, the admin API and the
 * FastAPI-compatible API): registering, reviewing, team rows, places and the lock protocol, team files,
 * the registration window, name keys.
 */
@Module({
  providers: [...SHARED, NameKeyRefresh],
  exports: SHARED,
})
export class TeamsModule {}
