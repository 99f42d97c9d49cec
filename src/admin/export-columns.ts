import type { PlayerDocumentKind, TeamDocumentKind } from '../common/document-kinds.js';
import {
  documentField,
  PLAYER_DOCUMENT_KINDS,
  TEAM_DOCUMENT,
  TEAM_DOCUMENT_KINDS,
} from '../teams/documents.js';
import type { ExportedTeam } from './admin-teams.repository.js';
import type { CsvCell } from './csv.js';

type Player = ExportedTeam['players'][number];

/** An exported team as written: its documents' links (made when the batch is written) and what it lacks. */
export type ExportRow = ExportedTeam & {
  /** A link per document sent, by its field (`pastor_letter`, `players[3].id_proof`); null while pending. */
  links: Map<string, string | null>;
  /** The fields of the documents it is expected to have and lacks, `; `-separated. */
  missing: string;
};

type Column = [header: string, cell: (row: ExportRow, player?: Player) => CsvCell];

const teamLink = (kind: TeamDocumentKind): Column => [
  `${kind}_url`,
  ({ links }) => links.get(documentField({ kind, player: TEAM_DOCUMENT })),
];
const playerLink = (kind: PlayerDocumentKind): Column => [
  `player_${kind}_url`,
  ({ links }, player) => (player ? links.get(documentField({ kind, player: player.position })) : null),
];

/** The two document columns from before teams had more documents: kept where they were. */
const FIRST_LINKS: TeamDocumentKind[] = ['logo', 'payment_receipt'];

/**
 * The CSV export's columns, one record per player: the header, and how each record's cell is read.
 * Columns added later are appended, so a reader that counts columns finds the older ones where they were.
 */
export const EXPORT_COLUMNS: Column[] = [
  ['team_id', ({ team }) => team.teamId],
  ['team_name', ({ team }) => team.teamName],
  ['church_name', ({ team }) => team.churchName],
  ['status', ({ team }) => team.status],
  ['captain_name', ({ team }) => team.captainName],
  ['captain_phone', ({ team }) => team.captainPhone],
  ['captain_email', ({ team }) => team.captainEmail],
  ['captain_whatsapp', ({ team }) => team.captainWhatsapp],
  ['vice_captain_name', ({ team }) => team.viceCaptainName],
  ['vice_captain_phone', ({ team }) => team.viceCaptainPhone],
  ['vice_captain_email', ({ team }) => team.viceCaptainEmail],
  ['vice_captain_whatsapp', ({ team }) => team.viceCaptainWhatsapp],
  ['coach_name', ({ team }) => team.coachName],
  ['player_count', ({ team }) => team.playerCount],
  ...FIRST_LINKS.map(teamLink),
  ['created_at', ({ team }) => team.createdAt.toISOString()],
  ['player_position', (_, player) => (player ? player.position + 1 : null)],
  ['player_name', (_, player) => player?.name],
  ['player_role', (_, player) => player?.role],
  ['player_phone', (_, player) => player?.phone],
  ...TEAM_DOCUMENT_KINDS.filter((kind) => !FIRST_LINKS.includes(kind)).map(teamLink),
  ['missing_documents', ({ missing }) => missing],
  ...PLAYER_DOCUMENT_KINDS.map(playerLink),
];

export const EXPORT_HEADER = EXPORT_COLUMNS.map(([header]) => header);
