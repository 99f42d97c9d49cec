import type { IncomingMessage, ServerResponse } from 'node:http';

/** An Express-style middleware, as helmet is. */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The headers a header-only middleware (helmet) sets, worked out once at start-up and then set on every
 * response by a loop: helmet runs a dozen sub-middlewares per request to set the same fixed values.
 * Refuses a middleware that does anything but set and remove headers, or that calls `next` later.
 */
export function staticHeaders(middleware: Middleware) {
  const headers = new Map<string, string | number | readonly string[]>();
  const removed = new Set<string>();
  let synchronous = false;
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, value);
      removed.delete(name.toLowerCase());
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name);
      removed.add(name.toLowerCase());
    },
  };
  middleware({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('staticHeaders: the middleware failed');
    synchronous = true;
  });
  if (!synchronous) throw new Error('staticHeaders: the middleware did not finish synchronously');
  const entries = [...headers];
  const gone = [...removed];
  return (res: ServerResponse): void => {
    for (let i = 0; i < entries.length; i++) res.setHeader(entries[i]![0], entries[i]![1]);
    for (let i = 0; i < gone.length; i++) res.removeHeader(gone[i]!);
  };
}
