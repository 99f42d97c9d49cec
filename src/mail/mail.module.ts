import { Global, Module } from '@nestjs/common';
import { EmailOutbox } from './email-outbox.js';

@Global()
@Module({ providers: [EmailOutbox], exports: [EmailOutbox] })
export class MailModule {}
