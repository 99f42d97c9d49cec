import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import multer from 'multer';
import { finalize, type Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SNIFF_BYTES } from '../storage/file-content.js';
import { countingStreamHandler } from './body-size-limit.js';
import { hasMediaType, type HttpReply, type HttpRequest } from './http.js';

export interface MultipartSpec {
  /** File fields and the most bytes each may hold. */
  files: Record<string, number>;
  maxFields: number;
  maxFieldBytes: number;
  /** The most bytes the whole body may hold: MAX_REQUEST_SIZE unless the route has its own. */
  maxRequestBytes?: number;
}

// Adds to multer's own global type, which is declared in namespaces.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-namespace
    namespace Multer {
      /** What the multipart interceptor adds to each file it spooled to `path`. */
      interface File {
        /** Hex SHA-256 of the whole file, computed while it was written. */
        sha256: string;
        /** Its first bytes (at most SNIFF_BYTES): enough to tell its type by content. */
        head: Buffer;
      }
    }
  }
}

/** What multer leaves on the Node request it read: the text fields and the spooled files by field. */
type MultipartRead = IncomingMessage & {
  body?: Record<string, unknown>;
  files?: Record<string, Express.Multer.File[] | undefined>;
};

/** The files the multipart interceptor spooled for this request, by field name (none before it ran). */
export function spooledFiles(
  req: HttpRequest,
): Record<string, Express.Multer.File[] | undefined> | undefined {
  return (req.raw as MultipartRead).files;
}

/** Where request files are spooled while their request is handled (each removed after it). */
export function multipartTempDir(config: AppConfig): string {
  return resolve(config.dataDir, 'tmp', 'multipart');
}

/** Older request files than this are a dead process's: no handler runs for an hour, even past its 408. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;

/**
 * Request files a process left behind when it was killed mid-request (a crash, `kill -9`): removed at
 * start-up once they are older than any request could be, so the files of another worker sharing
 * DATA_DIR, still being handled, are left alone.
 */
@Injectable()
export class MultipartLeftovers implements OnApplicationBootstrap {
  private readonly logger = new Logger(MultipartLeftovers.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = multipartTempDir(this.config);
    const names = await readdir(dir).catch(() => []);
    const before = Date.now() - Math.max(LEFTOVER_AGE_MS, 2 * this.config.http.requestTimeoutMs);
    let removed = 0;
    for (const name of names) {
      const file = await stat(join(dir, name)).catch(() => undefined);
      if (!file || file.mtimeMs > before) continue;
      await rm(join(dir, name), { force: true, recursive: true });
      removed += 1;
    }
    if (removed > 0) {
      this.logger.log({ event: 'multipart_leftovers_removed', count: removed }, 'old request files removed');
    }
  }
}

/**
 * An interceptor that reads a multipart/form-data body within strict limits (size per file field,
 * number of files, number and size of text fields, size of the whole body) and spools each file to a
 * temporary file (mode 0600, random name) as it arrives, hashing it and keeping its first bytes, so a
 * request never holds its files in memory. Reading stops at the first limit crossed. The files are
 * removed once the handler is done with them, whatever its outcome, and at once when reading fails
 * (a client that disconnects mid-upload included). Non-multipart bodies get 415; malformed or
 * truncated ones 400.
 */
export function multipartInterceptor(
  specFor: (config: AppConfig) => MultipartSpec,
): new (config: AppConfig) => NestInterceptor {
  @Injectable()
  class MultipartInterceptor implements NestInterceptor {
    private readonly spec: MultipartSpec;
    private readonly tempDir: string;
    private readonly options: multer.Options & {
      streamHandler: ReturnType<typeof countingStreamHandler>;
    };
    private readonly fields: multer.Field[];

    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      this.spec = specFor(config);
      this.tempDir = multipartTempDir(config);
      const fileFields = Object.keys(this.spec.files);
      this.fields = fileFields.map((name) => ({ name, maxCount: 1 }));
      this.options = {
        // Keep the client's file name as sent: busboy's basename would turn `\\` or `.` into an empty
        // name and the file into a text field. We never store under the client's name anyway.
        preservePath: true,
        // Counts a chunked body against the limit (a declared length was checked up front).
        streamHandler: countingStreamHandler(this.spec.maxRequestBytes ?? config.http.maxRequestBytes),
        // Each file's own limit is its field's, enforced while it is spooled.
        limits: {
          files: fileFields.length,
          fields: this.spec.maxFields,
          fieldSize: this.spec.maxFieldBytes,
          fieldNameSize: 100,
          parts: fileFields.length + this.spec.maxFields,
        },
      };
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      const request = http.getRequest<HttpRequest>();
      const req: MultipartRead = request.raw;
      if (!hasMediaType(req, 'multipart/form-data')) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be multipart/form-data');
      }
      const temporary = new TemporaryFiles(this.tempDir);
      const parse = multer({ ...this.options, storage: spoolingStorage(temporary, this.spec.files) }).fields(
        this.fields,
      );
      try {
        await new Promise<void>((resolve, reject) => {
          // multer is typed for Express but reads only the Node request (and never writes the response).
          void parse(req as never, http.getResponse<HttpReply>().raw as never, (error: unknown) =>
            error ? reject(this.toAppError(error)) : resolve(),
          );
        });
        // multer passes over a body whose Content-Type it cannot parse (`boundary=`) without a word.
        if (req.body === undefined) throw malformed();
        request.body = req.body;
      } catch (error) {
        await temporary.removeAll();
        throw error;
      }
      // Not on the response's 'close': a handler outlives its client (a disconnect, a 408) and still
      // reads the files. The request timeout subscribes to the handler until its end, so this runs.
      return next.handle().pipe(finalize(() => void temporary.removeAll()));
    }

    private toAppError(error: unknown): AppError {
      if (error instanceof AppError) return error;
      if (!(error instanceof multer.MulterError)) return malformed();
      const field = error.field ?? 'body';
      switch (error.code) {
        case 'LIMIT_UNEXPECTED_FILE':
          return AppError.validation({
            [field]: 'is not an accepted file field, or was sent more than once',
          });
        case 'LIMIT_FIELD_VALUE':
          return AppError.validation({ [field]: `must be at most ${this.spec.maxFieldBytes} bytes` });
        default:
          return AppError.validation(
            { body: 'has too many parts, fields or files' },
            'Multipart limits exceeded',
          );
      }
    }
  }
  return MultipartInterceptor;
}

/**
 * The temporary files of one request. `removeAll` removes them and marks the request done: a file
 * whose spooling starts after that (a late part of an aborted body) is refused.
 */
class TemporaryFiles {
  private readonly paths = new Set<string>();
  private done = false;
  private dirMade: Promise<unknown> | undefined;

  constructor(private readonly dir: string) {}

  async create(): Promise<string> {
    // Made (or found) once per request, not once per file (issue 15: file system calls were 9 % of S1).
    await (this.dirMade ??= mkdir(this.dir, { recursive: true, mode: 0o700 }));
    if (this.done) throw new Error('the request is done: no more files');
    const path = join(this.dir, randomUUID());
    this.paths.add(path);
    return path;
  }

  async remove(path: string): Promise<void> {
    this.paths.delete(path);
    // `unlink`, not `rm`: rm looks at the path (lstat) before it unlinks it.
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async removeAll(): Promise<void> {
    this.done = true;
    await Promise.allSettled([...this.paths].map((path) => this.remove(path)));
  }
}

/** A multer storage engine that spools each file to one of the request's temporary files. */
function spoolingStorage(temporary: TemporaryFiles, limits: Record<string, number>): multer.StorageEngine {
  return {
    _handleFile(_req, file, done) {
      // multer refuses a field outside `limits` (LIMIT_UNEXPECTED_FILE) before it gets here.
      spool(file.stream, temporary, file.fieldname, limits[file.fieldname]!).then(
        (spooled) => done(null, spooled),
        (error: unknown) => {
          file.stream.resume();
          done(error);
        },
      );
    },
    _removeFile(_req, file, done) {
      temporary.remove(file.path).then(() => done(null), done);
    },
  };
}

/**
 * Writes a file part to a new temporary file, hashing and counting it on the way; fails (and removes
 * the file) at the first byte over `limit`, or when the part breaks off.
 */
async function spool(
  stream: Readable,
  temporary: TemporaryFiles,
  field: string,
  limit: number,
): Promise<Pick<Express.Multer.File, 'path' | 'size' | 'sha256' | 'head'>> {
  const path = await temporary.create();
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      if (size + chunk.length > limit) return next(tooLarge(field, limit));
      // A copy: a slice would keep the whole chunk alive with the request.
      if (size < SNIFF_BYTES) head.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - size)));
      size += chunk.length;
      hash.update(chunk);
      next(null, chunk);
    },
  });
  try {
    await pipeline(stream, meter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await temporary.remove(path);
    throw error;
  }
  return { path, size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
}

function malformed(): AppError {
  return AppError.validation(
    { body: 'is not a well-formed multipart/form-data body' },
    'Malformed multipart body',
  );
}

function tooLarge(field: string, limit: number): AppError {
  const mb = Math.round((limit / (1024 * 1024)) * 10) / 10;
  return new AppError('FILE_TOO_LARGE', `The file in "${field}" is larger than ${mb} MB`, {
    field_errors: { [field]: `must be at most ${mb} MB` },
  });
}
