import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/test-app.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from './support/chromium.js';

const browserCheck = ensureChromium();
if (!browserCheck.available) console.warn(`Skipping the Swagger UI browser test: ${browserCheck.reason}`);

describe.skipIf(!browserCheck.available)('Swagger UI at /docs in a real browser', () => {
  const server = useTestApp('pglite');
  let profile: string;
  let browser: BrowserContext;

  beforeAll(async () => {
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
  });

  it('renders the registration operation and its multipart form', async () => {
    const page = await browser.newPage();
    const offline: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url)) offline.push(req.url());
    });
    await page.goto(`${server.url}/docs`);

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
    // Swagger UI's assets come from this server, never from a CDN.
    expect(offline).toEqual([]);
  });
});
