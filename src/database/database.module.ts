import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, openDatabase } from './database.js';

/** Opens the database (running migrations first) and closes it when the application shuts down. */
@Global()
@Module({
  providers: [
    { provide: Database, useFactory: (config: AppConfig) => openDatabase(config), inject: [APP_CONFIG] },
  ],
  exports: [Database],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
