import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeUpload {
  cloud: string;
  folder: string;
  publicId: string;
  bytes: number;
}

export type FakeMode =
  | { kind: 'ok' }
  | { kind: 'fail'; status: number }
  | { kind: 'slow'; ms: number }
  /** Fails the next `failures` requests with `status`, then answers normally. */
  | { kind: 'flaky'; failures: number; status: number }
  /** Holds the next `count` requests unanswered until `release` resolves; later ones fail with `thenStatus`. */
  | { kind: 'hold'; count: number; release: Promise<void>; thenStatus: number };

/**
 * A loopback stand-in for Cloudinary's upload API, spoken to by the real `cloudinary` SDK through
 * `CLOUDINARY_URL=cloudinary://key:secret@cloud?upload_prefix=http://127.0.0.1:<port>`.
 */
export class FakeCloudinary {
  readonly uploads: FakeUpload[] = [];
  readonly destroyed: string[] = [];
  /** Every request received, answered or not: shows whether a caller waited on the provider. */
  requests = 0;
  /** Requests held by the `hold` mode so far. */
  held = 0;
  /** The folder of every upload request received, answered or not: shows who called while a breaker was open. */
  readonly uploadFolders: string[] = [];
  mode: FakeMode = { kind: 'ok' };
  private server?: Server;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer(
      (req, res) =>
        void this.handle(req).then(({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        }),
    );
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  cloudinaryUrl(cloud = 'icct-test'): string {
    return `cloudinary://test-key:test-secret@${cloud}?upload_prefix=http://127.0.0.1:${this.port}`;
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
    const match = /^\/v1_1\/([^/]+)\/(\w+)\/(upload|destroy)/.exec(req.url ?? '');
    if (!match) return { status: 404, body: { error: { message: 'unknown route' } } };
    const [, cloud, resourceType, action] = match;
    if (action === 'destroy') {
      this.destroyed.push(fields.public_id ?? '');
      return { status: 200, body: { result: 'ok' } };
    }
    const publicId = `${fields.folder}/${fields.public_id}`;
    this.uploads.push({ cloud: cloud!, folder: fields.folder ?? '', publicId, bytes: body.length });
    return {
      status: 200,
      body: {
        public_id: publicId,
        secure_url: `https://res.cloudinary.test/${cloud}/${resourceType}/upload/v1/${publicId}`,
        resource_type: resourceType,
      },
    };
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
