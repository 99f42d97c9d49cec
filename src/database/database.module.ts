import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, openDatabase } from './database.js';
import { Transactions } from './transactions.js';

/** Opens the database (running migrations first), runs use cases' transactions, and closes it at shutdown. */
@Global()
@Module({
  providers: [
    { provide: Database, useFactory: (config: AppConfig) => openDatabase(config), inject: [APP_CONFIG] },
    Transactions,
  ],
  exports: [Database, Transactions],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
