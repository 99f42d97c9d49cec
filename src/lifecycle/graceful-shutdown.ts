import type { Server } from 'node:http';
import { Logger, type INestApplication } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { messageForLog } from '../hardening/log-masking.js';
import { UnfinishedWork } from '../hardening/unfinished-work.js';
import { FileStorage } from '../storage/file-storage.js';
import { limitStorageCallsAtShutdown } from '../storage/storage.module.js';
import { HttpDrain } from './http-drain.js';

/** Time allowed, after the grace period, for the shutdown hooks (outbox, pool) before giving up. */
const HOOKS_MARGIN_MS = 10_000;

/**
 * On SIGTERM or SIGINT: stop accepting, finish the requests in flight within `graceMs`, then close
 * the application (Nest's shutdown hooks: outbox, database pool) and exit 0. Nest's own
 * `enableShutdownHooks` is not used: it would close the pool while requests are still running.
 */
export function shutDownGracefully(app: INestApplication, graceMs: number): void {
  const logger = new Logger('Shutdown');
  const drain = new HttpDrain(app.getHttpServer() as Server);
  let started = false;

  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    const deadline = Date.now() + graceMs;
    const inFlight = drain.inFlight;
    // Stops accepting at once (synchronously); the log line below comes after.
    const drained = drain.drain(graceMs);
    limitStorageCallsAtShutdown(app.get(FileStorage), app.get<AppConfig>(APP_CONFIG));
    logger.log(
      `${signal} received: accepting no new connections, finishing ${inFlight} request(s) ` +
        `within ${graceMs / 1000} s`,
    );
    setTimeout(() => {
      logger.error('Shutdown hooks did not finish in time; exiting');
      process.exit(1);
    }, graceMs + HOOKS_MARGIN_MS).unref();
    try {
      const cutOff = await drained;
      if (cutOff > 0)
        logger.warn(`${cutOff} request(s) did not finish within the grace period and were cut off`);
      // Handlers whose request was already answered (408) may still be writing: let them end first.
      const unfinished = await app.get(UnfinishedWork).settled(deadline - Date.now());
      if (unfinished > 0)
        logger.warn(`${unfinished} handler(s) still running at the end of the grace period`);
      await app.close();
      logger.log('Shut down cleanly');
      process.exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${error instanceof Error ? messageForLog(error) : String(error)}`);
      process.exit(1);
    }
  };
  // `on`, not `once`: a second signal (a terminal's Ctrl-C reaches cluster workers twice) must not kill mid-drain.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}
