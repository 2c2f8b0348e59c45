/*
 * The production web server: Next's own request handling behind a plain node:http server, so
 * that two things happen before Next sees a request, which Next offers no way to do itself.
 *
 * 1. The client's address. Next's proxy (src/proxy.ts) is never given the connection's address,
 *    and Next passes a client-sent X-Forwarded-For on untouched. The API believes that header from
 *    this server (it limits sign-ins per address), so a client could rotate it and dodge the
 *    limit. Here every request's X-Forwarded-For is replaced by the peer address of the socket,
 *    and X-Real-IP and Forwarded are dropped; proxy.ts forwards only that to the API.
 * 2. The API's address. Next answers a proxy rewrite with an `x-middleware-rewrite` header naming
 *    the destination; for /graphql and /documents/{id}/file that is API_URL, an internal address
 *    the browser has no business knowing. That header is dropped.
 *
 * 3. Uploads of SIMKOPDES exports (POST /simkopdes/imports) are streamed to the API as they
 *    arrive. Next's proxy would hold the whole body in memory first, up to a limit that applies
 *    to every path it forwards (/graphql too, for anyone): a province's files are tens of
 *    megabytes, the nation's hundreds. The API limits and checks the upload itself.
 *
 * 4. /graphql (not its WebSocket) is forwarded here too, so that a request that meets a kept-alive
 *    connection the API has just closed is sent again rather than lost (see forwardGraphqlToApi).
 *
 * 5. Compression: pages, Next's data and static files leave as brotli or gzip, whichever the
 *    browser accepts (Next's own, turned off in next.config, gzips static files only, and never the
 *    pages). Next flushes the compressor after each streamed chunk, so a page still arrives in
 *    pieces. Answers of the API through /graphql come compressed by the API and are left as they are.
 *    Scripts and style sheets have a brotli copy made at build time (scripts/precompress-static.mjs),
 *    smaller than compressing on each request can afford to be: sent as they are.
 *
 *   WEB_PORT=3000 node server.mjs        (`pnpm start`; API_URL as for `next start`)
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import compression from 'compression';
import SECURITY_HEADERS from './src/lib/fixed-security-headers.json' with { type: 'json' };

// Like `next start`: the build is a production build, whatever the shell says.
process.env.NODE_ENV = 'production';
// Read by src/proxy.ts (src/lib/peer-address.ts): X-Forwarded-For is now this socket's address.
process.env.MITRADESA_WEB_PEER_ADDRESS_FROM_SOCKET = 'true';

const { default: next } = await import('next');

const port = Number(process.env.WEB_PORT || 3000);
const dir = path.dirname(new URL(import.meta.url).pathname);

const CLIENT_ADDRESS_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

/** `::ffff:10.0.0.5` and `10.0.0.5` are one address. */
const plainAddress = (address) => address.trim().replace(/^::ffff:(?=\d+\.)/i, '');

/**
 * WEB_TRUSTED_PROXIES: addresses of reverse proxies in front of this server (a TLS terminator),
 * comma-separated; empty by default. Their X-Forwarded-For entries are believed, anyone else's not.
 */
const trustedProxies = new Set(
  (process.env.WEB_TRUSTED_PROXIES ?? '').split(',').map(plainAddress).filter(Boolean),
);

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then, walking
 * X-Forwarded-For from its right end (each proxy appends the address it saw), the first entry
 * that is not a trusted proxy. Entries left of it are whatever the client wrote, and ignored.
 * @param {http.IncomingMessage} request
 */
function clientAddress(request) {
  let address = plainAddress(request.socket.remoteAddress ?? '');
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map(plainAddress)
    .filter(Boolean);
  while (trustedProxies.has(address) && forwarded.length > 0) address = forwarded.pop();
  return address;
}

/** @param {http.IncomingMessage} request */
function takeAddressFromSocket(request) {
  const address = clientAddress(request);
  for (const name of CLIENT_ADDRESS_HEADERS) delete request.headers[name];
  if (address) request.headers['x-forwarded-for'] = address;
}

/**
 * Next's browser code does not read x-middleware-rewrite (the App Router has headers of its own),
 * so it is never sent: not for the API's address, nor for the locale rewrites (/sign-in → /id/sign-in).
 * @param {http.ServerResponse} response
 */
function hideRewriteDestinations(response) {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) =>
    String(name).toLowerCase() === 'x-middleware-rewrite' ? response : setHeader(name, value);
}

/** Where the API listens (src/lib/api-url.ts reads the same variable for Next's proxy). */
const apiUrl = (process.env.API_URL || 'http://localhost:4000').replace(/\/+$/, '');

/** Paths whose request bodies go to the API as a stream (POST only). */
const STREAMED_UPLOAD_PATHS = new Set(['/simkopdes/imports']);

/** Headers that describe one connection, not the message: never passed on (RFC 9110 §7.6.1). */
const HOP_BY_HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

/** @param {http.IncomingHttpHeaders} headers */
function endToEndHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP_HEADERS.has(name)));
}

/** The fixed security headers as a header object, lower-cased like Node's. */
const securityHeaders = Object.fromEntries(
  SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]),
);

/**
 * Forwards the request (its address already taken from the socket) to the same path on the API,
 * the body streamed both ways. The answer gets this app's fixed security headers, as every other
 * response does; failing to reach the API is a 502 in the API's error shape.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
function streamToApi(request, response) {
  const target = new URL(request.url ?? '/', apiUrl);
  const headers = endToEndHeaders(request.headers);
  delete headers.host; // the API's own, set from the target
  const client = target.protocol === 'https:' ? https : http;
  let answered = false;
  const upstream = client.request(target, { method: request.method, headers }, (answer) => {
    answered = true;
    response.writeHead(answer.statusCode ?? 502, { ...endToEndHeaders(answer.headers), ...securityHeaders });
    pipeline(answer, response, () => undefined);
  });
  pipeline(request, upstream, (error) => {
    // The API may answer before reading the whole body (a file over its limit) and close: that
    // answer is on its way to the client. Otherwise the client or the API went away.
    if (!error || answered) return;
    response.writeHead(502, { 'content-type': 'application/json', ...securityHeaders });
    response.end(
      JSON.stringify({ error: { code: 'BAD_GATEWAY', message: 'The upload could not reach the API.' } }),
    );
  });
}

const apiClient = new URL(apiUrl).protocol === 'https:' ? https : http;
/** Kept-alive connections to the API for /graphql, reused from one request to the next. */
const graphqlAgent = new apiClient.Agent({ keepAlive: true });

/**
 * The largest /graphql body held here while it is sent (so that it can be sent again). The API
 * itself takes at most 100 KiB; this bound only keeps a client from filling this server's memory.
 */
const GRAPHQL_BODY_HELD_MAX_BYTES = 1024 * 1024;

/**
 * An answer in the API's error shape, given here in its place.
 * @param {http.ServerResponse} response @param {number} status @param {string} code @param {string} message
 */
function answerForApi(response, status, code, message) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...securityHeaders });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * The request's body, or null when it is over GRAPHQL_BODY_HELD_MAX_BYTES (then answered 413 and
 * the connection closed once the answer is out) or the client went away.
 * @param {http.IncomingMessage} request @param {http.ServerResponse} response
 * @returns {Promise<Buffer | null>}
 */
function readHeldBody(request, response) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= GRAPHQL_BODY_HELD_MAX_BYTES) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.pause();
      response.setHeader('connection', 'close');
      response.once('finish', () => request.destroy());
      answerForApi(response, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the limit.');
      resolve(null);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', () => resolve(null));
  });
}

/**
 * Forwards a /graphql request to the API on a kept-alive connection. The API closes a connection
 * that has been idle for its keep-alive timeout, and a request sent on it at that moment meets a
 * reset before any answer (Next's own proxy then answers 500: a sign-in lost on a loaded machine).
 * The API never read such a request, so, as Node's documentation advises, a reset on a reused
 * connection is sent once more, on a new one; a reset on a new connection is a 502.
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
async function forwardGraphqlToApi(request, response) {
  const body = await readHeldBody(request, response);
  if (body === null) return;
  const headers = endToEndHeaders(request.headers);
  delete headers.host; // the API's own, set from the target
  // From the socket (takeAddressFromSocket); anything else is not an address and is not passed on.
  if (!isIP(String(headers['x-forwarded-for'] ?? ''))) delete headers['x-forwarded-for'];
  if (body.length > 0) headers['content-length'] = String(body.length);

  const send = (isRetry) => {
    const upstream = apiClient.request(
      new URL(request.url ?? '/graphql', apiUrl),
      { method: request.method, headers, agent: graphqlAgent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, {
          ...endToEndHeaders(answer.headers),
          ...securityHeaders,
        });
        pipeline(answer, response, () => undefined);
      },
    );
    upstream.on('error', (error) => {
      if (response.headersSent || response.destroyed) return; // the pipeline ends the response
      const lostOnReusedConnection =
        upstream.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      if (!isRetry && lostOnReusedConnection) send(true);
      else answerForApi(response, 502, 'BAD_GATEWAY', 'The API could not be reached.');
    });
    response.once('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    upstream.end(body);
  };
  send(false);
}

const compress = compression({ threshold: 1024 });

const staticDir = path.join(dir, process.env.NEXT_DIST_DIR || '.next', 'static');
const STATIC_PREFIX = '/_next/static/';
const PRECOMPRESSED_TYPES = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Whether Accept-Encoding lists brotli with a weight above 0. @param {http.IncomingMessage} request */
function acceptsBrotli(request) {
  return String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .some((entry) => {
      const [coding, ...parameters] = entry.trim().toLowerCase().split(';');
      if (coding.trim() !== 'br') return false;
      const weight = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return weight === undefined || Number(weight.slice(2)) > 0;
    });
}

/**
 * Sends the build-time brotli copy of a static script or style sheet when there is one and the
 * browser takes brotli, with the headers Next gives static files; false otherwise (Next serves it).
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {string} pathname
 */
function sendPrecompressed(request, response, pathname) {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !pathname.startsWith(STATIC_PREFIX))
    return false;
  const type = PRECOMPRESSED_TYPES[path.extname(pathname)];
  if (!type || !acceptsBrotli(request)) return false;
  let file;
  try {
    file = path.join(staticDir, decodeURIComponent(pathname.slice(STATIC_PREFIX.length)));
  } catch {
    return false;
  }
  if (!file.startsWith(staticDir + path.sep)) return false;
  const stat = fs.statSync(`${file}.br`, { throwIfNoEntry: false });
  if (!stat?.isFile()) return false;
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': type,
    'content-encoding': 'br',
    'content-length': stat.size,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'Accept-Encoding',
  });
  if (request.method === 'HEAD') response.end();
  else pipeline(fs.createReadStream(`${file}.br`), response, () => undefined);
  return true;
}

const server = http.createServer();
const app = next({ dev: false, dir, port, hostname: 'localhost', httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

server.on('request', (request, response) => {
  takeAddressFromSocket(request);
  const pathname = (request.url ?? '/').split('?')[0];
  if (request.method === 'POST' && STREAMED_UPLOAD_PATHS.has(pathname)) {
    streamToApi(request, response);
    return;
  }
  if (pathname === '/graphql') {
    void forwardGraphqlToApi(request, response);
    return;
  }
  if (sendPrecompressed(request, response, pathname)) return;
  hideRewriteDestinations(response);
  compress(request, response, () => void handle(request, response));
});
// WebSocket upgrades (the notification bell's /graphql) are handled by Next's own listener, which
// it adds on the first request; this one runs before it and fixes the address the same way. An
// upgrade before any request (none yet: the bell's page comes first) is closed, and retried.
server.prependListener('upgrade', (request, socket) => {
  takeAddressFromSocket(request);
  if (server.listenerCount('upgrade') === 1) socket.destroy();
});

// No host: like `next start`, listen on every interface, IPv6 and IPv4 (Next's own locale
// rewrites go to "localhost", which may resolve to ::1).
server.listen(port, () => console.log(`MitraDesa web listening on http://localhost:${port}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running after this are cut off rather than holding the exit open.
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
