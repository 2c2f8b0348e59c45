import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createHttpServer, type HttpServer } from '../src/http-server';
import { ConfigError, loadConfig } from '../src/config';

/**
 * The API's HTTP server on its own, with handlers that are slow or never answer: the total-time
 * limit per request, and draining on shutdown (in-flight requests finish, kept-alive connections
 * close, the deadline cuts what is left).
 */
const LIMITS = {
  headersTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  responseTimeoutMs: 300,
  keepAliveTimeoutMs: 5000,
};
const log = pino({ level: 'silent' });

let server: HttpServer | undefined;
afterEach(async () => {
  if (server?.server.listening) await server.drain(100);
  server = undefined;
});

async function listen(
  handler: http.RequestListener,
  limits = LIMITS,
): Promise<{ server: HttpServer; port: number }> {
  server = createHttpServer(handler, limits, log);
  await new Promise<void>((resolve) => server!.server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port };
}

function get(
  port: number,
  agent: http.Agent | false = false,
  path = '/',
): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode!, body, connection: response.headers.connection }),
        );
      })
      .once('error', reject);
  });
}

test('a handler that has not answered within the total time gets a 503 JSON answer; its late answer is dropped', async () => {
  let lateAnswer: (() => void) | undefined;
  const { port } = await listen((_req, res) => {
    lateAnswer = () => {
      res.setHeader('content-type', 'text/plain');
      res.writeHead(200);
      res.end('late');
    };
  });
  const started = Date.now();
  const response = await get(port);
  expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  expect(response.status).toBe(503);
  expect(response.connection).toBe('close');
  expect(JSON.parse(response.body)).toEqual({
    errors: [
      { message: 'The request took too long and was stopped.', extensions: { code: 'REQUEST_TIMEOUT' } },
    ],
  });
  expect(() => lateAnswer!()).not.toThrow();
});

test('drain: the request in flight completes with Connection: close, idle kept-alive connections close, new ones are refused', async () => {
  const { server: httpServer, port } = await listen(
    async (req, res) => {
      if (req.url === '/') await sleep(300);
      res.end('done');
    },
    { ...LIMITS, responseTimeoutMs: 5000 },
  );
  const idleAgent = new http.Agent({ keepAlive: true });
  await get(port, idleAgent);
  const idleSocketClosed = new Promise<void>((resolve) =>
    Object.values(idleAgent.freeSockets)[0]![0]!.once('close', () => resolve()),
  );

  const inFlight = get(port, new http.Agent({ keepAlive: true }));
  await sleep(50);
  const drained = httpServer.drain(2000);
  await idleSocketClosed;
  expect(await inFlight).toEqual({ status: 200, body: 'done', connection: 'close' });
  await expect(get(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  const outcome = await drained;
  expect(outcome.cutConnections).toBe(0);
  expect(outcome.ms).toBeLessThan(1000);
  idleAgent.destroy();
});

test('drain: connections still busy at the deadline are cut and counted', async () => {
  const { server: httpServer, port } = await listen(() => undefined, {
    ...LIMITS,
    responseTimeoutMs: 60_000,
  });
  const hanging = get(port).catch((error: NodeJS.ErrnoException) => error.code);
  await sleep(50);
  const outcome = await httpServer.drain(300);
  expect(outcome.cutConnections).toBe(1);
  expect(outcome.ms).toBeGreaterThanOrEqual(290);
  expect(await hanging).toBe('ECONNRESET');
});

test('announced draining: /health answers 503 for the load balancer while every other request is still served', async () => {
  const { server: httpServer, port } = await listen((req, res) => {
    res.end(req.url === '/health' ? 'healthy' : 'page');
  });
  expect(await get(port, false, '/health')).toMatchObject({ status: 200, body: 'healthy' });
  httpServer.announceDraining();
  const health = await get(port, false, '/health');
  expect(health.status).toBe(503);
  expect(JSON.parse(health.body)).toEqual({ status: 'draining' });
  expect(await get(port)).toMatchObject({ status: 200, body: 'page' });
  expect(httpServer.server.listening).toBe(true);
});

test('the time limits are read from the environment, and must nest: headers ≤ request ≤ response', () => {
  expect(loadConfig({}).http).toEqual({
    headersTimeoutMs: 15_000,
    requestTimeoutMs: 60_000,
    responseTimeoutMs: 90_000,
    keepAliveTimeoutMs: 5000,
  });
  expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
  expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '3' }).shutdownTimeoutMs).toBe(3000);
  expect(loadConfig({}).shutdownDelayMs).toBe(0);
  expect(loadConfig({ SHUTDOWN_DELAY_SECONDS: '6' }).shutdownDelayMs).toBe(6000);
  expect(() =>
    loadConfig({ HTTP_HEADERS_TIMEOUT_SECONDS: '30', HTTP_REQUEST_TIMEOUT_SECONDS: '20' }),
  ).toThrow(ConfigError);
  expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_SECONDS: '120' })).toThrow(
    /HTTP_HEADERS_TIMEOUT_SECONDS ≤ HTTP_REQUEST_TIMEOUT_SECONDS ≤ HTTP_RESPONSE_TIMEOUT_SECONDS/,
  );
  expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
});
