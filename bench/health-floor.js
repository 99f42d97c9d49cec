/**
 * L3, the floor of `GET /health`: a bare node:http server that runs /health's query (the ping: one row of
 * `counters`, sent by drizzle as `select "value" from "counters" limit $1`, a prepared statement
 * (DATABASE_PREPARED_STATEMENTS' default), on a postgres.js client of its own with one connection, as
 * src/database/database.ts opens it) and answers the same JSON.
 * Run in its own process: `DATABASE_URL=... node bench/health-floor.js`; prints `{"port":N}`.
 */
import { createServer } from 'node:http';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, {
  max: 1,
  idle_timeout: 60,
  connect_timeout: 10,
  onnotice: () => undefined,
  connection: { application_name: 'bench-health-floor' },
});
const server = createServer((req, res) => {
  const started = performance.now();
  sql.unsafe('select "value" from "counters" limit $1', [1], { prepare: true }).then(
    () => {
      const latency = performance.now() - started;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          status: 'healthy',
          database: { status: 'up', latency_ms: Math.round(latency * 10) / 10 },
          time: new Date().toISOString(),
        }),
      );
    },
    () => {
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ status: 'unhealthy', database: { status: 'down' } }));
    },
  );
  req.resume();
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});
