import { Global, Module } from '@nestjs/common';
import { EmailOutbox } from './email-outbox.js';
import { MailSender } from './mail-sender.js';
import { OutboxWorker } from './outbox-worker.js';

/** The email outbox (enqueue inside a transaction) and the worker that sends it. */
@Global()
@Module({ providers: [EmailOutbox, MailSender, OutboxWorker], exports: [EmailOutbox] })
export class MailModule {}
