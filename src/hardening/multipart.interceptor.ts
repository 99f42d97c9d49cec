import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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
import { countingStreamHandler } from './body-size-limit.js';
import { hasMediaType, type HttpReply, type HttpRequest } from './http.js';
import { ByteBudget, type ReceivedPart, RequestFiles, type RequestFilesOptions } from './request-files.js';

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
      /** What the multipart interceptor adds to each file it read (request-files.ts). */
      // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into multer's File
      interface File extends ReceivedPart {}
    }
  }
}

/**
 * A file as the multipart interceptor leaves it: what multer read from the part's headers, and the part.
 * Not multer's whole File type, whose `path` and `buffer` our storage never sets.
 */
export type MultipartFile = Pick<Express.Multer.File, 'fieldname' | 'originalname'> & ReceivedPart;

/** What multer leaves on the Node request it read: the text fields and the files by field. */
type MultipartRead = IncomingMessage & {
  body?: Record<string, unknown>;
  files?: Record<string, MultipartFile[] | undefined>;
};

/** The files the multipart interceptor read for this request, by field name (none before it ran). */
export function multipartFiles(req: HttpRequest): Record<string, MultipartFile[] | undefined> | undefined {
  return (req.raw as MultipartRead).files;
}

/** Where request files too large for memory wait while their request is handled (each removed after it). */
export function multipartTempDir(config: AppConfig): string {
  return resolve(config.dataDir, 'tmp', 'multipart');
}

/**
 * A file up to this size is kept in memory (a logo, a phone photo of a letter): most of a registration's
 * documents. Larger ones go to disk as they arrive.
 */
const IN_MEMORY_FILE_BYTES = 64 * 1024;

/** The most bytes of request files the process keeps in memory at once, all requests together. */
const IN_MEMORY_FILES = new ByteBudget(16 * 1024 * 1024);

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
 * number of files, number and size of text fields, size of the whole body) and reads each file as it
 * arrives, hashing it and keeping its first bytes: a small one into memory, within a budget the whole
 * process shares, any other into a temporary file (mode 0600, random name), so the files of many
 * requests at once never fill the memory. Reading stops at the first limit crossed. The files are
 * released (memory given back, temporary files removed) once the handler is done with them, whatever
 * its outcome, and at once when reading fails (a client that disconnects mid-upload included).
 * Non-multipart bodies get 415; malformed or truncated ones 400.
 */
export function multipartInterceptor(
  specFor: (config: AppConfig) => MultipartSpec,
): new (config: AppConfig) => NestInterceptor {
  @Injectable()
  class MultipartInterceptor implements NestInterceptor {
    private readonly spec: MultipartSpec;
    private readonly filesOptions: RequestFilesOptions;
    private readonly options: multer.Options & {
      streamHandler: ReturnType<typeof countingStreamHandler>;
    };
    private readonly fields: multer.Field[];

    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      this.spec = specFor(config);
      this.filesOptions = {
        dir: multipartTempDir(config),
        memory: IN_MEMORY_FILES,
        inMemoryFileBytes: IN_MEMORY_FILE_BYTES,
      };
      const fileFields = Object.keys(this.spec.files);
      this.fields = fileFields.map((name) => ({ name, maxCount: 1 }));
      this.options = {
        // Keep the client's file name as sent: busboy's basename would turn `\\` or `.` into an empty
        // name and the file into a text field. We never store under the client's name anyway.
        preservePath: true,
        // Counts a chunked body against the limit (a declared length was checked up front).
        streamHandler: countingStreamHandler(this.spec.maxRequestBytes ?? config.http.maxRequestBytes),
        // Each file's own limit is its field's, enforced while it is read.
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
      const files = new RequestFiles(this.filesOptions);
      const parse = multer({ ...this.options, storage: receivingStorage(files, this.spec.files) }).fields(
        this.fields,
      );
      try {
        await new Promise<void>((resolve, reject) => {
          // multer is typed for Express but reads only the Node request (and never writes the response).
          void parse(req as never, http.getResponse<HttpReply>().raw as never, (error: unknown) =>
            error ? reject(isFileSystemError(error) ? error : this.toAppError(error)) : resolve(),
          );
        });
        // multer passes over a body whose Content-Type it cannot parse (`boundary=`) without a word.
        if (req.body === undefined) throw malformed();
        request.body = req.body;
      } catch (error) {
        await files.releaseAll();
        throw error;
      }
      // Not on the response's 'close': a handler outlives its client (a disconnect, a 408) and still
      // reads the files. The request timeout subscribes to the handler until its end, so this runs.
      return next.handle().pipe(finalize(() => void files.releaseAll()));
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

/** A multer storage engine that reads each file into the request's files (memory or a temporary file). */
function receivingStorage(files: RequestFiles, limits: Record<string, number>): multer.StorageEngine {
  return {
    _handleFile(_req, file, done) {
      // multer refuses a field outside `limits` (LIMIT_UNEXPECTED_FILE) before it gets here.
      const limit = limits[file.fieldname]!;
      files
        .receive(file.stream, limit, () => tooLarge(file.fieldname, limit))
        .then(
          (received) => done(null, received),
          (error: unknown) => {
            file.stream.resume();
            done(error);
          },
        );
    },
    _removeFile(_req, file, done) {
      files.release(file.content).then(() => done(null), done);
    },
  };
}

/**
 * A failure of our own disk (full, unwritable) while a file went to its temporary file: the server's
 * fault, answered 500 and logged by the error filter, not blamed on the client's body. Node's file system
 * errors carry the system call; busboy's parse errors and an aborted request's do not.
 */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
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
