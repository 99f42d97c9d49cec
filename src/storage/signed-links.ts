import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { storageId } from './file-storage.js';

/** Where private files on the local disk are served: `GET /files/:id/:name` (src/files/). */
export const FILES_PATH = 'files';

/** What a link's signature is made over, besides the file and the expiry: no other use of the key can collide. */
const PURPOSE = 'icct26 private file link v1';

/** The parts of a `/files` link as a request brings them; query values may be missing or repeated. */
export interface LinkParts {
  id: string;
  name: string;
  expires: unknown;
  signature: unknown;
}

/**
 * Links to private files on the local disk: `<API_URL>/files/<id>/<name>?expires=<unix seconds>&signature=<hex>`,
 * where `id` is the file's storage key in base64url, `name` its file name (for people; it must match),
 * and `signature` the HMAC-SHA256 of the storage id and the expiry under a key derived from SECRET_KEY.
 * A link opens only its own file, only until it expires, and cannot be made without the key.
 */
export class SignedLinks {
  private constructor(private readonly key: Buffer) {}

  /** The key is derived from SECRET_KEY, never SECRET_KEY itself. */
  static fromSecret(secret: string): SignedLinks {
    return new SignedLinks(createHmac('sha256', secret).update(PURPOSE).digest());
  }

  /**
   * Without SECRET_KEY: a random key kept in `path` (created once, atomically, so that every worker
   * of this instance and every restart signs with the same one).
   */
  static async fromKeyFile(path: string): Promise<SignedLinks> {
    const existing = await readKeyFile(path);
    if (existing) return new SignedLinks(existing);
    await mkdir(dirname(path), { recursive: true });
    const fresh = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(fresh, randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      await link(fresh, path); // fails if another process got there first: then its key is the key
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await rm(fresh, { force: true });
    }
    const key = await readKeyFile(path);
    if (!key) throw new Error(`${path} does not hold a link key: delete it and restart to make a new one`);
    return new SignedLinks(key);
  }

  /** A key no one else knows: for a storage that issues no `/files` links (Cloudinary). */
  static random(): SignedLinks {
    return new SignedLinks(randomBytes(32));
  }

  /** The link to the private file stored under `key` on the local disk, valid until `expiresAt`. */
  url(baseUrl: string, key: string, expiresAt: Date): string {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    const id = Buffer.from(key, 'utf8').toString('base64url');
    const query = `expires=${expires}&signature=${this.sign(storageId('private', key), expires)}`;
    return `${baseUrl}/${FILES_PATH}/${id}/${encodeURIComponent(fileName(key))}?${query}`;
  }

  /**
   * The storage id a link names, when the link is whole, signed with this key and not expired at
   * `now`; otherwise undefined. The signature is compared in constant time.
   */
  check(parts: LinkParts, now: Date): string | undefined {
    const { id, name, expires, signature } = parts;
    if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires)) return undefined;
    if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return undefined;
    if (!/^[A-Za-z0-9_-]{1,1024}$/.test(id)) return undefined;
    const key = Buffer.from(id, 'base64url').toString('utf8');
    // One spelling per file: an id that is not the canonical encoding of its key is not ours.
    if (Buffer.from(key, 'utf8').toString('base64url') !== id || fileName(key) !== name) return undefined;
    const fileId = storageId('private', key);
    const expected = Buffer.from(this.sign(fileId, Number(expires)), 'hex');
    const valid = timingSafeEqual(expected, Buffer.from(signature, 'hex'));
    return valid && Number(expires) > now.getTime() / 1000 ? fileId : undefined;
  }

  private sign(id: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${id}\n${expires}`).digest('hex');
  }
}

function fileName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

async function readKeyFile(path: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return /^[0-9a-f]{64}$/.test(text) ? Buffer.from(text, 'hex') : undefined;
}
