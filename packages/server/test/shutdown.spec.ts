import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import WebSocket from 'ws';
import { REPO_ROOT, SERVER_ROOT } from '../src/shared/paths';
import { postgresProcessesOn, signIn, sigtermDrill, startApi, type ApiProcess } from '../bench/drills';
import { portFromEnv } from './support/free-port';

/**
 * The built API (dist/src/main.js) under hostile timing: clients that stop sending, and SIGTERM
 * while keep-alive clients, a WebSocket and a hung upload are connected.
 */
let apiPort: number;
const DATA_DIR = path.join(REPO_ROOT, '.data/test-shutdown');
const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');

let api: ApiProcess;
beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the package's build first`);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  apiPort = await portFromEnv('TEST_SHUTDOWN_PORT');
  api = await startApi({
    port: apiPort,
    pgPort: await portFromEnv('TEST_SHUTDOWN_PG_PORT'),
    dataDir: DATA_DIR,
    env: {
      HTTP_HEADERS_TIMEOUT_SECONDS: '1',
      HTTP_REQUEST_TIMEOUT_SECONDS: '2',
      HTTP_RESPONSE_TIMEOUT_SECONDS: '3',
    },
  });
});
afterAll(async () => {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
  await api.exited;
  if (fs.existsSync(DATA_DIR)) for (const pid of postgresProcessesOn(DATA_DIR)) process.kill(pid, 'SIGKILL');
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

interface RawExchange {
  response: string;
  /** From the last byte sent to the server closing the connection. */
  closedAfterMs: number;
}

/** Sends `head` (and nothing more) on a raw socket; resolves when the server closes it. */
function sendAndStall(head: string): { done: Promise<RawExchange> } {
  const socket = net.connect(apiPort, '127.0.0.1');
  const chunks: Buffer[] = [];
  let sentAt = 0;
  const done = new Promise<RawExchange>((resolve, reject) => {
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.once('error', reject);
    socket.once('close', () =>
      resolve({ response: Buffer.concat(chunks).toString(), closedAfterMs: Date.now() - sentAt }),
    );
  });
  socket.write(head, () => (sentAt = Date.now()));
  return { done };
}

const STALLED_BODY =
  'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"{ coop';

test('a request whose body stops coming is answered 408 (JSON) and closed once the request time is up', async () => {
  const { response, closedAfterMs } = await sendAndStall(STALLED_BODY).done;
  expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  expect(response).toContain('Connection: close');
  expect(JSON.parse(response.split('\r\n\r\n')[1]!)).toEqual({
    errors: [{ message: 'The request was not received in time.', extensions: { code: 'REQUEST_TIMEOUT' } }],
  });
  // HTTP_REQUEST_TIMEOUT_SECONDS=2, checked every second.
  expect(closedAfterMs).toBeGreaterThanOrEqual(1500);
  expect(closedAfterMs).toBeLessThan(4500);
});

test('a request whose headers stop coming is answered 408 once the header time is up', async () => {
  const { response, closedAfterMs } = await sendAndStall('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow')
    .done;
  expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  expect(closedAfterMs).toBeLessThan(3500);
});

test('SIGTERM under load: requests in flight complete, the WebSocket gets 1001, a hung upload cannot hold the exit, PostgreSQL stops, exit code 0', async () => {
  const token = await signIn(api.url, 'pembeli@demo.mitradesa.id');
  const socket = new WebSocket(`ws://127.0.0.1:${apiPort}/graphql`, 'graphql-transport-ws');
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await new Promise<void>((resolve) => socket.once('message', () => resolve()));
  const wsClosed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const hungUpload = sendAndStall(STALLED_BODY).done;

  const outcome = await sigtermDrill(api);

  // Every request the server took was answered in full; the rest found the listener closed.
  expect(outcome.failed).toBe(0);
  expect(outcome.completed).toBeGreaterThan(0);
  expect(outcome.completed + outcome.refused + outcome.closedIdle).toBe(outcome.sent);
  expect(outcome.exitCode).toBe(0);
  expect(outcome.signal).toBeNull();
  // The hung upload ends at the request time limit (2 s), well before the shutdown deadline (10 s).
  expect(outcome.exitMs).toBeLessThan(6000);
  expect((await hungUpload).response).toMatch(/^HTTP\/1\.1 408 /);
  expect(await wsClosed).toEqual({ code: 1001, reason: 'Going away' });
  expect(outcome.postgresLeft).toBe(0);
  expect(fs.existsSync(path.join(DATA_DIR, 'postmaster.pid'))).toBe(false);
  expect(api.logs.join('')).toMatch(/"cutConnections":0,"msg":"stopped"/);
});
