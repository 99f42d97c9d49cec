import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { MailSender } from '../src/mail/mail-sender.js';
import { CircuitBreakers } from '../src/resilience/circuit-breakers.js';
import { eventually } from './support/eventually.js';
import { SmtpSink } from './support/smtp-sink.js';

/** The real nodemailer pool against a loopback SMTP server, outside the app. */
describe('MailSender', () => {
  const sink = new SmtpSink();
  const breakers: CircuitBreakers[] = [];
  const senders: MailSender[] = [];

  const sender = (env: Record<string, string> = {}) => {
    const config = loadConfig({ ...sink.env(), SMTP_BREAKER_TIMEOUT_MS: '30000', ...env });
    const made = new CircuitBreakers(config);
    breakers.push(made);
    const mailSender = new MailSender(config, made);
    senders.push(mailSender);
    return mailSender;
  };
  const mail = (to: string) => ({
    messageId: `<${to}.${Date.now()}@icct26.test>`,
    to: [to],
    cc: [],
    subject: `to ${to}`,
    text: 'text',
    html: '<p>html</p>',
  });

  beforeAll(async () => {
    Logger.overrideLogger(false);
    await sink.start();
  });
  afterEach(() => {
    for (const s of senders.splice(0)) s.onApplicationShutdown();
    for (const b of breakers.splice(0)) b.onApplicationShutdown();
    sink.stalledRecipients.clear();
  });
  afterAll(() => sink.stop());

  it('a send ended from outside (the runner stopping) is not tried: no retry, no fault for the breaker', async () => {
    const mailSender = sender();
    sink.stalledRecipients.add('stall@example.org');
    const stopping = new AbortController();
    const stallsBefore = sink.stalls;
    const sent = mailSender.send(mail('stall@example.org'), stopping.signal);
    await eventually('the send to reach the stalled recipient', () => sink.stalls > stallsBefore);
    stopping.abort();
    await expect(sent).rejects.toMatchObject({ name: 'MailSendError', outcome: 'not_tried' });
    expect(mailSender.breaker.snapshot()).toMatchObject({ state: 'closed', fires: 1, failures: 0 });
    // Not retried: the stalled recipient was asked for once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.stalls).toBe(stallsBefore + 1);
  });

  it('keeps a burst within SMTP_MAX_EMAILS_PER_SECOND', async () => {
    const mailSender = sender({ SMTP_MAX_EMAILS_PER_SECOND: '4' });
    const started = performance.now();
    for (let i = 0; i < 9; i += 1) await mailSender.send(mail(`burst${i}@example.org`));
    // 4 in the first second, 4 in the second, the ninth in the third.
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
    expect(sink.received.filter((m) => m.recipients[0]?.startsWith('burst'))).toHaveLength(9);
  });
});
