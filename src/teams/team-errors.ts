import { AppError } from '../common/app-error.js';
import { ALLOWED_FROM, canChange, type TeamChange, type TeamStatus } from './team.js';

/** The one answer to an unknown team, and to a wrong or missing link token alike, so IDs can't be probed. */
export function teamNotFound(): AppError {
  return new AppError('NOT_FOUND', 'No team with this team ID');
}

/** Refuses a change the team's status does not allow (see ALLOWED_FROM). */
export function assertCanChange(from: TeamStatus, change: TeamChange): void {
  if (canChange(from, change)) return;
  throw new AppError(
    'INVALID_STATUS_TRANSITION',
    `A ${from} team cannot be ${change}; only ${ALLOWED_FROM[change].join(' or ')} teams can`,
    change === 'edited' ? { current_status: from } : { current_status: from, requested_status: change },
  );
}

export function duplicateTeam(): AppError {
  return new AppError('DUPLICATE_TEAM');
}

export function churchLimitReached(): AppError {
  return new AppError('CHURCH_LIMIT_REACHED');
}

export function registrationFull(maxTeams: number | undefined): AppError {
  return new AppError('REGISTRATION_FULL', undefined, { max_teams: maxTeams ?? null });
}
