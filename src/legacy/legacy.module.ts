import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module.js';
import { LegacyAdminController } from './legacy-admin.controller.js';
import { LegacyRegistrationController } from './legacy-registration.controller.js';
import { LegacyTeamsRepository } from './legacy-teams.repository.js';

/**
 * The FastAPI backend's API for the existing front-end, on the shared core: it only maps shapes.
 * Mounted under LEGACY_API_PREFIX by AppModule (RouterModule), or not at all. Its request hooks
 * (`noStoreForLegacyAdmin`, `rejectOversizeBodies`) are added by `createApp`.
 */
@Module({
  imports: [TeamsModule],
  controllers: [LegacyRegistrationController, LegacyAdminController],
  providers: [LegacyTeamsRepository],
})
export class LegacyModule {}
