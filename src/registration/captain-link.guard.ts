import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../common/app-error.js';
import { accessTokenHashOf } from './access-token.js';
import { isTeamIdShaped, TeamRecords } from './team-records.js';

/** The one answer to an unknown team, a wrong token and a missing one alike, so IDs can't be probed. */
export function teamNotFound(): AppError {
  return new AppError(404, 'NOT_FOUND', 'No team with this team ID');
}

/** The token's hash, or the 404 (a malformed team ID or token never reaches the database). */
export function tokenHashFor(teamId: string, token: unknown): string {
  const hash = accessTokenHashOf(token);
  if (!hash || !isTeamIdShaped(teamId)) throw teamNotFound();
  return hash;
}

/**
 * Checks the captain's link before anything else runs on a changing route: as a guard it comes before
 * the idempotency interceptor, so a stored outcome (with the team's personal data) is never replayed to
 * a request without the right token, and a wrong token's 404 is never stored for the captain's retry.
 */
@Injectable()
export class CaptainLinkGuard implements CanActivate {
  constructor(@Inject(TeamRecords) private readonly records: TeamRecords) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const teamId = String(req.params.team_id);
    if (!(await this.records.head(teamId, tokenHashFor(teamId, req.query.token)))) throw teamNotFound();
    return true;
  }
}
