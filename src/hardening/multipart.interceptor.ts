import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { type Observable } from 'rxjs';
import { AppError } from '../common/app-error.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { countingStreamHandler } from './body-size-limit.js';

export interface MultipartSpec {
  /** File fields and the most bytes each may hold. */
  files: Record<string, number>;
  maxFields: number;
  maxFieldBytes: number;
}

/**
 * An interceptor that reads a multipart/form-data body into memory within strict limits (file size
 * per field, number of files, number and size of text fields). Reading stops at the first limit
 * crossed, so nothing is buffered past it. Non-multipart bodies get 415; malformed or truncated ones 400.
 */
export function multipartInterceptor(
  specFor: (config: AppConfig) => MultipartSpec,
): new (config: AppConfig) => NestInterceptor {
  @Injectable()
  class MultipartInterceptor implements NestInterceptor {
    private readonly spec: MultipartSpec;
    private readonly parse: RequestHandler;

    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      this.spec = specFor(config);
      const fileFields = Object.keys(this.spec.files);
      const options: multer.Options & { streamHandler: ReturnType<typeof countingStreamHandler> } = {
        storage: multer.memoryStorage(),
        // Keep the client's file name as sent: busboy's basename would turn `\\` or `.` into an empty
        // name and the file into a text field. We never store under the client's name anyway.
        preservePath: true,
        // Counts a chunked body against MAX_REQUEST_SIZE (a declared length was checked up front).
        streamHandler: countingStreamHandler(config.http.maxRequestBytes),
        limits: {
          fileSize: Math.max(...Object.values(this.spec.files)),
          files: fileFields.length,
          fields: this.spec.maxFields,
          fieldSize: this.spec.maxFieldBytes,
          fieldNameSize: 100,
          parts: fileFields.length + this.spec.maxFields,
        },
      };
      this.parse = multer(options).fields(fileFields.map((name) => ({ name, maxCount: 1 })));
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      const req = http.getRequest<Request>();
      if (!req.is('multipart/form-data')) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be multipart/form-data');
      }
      await new Promise<void>((resolve, reject) => {
        void this.parse(req, http.getResponse<Response>(), (error: unknown) =>
          error ? reject(this.toAppError(error)) : resolve(),
        );
      });
      // multer passes over a body whose Content-Type it cannot parse (`boundary=`) without a word.
      if (req.body === undefined) throw malformed();
      const files = (req.files ?? {}) as Record<string, Express.Multer.File[]>;
      for (const [field, [file]] of Object.entries(files)) {
        const limit = this.spec.files[field]!;
        if (file && file.size > limit) throw tooLarge(field, limit);
      }
      return next.handle();
    }

    private toAppError(error: unknown): AppError {
      if (error instanceof AppError) return error;
      if (!(error instanceof multer.MulterError)) return malformed();
      const field = error.field ?? 'body';
      switch (error.code) {
        case 'LIMIT_FILE_SIZE':
          return tooLarge(field, this.spec.files[field] ?? 0);
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
