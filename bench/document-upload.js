/**
 * Registrations with their documents at once: CONCURRENT registrations of 15 players, each with 33 files
 * of 1 MB (logo, pastor's letter, payment receipt, and each player's ID proof and consent form: what the
 * FastAPI-compatible route carries at most), sent together to the native route (MAX_REQUEST_SIZE raised
 * to 64 MB) of the built server (`npm run build` first) on a fresh PostgreSQL database, storing through
 * the fake Cloudinary (or the local disk with `--local`). Samples the server's VmRSS every 100 ms and
 * prints a JSON summary: how many registered, how long it took, the peak RSS (the goal: under 300 MB),
 * and the temporary files left. Exits 1 when one of these misses.
 *
 *   node bench/document-upload.js [--local] [--concurrent N] [--cwd DIR]
 *
 * `--cwd DIR` runs another checkout's build (its dist/main.js), for a before/after comparison.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { freePort, productionEnv, sampleRss, startHelper, startServer, stopProcess } from './processes.js';

const args = process.argv.slice(2);
const LOCAL = args.includes('--local');
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const CONCURRENT = Number(option('--concurrent') ?? 20);
const CWD = option('--cwd');
const PLAYERS = 15;
const FILE_BYTES = 1024 * 1024;
const RSS_LIMIT_MB = 300;
const RESULTS = 'bench/results';

const serverUrl = (process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(
  /^postgres(ql)?(\+\w+)?:\/\//,
  'postgres://',
);

// One random megabyte behind each signature: incompressible, as scans are, and shared by every body, so
// this process holds a few MB rather than the 660 MB it sends.
const filler = randomBytes(FILE_BYTES);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  filler.subarray(8),
]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), filler.subarray(9)]);

/** The pieces of one registration's multipart body, in order (the files are shared buffers). */
function registrationBody(sequence) {
  const boundary = `----documents${randomBytes(8).toString('hex')}`;
  const text = (name, value) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const file = (name, bytes) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.bin"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    bytes,
    Buffer.from('\r\n'),
  ];
  const letters = 'ABCDEFGHIJKLMNOP';
  const players = Array.from({ length: PLAYERS }, (_, i) => ({
    name: `Player ${letters[i]}`,
    role: 'Batsman',
    phone: String(9_800_000_000 + i),
  }));
  const tag = `${sequence}`.replace(/\d/g, (d) => letters[Number(d)]);
  const pieces = [
    text('team_name', `Documents Team ${tag}`),
    text('church_name', `Documents Church ${tag}`),
    text('captain_name', 'Samuel Joseph'),
    text('captain_phone', '9876543210'),
    text('captain_email', 'captain@example.org'),
    text('captain_whatsapp', '9876543211'),
    text('coach_name', 'Coach Mathew'),
    text('players', JSON.stringify(players)),
    ...file('logo', PNG),
    ...['pastor_letter', 'payment_receipt'].flatMap((kind) => file(kind, PDF)),
    ...players.flatMap((_, i) => [
      ...file(`players[${i}].id_proof`, PNG),
      ...file(`players[${i}].consent_form`, PDF),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ];
  return { contentType: `multipart/form-data; boundary=${boundary}`, pieces };
}

/** Sends one body piece by piece (minding backpressure); resolves with the status and the parsed answer. */
function register(url, { contentType, pieces }) {
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/registration`,
      { method: 'POST', agent: false, headers: { 'content-type': contentType, 'content-length': length } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    void (async () => {
      for (const piece of pieces) {
        if (!req.write(piece)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })();
  });
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

async function main() {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  const dbName = `icct_documents_${process.pid}_${randomBytes(3).toString('hex')}`;
  await admin.unsafe(`create database "${dbName}"`);
  const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
  const dataDir = await mkdtemp(join(tmpdir(), 'icct-documents-'));
  await mkdir(RESULTS, { recursive: true });
  const cloudinary = LOCAL
    ? undefined
    : await startHelper('bench/fake-cloudinary.js', `${RESULTS}/document-upload-cloudinary.log`);
  const port = await freePort();
  const logPath = `${RESULTS}/document-upload-server.log`;
  let server;
  try {
    server = await startServer({
      logPath,
      cwd: CWD,
      env: {
        ...productionEnv({ port, dataDir, databaseUrl: dbUrl }),
        ALLOW_EMAIL_TO_FILES: 'true',
        ...(cloudinary
          ? {
              CLOUDINARY_URL: `cloudinary://bench-key:bench-secret@bench?upload_prefix=http://127.0.0.1:${cloudinary.port}`,
            }
          : { ALLOW_LOCAL_FILE_STORAGE: 'true' }),
        // A registration of 15 players with all 33 documents is about 33 MB.
        MAX_REQUEST_SIZE: String(64 * 1024 * 1024),
        REQUEST_TIMEOUT: '300',
        RATE_LIMIT_REQUESTS: '1000000',
        MAX_TEAMS_PER_CHURCH: '1000000',
        REQUIRED_DOCUMENTS: 'logo',
      },
    });
    const bodies = Array.from({ length: CONCURRENT }, (_, i) => registrationBody(i + 1));
    const idle = sampleRss(server.child.pid, 100);
    await new Promise((r) => setTimeout(r, 500));
    const idleRss = idle.stop();
    const sampler = sampleRss(server.child.pid, 100);
    const started = performance.now();
    const results = await Promise.all(
      bodies.map((body) => register(server.url, body).catch((error) => ({ status: 0, body: String(error) }))),
    );
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 500));
    const peakRss = sampler.stop();
    const db = postgres(dbUrl, { max: 1, onnotice: () => undefined });
    const [files] =
      await db`select count(*)::int as n, count(*) filter (where state = 'uploaded')::int as uploaded from team_files`;
    await db.end();
    const statuses = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const peakRssMb = Math.round(peakRss / (1024 * 1024));
    const summary = {
      scenario: `${CONCURRENT} concurrent registrations, ${PLAYERS} players, 33 files of 1 MB each`,
      storage: LOCAL ? 'local' : 'fake cloudinary',
      ok: results.filter((r) => r.status === 200).length,
      statuses,
      errors: results
        .filter((r) => r.status !== 200)
        .slice(0, 3)
        .map((r) => r.body.slice(0, 300)),
      seconds: Math.round(seconds * 10) / 10,
      megabytesSent: Math.round((CONCURRENT * 33 * FILE_BYTES) / (1024 * 1024)),
      idleRssMb: Math.round(idleRss / (1024 * 1024)),
      peakRssMb,
      withinRssLimit: peakRssMb < RSS_LIMIT_MB,
      teamFiles: files.n,
      uploaded: files.uploaded,
      temporaryFilesLeft: await filesUnder(join(dataDir, 'tmp')),
    };
    console.log(JSON.stringify(summary, null, 2));
    if (summary.ok !== CONCURRENT || !summary.withinRssLimit || summary.temporaryFilesLeft > 0)
      process.exitCode = 1;
  } finally {
    if (server) await stopProcess(server.child);
    if (cloudinary) await cloudinary.stop();
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
