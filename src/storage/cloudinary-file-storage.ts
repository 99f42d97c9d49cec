import http from 'node:http';
import https from 'node:https';
import type { UploadApiErrorResponse, UploadApiResponse } from 'cloudinary';
import type { CloudinaryConfig } from '../config/app-config.js';
import { FileStorage, StorageError, type FileToStore, type StoredFile } from './file-storage.js';

type CloudinaryV2 = (typeof import('cloudinary'))['v2'];

/**
 * Cloudinary through its own SDK. Credentials go with every call rather than into the SDK's global
 * config, and the agent is chosen from the upload prefix: the SDK picks http or https once, at import,
 * so an explicit agent is what lets an `http://` prefix (a loopback fake) work regardless of import order.
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

  async upload(file: FileToStore): Promise<StoredFile> {
    const result = await new Promise<UploadApiResponse>((resolve, reject) => {
      const stream = this.sdk.uploader.upload_stream(
        {
          ...this.credentials(),
          folder: file.folder,
          public_id: file.name,
          overwrite: true,
          resource_type: 'image',
        },
        (error?: UploadApiErrorResponse, response?: UploadApiResponse) =>
          error || !response ? reject(classify(error)) : resolve(response),
      );
      stream.end(file.bytes);
    });
    return { url: result.secure_url, publicId: result.public_id };
  }

  async delete(publicId: string): Promise<void> {
    try {
      await this.sdk.uploader.destroy(publicId, {
        ...this.credentials(),
        resource_type: 'image',
        invalidate: true,
      });
    } catch (error) {
      throw classify(error as UploadApiErrorResponse);
    }
  }

  private credentials() {
    return {
      cloud_name: this.config.cloudName,
      api_key: this.config.apiKey,
      api_secret: this.config.apiSecret,
      secure: true,
      agent: this.agent,
      ...(this.config.uploadPrefix ? { upload_prefix: this.config.uploadPrefix } : {}),
    };
  }
}

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
