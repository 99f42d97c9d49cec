import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { icct26Client, type Outcome, type Schemas } from './client/client.js';
import { generateClientTypes } from './client/generate-types.js';
import { tokenFromEmail } from './support/captain-link.js';
import { pdfBytes, players, pngBytes, uniqueNames } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

const ADMIN_KEY = 'client-test-admin-key-0123456789';
const CLIENT_DIR = join(import.meta.dirname, 'client');
const TYPES = join(CLIENT_DIR, 'openapi.d.ts');
/** Where the client is type-checked against freshly generated types (node_modules: ignored, resolvable). */
const SCRATCH = join(import.meta.dirname, '..', 'node_modules', '.cache', 'icct26-client');

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok)
    throw new Error(`expected success, got ${outcome.status} ${outcome.code}: ${outcome.advice}`);
  return outcome.value;
}

describe('a TypeScript client generated from /docs-json (openapi-typescript + openapi-fetch)', () => {
  const server = useTestApp('pglite', { env: { ADMIN_API_KEYS: ADMIN_KEY } });
  let document: any;
  let fresh: string;

  beforeAll(async () => {
    document = await (await fetch(`${server.url}/docs-json`)).json();
    fresh = await generateClientTypes(document, TYPES);
  });

  it('compiles, strict, against types freshly generated from the served document', async () => {
    rmSync(SCRATCH, { recursive: true, force: true });
    mkdirSync(SCRATCH, { recursive: true });
    writeFileSync(join(SCRATCH, 'openapi.d.ts'), fresh);
    copyFileSync(join(CLIENT_DIR, 'client.ts'), join(SCRATCH, 'client.ts'));
    writeFileSync(
      join(SCRATCH, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.json',
        compilerOptions: { noEmit: true, types: ['node'] },
        include: ['*.ts'],
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    let output = '';
    try {
      // Not execFileSync: the app under test shares this process, and its keep-alive sockets must not stall.
      await promisify(execFile)(process.execPath, [tsc, '-p', SCRATCH], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout || error);
    }
    expect(output, 'test/client/client.ts no longer compiles against the document the server serves').toBe(
      '',
    );
  });

  it('keeps test/client/openapi.d.ts as the document generates it', () => {
    if (process.env.UPDATE_CLIENT_TYPES) writeFileSync(TYPES, fresh);
    const committed = readFileSync(TYPES, 'utf8');
    expect(
      committed === fresh,
      'test/client/openapi.d.ts is stale: regenerate it with npm run openapi:types',
    ).toBe(true);
  });

  it('calls every documented operation', () => {
    const source = readFileSync(join(CLIENT_DIR, 'client.ts'), 'utf8');
    const called = [...source.matchAll(/api\.(GET|POST|PATCH|PUT|DELETE)\('([^']+)'/g)].map(
      ([, m, p]) => `${m} ${p}`,
    );
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...new Set(called)].sort()).toEqual(documented.sort());
  });

  it('registers, corrects and withdraws a team, and administers it, with every error narrowed', async () => {
    const client = icct26Client(server.url, ADMIN_KEY);
    const names = uniqueNames();
    const form = {
      team_name: names.team,
      church_name: names.church,
      captain_name: 'Samuel Joseph',
      captain_phone: '9876543210',
      captain_email: 'captain@example.org',
      captain_whatsapp: '9876543211',
      coach_name: 'Coach Mathew',
      players: players().map((p) => ({ ...p, role: p.role as 'Batsman' })),
      logo: new Blob([pngBytes()], { type: 'image/png' }),
      payment_receipt: new Blob([pdfBytes()], { type: 'application/pdf' }),
    };

    const registered = value(await client.register(form, crypto.randomUUID()));
    expect(registered).toMatchObject({ success: true, status: 'pending' });
    const teamId = registered.team_id;

    const duplicate = await client.register(form);
    expect(duplicate).toMatchObject({ ok: false, status: 409, code: 'DUPLICATE_TEAM' });
    const invalid = await client.register({ ...form, team_name: 'x', captain_email: 'nope' });
    expect(invalid).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(invalid.ok || invalid.advice).toMatch(/team_name .*captain_email|captain_email .*team_name/);

    expect(value(await client.registrationStatus(names.church)).summary).toContain(names.church);

    const token = await tokenFromEmail(server.database, teamId);
    expect(value(await client.view(teamId, token)).team_id).toBe(teamId);
    expect(await client.view(teamId, 'A'.repeat(43))).toMatchObject({
      ok: false,
      status: 404,
      code: 'NOT_FOUND',
    });
    const edited = value(
      await client.edit(teamId, token, { captain_phone: '9123456780', vice_captain_name: '' }),
    );
    expect(edited.captain.phone).toBe('9123456780');

    const listed = value(await client.listTeams({ q: names.team, limit: 5 }));
    expect(listed.total).toBe(1);
    const { team, receiptUrl, players: roster } = value(await client.team(teamId));
    expect(team.changes).toHaveLength(1);
    expect(roster).toHaveLength(11);
    expect(receiptUrl).toEqual(expect.any(String));
    expect(value(await client.privateFile(receiptUrl!))).toBe(pdfBytes().length);

    expect(value(await client.decide(teamId, 'approve', 'Payment verified'))).toMatchObject({
      status: 'approved',
    });
    expect(await client.decide(teamId, 'reject', 'Too late')).toMatchObject({
      ok: false,
      code: 'INVALID_STATUS_TRANSITION',
      advice: 'Already approved',
    });
    expect(await client.edit(teamId, token, { coach_name: 'Another Coach' })).toMatchObject({
      ok: false,
      advice: 'This team is approved: it can no longer be edited',
    });
    expect(value(await client.resendLink(teamId))).toBe('captain@example.org');
    const fresh = await tokenFromEmail(server.database, teamId, 'access_link');
    expect(value(await client.withdraw(teamId, fresh))).toBe('withdrawn');

    const csv = value(await client.exportCsv());
    expect(csv.filename).toMatch(/^icct26-teams-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.csv).toContain(teamId);
    expect(value(await client.stats()).withdrawn).toBeGreaterThanOrEqual(1);
    expect(await icct26Client(server.url, 'wrong-key-wrong-key').stats()).toMatchObject({
      ok: false,
      status: 401,
      code: 'UNAUTHORIZED',
    });

    // The FastAPI-compatible API, through the same generated types.
    const legacyNames = uniqueNames();
    const pdf = new Blob([pdfBytes()], { type: 'application/pdf' });
    const legacyForm = {
      team_name: legacyNames.team,
      church_name: legacyNames.church,
      captain_name: 'Samuel Joseph',
      captain_phone: '9876543210',
      captain_email: 'captain@example.org',
      captain_whatsapp: '9876543211',
      pastor_letter: pdf,
      ...Object.fromEntries(
        players().flatMap((p, n) => [
          [`player_${n}_name`, p.name],
          [`player_${n}_role`, p.role],
        ]),
      ),
    } as Schemas['LegacyRegistrationForm'];
    const legacyId = value(await client.legacyRegister(legacyForm)).split(' ')[0]!;
    expect(await client.legacyRegister({ ...legacyForm, player_3_role: '' })).toMatchObject({
      ok: false,
      advice: expect.stringContaining('Player 4: role is required'),
    });
    expect(value(await client.churches())).not.toContain(legacyNames.church);
    expect(value(await client.legacyTeam(legacyId)).players).toHaveLength(11);
    expect(value(await client.legacyDecide(legacyId, 'confirm'))).toBe('confirmed');
    expect(value(await client.legacyTeams('confirmed'))).toContain(`${legacyId} confirmed`);
    expect(await client.legacyDecide(legacyId, 'reject')).toMatchObject({ ok: false, status: 409 });
    expect(value(await client.legacyAllTeams())).toContain(legacyId);
    expect(value(await client.legacyTeamDetail(legacyId))).toContain(`${legacyId}-P01`);

    expect(value(await client.health())).toMatch(/^healthy/);
    expect(value(await client.serviceStatus()).limiter).toBe('ok');
    expect(value(await client.metrics())).toBeGreaterThan(10);
  });
});
