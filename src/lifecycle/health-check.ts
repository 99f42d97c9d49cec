import 'dotenv/config';
import { loadConfig } from '../config/app-config.js';

/**
 * The container's HEALTHCHECK (`node dist/lifecycle/health-check.js`): GET /health on the address the
 * server listens on, read from the same configuration (API_PORT, else PORT, else 8000); exits 0 when
 * it answers 200, else 1. A configuration the server would refuse is unhealthy too.
 */
const TIMEOUT_MS = 4_000;

async function check(): Promise<boolean> {
  const { http } = loadConfig();
  const host = ['0.0.0.0', '::'].includes(http.host) ? '127.0.0.1' : http.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${http.port}/health`;
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  return response.ok;
}

// Exit at once: an idle keep-alive connection would otherwise hold the process open.
process.exit(
  await check().then(
    (ok) => (ok ? 0 : 1),
    (error: unknown) => {
      console.error(`Health check failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  ),
);
