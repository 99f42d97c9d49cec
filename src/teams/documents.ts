import {
  DOCUMENT_KINDS,
  type DocumentKind,
  PLAYER_DOCUMENT_KINDS,
  type PlayerDocumentKind,
  TEAM_DOCUMENT_KINDS,
} from '../common/document-kinds.js';
import type { SniffedType } from '../storage/file-content.js';
import type { Visibility } from '../storage/file-storage.js';
import { slotFileName } from '../storage/pending-uploads.js';
import { MAX_PLAYERS } from './team.js';

export { DOCUMENT_KINDS, PLAYER_DOCUMENT_KINDS, TEAM_DOCUMENT_KINDS, type DocumentKind };

/** `player_position` of a team's own document (a player's is the player's position, from 0). */
export const TEAM_DOCUMENT = -1;

const IMAGES: SniffedType[] = ['image/png', 'image/jpeg'];
const IMAGES_OR_PDF: SniffedType[] = ['image/png', 'image/jpeg', 'application/pdf'];

interface DocumentRule {
  /** What a captain calls it (error messages, admin views). */
  label: string;
  /** Recognised by content (storage/file-content.ts), never by name or declared type. */
  accepts: SniffedType[];
  /**
   * Only the logo is public (a site shows it). Every other document (an ID proof is sensitive personal
   * data) has no public address: it is shown only as a signed link that expires.
   */
  visibility: Visibility;
}

/** Each kind's rules: the one place they are decided; a new kind does not compile until it is listed. */
export const DOCUMENT_RULES: Record<DocumentKind, DocumentRule> = {
  logo: { label: 'Team logo', accepts: IMAGES, visibility: 'public' },
  payment_receipt: { label: 'Payment receipt', accepts: IMAGES_OR_PDF, visibility: 'private' },
  pastor_letter: { label: "Pastor's letter", accepts: IMAGES_OR_PDF, visibility: 'private' },
  group_photo: { label: 'Group photo', accepts: IMAGES_OR_PDF, visibility: 'private' },
  id_proof: { label: 'ID proof', accepts: IMAGES_OR_PDF, visibility: 'private' },
  consent_form: { label: 'Consent form', accepts: IMAGES_OR_PDF, visibility: 'private' },
};

export const PRIVATE_KINDS = DOCUMENT_KINDS.filter((kind) => DOCUMENT_RULES[kind].visibility === 'private');

/** A document's place: the team's own (`player` is TEAM_DOCUMENT) or one player's. */
export interface DocumentSlot {
  kind: DocumentKind;
  player: number;
}

export function isPlayerKind(kind: DocumentKind): kind is PlayerDocumentKind {
  return (PLAYER_DOCUMENT_KINDS as readonly string[]).includes(kind);
}

/**
 * The multipart field a document is sent in on the native routes: its kind for a team document
 * (`pastor_letter`), `players[N].<kind>` for a player's (`players[3].id_proof`, N from 0 as in
 * `field_errors`' `players[3].name`).
 */
export function documentField({ kind, player }: DocumentSlot): string {
  return player === TEAM_DOCUMENT ? kind : `players[${player}].${kind}`;
}

/** Every document field a form may carry, team documents first. */
export const DOCUMENT_FIELDS: string[] = [
  ...TEAM_DOCUMENT_KINDS.map((kind) => documentField({ kind, player: TEAM_DOCUMENT })),
  ...Array.from({ length: MAX_PLAYERS }, (_, player) =>
    PLAYER_DOCUMENT_KINDS.map((kind) => documentField({ kind, player })),
  ).flat(),
];

const PLAYER_FIELD = /^players\[(\d{1,2})\]\.([a-z_]+)$/;

/** The slot a multipart field names, or undefined for a field that is not a document's. */
export function documentSlotOf(field: string): DocumentSlot | undefined {
  if ((TEAM_DOCUMENT_KINDS as readonly string[]).includes(field)) {
    return { kind: field as DocumentKind, player: TEAM_DOCUMENT };
  }
  const match = PLAYER_FIELD.exec(field);
  if (!match) return undefined;
  const player = Number(match[1]);
  const kind = match[2] as DocumentKind;
  return isPlayerKind(kind) && player < MAX_PLAYERS ? { kind, player } : undefined;
}

/** Where a stored document is named within its team's folder: `pastor_letter`, `player-3-id_proof`. */
export function storageName({ kind, player }: DocumentSlot): string {
  return slotFileName({ kind, playerPosition: player });
}

/**
 * The kinds every team is expected to have, whichever route registered it (a team does not record
 * which): those REQUIRED_DOCUMENTS and LEGACY_REQUIRED_DOCUMENTS require, together. Against these the
 * views show a document as `missing` and the admin's stats and export count what a team lacks.
 */
export function expectedDocuments(required: {
  native: readonly DocumentKind[];
  legacy: readonly DocumentKind[];
}): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => required.native.includes(kind) || required.legacy.includes(kind));
}

/**
 * The documents missing from a team of `playerCount` players, of the `required` kinds (a player's kind
 * means every player's), as slots.
 */
export function missingDocuments(
  required: readonly DocumentKind[],
  playerCount: number,
  present: readonly DocumentSlot[],
): DocumentSlot[] {
  const has = new Set(present.map((slot) => documentField(slot)));
  const wanted = required.flatMap((kind): DocumentSlot[] =>
    isPlayerKind(kind)
      ? Array.from({ length: playerCount }, (_, player) => ({ kind, player }))
      : [{ kind, player: TEAM_DOCUMENT }],
  );
  return wanted.filter((slot) => !has.has(documentField(slot)));
}
