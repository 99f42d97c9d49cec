import { describe, expect, it } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { useTestApp } from './support/test-app.js';
import { register, registrationForm, validFields } from './support/fixtures.js';

/** A clock the test sets: the window's edges are checked at exact instants, never by sleeping. */
class SetClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return new Date(this.at);
  }
}

const OPENS = '2026-01-10T09:00:00+05:30';
const CLOSES = '2026-01-31T23:59:59+05:30';
const opensAt = new Date(OPENS).getTime();
const closesAt = new Date(CLOSES).getTime();

describe('the registration window', () => {
  const clock = new SetClock(new Date(opensAt - 1));
  const server = useTestApp('pglite', {
    env: { REGISTRATION_OPENS_AT: OPENS, REGISTRATION_CLOSES_AT: CLOSES, REGISTRATION_STATUS_CACHE_MS: '0' },
    app: { clock },
  });

  const statusNow = async () => (await (await fetch(`${server.url}/api/registration/status`)).json()) as any;

  it.each([
    ['1 ms before it opens', opensAt - 1, 403],
    ['the instant it opens', opensAt, 200],
    ['1 ms after it opens', opensAt + 1, 200],
    ['1 ms before it closes', closesAt - 1, 200],
    ['the instant it closes', closesAt, 403],
    ['1 ms after it closes', closesAt + 1, 403],
  ])('%s: %i', async (_label, at, expected) => {
    clock.at = new Date(at);
    const res = await register(server.url, registrationForm(validFields()));
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    const status = await statusNow();
    expect(status.open).toBe(expected === 200);
    if (expected === 403) {
      expect(res.body).toMatchObject({
        success: false,
        error_code: 'REGISTRATION_CLOSED',
        details: { opens_at: '2026-01-10T03:30:00.000Z', closes_at: '2026-01-31T18:29:59.000Z' },
      });
      expect(res.body.message).toBe(
        at < opensAt
          ? 'Registration opens at 2026-01-10T03:30:00.000Z'
          : 'Registration closed at 2026-01-31T18:29:59.000Z',
      );
    }
  });

  it('does not store a closed answer under the idempotency key: the same key works once it opens', async () => {
    const form = () => registrationForm(fields);
    const fields = validFields();
    const key = { 'Idempotency-Key': `window-${Date.now()}` };
    clock.at = new Date(opensAt - 1000);
    expect((await register(server.url, form(), key)).status).toBe(403);
    clock.at = new Date(opensAt + 1000);
    const accepted = await register(server.url, form(), key);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const replay = await register(server.url, form(), key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.team_id).toBe(accepted.body.team_id);
  });

  it('answers a retry after the close with its stored outcome, and a new key with 403', async () => {
    const fields = validFields();
    const key = { 'Idempotency-Key': `late-retry-${Date.now()}` };
    clock.at = new Date(closesAt - 1000);
    const accepted = await register(server.url, registrationForm(fields), key);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    clock.at = new Date(closesAt + 1000);
    const retry = await register(server.url, registrationForm(fields), key);
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.team_id).toBe(accepted.body.team_id);
    const other = await register(server.url, registrationForm(validFields()), {
      'Idempotency-Key': `late-new-${Date.now()}`,
    });
    expect(other.body).toMatchObject({ error_code: 'REGISTRATION_CLOSED' });
  });

  it('reports the window on the public status endpoint', async () => {
    clock.at = new Date(closesAt + 60_000);
    expect(await statusNow()).toMatchObject({
      success: true,
      open: false,
      opens_at: '2026-01-10T03:30:00.000Z',
      closes_at: '2026-01-31T18:29:59.000Z',
    });
  });
});
