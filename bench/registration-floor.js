/**
 * L4, S1's work on bare Node: a node:http server doing per request what the API must do for a
 * registration and nothing more. It parses the multipart body with multer (the API's parser, here into
 * memory), hashes the logo, uploads it with the Cloudinary SDK to the same fake Cloudinary, and runs the
 * registration's recorded statements through postgres.js (bench/database-limit.js: the early conflict
 * check, then the upload, then the transaction, prepared and pipelined as the service sends them, at
 * most REGISTRATION_CONCURRENCY's default in their transaction at once), then answers the team's JSON.
 * No framework, validation, hardening, logging or metrics: what is left between S1 and L4 is what the
 * API adds to the same work.
 *
 * Run in its own process, on a migrated, empty database (it records the statements first):
 * `DATABASE_URL=… CLOUDINARY_UPLOAD_PREFIX=http://127.0.0.1:N POOL_SIZE=30 node bench/registration-floor.js`;
 * prints `{"port":N}`.
 */
import { createServer, Agent } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import multer from 'multer';
import { v2 as cloudinary } from 'cloudinary';
import { loadConfig } from '../dist/config/app-config.js';
import { recordRegistrationTransaction, registrationReplay } from './database-limit.js';
import { benchPlayers } from './registration-body.js';

const url = process.env.DATABASE_URL;
const uploadPrefix = process.env.CLOUDINARY_UPLOAD_PREFIX;
const recorded = await recordRegistrationTransaction(url, benchPlayers());
const replay = registrationReplay({
  url,
  recorded,
  poolSize: Number(process.env.POOL_SIZE),
  prepare: true,
  // The server's default REGISTRATION_CONCURRENCY: registrations wait for a transaction slot as in S1.
  transactionSlots: loadConfig({}).registration.concurrency,
});
const agent = new Agent({ keepAlive: true });
const parseForm = multer({ storage: multer.memoryStorage() }).any();

/** The logo to the fake Cloudinary through the SDK, as CloudinaryFileStorage sends it. */
function upload(bytes, folder) {
  return new Promise((resolve, reject) => {
    cloudinary.uploader
      .upload_stream(
        {
          cloud_name: 'bench',
          api_key: 'bench-key',
          api_secret: 'bench-secret',
          upload_prefix: uploadPrefix,
          agent,
          folder,
          public_id: 'logo',
          overwrite: true,
          resource_type: 'image',
          type: 'upload',
        },
        (error, response) =>
          error || !response ? reject(new Error(error?.message ?? 'no answer')) : resolve(response),
      )
      .end(bytes);
  });
}

function answer(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function register(req, res, parseError) {
  try {
    if (parseError) throw parseError;
    const form = req.body;
    const players = JSON.parse(form.players);
    const logo = req.files.find((file) => file.fieldname === 'logo');
    // The server hashes every file it receives (its SHA-256 is kept with the file's row).
    createHash('sha256').update(logo.buffer).digest('hex');
    const teamId = await replay.register(form.team_name, form.church_name, () =>
      upload(logo.buffer, `teams/${randomUUID()}`),
    );
    answer(res, 200, {
      success: true,
      team_id: teamId,
      message: 'Team registered successfully',
      team_name: form.team_name,
      church_name: form.church_name,
      player_count: players.length,
      status: 'pending',
      waitlist_position: null,
    });
  } catch (error) {
    answer(res, 500, { success: false, error: String(error) });
  }
}

const server = createServer((req, res) => parseForm(req, res, (error) => void register(req, res, error)));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
