import 'dotenv/config';
import 'reflect-metadata';
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { createAppLogger } from './hardening/request-logging.js';
import { runClusterPrimary } from './lifecycle/cluster-primary.js';
import { shutDownGracefully } from './lifecycle/graceful-shutdown.js';
import { planWorkers } from './lifecycle/worker-plan.js';

function readConfig() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Refusing to start. ${error.message}`);
    process.exit(1);
  }
}

async function serve(config: AppConfig): Promise<void> {
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
// Before any Nest app exists (and in the cluster primary, which has none), events go to the same JSON log.
const startupLogger = createAppLogger(config).child({ context: 'Workers' });
if (cluster.isPrimary) for (const warning of plan.warnings) startupLogger.warn(warning);

// Each worker runs its migrations at start-up; on PostgreSQL they are serialised by an advisory lock.
if (cluster.isPrimary && plan.workers > 1)
  runClusterPrimary(plan.workers, config.http.shutdownGraceMs, startupLogger);
else await serve(config);
