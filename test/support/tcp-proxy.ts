import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * - `pass`: bytes flow both ways.
 * - `refuse`: every connection, open or new, is reset (a server that went away).
 * - `black-hole`: connections are accepted but nothing flows either way, as when the server stalls or
 *   the network drops packets; what was sent meanwhile flows once the proxy passes again (TCP would
 *   retransmit it), so a client that kept its connection sees its late replies in order.
 */
export type ProxyMode = 'pass' | 'refuse' | 'black-hole';

/** A TCP proxy on 127.0.0.1 in front of a real server, to make that server stall or vanish in a test. */
export class TcpProxy {
  private server: Server | undefined;
  private mode: ProxyMode = 'pass';
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private resetAfterStartup = 0;
  /** Connections reset by `resetNextConnectionsAfterStartup`. */
  resetCount = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Listens on a free port and resolves with it. */
  async start(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return this.port;
  }

  get port(): number {
    return (this.server!.address() as { port: number }).port;
  }

  setMode(mode: ProxyMode): void {
    this.mode = mode;
    for (const pair of this.pairs) this.apply(pair);
  }

  /**
   * The next `count` connections are reset when their client sends its second chunk: for PostgreSQL,
   * the first statement after the start-up message, while the driver is still setting the connection up
   * (a server restarting, a backend terminated). Needs a server that asks for no password.
   */
  resetNextConnectionsAfterStartup(count = 1): void {
    this.resetAfterStartup = count;
  }

  async stop(): Promise<void> {
    this.setMode('refuse');
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(this.targetPort, this.targetHost);
    upstream.on('error', () => undefined);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const resetAfterStartup = this.resetAfterStartup > 0;
    if (resetAfterStartup) this.resetAfterStartup -= 1;
    let chunks = 0;
    // Forwarded by hand, not piped: a pipe would resume a socket this proxy paused.
    client.on('data', (chunk: Buffer) => {
      chunks += 1;
      if (resetAfterStartup && chunks === 2) {
        this.resetCount += 1;
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const close = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close);
    upstream.on('close', close);
    this.apply(pair);
  }

  private apply({ client, upstream }: { client: Socket; upstream: Socket }): void {
    switch (this.mode) {
      case 'pass':
        client.resume();
        upstream.resume();
        return;
      case 'black-hole':
        client.pause();
        upstream.pause();
        return;
      case 'refuse':
        client.resetAndDestroy();
        upstream.destroy();
    }
  }
}
