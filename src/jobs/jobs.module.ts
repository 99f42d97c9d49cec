import { Global, Module } from '@nestjs/common';
import { JobQueues } from './job-queues.js';

/** The registry of durable queues, shared by the modules that define them and by health. */
@Global()
@Module({ providers: [JobQueues], exports: [JobQueues] })
export class JobsModule {}
