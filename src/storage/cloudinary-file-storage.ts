import { createReadStream, type ReadStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { UploadApiErrorResponse, UploadApiResponse } from 'cloudinary';
import type { CloudinaryConfig } from '../config/app-config.js';
import { EXTENSION, type SniffedType } from './file-content.js';
import {
  FileStorage,
  parseStorageId,
  StorageError,
  storageId,
  type FileListing,
  type FileToStore,
  type StoredFile,
  type Visibility,
} from './file-storage.js';

type CloudinaryV2 = (typeof import('cloudinary'))['v2'];

/**
 * Cloudinary through its own SDK. Credentials go with every call rather than into the SDK's global
 * config, and the agent is chosen from the upload prefix: the SDK picks http or https once, at import,
 * so an explicit agent is what lets an `http://` prefix (a loopback fake) work regardless of import order.
 *
 * Public files are `upload` assets (a CDN URL anyone may fetch). Private files are `authenticated`
 * assets: no unsigned URL reaches them, and they are handed out as Download API links
 * (`private_download_url`) signed with the API secret, carrying `expires_at`. Signed delivery URLs
 * (`sign_url`) never expire, and expiring delivery tokens need Cloudinary's paid token-based access.
 */
export class CloudinaryFileStorage extends FileStorage {
  readonly name = 'cloudinary' as const;
  private readonly agent: http.Agent;

  constructor(
    private readonly sdk: CloudinaryV2,
    private readonly config: CloudinaryConfig,
  ) {
    super();
    const plainHttp = config.uploadPrefix?.startsWith('http://') ?? false;
    this.agent = plainHttp ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  }

  static async create(config: CloudinaryConfig): Promise<CloudinaryFileStorage> {
    const { v2 } = await import('cloudinary');
    return new CloudinaryFileStorage(v2, config);
  }

  async upload(file: FileToStore, signal?: AbortSignal): Promise<StoredFile> {
    const sent = (agent: http.Agent) => {
      // Read afresh by each try (the breaker's quick retries call this again).
      let source: ReadStream | undefined;
      return new Promise<UploadApiResponse>((resolve, reject) => {
        const stream = this.sdk.uploader.upload_stream(
          {
            ...this.credentials(agent),
            folder: file.folder,
            public_id: file.name,
            overwrite: true,
            resource_type: 'image',
            type: DELIVERY_TYPE[file.visibility],
          },
          (error?: UploadApiErrorResponse, response?: UploadApiResponse) =>
            error || !response ? reject(classify(error)) : resolve(response),
        );
        if ('bytes' in file.content) {
          stream.end(file.content.bytes);
          return;
        }
        source = createReadStream(file.content.path).once('error', (error) =>
          reject(new StorageError('unavailable', 'could not read the file to upload', { cause: error })),
        );
        source.pipe(stream);
      }).finally(() => source?.destroy()); // a request that failed stops reading and would keep the file open
    };
    const result = await this.bounded(signal, sent);
    if (file.visibility === 'private') return { url: null, publicId: storageId('private', result.public_id) };
    return { url: result.secure_url, publicId: result.public_id };
  }

  async delete(publicId: string, signal?: AbortSignal): Promise<void> {
    const { visibility, key } = parseStorageId(publicId);
    try {
      await this.bounded(signal, (agent) =>
        this.sdk.uploader.destroy(key, {
          ...this.credentials(agent),
          resource_type: 'image',
          type: DELIVERY_TYPE[visibility],
          invalidate: true,
        }),
      );
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw classify(error as UploadApiErrorResponse);
    }
  }

  /**
   * The Admin API's `resources` by prefix: public (`upload`) assets first, then private (`authenticated`)
   * ones, 500 a page. The cursor says which of the two and Cloudinary's own cursor within it.
   */
  async list(prefix: string, cursor?: string, signal?: AbortSignal): Promise<FileListing> {
    const [visibility, next] = readCursor(cursor);
    let page: { resources: { public_id: string; created_at: string }[]; next_cursor?: string };
    try {
      page = (await this.bounded(signal, (agent) =>
        this.sdk.api.resources({
          ...this.credentials(agent),
          resource_type: 'image',
          type: DELIVERY_TYPE[visibility],
          prefix,
          max_results: 500,
          ...(next ? { next_cursor: next } : {}),
        }),
      )) as typeof page;
    } catch (error) {
      if (error instanceof StorageError) throw error;
      // Not `classify`: an Admin API rejection carries the request's options, credentials included.
      const { message, http_code } =
        (error as { error?: { message?: string; http_code?: number } }).error ?? {};
      throw new StorageError(
        'unavailable',
        `cloudinary: could not list files (${http_code ?? 'no response'}: ${message ?? ''})`,
      );
    }
    const files = page.resources.map((r) => ({
      publicId: storageId(visibility, r.public_id),
      storedAt: new Date(r.created_at),
    }));
    if (page.next_cursor) return { files, next: `${visibility}:${page.next_cursor}` };
    return visibility === 'public' ? { files, next: 'private:' } : { files };
  }

  privateLink(publicId: string, contentType: SniffedType, expiresAt: Date): string {
    const { visibility, key } = parseStorageId(publicId);
    if (visibility !== 'private') throw new StorageError('refused', 'not a private file');
    const options = {
      ...this.credentials(),
      resource_type: 'image' as const,
      type: DELIVERY_TYPE.private,
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      attachment: !contentType.startsWith('image/'),
    };
    return this.sdk.utils.private_download_url(key, EXTENSION[contentType], options);
  }

  /** Cloudinary serves its private files itself, through `privateLink`. */
  async readPrivate(): Promise<undefined> {
    return undefined;
  }

  /** Turns the public `upload` asset into an `authenticated` one, keeping its public id; the CDN copy is invalidated. */
  async makePrivate(publicId: string, signal?: AbortSignal): Promise<string> {
    const { visibility, key } = parseStorageId(publicId);
    if (visibility === 'private') return publicId;
    try {
      await this.bounded(signal, (agent) =>
        this.sdk.uploader.rename(key, key, {
          ...this.credentials(agent),
          resource_type: 'image',
          type: DELIVERY_TYPE.public,
          to_type: DELIVERY_TYPE.private,
          invalidate: true,
        }),
      );
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw classify(error as UploadApiErrorResponse);
    }
    return storageId('private', key);
  }

  /**
   * Runs one SDK call on an agent of its own that hands the call's HTTP requests to `signal`: when it
   * aborts, they are destroyed (socket and all) and the call rejects at once. The SDK takes no signal,
   * and its own timeout is a socket idle timeout (60 s), which the Admin API does not even act on.
   */
  private async bounded<T>(
    signal: AbortSignal | undefined,
    call: (agent: http.Agent) => Promise<T>,
  ): Promise<T> {
    if (!signal) return call(this.agent);
    const gaveUp = () => new StorageError('unavailable', 'cloudinary: no answer in time (request aborted)');
    if (signal.aborted) throw gaveUp();
    const requests = new Set<http.ClientRequest>();
    const shared = this.agent as http.Agent & { addRequest(req: http.ClientRequest, options: object): void };
    // `addRequest` is how a ClientRequest asks its agent for a socket: every request of this call passes here.
    const agent = Object.create(shared, {
      addRequest: {
        value: (req: http.ClientRequest, options: object) => {
          requests.add(req);
          req.once('close', () => requests.delete(req));
          shared.addRequest(req, options);
        },
      },
    }) as http.Agent;
    let onAbort!: () => void;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        for (const req of requests) req.destroy();
        reject(gaveUp());
      };
    });
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await Promise.race([call(agent), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  private credentials(agent: http.Agent = this.agent) {
    return {
      cloud_name: this.config.cloudName,
      api_key: this.config.apiKey,
      api_secret: this.config.apiSecret,
      secure: true,
      agent,
      ...(this.config.uploadPrefix ? { upload_prefix: this.config.uploadPrefix } : {}),
    };
  }
}

/** Which listing a `list` cursor continues: `public` or `private`, and Cloudinary's cursor within it. */
function readCursor(cursor: string | undefined): [Visibility, string | undefined] {
  if (!cursor) return ['public', undefined];
  const at = cursor.indexOf(':');
  const visibility = cursor.slice(0, at) === 'private' ? 'private' : 'public';
  return [visibility, cursor.slice(at + 1) || undefined];
}

/** Cloudinary's delivery type for each visibility. */
const DELIVERY_TYPE: Record<Visibility, 'upload' | 'authenticated'> = {
  public: 'upload',
  private: 'authenticated',
};

/**
 * Only Cloudinary's verdicts on the file itself (400, 413, 415, 422) mean "refused": the registration
 * is then turned down. Everything else, bad credentials and an unknown cloud included (401, 403, 404),
 * is an outage of ours or theirs: the file is kept for a later upload and the breaker counts it.
 */
const FILE_REFUSALS = new Set([400, 413, 415, 422]);

function classify(error: UploadApiErrorResponse | undefined): StorageError {
  const status = error?.http_code;
  const refused = typeof status === 'number' && FILE_REFUSALS.has(status);
  return new StorageError(
    refused ? 'refused' : 'unavailable',
    `cloudinary: ${error?.message ?? 'no response'}`,
    {
      cause: error,
    },
  );
}
