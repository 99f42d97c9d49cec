/** The S1 request: a multipart registration with 11 players and a 20 KB PNG logo, unique per call. */
import { randomBytes } from 'node:crypto';

export const LOGO_BYTES = 20 * 1024;

const FIRST_NAMES = ['Samuel', 'Joseph', 'Mathew', 'Abraham', 'Daniel', 'Thomas', 'John', 'Paul', 'Philip'];
const SURNAMES = ['Raj', 'Kumar', 'Varghese', 'Chacko', 'Daniel', 'Jacob', 'Peter', 'Cherian', 'George'];
const ROLES = ['Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper'];

/** A real 1x1 PNG padded to `size` bytes: the server recognises files by their bytes. */
export function pngBytes(size = LOGO_BYTES) {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  return Buffer.concat([png, Buffer.alloc(Math.max(0, size - png.length), 0x20)]);
}

export function benchPlayers() {
  return Array.from({ length: 11 }, (_, i) => ({
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 5) % SURNAMES.length]}`,
    role: ROLES[i % ROLES.length],
    phone: String(9_800_000_000 + i),
  }));
}

/**
 * Builds bodies from fixed pieces around the two unique values (team and church name), so a new body
 * costs one Buffer.concat: cheap enough to make one per request inside autocannon's setupRequest.
 */
export function registrationBodies(runTag) {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const field = (name, value) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const TEAM = '\u0000team\u0000';
  const CHURCH = '\u0000church\u0000';
  const text =
    field('team_name', TEAM) +
    field('church_name', CHURCH) +
    field('captain_name', 'Samuel Joseph') +
    field('captain_phone', '9876543210') +
    field('captain_email', 'captain@example.org') +
    field('captain_whatsapp', '9876543211') +
    field('coach_name', 'Coach Mathew') +
    field('players', JSON.stringify(benchPlayers())) +
    `--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\n` +
    'Content-Type: image/png\r\n\r\n';
  const [beforeTeam, rest] = text.split(TEAM);
  const [betweenNames, afterChurch] = rest.split(CHURCH);
  const pieces = [beforeTeam, betweenNames, afterChurch].map((s) => Buffer.from(s));
  const tail = Buffer.concat([pngBytes(), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  let sequence = 0;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    next() {
      sequence += 1;
      return Buffer.concat([
        pieces[0],
        Buffer.from(`Bench Team ${runTag} ${sequence}`),
        pieces[1],
        Buffer.from(`Bench Church ${runTag} ${sequence}`),
        pieces[2],
        tail,
      ]);
    },
  };
}
