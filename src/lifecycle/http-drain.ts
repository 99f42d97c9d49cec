import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Lets a shutdown finish the requests in flight. Node's `server.close()` stops accepting and closes
 * idle keep-alive sockets, but a socket whose response is still being produced stays open after it
 * (for the keep-alive timeout) and holds the process; so while draining every response says
 * `Connection: close`, and the last one to finish ends the wait.
 */
export class HttpDrain {
  private readonly active = new Set<ServerResponse>();
  private draining = false;
  private whenIdle?: () => void;

  constructor(private readonly server: Server) {
    server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      this.active.add(res);
      if (this.draining) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.active.delete(res);
        if (this.draining && this.active.size === 0) this.whenIdle?.();
      });
    });
  }

  get inFlight(): number {
    return this.active.size;
  }

  /**
   * Stops accepting connections and waits up to `graceMs` for the requests in flight, then closes
   * every connection left. Resolves to the number of requests cut off by the grace period.
   */
  async drain(graceMs: number): Promise<number> {
    this.draining = true;
    this.server.close();
    for (const res of this.active) if (!res.headersSent) res.setHeader('Connection', 'close');
    if (this.active.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.whenIdle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const cutOff = this.active.size;
    this.server.closeAllConnections();
    return cutOff;
  }
}
