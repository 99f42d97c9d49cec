import { teamStatus, type teams } from '../database/schema.js';

export type TeamRow = typeof teams.$inferSelect;
export type NewTeamRow = typeof teams.$inferInsert;

export const MIN_PLAYERS = 11;
export const MAX_PLAYERS = 15;

export const TEAM_STATUSES = teamStatus.enumValues;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

/**
 * What may happen to a team, and from which statuses (the README's lifecycle diagram):
 * an admin approves or rejects a pending or waitlisted team; its captain corrects it while pending or
 * waitlisted, and withdraws it unless it is already rejected or withdrawn. Rejected and withdrawn are
 * final. (A waitlisted team moving up to pending is the places' doing: see TeamPlaces.fillFreePlaces.)
 */
export const ALLOWED_FROM = {
  approved: ['pending', 'waitlisted'],
  rejected: ['pending', 'waitlisted'],
  withdrawn: ['pending', 'waitlisted', 'approved'],
  edited: ['pending', 'waitlisted'],
} as const satisfies Record<string, readonly TeamStatus[]>;

export type TeamChange = keyof typeof ALLOWED_FROM;

export function canChange(from: TeamStatus, change: TeamChange): boolean {
  return (ALLOWED_FROM[change] as readonly TeamStatus[]).includes(from);
}

/** `ICCT-001`: anything else (a NUL byte, a path fragment) can't name a team and never reaches the database. */
export function isTeamIdShaped(teamId: string): boolean {
  return /^[A-Z0-9]{1,12}-[0-9]{3,9}$/.test(teamId);
}
