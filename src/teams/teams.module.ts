import { Module } from '@nestjs/common';
import { TeamFiles } from './team-files.js';
import { TeamPlaces } from './team-places.js';
import { TeamsRepository } from './teams.repository.js';

/** The domain core every door uses: team rows, places and the lock protocol, team files. */
@Module({
  providers: [TeamsRepository, TeamPlaces, TeamFiles],
  exports: [TeamsRepository, TeamPlaces, TeamFiles],
})
export class TeamsModule {}
