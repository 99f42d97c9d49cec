import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), To and Cc together. */
  recipients: string[];
  mail: ParsedMail;
}

/**
 * A loopback SMTP server that keeps what it receives, parsed with mailparser. It can be stopped and
 * started again on the same port, to play an SMTP outage, can refuse chosen recipients with 550, and
 * can stall on chosen recipients (never answer their RCPT TO, as a hung server).
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  readonly refusedRecipients = new Set<string>();
  readonly stalledRecipients = new Set<string>();
  /** Connections accepted since the sink was made. */
  connections = 0;
  /** RCPT TO commands left unanswered (stalledRecipients) since the sink was made. */
  stalls = 0;
  port = 0;
  private server?: SMTPServer;

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(): Promise<this> {
    if (this.server) return this;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.stalledRecipients.has(address.address)) {
          this.stalls += 1;
          return;
        }
        if (!this.refusedRecipients.has(address.address)) return callback();
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.received.push({ recipients: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as { port: number }).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The env that points the app at this sink (plain SMTP on loopback). */
  env(): Record<string, string> {
    return {
      SMTP_SERVER: '127.0.0.1',
      SMTP_PORT: String(this.port),
      SMTP_SECURE: 'false',
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM_EMAIL: 'registrations@icct26.test',
    };
  }

  withSubjectContaining(text: string): ReceivedMail[] {
    return this.received.filter((m) => m.mail.subject?.includes(text));
  }
}

/** Quick polling; a send timeout generous enough that a busy machine does not turn a send into "unknown". */
export const FAST_OUTBOX = {
  OUTBOX_POLL_INTERVAL_MS: '100',
  EMAIL_RETRY_BASE_MS: '200',
  SMTP_BREAKER_TIMEOUT_MS: '5000',
  BREAKER_RESET_TIMEOUT_MS: '500',
};
