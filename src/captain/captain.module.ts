import { Module } from '@nestjs/common';
import { TeamsModule } from '../teams/teams.module.js';
import { CaptainLinkGuard } from './captain-link.guard.js';
import { CaptainController } from './captain.controller.js';
import { CaptainService } from './captain.service.js';

/** The captain's private link: view, correct and withdraw the registration. */
@Module({
  imports: [TeamsModule],
  controllers: [CaptainController],
  providers: [CaptainService, CaptainLinkGuard],
})
export class CaptainModule {}
