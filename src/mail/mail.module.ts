import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobRunner } from '../jobs/job-runner.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { EmailDelivery } from './email-delivery.js';
import { EmailOutbox } from './email-outbox.js';
import { MailSender } from './mail-sender.js';

/** The email outbox (enqueue inside a transaction), and its runner that sends it through the `smtp` breaker. */
@Global()
@Module({
  imports: [JobsModule],
  providers: [
    EmailOutbox,
    MailSender,
    EmailDelivery,
    {
      provide: JobRunner,
      inject: [APP_CONFIG, MailSender, EmailDelivery],
      useFactory: (config: AppConfig, sender: MailSender, delivery: EmailDelivery) =>
        new JobRunner({
          name: 'MailRunner',
          breaker: sender.breaker,
          handlers: [delivery],
          intervalMs: config.outboxPollIntervalMs,
          tryTimeoutMs: config.breakers.smtpTimeoutMs,
          wakeOnRecovery: true,
        }),
    },
  ],
  exports: [EmailOutbox],
})
export class MailModule {}
