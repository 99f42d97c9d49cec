/**
 * L2, the HTTP floor: a bare node:http server that reads the whole request body and answers a fixed
 * JSON reply, the least any Node HTTP service can do per registration. Run in its own process:
 * `node bench/http-floor.js`; prints `{"port":N}`.
 */
import { createServer } from 'node:http';

const reply = JSON.stringify({ success: true, team_id: 'ICCT-001', message: 'Team registered successfully' });
const server = createServer((req, res) => {
  let bytes = 0;
  req.on('data', (c) => (bytes += c.length));
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-body-bytes': String(bytes) });
    res.end(reply);
  });
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
