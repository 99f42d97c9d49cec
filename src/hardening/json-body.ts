import type { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../common/app-error.js';
import { declaresBody, payloadTooLarge } from './body-size-limit.js';
import { hasMediaType, type HttpRequest } from './http.js';

/** The largest JSON body read: admin approve/reject `{"reason"}` (500 characters) is the largest any route takes. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Per handler: whether it has a `@Body()` parameter (read from Nest's metadata once, not per request). */
const bodyTaken = new WeakMap<object, boolean>();

/** Whether the route's handler has a `@Body()` parameter. */
function takesBody(context: ExecutionContext): boolean {
  const handler = context.getHandler();
  let takes = bodyTaken.get(handler);
  if (takes === undefined) {
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) as
      Record<string, unknown> | undefined;
    takes = Object.keys(args ?? {}).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
    bodyTaken.set(handler, takes);
  }
  return takes;
}

/**
 * Reads a JSON body (at most MAX_JSON_BODY_BYTES) into `req.body`, and only for a route that takes one;
 * `undefined` (nothing to wait for) otherwise. Called by `RequestTimeoutInterceptor`, so it runs after
 * routing, the rate limit and the route's guards, inside the request timeout: a request that no route
 * takes, or that is refused, costs no parsing. (Multipart bodies are read by their own interceptor;
 * compressed bodies were refused at the edge, see `refuseEncodedBodies`.)
 */
export function readJsonBody(context: ExecutionContext): Promise<void> | undefined {
  if (!takesBody(context)) return undefined;
  const request = context.switchToHttp().getRequest<HttpRequest>();
  const req = request.raw;
  // A consumed stream would never end: read only what nobody has.
  if (!declaresBody(req) || req.readableEnded || !hasMediaType(req, 'application/json')) return undefined;
  return readJson(req).then((body) => {
    request.body = body;
  });
}

function readJson(req: IncomingMessage): Promise<unknown> {
  if (Number(req.headers['content-length']) > MAX_JSON_BODY_BYTES) {
    return Promise.reject(payloadTooLarge(MAX_JSON_BODY_BYTES));
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    return Promise.reject(new AppError('UNSUPPORTED_MEDIA_TYPE', 'A JSON body must be UTF-8'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= MAX_JSON_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      stop();
      // The rest is read and dropped, so the answer can go out now and the connection stays usable.
      req.resume();
      reject(payloadTooLarge(MAX_JSON_BODY_BYTES));
    };
    const onEnd = () => {
      stop();
      try {
        const text = new TextDecoder().decode(Buffer.concat(chunks)); // drops a BOM
        resolve(text.trim() === '' ? {} : JSON.parse(text));
      } catch {
        reject(AppError.validation({ body: 'is not well-formed' }, 'Malformed request body'));
      }
    };
    // The client went away mid-body: nobody will read an answer, but the handler must not run.
    const onGone = () => {
      stop();
      reject(AppError.validation({ body: 'was not sent whole' }, 'Incomplete request body'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
