import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { teamFiles, teams } from '../src/database/schema.js';
import { parseStorageId } from '../src/storage/file-storage.js';
import { databaseTargets } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { PNG_SIGNATURE, validFields } from './support/fixtures.js';
import { send } from './support/raw-http.js';
import { useTestApp } from './support/test-app.js';

const MB = 1024 * 1024;
const BOUNDARY = 'streaming-test-boundary';

interface Part {
  name: string;
  value: Buffer;
  filename?: string;
}

/** Incompressible, as real scans are. */
const png = (size: number) => Buffer.concat([PNG_SIGNATURE, randomBytes(size - PNG_SIGNATURE.length)]);
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function multipartBody(parts: Part[]): Buffer {
  const chunks = parts.flatMap(({ name, value, filename }) => [
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"` +
        (filename ? `; filename="${filename}"\r\nContent-Type: application/octet-stream` : '') +
        '\r\n\r\n',
    ),
    value,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

/** A registration's text fields and `files` (field name to bytes) as multipart parts. */
function registrationParts(
  fields: Record<string, string | undefined>,
  files: Record<string, Buffer>,
): Part[] {
  return [
    ...Object.entries(fields).flatMap(([name, value]) =>
      value === undefined ? [] : [{ name, value: Buffer.from(value) }],
    ),
    ...Object.entries(files).map(([name, value]) => ({ name, value, filename: `${name}.bin` })),
  ];
}

/** Every document of a team of 11: the four team documents and each player's two, of about `size` bytes. */
function everyDocument(size: number): Record<string, Buffer> {
  const files: Record<string, Buffer> = { logo: png(size) };
  for (const kind of ['pastor_letter', 'payment_receipt', 'group_photo']) files[kind] = pdf(size);
  for (let player = 0; player < 11; player += 1) {
    files[`players[${player}].id_proof`] = png(size);
    files[`players[${player}].consent_form`] = pdf(size);
  }
  return files;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe.each(databaseTargets())('multipart bodies spooled to disk, on %s', (target) => {
  const server = useTestApp(target, {
    env: { MAX_REQUEST_SIZE: String(40 * MB), MAX_DOCUMENT_BYTES: String(2 * MB) },
  });
  const temporaryFiles = () => filesUnder(join(server.dataDir, 'tmp'));
  const storedFiles = async () => [
    ...(await filesUnder(join(server.dataDir, 'uploads'))),
    ...(await filesUnder(join(server.dataDir, 'private'))),
  ];
  const teamsNamed = (name: string) =>
    server.database.db.select({ id: teams.id }).from(teams).where(eq(teams.teamName, name));
  const post = (body: Buffer) =>
    send(server.url, {
      method: 'POST',
      path: '/api/registration',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body,
    });

  it('leaves no temporary file, no team and no stored file behind a client that disconnects half-way', async () => {
    const storedBefore = await storedFiles();
    const fields = validFields();
    const body = multipartBody(registrationParts(fields, everyDocument(MB)));
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/registration HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, Math.floor(body.length / 2)));
    // The server is spooling: files of this body are on disk (so an absent cleanup would leave them).
    await eventually('files spooled', async () => (await temporaryFiles()).length >= 2);
    socket.destroy();

    await eventually('the temporary files removed', async () => (await temporaryFiles()).length === 0);
    expect(await teamsNamed(fields.team_name!)).toEqual([]);
    expect(await storedFiles()).toEqual(storedBefore);
  });

  it('registers a team with every document (26 files of 1 MB) whole, each stored byte for byte', async () => {
    const fields = validFields();
    const documents = everyDocument(MB);
    const res = await post(multipartBody(registrationParts(fields, documents)));
    expect(res.status, res.text).toBe(200);

    const [team] = await teamsNamed(fields.team_name!);
    const rows = await server.database.db.select().from(teamFiles).where(eq(teamFiles.teamUuid, team!.id));
    expect(rows).toHaveLength(Object.keys(documents).length);
    for (const row of rows) {
      const field = row.playerPosition < 0 ? row.kind : `players[${row.playerPosition}].${row.kind}`;
      const sent = documents[field]!;
      expect(row).toMatchObject({ state: 'uploaded', sizeBytes: sent.length, sha256: sha256(sent) });
      const { visibility, key } = parseStorageId(row.publicId!);
      const root = join(server.dataDir, visibility === 'public' ? 'uploads' : 'private');
      expect(sha256(await readFile(join(root, key))), field).toBe(sha256(sent));
    }
    await eventually('the temporary files removed', async () => (await temporaryFiles()).length === 0);
  });

  it('removes request files a killed process left behind at the next start, not younger ones', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'icct-leftovers-'));
    try {
      const dir = join(dataDir, 'tmp', 'multipart');
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'left-by-a-crash'), 'x');
      await writeFile(join(dir, 'in-flight-elsewhere'), 'x');
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      await utimes(join(dir, 'left-by-a-crash'), twoHoursAgo, twoHoursAgo);
      const restarted = await server.start({ DATA_DIR: dataDir });
      await restarted.close();
      expect(await readdir(dir)).toEqual(['in-flight-elsewhere']);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a file over its limit in the middle of the body with 413 FILE_TOO_LARGE, keeping nothing', async () => {
    const storedBefore = await storedFiles();
    const fields = validFields();
    const documents = everyDocument(64 * 1024);
    documents['players[3].id_proof'] = png(2 * MB + 1);
    const res = await post(multipartBody(registrationParts(fields, documents)));
    expect(res.status, res.text).toBe(413);
    expect(res.json).toMatchObject({
      error_code: 'FILE_TOO_LARGE',
      details: { field_errors: { 'players[3].id_proof': 'must be at most 2 MB' } },
    });
    expect(await temporaryFiles()).toEqual([]);
    expect(await teamsNamed(fields.team_name!)).toEqual([]);
    expect(await storedFiles()).toEqual(storedBefore);
  });

  it('answers 500 in the envelope, not "malformed body", when a file cannot be written to disk, keeping nothing', async () => {
    // A file where the temporary files' folder belongs: the server's disk fails it, not the client.
    const folder = join(server.dataDir, 'tmp', 'multipart');
    await rm(folder, { recursive: true, force: true });
    await writeFile(folder, 'not a folder');
    try {
      const fields = validFields();
      const res = await post(multipartBody(registrationParts(fields, { logo: png(200 * 1024) })));
      expect(res.status, res.text).toBe(500);
      expect(res.json).toMatchObject({ success: false, error_code: 'INTERNAL_ERROR' });
      expect(res.text).not.toMatch(/EEXIST|ENOTDIR|multipart/);
      expect(await teamsNamed(fields.team_name!)).toEqual([]);
    } finally {
      await rm(folder, { force: true });
    }
  });
});
