import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/test-app.js';
import { register, registrationForm, validFields } from './support/fixtures.js';

describe('GET /metrics', () => {
  const server = useTestApp('pglite');

  const scrape = async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return res.text();
  };

  it('counts requests and times them by route pattern and status, with process metrics', async () => {
    expect((await register(server.url, registrationForm(validFields()))).status).toBe(200);
    expect((await register(server.url, registrationForm(validFields({ team_name: 'x' })))).status).toBe(400);
    await fetch(`${server.url}/no/such/route/42`);

    const text = await scrape();
    expect(text).toMatch(
      /^http_requests_total\{method="POST",route="\/api\/registration",status="200"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_requests_total\{method="POST",route="\/api\/registration",status="400"\} 1$/m,
    );
    expect(text).toMatch(/^http_requests_total\{method="GET",route="unmatched",status="404"\} 1$/m);
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/api\/registration",status="200"\} 1$/m,
    );
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    // Provider gauges: breakers closed, and the local (file) mail pipeline has sent the confirmation
    // or still holds it: either way it is counted, never lost.
    expect(text).toMatch(/^circuit_breaker_state\{breaker="smtp"\} 0$/m);
    expect(text).toMatch(/^outbox_emails\{state="dead"\} 0$/m);
    expect(text).toMatch(/^outbox_emails\{state="pending"\} [01]$/m);
    expect(text).toMatch(/^pending_uploads 0$/m);
    expect(text).toMatch(/^storage_deletions_pending 0$/m);
    expect(text).not.toContain('/no/such/route/42');
  });
});
