import 'dotenv/config';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config/app-config.js';

function readConfig() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Refusing to start. ${error.message}`);
    process.exit(1);
  }
}

const config = readConfig();
const app = await createApp(config);
await app.listen(config.http.port, config.http.host);
new Logger('Main').log(`ICCT26 registration API listening on http://${config.http.host}:${config.http.port}`);
