import { Module } from '@nestjs/common';
import { NameKeyRefresh } from './name-key-refresh.js';
import { TeamFiles } from './team-files.js';
import { TeamPlaces } from './team-places.js';
import { TeamsRepository } from './teams.repository.js';

/** The domain core every door uses: team rows, places and the lock protocol, team files, name keys. */
@Module({
  providers: [TeamsRepository, TeamPlaces, TeamFiles, NameKeyRefresh],
  exports: [TeamsRepository, TeamPlaces, TeamFiles],
})
export class TeamsModule {}
