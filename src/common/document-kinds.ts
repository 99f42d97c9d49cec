/**
 * The documents a team registers with: the team's own (its logo, the pastor's letter endorsing it, the
 * payment receipt, a group photo) and each player's (an ID proof and a signed consent form). The one
 * list of names, shared by the schema's enum and the config (REQUIRED_DOCUMENTS); what each kind
 * accepts and who may see it is in teams/documents.ts.
 */
// In the order of the database enum, which only grows at its end.
export const TEAM_DOCUMENT_KINDS = ['logo', 'payment_receipt', 'pastor_letter', 'group_photo'] as const;
export const PLAYER_DOCUMENT_KINDS = ['id_proof', 'consent_form'] as const;
export const DOCUMENT_KINDS = [...TEAM_DOCUMENT_KINDS, ...PLAYER_DOCUMENT_KINDS] as const;

export type TeamDocumentKind = (typeof TEAM_DOCUMENT_KINDS)[number];
export type PlayerDocumentKind = (typeof PLAYER_DOCUMENT_KINDS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
