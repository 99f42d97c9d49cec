import 'dotenv/config';
import 'reflect-metadata';
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { createAppLogger } from './hardening/request-logging.js';
import { runClusterPrimary } from './lifecycle/cluster-primary.js';
import { shutDownGracefully } from './lifecycle/graceful-shutdown.js';
import { describeStartupFailure, logRefusal, StartupNestLogger } from './lifecycle/startup-failure.js';
import { planWorkers } from './lifecycle/worker-plan.js';

/**
 * Every way the start can fail ends the same way: one JSON log line (level fatal, "Refusing to start:
 * ...") naming the problem, then exit 1. A refused configuration is logged with the default log
 * settings, since its own cannot be trusted.
 */
function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems : [String(error)];
    const logger = createAppLogger(loadConfig({})).child({ context: 'Config' });
    logRefusal(logger, `invalid configuration: ${problems.join('; ')}`, { problems });
    process.exit(1);
  }
}

async function serve(config: AppConfig, logger: PinoLogger): Promise<void> {
  // Until the app's own logger takes over, what Nest logs, and the error that stops it, are JSON lines.
  Logger.overrideLogger(new StartupNestLogger(logger, (error) => describeStartupFailure(error, config)));
  const app = await createApp(config);
  await app.listen(config.http.port, config.http.host);
  shutDownGracefully(app, config.http.shutdownGraceMs);
  const { port } = app.getHttpServer().address() as AddressInfo;
  const worker = cluster.isWorker ? ` (worker ${cluster.worker!.id}, pid ${process.pid})` : '';
  new Logger('Server').log(
    `ICCT26 registration API listening on http://${config.http.host}:${port}${worker}`,
  );
}

const config = readConfig();
const plan = planWorkers(config);
// Before any Nest app exists (and in the cluster primary, which has none), events go to the same JSON
// log; LOG_LEVEL=silent still lets the line that says why the process stops through.
const bootLogger = createAppLogger(
  config.log.level === 'silent' ? { ...config, log: { ...config.log, level: 'fatal' } } : config,
);
const workersLogger = bootLogger.child({ context: 'Workers' });
if (cluster.isPrimary) for (const warning of plan.warnings) workersLogger.warn(warning);

// Each worker runs its migrations at start-up; on PostgreSQL they are serialised by an advisory lock.
if (cluster.isPrimary && plan.workers > 1) {
  runClusterPrimary(plan.workers, config.http.shutdownGraceMs, workersLogger, config.http.workerRestart);
} else {
  await serve(config, bootLogger).catch((error: unknown) => {
    logRefusal(bootLogger.child({ context: 'Startup' }), describeStartupFailure(error, config), {
      err: error,
    });
    process.exit(1);
  });
}
