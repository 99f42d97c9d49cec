import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { HttpRequest } from '../hardening/http.js';
import { teamNotFound } from '../teams/team-errors.js';
import { TeamsRepository } from '../teams/teams.repository.js';
import { tokenHashFor } from './captain.service.js';

/**
 * Checks the captain's link before anything else runs on a changing route: as a guard it comes before
 * the idempotency interceptor, so a stored outcome (with the team's personal data) is never replayed to
 * a request without the right token, and a wrong token's 404 is never stored for the captain's retry.
 */
@Injectable()
export class CaptainLinkGuard implements CanActivate {
  constructor(@Inject(TeamsRepository) private readonly teams: TeamsRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<HttpRequest>();
    const teamId = String((req.params as Record<string, string>).team_id);
    if (!(await this.teams.head(teamId, tokenHashFor(teamId, (req.query as Record<string, unknown>).token))))
      throw teamNotFound();
    return true;
  }
}
