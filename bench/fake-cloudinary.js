/**
 * Cloudinary's upload API answering at once, on loopback, in a process of its own (so its work does not
 * delay the load generator). Run: `node bench/fake-cloudinary.js`; prints `{"port":N}`. The tests use the
 * richer TypeScript fake (test/support/fake-cloudinary.ts, with failure modes); this one only says yes.
 */
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const match = /^\/v1_1\/([^/]+)\/(\w+)\/(upload|destroy)/.exec(req.url ?? '');
    const body = Buffer.concat(chunks).toString('latin1');
    const field = (name) => new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body)?.[1] ?? '';
    let reply = { error: { message: 'unknown route' } };
    if (match?.[3] === 'destroy') reply = { result: 'ok' };
    else if (match) {
      const publicId = `${field('folder')}/${field('public_id')}`;
      reply = {
        public_id: publicId,
        secure_url: `https://res.cloudinary.test/${match[1]}/${match[2]}/upload/v1/${publicId}`,
        resource_type: match[2],
      };
    }
    res.writeHead(match ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
