import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Config } from './config';

export interface HttpServer {
  server: http.Server;
  /**
   * Stops accepting connections and lets the requests in flight finish: idle kept-alive
   * connections are closed at once, busy ones after their current response (sent with
   * `Connection: close`). Connections still open after `timeoutMs` are cut.
   */
  drain(timeoutMs: number): Promise<DrainOutcome>;
  /**
   * From now on /health answers 503 (the process is about to drain) while every other request is
   * served as before: load balancers checking /health stop sending requests here.
   */
  announceDraining(): void;
}

export interface DrainOutcome {
  /** Connections cut at the deadline (a request still running, or a client that kept its socket). */
  cutConnections: number;
  ms: number;
}

/** How often Node checks the headers and request timeouts (its default, 30 s, would add up to 30 s to each). */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

/**
 * How often a draining server checks them itself. Shorter than Node's: a hung upload must get its
 * 408 before the response timeout answers 503, and with checks a second apart the 408 could come
 * up to a second late and lose (seen once under load, with the test's limits of 2 s and 3 s).
 */
const DRAIN_CHECK_INTERVAL_MS = 250;

/**
 * The HTTP server of the API with server-side time limits, so that no client can hold a request
 * open for long: headers (Node's headersTimeout), the whole request with its body (requestTimeout:
 * a hung upload gets a 408), the whole exchange until the response ends (answered 503 when the
 * handler has not answered yet), and idle kept-alive connections (keepAliveTimeout).
 */
export function createHttpServer(handler: RequestListener, limits: Config['http'], log: Logger): HttpServer {
  /** Responses not finished yet, with their request and its arrival time. */
  const inFlight = new Map<ServerResponse, { req: IncomingMessage; startedAt: number }>();
  const connections = new Set<Socket>();
  let draining = false;
  let drainingAnnounced = false;
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_INTERVAL_MS, limits.headersTimeoutMs),
    },
    (req, res) => {
      inFlight.set(res, { req, startedAt: Date.now() });
      const deadline = setTimeout(() => answerTooSlow(req, res), limits.responseTimeoutMs);
      res.once('close', () => {
        clearTimeout(deadline);
        inFlight.delete(res);
        // A connection that served its last response during shutdown has nothing more to do.
        if (draining) server.closeIdleConnections();
      });
      if (draining) res.setHeader('Connection', 'close');
      if (drainingAnnounced && req.url === '/health') {
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ status: 'draining' }));
        return;
      }
      handler(req, res);
    },
  );
  server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });

  /** Answers in the handler's place and closes the connection; what the handler sends later is dropped. */
  const answerInstead = (res: ServerResponse, status: number, message: string) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(jsonError(message, 'REQUEST_TIMEOUT'));
    // Later writes by the handler would throw "headers already sent".
    Object.assign(res, {
      setHeader: () => res,
      writeHead: () => res,
      write: () => true,
      end: () => res,
    });
  };
  const answerTooSlow = (req: IncomingMessage, res: ServerResponse) => {
    log.warn({ method: req.method, url: req.url, limitMs: limits.responseTimeoutMs }, 'request timed out');
    answerInstead(res, 503, 'The request took too long and was stopped.');
  };

  // Malformed requests and the headers/request timeouts: a JSON answer, like every other error.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const current = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, message, code] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request was not received in time.', 'REQUEST_TIMEOUT']
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'The request headers are too large.', 'BAD_REQUEST']
          : [400, 'The request is not valid HTTP.', 'BAD_REQUEST'];
    const body = jsonError(message, code);
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      () => socket.destroy(),
    );
  });

  return {
    server,
    announceDraining() {
      drainingAnnounced = true;
    },
    async drain(timeoutMs) {
      const started = Date.now();
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Responses not begun yet tell their client that this connection ends with them.
      for (const res of inFlight.keys()) if (!res.headersSent) res.setHeader('Connection', 'close');
      server.closeIdleConnections();
      // Closing the server also stops Node's checks of the headers and request timeouts: a client
      // that stopped sending would hold the shutdown until the deadline. The same checks go on here.
      const checks = setInterval(() => {
        const now = Date.now();
        const busy = new Set<unknown>();
        for (const [res, { req, startedAt }] of inFlight) {
          busy.add(req.socket);
          if (!req.complete && now - startedAt > limits.requestTimeoutMs) {
            answerInstead(res, 408, 'The request was not received in time.');
          }
        }
        // A connection without a request in flight has delivered nothing that could be lost.
        if (now - started > limits.headersTimeoutMs) {
          for (const socket of connections) if (!busy.has(socket)) socket.destroy();
        }
      }, DRAIN_CHECK_INTERVAL_MS);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>(
        (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
      );
      const result = await Promise.race([closed, timedOut]);
      clearTimeout(timer);
      clearInterval(checks);
      let cutConnections = 0;
      if (result === 'timeout') {
        cutConnections = connections.size;
        for (const socket of connections) socket.destroy();
        await closed;
      }
      return { cutConnections, ms: Date.now() - started };
    },
  };
}

function jsonError(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}
