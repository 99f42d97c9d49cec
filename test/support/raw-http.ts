import { request } from 'node:http';
import { connect } from 'node:net';

/** A response as the client saw it; `json` is the parsed body, or undefined when it is not JSON. */
export interface ClientResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: any;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends bytes to the server exactly as given (broken framing included) and resolves with the first
 * response, or `null` when the server closed the connection without one. `halfClose` ends our side
 * after writing, as a client that gave up sending would.
 */
export function rawExchange(
  baseUrl: string,
  bytes: Buffer,
  { halfClose = true, timeoutMs = 10_000 } = {},
): Promise<ClientResponse | null> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => {
      socket.write(bytes);
      if (halfClose) socket.end();
    });
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined); // a reset after the response is the server's right
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseFirstResponse(Buffer.concat(chunks)));
    });
  });
}

function parseFirstResponse(data: Buffer): ClientResponse | null {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const [statusLine, ...lines] = data.subarray(0, headEnd).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = data.subarray(headEnd + 4);
  if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  else if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  const text = body.toString('utf8');
  return { status: Number(statusLine!.split(' ')[1]), headers, text, json: parseJson(text) };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString(), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * One request through node:http, which (unlike fetch) sends any latin1 header value and any path
 * that is plain ASCII, so hostile values reach the server unchanged.
 */
export function send(
  baseUrl: string,
  {
    method = 'GET',
    path = '/',
    headers = {},
    body,
  }: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: Buffer;
  },
): Promise<ClientResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const flat = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
        resolve({ status: res.statusCode!, headers: flat, text, json: parseJson(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
