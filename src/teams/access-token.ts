import { createHash, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

/** 256 random bits, base64url: the captain's private-link token. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new token, and the SHA-256 that is all the database keeps of it. */
export function newAccessToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashAccessToken(token) };
}

export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The hash to look a team up by, or undefined for anything that can't be a token (never a match). */
export function accessTokenHashOf(token: unknown): string | undefined {
  return typeof token === 'string' && TOKEN_SHAPE.test(token) ? hashAccessToken(token) : undefined;
}

/**
 * The captain's private link: REGISTRATION_PORTAL_URL (a front-end page) with `team_id` and `token`
 * added to its query, or by default this API's own `GET /api/registration/:team_id?token=...`.
 */
export function portalLink(config: AppConfig, teamId: string, token: string): string {
  const portal = config.registration.portalUrl;
  if (!portal) {
    return `${config.http.publicUrl}/api/registration/${encodeURIComponent(teamId)}?token=${token}`;
  }
  const url = new URL(portal);
  url.searchParams.set('team_id', teamId);
  url.searchParams.set('token', token);
  return url.toString();
}
