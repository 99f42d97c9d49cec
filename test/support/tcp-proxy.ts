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
  private resetAtFirstStatement = 0;
  private cutRepliesAfter: { text: string; afterMs: number } | undefined;
  /** Connections reset by `resetNextConnectionsAtFirstStatement`. */
  resetCount = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** A proxy in front of the server `url` names (`defaultPort` when it names no port). */
  static inFrontOf(url: string | undefined, defaultPort: number): TcpProxy {
    const target = url ? new URL(url) : undefined;
    return new TcpProxy(target?.hostname || '127.0.0.1', Number(target?.port || defaultPort));
  }

  /** `url` (user, password, database kept) pointed at this proxy: the same server, reached through it. */
  throughProxy(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

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
   * The next `count` connections to PostgreSQL are reset when their client sends its first statement (a
   * Query or Parse message, after the start-up and any password exchange), while the driver may still be
   * setting the connection up (a server restarting, a backend terminated). Needs a connection without
   * TLS, whose messages the proxy can read.
   */
  resetNextConnectionsAtFirstStatement(count = 1): void {
    this.resetAtFirstStatement = count;
  }

  /**
   * The next client chunk that holds `text` (a statement as sent in a Query or Parse message) is passed on,
   * and its connection's replies no longer are: `afterMs` later the client's connection is reset. The server
   * runs what it was sent (a commit commits) while the client never learns the outcome.
   */
  cutRepliesAfterStatement(text: string, afterMs = 300): void {
    this.cutRepliesAfter = { text, afterMs };
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
    let resetAtFirstStatement = this.resetAtFirstStatement > 0;
    if (resetAtFirstStatement) this.resetAtFirstStatement -= 1;
    let repliesCut = false;
    // Forwarded by hand, not piped: a pipe would resume a socket this proxy paused.
    client.on('data', (chunk: Buffer) => {
      if (resetAtFirstStatement && isStatement(chunk)) {
        resetAtFirstStatement = false;
        this.resetCount += 1;
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
      const cut = this.cutRepliesAfter;
      if (cut && chunk.includes(cut.text, 0, 'latin1')) {
        this.cutRepliesAfter = undefined;
        repliesCut = true;
        setTimeout(() => {
          client.resetAndDestroy();
          upstream.destroy();
        }, cut.afterMs);
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!repliesCut) client.write(chunk);
    });
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

/**
 * A chunk that starts with a PostgreSQL Query (`Q`) or Parse (`P`) message. The start-up message has no
 * type byte (it starts with its length, whose first byte is 0) and a password message is `p`.
 */
function isStatement(chunk: Buffer): boolean {
  return chunk[0] === 0x51 || chunk[0] === 0x50;
}
