import 'dotenv/config';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from './database.js';

/** `npm run db:migrate`: apply the migrations in drizzle/ to the configured database and exit. */
const config = loadConfig();
const database = await openDatabase(config);
await database.close();
console.log(`Migrations applied (${config.database.driver}).`);
