import { get } from 'node:http';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Clock } from '../src/common/clock.js';
import { teamFiles, teams } from '../src/database/schema.js';
import { maskForLog } from '../src/hardening/log-masking.js';
import { TeamFiles } from '../src/teams/team-files.js';
import { parseCsv } from './support/admin-seed.js';
import { captainRequest, editForm, registerWithLink } from './support/captain-link.js';
import { databaseTargets } from './support/databases.js';
import { jpegBytes, pdfBytes, pngBytes, validFields } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

const KEY = 'private-files-admin-key-0123456789';
const TTL_SECONDS = 120;
/** What the test apps write links to (API_URL in test-app.ts). */
const PUBLIC_BASE = 'http://uploads.test';
const SIGNED_LINK = new RegExp(
  `^${PUBLIC_BASE}/files/[A-Za-z0-9_-]+/payment_receipt(-[0-9a-f]{8})?\\.(pdf|png|jpg)\\?expires=(\\d+)&signature=([0-9a-f]{64})$`,
);

/** The real time, moved by `offsetMs`: links expire without the test sleeping. */
class TestClock extends Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** A GET with the path sent exactly as written (fetch would resolve `..` and `%2e%2e` first). */
function rawGet(baseUrl: string, path: string): Promise<{ status: number; body: Buffer }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    get({ host: hostname, port, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe.each(databaseTargets())('private files on local storage on %s', (target) => {
  const clock = new TestClock();
  const server = useTestApp(target, {
    app: { clock },
    env: { ADMIN_API_KEYS: KEY, DOCUMENT_LINK_TTL_SECONDS: String(TTL_SECONDS), MAX_TEAMS_PER_CHURCH: '50' },
  });

  const admin = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: { 'X-API-Key': KEY } });
    return { status: res.status, text: await res.text() };
  };
  const adminFiles = async (teamId: string) => {
    const res = await admin(`/admin/teams/${teamId}`);
    expect(res.status, res.text).toBe(200);
    return JSON.parse(res.text).data.files as any[];
  };
  const fileOf = (files: any[], kind: string) => files.find((f) => f.kind === kind);
  /** A link as the server wrote it (API_URL), fetched from the test server. */
  const open = (link: string) => fetch(link.replace(PUBLIC_BASE, server.url));
  const teamUuid = async (teamId: string) =>
    (await server.database.db.select().from(teams).where(eq(teams.teamId, teamId)))[0]!.id;
  const registerWithReceipt = async (receipt: Buffer = pdfBytes()) =>
    registerWithLink(server.url, server.database, validFields(), { payment_receipt: { bytes: receipt } });

  it('keeps the receipt out of /uploads: no name derived from the logo URL reaches it', async () => {
    const receipt = pdfBytes();
    const { teamId } = await registerWithReceipt(receipt);
    const uuid = await teamUuid(teamId);
    const logoUrl = fileOf(await adminFiles(teamId), 'logo').url as string;
    expect(logoUrl).toBe(`${PUBLIC_BASE}/uploads/teams/${uuid}/logo.png`);
    // The logo is public, as before.
    expect((await rawGet(server.url, new URL(logoUrl).pathname)).status).toBe(200);

    const folder = `/uploads/teams/${uuid}`;
    const guesses = [
      ...['payment_receipt', 'payment_receipt.pdf', 'payment_receipt.png', 'payment_receipt.jpg'].map(
        (name) => `${folder}/${name}`,
      ),
      `${folder}/PAYMENT_RECEIPT.PDF`,
      `${folder}/./payment_receipt.pdf`,
      `${folder}//payment_receipt.pdf`,
      `${folder}/../${uuid}/payment_receipt.pdf`,
      `${folder}/%2e%2e/${uuid}/payment_receipt.pdf`,
      `${folder}/payment_receipt%2epdf`,
      `/uploads/../private/teams/${uuid}/payment_receipt.pdf`,
      `/uploads/%2e%2e/private/teams/${uuid}/payment_receipt.pdf`,
      `/uploads/..%2fprivate/teams/${uuid}/payment_receipt.pdf`,
      `/uploads/private/teams/${uuid}/payment_receipt.pdf`,
      `/private/teams/${uuid}/payment_receipt.pdf`,
      `/files/teams/${uuid}/payment_receipt.pdf`,
    ];
    for (const path of guesses) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).not.toBe(200);
      expect(res.body.includes(receipt), path).toBe(false);
    }
    // Not under the served tree at any name.
    for (const path of await filesUnder(join(server.dataDir, 'uploads'))) {
      expect((await readFile(path)).equals(receipt), path).toBe(false);
    }
    // The database keeps the storage id, not a URL.
    const [row] = await server.database.db
      .select()
      .from(teamFiles)
      .where(and(eq(teamFiles.teamUuid, uuid), eq(teamFiles.kind, 'payment_receipt')));
    expect(row).toMatchObject({ state: 'uploaded', url: null });
    expect(row!.publicId).toBe(`private:teams/${uuid}/payment_receipt.pdf`);
  });

  it('gives the admin and the captain a fresh signed link that opens the receipt', async () => {
    const receipt = pdfBytes();
    const { teamId, token } = await registerWithReceipt(receipt);

    const adminLink = fileOf(await adminFiles(teamId), 'payment_receipt').url as string;
    const captainView = await captainRequest(server.url, teamId, token);
    expect(captainView.status).toBe(200);
    const captainLink = fileOf(captainView.body.data.files, 'payment_receipt').url as string;
    for (const link of [adminLink, captainLink]) {
      const [, , , expires] = SIGNED_LINK.exec(link) ?? [];
      expect(link).toMatch(SIGNED_LINK);
      const lifetime = Number(expires) - Math.floor(Date.now() / 1000);
      expect(lifetime).toBeGreaterThan(TTL_SECONDS - 10);
      expect(lifetime).toBeLessThanOrEqual(TTL_SECONDS + 1);

      const res = await open(link);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(receipt);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="payment_receipt\.pdf"$/);
    }

    // Made at response time: a later answer carries a later expiry.
    clock.offsetMs = 5_000;
    try {
      const later = fileOf(await adminFiles(teamId), 'payment_receipt').url as string;
      expect(Number(SIGNED_LINK.exec(later)?.[3])).toBeGreaterThan(Number(SIGNED_LINK.exec(adminLink)?.[3]));
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('serves an image receipt inline with its sniffed type, and a replaced one as the new file', async () => {
    const { teamId, token } = await registerWithReceipt(pngBytes(300));
    const png = await open(fileOf(await adminFiles(teamId), 'payment_receipt').url as string);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition') ?? '').not.toMatch(/attachment/);
    expect(Buffer.from(await png.arrayBuffer())).toEqual(pngBytes(300));

    const jpeg = jpegBytes(400);
    const edited = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({}, { payment_receipt: { bytes: jpeg } }),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const link = fileOf(edited.body.data.files, 'payment_receipt').url as string;
    expect(link).toMatch(SIGNED_LINK);
    const res = await open(link);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(jpeg);
    const uuid = await teamUuid(teamId);
    expect(await filesUnder(join(server.dataDir, 'private', 'teams', uuid))).toHaveLength(1);
  });

  it('refuses a link unsigned, tampered with or expired: 403 LINK_INVALID in the envelope', async () => {
    const { teamId } = await registerWithReceipt();
    const other = await registerWithReceipt();
    const link = fileOf(await adminFiles(teamId), 'payment_receipt').url as string;
    const otherLink = fileOf(await adminFiles(other.teamId), 'payment_receipt').url as string;
    const url = new URL(link);
    const [, , , id, name] = url.pathname.split('/');
    const expires = url.searchParams.get('expires')!;
    const signature = url.searchParams.get('signature')!;
    const otherId = new URL(otherLink).pathname.split('/')[2]!;
    const flipped = `${signature[0] === 'a' ? 'b' : 'a'}${signature.slice(1)}`;
    const logoId = Buffer.from(`teams/${await teamUuid(teamId)}/logo.png`, 'utf8').toString('base64url');

    const refused = [
      `/files/${id}/${name}`,
      `/files/${id}/${name}?expires=${expires}`,
      `/files/${id}/${name}?signature=${signature}`,
      `/files/${id}/${name}?expires=${expires}&signature=${flipped}`,
      `/files/${id}/${name}?expires=${expires}&signature=${signature.slice(0, 63)}`,
      `/files/${id}/${name}?expires=${expires}&signature=${signature.toUpperCase()}x`,
      `/files/${id}/${name}?expires=${Number(expires) + 3600}&signature=${signature}`,
      `/files/${id}/${name}?expires=${expires}&expires=${expires}&signature=${signature}`,
      `/files/${otherId}/${name}?expires=${expires}&signature=${signature}`,
      `/files/${logoId}/logo.png?expires=${expires}&signature=${signature}`,
      `/files/${id}x/${name}?expires=${expires}&signature=${signature}`,
    ];
    for (const path of refused) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(403);
      expect(await res.json(), path).toMatchObject({
        success: false,
        error_code: 'LINK_INVALID',
        request_id: expect.any(String),
      });
    }
    // The genuine link still opens ...
    expect((await open(link)).status).toBe(200);
    // ... until it expires.
    clock.offsetMs = (TTL_SECONDS + 1) * 1000;
    try {
      const res = await open(link);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error_code: 'LINK_INVALID' });
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('writes a fresh signed link, never a stored URL, into the CSV export', async () => {
    const receipt = pdfBytes();
    const { teamId } = await registerWithReceipt(receipt);
    const csv = await admin('/admin/teams/export.csv');
    expect(csv.status).toBe(200);
    const [header, ...records] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    const row = records.find((r) => r[header!.indexOf('team_id')] === teamId)!;
    const link = row[header!.indexOf('payment_receipt_url')]!;
    expect(link).toMatch(SIGNED_LINK);
    const res = await open(link);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(receipt);
    expect(row[header!.indexOf('logo_url')]).toMatch(
      new RegExp(`^${PUBLIC_BASE}/uploads/teams/.+/logo\\.png$`),
    );
  });

  it('moves a receipt stored at a public path before this change into the private tree', async () => {
    const receipt = pdfBytes();
    const { teamId } = await registerWithReceipt(receipt);
    const uuid = await teamUuid(teamId);
    // As an older version left it: under /uploads, with its public URL in the row.
    const key = `teams/${uuid}/payment_receipt.pdf`;
    const publicPath = join(server.dataDir, 'uploads', key);
    await mkdir(dirname(publicPath), { recursive: true });
    await rename(join(server.dataDir, 'private', key), publicPath);
    const where = and(eq(teamFiles.teamUuid, uuid), eq(teamFiles.kind, 'payment_receipt'));
    await server.database.db
      .update(teamFiles)
      .set({ publicId: key, url: `${PUBLIC_BASE}/uploads/${key}` })
      .where(where);
    expect((await rawGet(server.url, `/uploads/${key}`)).status).toBe(200);

    // What every start-up does (tests call it, as the app here has already started), here as two
    // workers starting at once would: the file is moved once and kept.
    const files = server.app.get(TeamFiles);
    await Promise.all([files.makeLegacyFilesPrivate(), files.makeLegacyFilesPrivate()]);

    expect((await rawGet(server.url, `/uploads/${key}`)).status).toBe(404);
    await expect(stat(publicPath)).rejects.toThrow();
    const [row] = await server.database.db.select().from(teamFiles).where(where);
    expect(row).toMatchObject({ publicId: `private:${key}`, url: null, state: 'uploaded' });
    const link = fileOf(await adminFiles(teamId), 'payment_receipt').url as string;
    expect(link).toMatch(SIGNED_LINK);
    expect(Buffer.from(await (await open(link)).arrayBuffer())).toEqual(receipt);
    expect(await readFile(join(server.dataDir, 'private', key))).toEqual(receipt);
    // A later start finds nothing left to move.
    expect(await files.makeLegacyFilesPrivate()).toBe(0);
    expect((await server.database.db.select().from(teamFiles).where(where))[0]).toEqual(row);
  });
});

describe.each(databaseTargets())('private files on Cloudinary (real SDK, loopback fake) on %s', (target) => {
  const clock = new TestClock();
  const server = useTestApp(target, {
    cloudinary: 'icct-private',
    app: { clock },
    env: { ADMIN_API_KEYS: KEY, DOCUMENT_LINK_TTL_SECONDS: String(TTL_SECONDS) },
  });
  const { cloudinary } = server;

  const receiptLink = async (teamId: string) => {
    const res = await fetch(`${server.url}/admin/teams/${teamId}`, { headers: { 'X-API-Key': KEY } });
    const body = (await res.json()) as any;
    return body.data.files.find((f: any) => f.kind === 'payment_receipt').url as string;
  };
  const teamUuid = async (teamId: string) =>
    (await server.database.db.select().from(teams).where(eq(teams.teamId, teamId)))[0]!.id;

  it('uploads the receipt as an authenticated asset and hands out an expiring signed download link', async () => {
    const receipt = pdfBytes();
    const { teamId, token } = await registerWithLink(server.url, server.database, validFields(), {
      payment_receipt: { bytes: receipt },
    });
    const uuid = await teamUuid(teamId);
    const mine = cloudinary.uploads.filter((u) => u.folder === `teams/${uuid}`);
    expect(mine.map((u) => [u.publicId.split('/').pop(), u.type]).sort()).toEqual([
      ['logo', 'upload'],
      ['payment_receipt', 'authenticated'],
    ]);
    const rows = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, uuid));
    expect(rows.find((r) => r.kind === 'payment_receipt')).toMatchObject({
      url: null,
      publicId: `private:teams/${uuid}/payment_receipt`,
    });
    expect(rows.find((r) => r.kind === 'logo')!.url).toMatch(/^https:\/\/res\.cloudinary\.test\//);

    const link = await receiptLink(teamId);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(
      `http://127.0.0.1:${cloudinary.port}/v1_1/icct-private/image/download`,
    );
    expect(url.searchParams.get('type')).toBe('authenticated');
    expect(url.searchParams.get('public_id')).toBe(`teams/${uuid}/payment_receipt`);
    expect(url.searchParams.get('format')).toBe('pdf');
    expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{40,64}$/);
    const lifetime = Number(url.searchParams.get('expires_at')) - Math.floor(Date.now() / 1000);
    expect(lifetime).toBeGreaterThan(TTL_SECONDS - 10);
    expect(lifetime).toBeLessThanOrEqual(TTL_SECONDS + 1);

    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(Buffer.from(await opened.arrayBuffer())).toEqual(receipt);
    // The captain's view carries one too.
    const view = await captainRequest(server.url, teamId, token);
    const captainLink = view.body.data.files.find((f: any) => f.kind === 'payment_receipt').url as string;
    expect((await fetch(captainLink)).status).toBe(200);

    // Cloudinary checks the signature and the expiry: tampered or expired, it refuses.
    const tampered = new URL(link);
    tampered.searchParams.set('expires_at', String(Number(url.searchParams.get('expires_at')) + 3600));
    expect((await fetch(tampered)).status).toBe(401);
    clock.offsetMs = -(TTL_SECONDS + 5) * 1000;
    try {
      const expired = await receiptLink(teamId);
      expect((await fetch(expired)).status).toBe(401);
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('deletes a replaced receipt as the authenticated asset it is', async () => {
    const { teamId, token } = await registerWithLink(server.url, server.database, validFields(), {
      payment_receipt: { bytes: pdfBytes() },
    });
    const uuid = await teamUuid(teamId);
    const edited = await captainRequest(server.url, teamId, token, {
      method: 'PATCH',
      body: editForm({}, { payment_receipt: { bytes: pngBytes(500) } }),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(cloudinary.destroyedAssets).toContainEqual({
      publicId: `teams/${uuid}/payment_receipt`,
      type: 'authenticated',
    });
    const link = edited.body.data.files.find((f: any) => f.kind === 'payment_receipt').url as string;
    expect(new URL(link).searchParams.get('format')).toBe('png');
    expect(Buffer.from(await (await fetch(link)).arrayBuffer())).toEqual(pngBytes(500));
  });

  it('turns a receipt uploaded publicly before this change into an authenticated asset', async () => {
    const { teamId } = await registerWithLink(server.url, server.database, validFields(), {
      payment_receipt: { bytes: pdfBytes() },
    });
    const uuid = await teamUuid(teamId);
    const key = `teams/${uuid}/payment_receipt`;
    // As an older version left it: a public asset, its delivery URL in the row.
    cloudinary.retype(key, 'authenticated', 'upload');
    const where = and(eq(teamFiles.teamUuid, uuid), eq(teamFiles.kind, 'payment_receipt'));
    await server.database.db
      .update(teamFiles)
      .set({ publicId: key, url: `https://res.cloudinary.test/icct-private/image/upload/v1/${key}` })
      .where(where);

    await server.app.get(TeamFiles).makeLegacyFilesPrivate();

    expect(cloudinary.renamed).toContainEqual({ publicId: key, type: 'upload', toType: 'authenticated' });
    const [row] = await server.database.db.select().from(teamFiles).where(where);
    expect(row).toMatchObject({ publicId: `private:${key}`, url: null });
    expect((await fetch(await receiptLink(teamId))).status).toBe(200);
  });
});

describe('log masking', () => {
  it('masks the signature (and Cloudinary api_key) of a link in any logged text or field', () => {
    const local = `http://api.test/files/dGVhbXM/payment_receipt.pdf?expires=1767225600&signature=${'ab'.repeat(32)}`;
    const cloud =
      'https://api.cloudinary.com/v1_1/c/image/download?api_key=123456789012345&expires_at=1&public_id=x&signature=0123456789abcdef0123456789abcdef01234567&type=authenticated';
    const masked = JSON.stringify(
      maskForLog({ msg: `link ${local}`, url: cloud, signature: 'ab'.repeat(32) }),
    );
    expect(masked).not.toContain('ab'.repeat(32));
    expect(masked).not.toContain('0123456789abcdef0123456789abcdef01234567');
    expect(masked).not.toContain('123456789012345');
    expect(masked).toContain('&signature=***');
    expect(masked).toContain('?api_key=***&');
  });
});
