import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CircuitBreakers, isBreakerRejection, type ProviderBreaker } from '../resilience/circuit-breakers.js';

export interface MailToSend {
  messageId: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * Why a send failed, which decides what the outbox does next:
 * - `rejected`: the server refused this message for good (5xx on a recipient or the content): dead.
 * - `unavailable`: the server is down or answered with a temporary error: retry later.
 * - `unknown`: we stopped waiting (timeout); the message may have gone out: retry, at least once.
 * - `not_tried`: the breaker is open, or the send was ended from outside (`signal`): hand the message
 *   back without counting an attempt.
 */
export class MailSendError extends Error {
  constructor(
    readonly outcome: 'rejected' | 'unavailable' | 'unknown' | 'not_tried',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailSendError';
  }
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
}

/** Ended on our side (the runner stopping, or the breaker done waiting): neither an outage nor worth a retry. */
const isAborted = (error: unknown) => (error as NodemailerError | undefined)?.code === 'EABORT';

/** A permanent refusal of this message (bad recipient, content refused): not an SMTP outage. */
function isMessageRejection(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as NodemailerError;
  return (code === 'EENVELOPE' || code === 'EMESSAGE') && (responseCode ?? 550) >= 500;
}

/** Worth trying again at once: the connection failed or the server said "try later" (4xx). */
function isTransient(error: unknown): boolean {
  const { responseCode } = (error ?? {}) as NodemailerError;
  return (
    !isMessageRejection(error) &&
    !isAborted(error) &&
    (responseCode === undefined || (responseCode >= 400 && responseCode < 500))
  );
}

/**
 * Sends mail through the `smtp` circuit breaker: over SMTP with nodemailer when `SMTP_SERVER` is set,
 * otherwise by writing each message as an `.eml` file under `DATA_DIR/mail`. Only the outbox worker
 * calls this, never a request.
 *
 * SMTP messages go over one connection kept open while they keep coming (nodemailer's pool; closed when
 * idle for the socket timeout or the pool's 4 minutes, whichever is shorter): the outbox sends one at a
 * time, and a new connection for each (connect, greeting, EHLO, QUIT) doubled the round trips of every
 * email.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  readonly breaker: ProviderBreaker;
  private readonly transporter: Transporter;
  private readonly mailDir: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CircuitBreakers) breakers: CircuitBreakers,
  ) {
    const smtp = config.smtp;
    const timeout = config.breakers.smtpTimeoutMs;
    this.mailDir = resolve(config.dataDir, 'mail');
    this.transporter = smtp
      ? nodemailer.createTransport({
          pool: true,
          maxConnections: 1,
          // A connection lost mid-send fails the send, for the breaker's quick retries to take up: the
          // pool's own requeues (5 by default) multiplied them.
          maxRequeues: 0,
          // A burst of confirmations within what a provider accepts (Gmail and SES throttle bursts).
          ...(smtp.maxPerSecond > 0 ? { rateLimit: smtp.maxPerSecond, rateDelta: 1000 } : {}),
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          requireTLS: smtp.requireTls,
          ignoreTLS: smtp.ignoreTls,
          auth: smtp.username ? { user: smtp.username, pass: smtp.password } : undefined,
          // The breaker stops waiting after `timeout`; these make the abandoned attempt end soon after.
          connectionTimeout: timeout,
          greetingTimeout: timeout,
          socketTimeout: timeout * 2,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true });
    this.breaker = breakers.create({
      name: 'smtp',
      backend: smtp ? 'smtp' : 'eml_files',
      timeoutMs: timeout,
      isProviderFault: (error) => !isMessageRejection(error) && !isAborted(error),
      isTransient,
    });
  }

  /** `signal` ends the delivery from outside (the outbox runner stopping): it then fails as `not_tried`. */
  async send(mail: MailToSend, signal?: AbortSignal): Promise<void> {
    // Ends the delivery (and closes its connection) once the breaker stops waiting for it, so that a
    // server stalling one message does not hold the pool's connection for the next.
    const giveUp = new AbortController();
    const message: SendMailOptions = {
      from: this.config.mailFrom,
      to: mail.to,
      cc: mail.cc.length > 0 ? mail.cc : undefined,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // The same Message-ID on every attempt lets the receiving side drop a duplicate.
      messageId: mail.messageId,
      signal: signal ? AbortSignal.any([giveUp.signal, signal]) : giveUp.signal,
    };
    try {
      await this.breaker.run(async () => {
        const info = (await this.transporter.sendMail(message)) as { message?: unknown };
        if (!this.config.smtp) await this.writeEml(mail.messageId, info.message as Buffer);
      });
    } catch (error) {
      if (isBreakerRejection(error)) giveUp.abort();
      if (signal?.aborted)
        throw new MailSendError('not_tried', 'stopped before the send ended', { cause: error });
      throw classify(error);
    }
  }

  /** After the outbox runner has stopped (beforeApplicationShutdown): the kept-open connection ends. */
  onApplicationShutdown(): void {
    this.transporter.close();
  }

  /** Named after the Message-ID, so a repeated attempt overwrites rather than duplicates. */
  private async writeEml(messageId: string, raw: Buffer): Promise<void> {
    await mkdir(this.mailDir, { recursive: true });
    const path = join(this.mailDir, `${messageId.replace(/[^\w.@-]/g, '')}.eml`);
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, raw);
    await rename(temporary, path);
  }
}

function classify(error: unknown): MailSendError {
  if (isBreakerRejection(error)) {
    return error.code === 'ETIMEDOUT'
      ? new MailSendError('unknown', 'mail server did not answer in time', { cause: error })
      : new MailSendError('not_tried', 'mail circuit is open', { cause: error });
  }
  const { code, responseCode } = (error ?? {}) as NodemailerError;
  const summary = ['smtp', code, responseCode].filter(Boolean).join(' ');
  return new MailSendError(isMessageRejection(error) ? 'rejected' : 'unavailable', summary, { cause: error });
}
