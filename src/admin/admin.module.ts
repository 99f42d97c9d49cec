import { Module } from '@nestjs/common';
import { AdminAuthGuard } from './admin-auth.guard.js';
import { AdminKeys } from './admin-keys.js';
import { AdminTeamsRepository } from './admin-teams.repository.js';
import { AdminTeamsService } from './admin-teams.service.js';
import { TeamsModule } from '../teams/teams.module.js';
import { AdminController } from './admin.controller.js';

@Module({
  imports: [TeamsModule],
  controllers: [AdminController],
  providers: [AdminKeys, AdminAuthGuard, AdminTeamsService, AdminTeamsRepository],
})
export class AdminModule {}
