import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { requestLogging } from '../src/request-logging';

/**
 * The request id and the line per request (src/request-logging.ts): what operators read when a
 * request goes wrong, and what lets them follow it through the web proxy.
 */
interface Line {
  level: number;
  msg: string;
  reqId: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
}

const lines: Line[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text));
      callback();
    },
  });
  const log = pino({ level: 'debug' }, sink);
  const app = express();
  app.use(requestLogging(log));
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/ok', (req, res) => {
    req.log.info('handler ran');
    res.json({ id: req.id });
  });
  app.get('/refused', (_req, res) => void res.status(400).json({ error: 'no' }));
  app.get('/broken', (_req, res) => void res.status(500).json({ error: 'broken' }));
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => lines.splice(0));

/** The lines of a request, once its response has ended (they are written as it ends). */
async function linesOf(id: string): Promise<Line[]> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return lines.filter((line) => line.reqId === id);
}

test('a request gets an id, echoed in x-request-id and bound to its log lines', async () => {
  const response = await fetch(`${url}/ok`);
  const id = response.headers.get('x-request-id')!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(await response.json()).toEqual({ id });
  const logged = await linesOf(id);
  expect(logged.map((line) => line.msg)).toEqual(['handler ran', 'request completed']);
  const completed = logged[1];
  expect(completed.level).toBe(20); // debug
  expect(completed.req).toMatchObject({ method: 'GET', url: '/ok' });
  expect(completed.res).toMatchObject({ statusCode: 200 });
  expect(completed.responseTime).toEqual(expect.any(Number));
});

test("a caller's well-formed id is kept, any other replaced", async () => {
  const kept = await fetch(`${url}/ok`, { headers: { 'x-request-id': 'web-1234.abc_DEF' } });
  expect(kept.headers.get('x-request-id')).toBe('web-1234.abc_DEF');
  const replaced = await fetch(`${url}/ok`, { headers: { 'x-request-id': 'no spaces; or "quotes"' } });
  expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('client errors are logged at warn and failures at error; /health not at all', async () => {
  const refused = await fetch(`${url}/refused`);
  const broken = await fetch(`${url}/broken`);
  const health = await fetch(`${url}/health`);
  const [refusedLine] = await linesOf(refused.headers.get('x-request-id')!);
  const [brokenLine] = await linesOf(broken.headers.get('x-request-id')!);
  expect(refusedLine).toMatchObject({ level: 40, msg: 'request completed', res: { statusCode: 400 } });
  expect(brokenLine).toMatchObject({ level: 50, msg: 'request completed', res: { statusCode: 500 } });
  expect(await linesOf(health.headers.get('x-request-id')!)).toEqual([]);
});
