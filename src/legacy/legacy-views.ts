import type { TeamRecord } from '../teams/teams.repository.js';
import type { FileLinks } from '../teams/team-view.js';
import type { RegistrationResult } from '../teams/registration.service.js';
import type { ReviewResult } from '../teams/team-reviews.js';
import { TEAM_DOCUMENT } from '../teams/documents.js';
import type { TeamRow, TeamStatus } from '../teams/team.js';
import { PLAYER_FIELDS, TEAM_FILES } from './legacy-form.js';

/**
 * Our teams in the FastAPI backend's response shapes: camelCase under `/admin`, snake_case under
 * `/api/teams`, as each of its routes answered. Document links are absolute (a signed, expiring link
 * for every private document), or null when there is none (or it waits to be uploaded).
 */

/**
 * Our statuses in its words. `approved` is its `confirmed`. Waitlisted and withdrawn teams (it had
 * neither) keep their names: the front-end lists them under "All" with that word and offers no buttons
 * (a waitlisted team becomes `pending` by itself when a place frees up; a withdrawn one is final).
 */
export const LEGACY_STATUS = {
  pending: 'pending',
  approved: 'confirmed',
  rejected: 'rejected',
  waitlisted: 'waitlisted',
  withdrawn: 'withdrawn',
} as const satisfies Record<TeamStatus, string>;

/** A team row with its files (players' too), as the views need it. */
export type TeamWithFiles = Pick<TeamRecord, 'team' | 'files'>;

type Files = TeamRecord['files'];
type Naming = (snakeName: string) => string;
const snake: Naming = (name) => name;
const camel: Naming = (name) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The link to a team's (or a player's) document of a kind, or null. */
function linkOf(files: Files, links: FileLinks, kind: string, player = TEAM_DOCUMENT) {
  const file = files.find((f) => f.kind === kind && f.playerPosition === player);
  return file ? links.urlOf(file) : null;
}

/** `pastorLetter`/`pastor_letter`, ...: the team's documents under the form's names. */
function teamDocuments(files: Files, links: FileLinks, name: Naming) {
  return Object.fromEntries(
    Object.keys(TEAM_FILES).map((kind) => [name(kind), linkOf(files, links, kind)]),
  ) as Record<string, string | null>;
}

function players(record: TeamRecord, links: FileLinks, name: Naming) {
  return record.players.map((p) => ({
    [name('player_id')]: `${record.team.teamId}-P${String(p.position + 1).padStart(2, '0')}`,
    // The front-end's team page reads `playerId` whichever route it called.
    playerId: `${record.team.teamId}-P${String(p.position + 1).padStart(2, '0')}`,
    name: p.name,
    role: p.role,
    ...Object.fromEntries(
      (['aadhar_file', 'subscription_file'] as const).map((field) => [
        name(field),
        linkOf(record.files, links, PLAYER_FIELDS[field].native, p.position),
      ]),
    ),
  }));
}

/** A contact (captain or vice-captain), or null when nothing of one was given. */
function contact(values: Record<string, string | null>) {
  return Object.values(values).every((v) => v === null) ? null : values;
}

const registrationDate = (team: TeamRow) => team.createdAt.toISOString();

/** The captain and vice-captain as both detail routes show them (the same keys on either). */
function contacts(team: TeamRow) {
  return {
    captain: {
      name: team.captainName,
      phone: team.captainPhone,
      email: team.captainEmail,
      whatsapp: team.captainWhatsapp,
    },
    viceCaptain: contact({
      name: team.viceCaptainName,
      phone: team.viceCaptainPhone,
      email: team.viceCaptainEmail,
      whatsapp: team.viceCaptainWhatsapp,
    }),
  };
}

/** `GET /admin/teams`: one item per team. */
export function adminListItem({ team, files }: TeamWithFiles, links: FileLinks) {
  return {
    teamId: team.teamId,
    teamName: team.teamName,
    churchName: team.churchName,
    captainName: team.captainName,
    captainPhone: team.captainPhone,
    captainEmail: team.captainEmail,
    viceCaptainName: team.viceCaptainName,
    viceCaptainPhone: team.viceCaptainPhone,
    viceCaptainEmail: team.viceCaptainEmail,
    playerCount: team.playerCount,
    registrationDate: registrationDate(team),
    registrationStatus: LEGACY_STATUS[team.status],
    ...teamDocuments(files, links, camel),
  };
}

/** `GET /admin/teams/:team_id`. */
export function adminDetail(record: TeamRecord, links: FileLinks) {
  const { team } = record;
  return {
    team: {
      teamId: team.teamId,
      teamName: team.teamName,
      churchName: team.churchName,
      ...contacts(team),
      ...teamDocuments(record.files, links, camel),
      registrationDate: registrationDate(team),
      registrationStatus: LEGACY_STATUS[team.status],
    },
    players: players(record, links, camel),
  };
}

/** `GET /api/teams`: one item per team. */
export function teamListItem({ team, files }: TeamWithFiles, links: FileLinks) {
  return {
    team_id: team.teamId,
    team_name: team.teamName,
    church_name: team.churchName,
    captain_name: team.captainName,
    ...teamDocuments(files, links, snake),
    registration_date: registrationDate(team),
  };
}

/** `GET /api/teams/:team_id`. */
export function teamDetail(record: TeamRecord, links: FileLinks) {
  const { team } = record;
  return {
    team: {
      team_id: team.teamId,
      team_name: team.teamName,
      church_name: team.churchName,
      ...contacts(team),
      ...teamDocuments(record.files, links, snake),
      registration_date: registrationDate(team),
    },
    players: players(record, links, snake),
  };
}

/** Our registration answer, plus what the FastAPI backend answered (`registration_status`). */
export function legacyRegistrationResult(result: RegistrationResult) {
  return { ...result, registration_status: LEGACY_STATUS[result.status] };
}

/** Our review answer, plus what the FastAPI backend answered; the email goes out through the outbox. */
export function legacyReviewResult(result: ReviewResult) {
  const confirmed = result.data.status === 'approved';
  return {
    ...result,
    message: confirmed ? 'Team registration confirmed successfully' : 'Team registration rejected',
    team_id: result.data.team_id,
    registration_status: LEGACY_STATUS[result.data.status],
    email_notification: 'queued' as const,
  };
}
