import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeUpload {
  cloud: string;
  folder: string;
  publicId: string;
  bytes: number;
  /** The delivery type asked for: `upload` (public) or `authenticated` (signed links only). */
  type: string;
}

/** The API secret of `cloudinaryUrl()`: what the fake checks signed download links with. */
const API_SECRET = 'test-secret';

export type FakeMode =
  | { kind: 'ok' }
  | { kind: 'fail'; status: number }
  | { kind: 'slow'; ms: number }
  /** Fails the next `failures` requests with `status`, then answers normally. */
  | { kind: 'flaky'; failures: number; status: number }
  /** Holds the next `count` requests unanswered until `release` resolves; later ones fail with `thenStatus`. */
  | { kind: 'hold'; count: number; release: Promise<void>; thenStatus: number }
  /** Reads every request and never answers it (the connection stays open until the caller gives up). */
  | { kind: 'never' }
  /** Stores every upload, then never answers it: the file exists, but the caller never learns so. */
  | { kind: 'store_then_never' };

/**
 * A loopback stand-in for Cloudinary's upload API, spoken to by the real `cloudinary` SDK through
 * `CLOUDINARY_URL=cloudinary://key:secret@cloud?upload_prefix=http://127.0.0.1:<port>`.
 */
export class FakeCloudinary {
  readonly uploads: FakeUpload[] = [];
  readonly destroyed: string[] = [];
  /** Every destroy call with the delivery type it named. */
  readonly destroyedAssets: { publicId: string; type: string }[] = [];
  /** Every rename call that changed an asset's delivery type. */
  readonly renamed: { publicId: string; type: string; toType: string }[] = [];
  /** The bytes held, by `<type>:<public id>`: served only through a valid signed download link. */
  private readonly assets = new Map<string, Buffer>();
  /** When each held asset was stored, by `<type>:<public id>`: the Admin API's `created_at`. */
  private readonly storedAt = new Map<string, Date>();
  /** Every Admin API listing (`resources`) received. */
  readonly listings: { type: string; prefix: string }[] = [];
  /** Most resources in one listing page (Cloudinary's own limit is `max_results`, at most 500). */
  listPageSize = 500;
  /** Every request received, answered or not: shows whether a caller waited on the provider. */
  requests = 0;
  /** Requests held by the `hold` mode so far. */
  held = 0;
  /** The paths of requests received and not yet over: neither answered nor given up by the caller (connection closed). */
  private readonly unfinished = new Set<{ path: string }>();
  /** The folder of every upload request received, answered or not: shows who called while a breaker was open. */
  readonly uploadFolders: string[] = [];
  mode: FakeMode = { kind: 'ok' };
  private server?: Server;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const request = { path: (req.url ?? '').split('?')[0]! };
      this.unfinished.add(request);
      res.once('close', () => this.unfinished.delete(request));
      this.handle(req).then(
        ({ status, body }) => {
          if (Buffer.isBuffer(body)) {
            res.writeHead(status, { 'content-type': 'application/octet-stream' });
            res.end(body);
            return;
          }
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        // The client gave up mid-body (an upload streamed from disk, aborted at a shutdown): nobody to answer.
        () => res.destroy(),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  cloudinaryUrl(cloud = 'icct-test'): string {
    return `cloudinary://test-key:test-secret@${cloud}?upload_prefix=http://127.0.0.1:${this.port}`;
  }

  /** Moves a held asset to another delivery type, as an older upload would have left it. */
  retype(publicId: string, from: string, to: string): void {
    const bytes = this.assets.get(`${from}:${publicId}`);
    if (!bytes) throw new Error(`the fake holds no ${from} asset ${publicId}`);
    this.assets.delete(`${from}:${publicId}`);
    this.assets.set(`${to}:${publicId}`, bytes);
  }

  /** How many requests are still open; only those of `action` (`upload`, `destroy`, `resources`: a listing, ...) if given. */
  open(action?: string): number {
    const actionOf = (path: string) => (path.includes('/resources/') ? 'resources' : path.split('/').at(-1));
    return [...this.unfinished].filter((r) => action === undefined || actionOf(r.path) === action).length;
  }

  /** Whether the fake holds the asset `publicId` of delivery type `type` (`upload` or `authenticated`). */
  holds(publicId: string, type = 'upload'): boolean {
    return this.assets.has(`${type}:${publicId}`);
  }

  /** The bytes of a held asset, or undefined. */
  bytesOf(publicId: string, type = 'upload'): Buffer | undefined {
    return this.assets.get(`${type}:${publicId}`);
  }

  /** The held assets' keys, `<type>:<public id>`, under `prefix`. */
  heldAssets(prefix = ''): string[] {
    return [...this.assets.keys()].filter((key) => key.slice(key.indexOf(':') + 1).startsWith(prefix));
  }

  /** Stores an asset directly, as if uploaded at `at` (a file some earlier run left behind). */
  plant(publicId: string, type = 'upload', at = new Date(), bytes = Buffer.from('planted')): void {
    this.assets.set(`${type}:${publicId}`, bytes);
    this.storedAt.set(`${type}:${publicId}`, at);
  }

  /** Makes the held assets under `prefix` look `ms` older to the Admin API. */
  backdate(prefix: string, ms: number): void {
    for (const key of this.heldAssets(prefix)) {
      this.storedAt.set(key, new Date((this.storedAt.get(key) ?? new Date()).getTime() - ms));
    }
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    this.requests += 1;
    const body = await readAll(req);
    const fields = multipartFields(body, req.headers['content-type'] ?? '');
    if ((req.url ?? '').split('?')[0]!.endsWith('/upload')) this.uploadFolders.push(fields.folder ?? '');
    const mode = this.mode;
    if (mode.kind === 'never') {
      this.held += 1;
      return new Promise<never>(() => undefined);
    }
    if (mode.kind === 'slow') await new Promise((r) => setTimeout(r, mode.ms));
    let holding = false;
    if (mode.kind === 'hold' && mode.count > 0) {
      mode.count -= 1;
      this.held += 1;
      holding = true;
      await mode.release;
    }
    if (mode.kind === 'hold' && !holding) {
      return { status: mode.thenStatus, body: { error: { message: `fake failure ${mode.thenStatus}` } } };
    }
    const failing = mode.kind === 'fail' || (mode.kind === 'flaky' && mode.failures > 0);
    if (mode.kind === 'flaky') mode.failures -= 1;
    if (failing) return { status: mode.status, body: { error: { message: `fake failure ${mode.status}` } } };
    const listing = /^\/v1_1\/[^/]+\/resources\/\w+\/(\w+)(?:\?(.*))?$/.exec(req.url ?? '');
    if (listing) return this.list(listing[1]!, new URLSearchParams(listing[2] ?? ''));
    const match = /^\/v1_1\/([^/]+)\/(\w+)\/(upload|destroy|rename|download)(?:\?|$)/.exec(req.url ?? '');
    if (!match) return { status: 404, body: { error: { message: 'unknown route' } } };
    const [, cloud, resourceType, action] = match;
    const type = fields.type ?? 'upload';
    if (action === 'download') return this.download(req.url ?? '');
    if (action === 'destroy') {
      this.destroyed.push(fields.public_id ?? '');
      this.destroyedAssets.push({ publicId: fields.public_id ?? '', type });
      this.assets.delete(`${type}:${fields.public_id}`);
      this.storedAt.delete(`${type}:${fields.public_id}`);
      return { status: 200, body: { result: 'ok' } };
    }
    if (action === 'rename') {
      const toType = fields.to_type ?? type;
      const bytes = this.assets.get(`${type}:${fields.from_public_id}`);
      if (!bytes) return { status: 404, body: { error: { message: 'Resource not found' } } };
      this.assets.delete(`${type}:${fields.from_public_id}`);
      this.assets.set(`${toType}:${fields.to_public_id}`, bytes);
      const at = this.storedAt.get(`${type}:${fields.from_public_id}`) ?? new Date();
      this.storedAt.delete(`${type}:${fields.from_public_id}`);
      this.storedAt.set(`${toType}:${fields.to_public_id}`, at);
      this.renamed.push({ publicId: fields.from_public_id ?? '', type, toType });
      return { status: 200, body: { public_id: fields.to_public_id, type: toType } };
    }
    const publicId = `${fields.folder}/${fields.public_id}`;
    this.uploads.push({ cloud: cloud!, folder: fields.folder ?? '', publicId, bytes: body.length, type });
    this.assets.set(`${type}:${publicId}`, fileBytes(body, req.headers['content-type'] ?? ''));
    this.storedAt.set(`${type}:${publicId}`, new Date());
    if (mode.kind === 'store_then_never') {
      this.held += 1;
      return new Promise<never>(() => undefined);
    }
    return {
      status: 200,
      body: {
        public_id: publicId,
        type,
        secure_url: `https://res.cloudinary.test/${cloud}/${resourceType}/${type}/v1/${publicId}`,
        resource_type: resourceType,
      },
    };
  }

  /**
   * The Admin API's `resources` of one delivery type: held assets whose public id starts with `prefix`,
   * in public id order, `listPageSize` a page (or `max_results`, if smaller), `next_cursor` to go on.
   */
  private list(type: string, query: URLSearchParams): { status: number; body: unknown } {
    const prefix = query.get('prefix') ?? '';
    this.listings.push({ type, prefix });
    const size = Math.min(this.listPageSize, Number(query.get('max_results') ?? 10));
    const all = [...this.assets.keys()]
      .filter((key) => key.startsWith(`${type}:`))
      .map((key) => key.slice(type.length + 1))
      .filter((publicId) => publicId.startsWith(prefix))
      .sort();
    const from = Number(query.get('next_cursor') ?? 0);
    const page = all.slice(from, from + size);
    return {
      status: 200,
      body: {
        resources: page.map((publicId) => ({
          public_id: publicId,
          resource_type: 'image',
          type,
          created_at: (this.storedAt.get(`${type}:${publicId}`) ?? new Date()).toISOString(),
        })),
        ...(from + size < all.length ? { next_cursor: String(from + size) } : {}),
      },
    };
  }

  /**
   * The Download API (`private_download_url`): the asset's bytes only when the link is signed with the
   * API secret (as the SDK signs: sorted `key=value` pairs joined by `&`, then the secret, SHA-1) and
   * `expires_at` is still ahead; 401 otherwise.
   */
  private download(url: string): { status: number; body: unknown } {
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    const params = [...query].filter(
      ([key, value]) => key !== 'signature' && key !== 'api_key' && value !== '',
    );
    params.sort(([a], [b]) => a.localeCompare(b));
    const toSign = params.map(([key, value]) => `${key}=${value}`.replace(/&/g, '%26')).join('&');
    const expected = createHash('sha1')
      .update(toSign + API_SECRET)
      .digest('hex');
    if (query.get('signature') !== expected)
      return { status: 401, body: { error: { message: 'bad signature' } } };
    if (!(Number(query.get('expires_at')) > Date.now() / 1000)) {
      return { status: 401, body: { error: { message: 'link expired' } } };
    }
    const bytes = this.assets.get(`${query.get('type') ?? 'upload'}:${query.get('public_id')}`);
    if (!bytes) return { status: 404, body: { error: { message: 'Resource not found' } } };
    return { status: 200, body: bytes };
  }
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The bytes of the multipart `file` part (the SDK streams it last, then `\r\n--boundary--`). */
function fileBytes(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  const part = body.indexOf('name="file"');
  if (!boundary || part < 0) return Buffer.alloc(0);
  const start = body.indexOf('\r\n\r\n', part) + 4;
  const end = body.lastIndexOf(`\r\n--${boundary}--`);
  return Buffer.from(body.subarray(start, end > start ? end : body.length));
}

/** Just enough multipart/urlencoded parsing to read the SDK's small text fields. */
function multipartFields(body: Buffer, contentType: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (contentType.includes('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(body.toString())) fields[k] = v;
    return fields;
  }
  const text = body.toString('latin1');
  for (const m of text.matchAll(/name="([^"]+)"\r\n\r\n([^\r]*)\r\n/g)) fields[m[1]!] = m[2]!;
  return fields;
}
