import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../src/database/database.js';
import { outboxEmails, teams } from '../../src/database/schema.js';
import {
  readResponse,
  register,
  registrationForm,
  validFields,
  type FormFields,
  type FormFiles,
} from './fixtures.js';

/** The token in the newest email of `kind` to the team (the confirmation, or a resent link). */
export async function tokenFromEmail(
  database: Database,
  teamId: string,
  kind = 'registration_confirmation',
): Promise<string> {
  const [team] = await database.db.select({ id: teams.id }).from(teams).where(eq(teams.teamId, teamId));
  const [email] = await database.db
    .select({ text: outboxEmails.textBody })
    .from(outboxEmails)
    .where(and(eq(outboxEmails.teamUuid, team!.id), eq(outboxEmails.kind, kind)))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  const token = /[?&]token=([A-Za-z0-9_-]{43})/.exec(email?.text ?? '')?.[1];
  if (!token) throw new Error(`no ${kind} email with a link for ${teamId}`);
  return token;
}

/** Registers a team and returns its ID and the private-link token from its confirmation email. */
export async function registerWithLink(
  baseUrl: string,
  database: Database,
  fields: FormFields = validFields(),
  files: FormFiles = {},
): Promise<{ teamId: string; token: string; body: any }> {
  const res = await register(baseUrl, registrationForm(fields, files));
  if (res.status !== 200) throw new Error(`registration failed: ${res.status} ${JSON.stringify(res.body)}`);
  const teamId = res.body.team_id as string;
  return { teamId, token: await tokenFromEmail(database, teamId), body: res.body };
}

/** A request through the captain's link: GET (view), PATCH (edit, multipart) or POST .../withdraw. */
export async function captainRequest(
  baseUrl: string,
  teamId: string,
  token: string | undefined,
  init: {
    method?: 'GET' | 'PATCH' | 'POST';
    path?: string;
    body?: FormData;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  return readResponse(
    await fetch(`${baseUrl}/api/registration/${teamId}${init.path ?? ''}${query}`, {
      method: init.method ?? 'GET',
      body: init.body,
      headers: init.headers,
    }),
  );
}

/** A multipart edit body: only the given fields and files. */
export function editForm(fields: FormFields, files: FormFiles = {}): FormData {
  return registrationForm(fields, { logo: null, ...files });
}
