import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module.js';
import { AdminTeamsRepository } from './admin-teams.repository.js';
import { AdminTeamsService } from './admin-teams.service.js';
import { AdminController } from './admin.controller.js';

@Module({
  imports: [TeamsModule],
  controllers: [AdminController],
  providers: [AdminTeamsService, AdminTeamsRepository],
})
export class AdminModule {}
