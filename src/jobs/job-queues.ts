import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import {
  TableQueue,
  type ClaimedJob,
  type QueueCounts,
  type QueueGauge,
  type QueueTable,
} from './job-queue.js';

/** Every durable queue of the app, created here so that `/status` and `/metrics` read them all alike. */
@Injectable()
export class JobQueues {
  private readonly queues: TableQueue<ClaimedJob>[] = [];

  constructor(@Inject(Database) private readonly database: Database) {}

  /** The queue over `table`; its rows come back as `T['$inferSelect']`. */
  create<T extends QueueTable>(table: T, gauge: QueueGauge): TableQueue<T['$inferSelect'] & ClaimedJob> {
    const queue = new TableQueue<T['$inferSelect'] & ClaimedJob>(this.database, table, gauge);
    this.queues.push(queue);
    return queue;
  }

  all(): readonly TableQueue<ClaimedJob>[] {
    return this.queues;
  }

  /** Every queue's counts, by table name. */
  async counts(): Promise<Record<string, QueueCounts>> {
    const counts = await Promise.all(this.queues.map(async (q) => [q.name, await q.counts()] as const));
    return Object.fromEntries(counts);
  }
}
