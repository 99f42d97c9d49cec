import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, pngBytes } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from './support/chromium.js';
import { freePort } from './support/server-process.js';

const browserCheck = ensureChromium();
if (!browserCheck.available) console.warn(`Skipping the Swagger UI browser test: ${browserCheck.reason}`);

const ADMIN_KEY = 'docs-browser-admin-key-0123456789';

/**
 * Swagger UI sends "Try it out" requests to the document's server, API_URL. The app listens on a port
 * of its own choosing, so the page is served through a forwarder on the port API_URL names: what the
 * browser sees is one origin, as in production.
 */
async function forward(port: number, target: number): Promise<Server> {
  const forwarder = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => forwarder.listen(port, '127.0.0.1', resolve));
  return forwarder;
}

/** Opens an operation and its "Try it out" form. */
async function tryOut(page: Page, id: string): Promise<Locator> {
  const operation = page.locator(`#operations-${id}`);
  await operation.waitFor({ timeout: 30_000 });
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('.try-out__btn').click();
  return operation;
}

/** Executes the open operation and returns the status and body Swagger UI shows for the live response. */
async function execute(operation: Locator): Promise<{ status: number; body: any }> {
  await operation.locator('.execute').click();
  const live = operation.locator('.live-responses-table .response');
  await live.first().waitFor({ timeout: 30_000 });
  const status = Number((await live.locator('.response-col_status').first().textContent())?.trim());
  const text = await live.locator('.response-col_description pre.microlight').first().textContent();
  return { status, body: JSON.parse(text ?? 'null') };
}

describe.skipIf(!browserCheck.available)('Swagger UI at /docs in a real browser', () => {
  const server = useTestApp('pglite', { start: false });
  let profile: string;
  let browser: BrowserContext;
  let forwarder: Server;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const app = await server.start({ API_URL: origin, ADMIN_API_KEYS: ADMIN_KEY });
    forwarder = await forward(port, Number(new URL(app.url).port));
    profile = await mkdtemp(join(tmpdir(), 'icct-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await new Promise((resolve) => forwarder?.close(resolve));
  });

  it('renders the registration operation and its multipart form, from this server only', async () => {
    const page = await browser.newPage();
    const offline: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(origin)) offline.push(req.url());
    });
    await page.goto(`${origin}/docs`);

    const operation = page.locator('#operations-Registration-registerTeam');
    await operation.waitFor({ timeout: 30_000 });
    await expect(operation.locator('.opblock-summary-method').textContent()).resolves.toBe('POST');
    await expect(operation.locator('.opblock-summary-path').textContent()).resolves.toContain(
      '/api/registration',
    );
    await operation.locator('.opblock-summary').first().click();
    for (const field of ['team_name', 'players', 'logo', 'payment_receipt']) {
      const name = operation.locator('.parameter__name', { hasText: new RegExp(`^${field}\\b`) });
      await name.first().waitFor({ timeout: 10_000 });
    }
    // Each tag once: the operations are not listed twice under two spellings of a tag.
    const tags: (string | null)[] = [];
    for (const heading of await page.locator('h3.opblock-tag').all())
      tags.push(await heading.getAttribute('data-tag'));
    expect(tags).toEqual(['Registration', 'Captain', 'Admin', 'Files', 'Operations', 'Legacy']);
    // Swagger UI's assets come from this server, never from a CDN.
    expect(offline).toEqual([]);
    await page.close();
  });

  it('registers a team with its files, says when the logo is missing, and leaves optional fields blank', async () => {
    const page = await browser.newPage();
    const sent: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST') sent.push(req.url());
    });
    await page.goto(`${origin}/docs`);
    const operation = await tryOut(page, 'Registration-registerTeam');

    // No invented vice-captain ("string", "user@example.com", random digits).
    for (const field of [
      'vice_captain_name',
      'vice_captain_phone',
      'vice_captain_email',
      'vice_captain_whatsapp',
    ]) {
      await expect(
        operation.locator(`tr[data-property-name="${field}"] input[type=text]`).inputValue(),
      ).resolves.toBe('');
    }

    // Without the required logo: nothing is sent, and the form says why.
    await operation.locator('.execute').click();
    const message = operation.locator('tr[data-property-name="logo"] .required-file-message');
    await message.waitFor({ timeout: 10_000 });
    await expect(message.textContent()).resolves.toContain('Required field is not provided');
    expect(sent).toEqual([]);

    await operation
      .locator('tr[data-property-name="logo"] input[type=file]')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngBytes() });
    await operation
      .locator('tr[data-property-name="payment_receipt"] input[type=file]')
      .setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
    const { status, body } = await execute(operation);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      success: true,
      status: 'pending',
      player_count: 11,
      team_id: expect.any(String),
    });

    await page.close();
  });

  it('authorizes with an admin key and calls admin routes', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/docs`);
    await page.locator('.auth-wrapper .authorize').click();
    const dialog = page.locator('.dialog-ux');
    await dialog.waitFor();
    const apiKey = dialog.locator('.auth-container', { hasText: 'X-API-Key' });
    await apiKey.locator('input').fill(ADMIN_KEY);
    await apiKey.locator('button.authorize').click();
    await dialog.locator('button.close-modal').click();

    const list = await tryOut(page, 'Admin-listTeams');
    const listed = await execute(list);
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ success: true, pagination: { page: 1 } });
    const teamId: string = listed.body.data[0].team_id;

    const detail = await tryOut(page, 'Admin-getTeam');
    await detail.locator('tr[data-param-name="team_id"] input').fill(teamId);
    const shown = await execute(detail);
    expect(shown.status).toBe(200);
    expect(shown.body.data).toMatchObject({ team_id: teamId, vice_captain: null });
    expect(shown.body.data.files.map((f: { kind: string }) => f.kind).sort()).toEqual([
      'logo',
      'payment_receipt',
    ]);

    const approve = await tryOut(page, 'Admin-approveTeam');
    await approve.locator('tr[data-param-name="team_id"] input').fill(teamId);
    const approved = await execute(approve);
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({
      team_id: teamId,
      status: 'approved',
      reason: 'Payment verified',
    });

    const stats = await tryOut(page, 'Admin-teamStats');
    const counted = await execute(stats);
    expect(counted.status).toBe(200);
    expect(counted.body.data.teams.by_status.approved).toBe(1);
    await page.close();
  });
});
