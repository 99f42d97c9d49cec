import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TeamsModule } from '../teams/teams.module.js';
import { LegacyAdminController } from './legacy-admin.controller.js';
import { LegacyRegistrationController } from './legacy-registration.controller.js';
import { LegacyTeamsRepository } from './legacy-teams.repository.js';

/** Admin answers carry personal data: kept by no browser or proxy, refusals (401, 429) included. */
function noStore(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * The FastAPI backend's API for the existing front-end, on the shared core: it only maps shapes.
 * Mounted under LEGACY_API_PREFIX by AppModule (RouterModule), or not at all.
 */
@Module({
  imports: [TeamsModule],
  controllers: [LegacyRegistrationController, LegacyAdminController],
  providers: [LegacyTeamsRepository],
})
export class LegacyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Before the guards: the admin paths outside /admin that the path-based `noStoreForAdmin` misses.
    consumer.apply(noStore).forRoutes(LegacyAdminController);
  }
}
