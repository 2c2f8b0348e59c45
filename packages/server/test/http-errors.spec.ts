import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { DriverException } from '@mikro-orm/core';
import { finalErrorHandler } from '../src/graphql/http-errors';
import { loggableError } from '../src/graphql/errors';
import { REPO_ROOT } from '../src/shared/paths';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Every error leaves as a JSON GraphQL error with a stable `extensions.code` and a status after
 * GraphQL-over-HTTP, in development and production alike, with no stack trace or path; the API
 * sends security headers for a JSON API.
 */

interface Answer {
  status: number;
  contentType: string;
  text: string;
  headers: Headers;
  codes: string[];
}

const json = { 'content-type': 'application/json' };
const thousandAliases = `{ ${Array.from({ length: 1000 }, (_, index) => `a${index}: __typename`).join(' ')} }`;

/** [name, request, expected status, expected code] */
const CASES: [
  string,
  { path?: string; method?: string; headers?: Record<string, string>; body?: string | Uint8Array },
  number,
  string,
][] = [
  ['a syntax error', { body: '{"query":"{ a"}' }, 400, 'GRAPHQL_PARSE_FAILED'],
  [
    '1,000 aliases (token limit)',
    { body: JSON.stringify({ query: thousandAliases }) },
    400,
    'TOO_MANY_TOKENS',
  ],
  [
    'a NUL byte in the query',
    { body: JSON.stringify({ query: '{ __typename \u0000 }' }) },
    400,
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    'a bad escape in a string',
    { body: JSON.stringify({ query: '{ search(q: "\\uD800") { totalCount } }' }) },
    400,
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    'a validation failure asking for application/graphql-response+json',
    {
      headers: { ...json, accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ nope }' }),
    },
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'a syntax error asking for application/graphql-response+json',
    { headers: { ...json, accept: 'application/graphql-response+json' }, body: '{"query":"{ a"}' },
    400,
    'GRAPHQL_PARSE_FAILED',
  ],
  ['a malformed JSON body', { body: '{"query":' }, 400, 'BAD_REQUEST'],
  ['bytes that are not UTF-8 JSON', { body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]) }, 400, 'BAD_REQUEST'],
  [
    'a body over the limit',
    { body: JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(200_000) } }) },
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'an unsupported charset',
    { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ __typename }"}' },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a gzip body that is not gzip',
    { headers: { ...json, 'content-encoding': 'gzip' }, body: '{"query":"{ __typename }"}' },
    400,
    'BAD_REQUEST',
  ],
  [
    'an unsupported content encoding',
    { headers: { ...json, 'content-encoding': 'compress' }, body: '{"query":"{ __typename }"}' },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a text/plain body',
    { headers: { 'content-type': 'text/plain' }, body: '{ __typename }' },
    400,
    'BAD_REQUEST',
  ],
  ['PUT', { method: 'PUT', body: '{"query":"{ __typename }"}' }, 405, 'BAD_REQUEST'],
  [
    'a malformed GET query',
    { method: 'GET', path: '/graphql?query=%7B%20a', headers: { 'apollo-require-preflight': 'true' } },
    400,
    'GRAPHQL_PARSE_FAILED',
  ],
  [
    'GET variables that are not JSON',
    {
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D&variables=%7B',
      headers: { 'apollo-require-preflight': 'true' },
    },
    400,
    'BAD_REQUEST',
  ],
  [
    'a persisted-query extension that is not an object',
    { body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: 'x' } }) },
    400,
    'BAD_REQUEST',
  ],
  [
    'a persisted-query hash that does not match its query',
    {
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '00' } },
      }),
    },
    400,
    'BAD_REQUEST',
  ],
  [
    'a subscription over HTTP',
    { body: JSON.stringify({ query: 'subscription { notificationAdded { id } }' }) },
    400,
    'BAD_REQUEST',
  ],
  ['an unknown route', { method: 'GET', path: '/nope' }, 404, 'NOT_FOUND'],
  ['OPTIONS on the upload route', { method: 'OPTIONS', path: '/documents/x/file' }, 405, 'BAD_REQUEST'],
  ['OPTIONS on /graphql', { method: 'OPTIONS' }, 405, 'BAD_REQUEST'],
  ['POST to an unknown route', { path: '/api', body: '{}' }, 404, 'NOT_FOUND'],
];

async function send(
  server: TestServer,
  request: { path?: string; method?: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<Answer> {
  const response = await fetch(server.url + (request.path ?? '/graphql'), {
    method: request.method ?? 'POST',
    headers: request.headers ?? json,
    body: request.body,
  });
  const text = await response.text();
  let codes: string[];
  try {
    codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
      (error) => error.extensions?.code ?? '(none)',
    );
  } catch {
    codes = ['(not JSON)'];
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    headers: response.headers,
    codes,
  };
}

function expectCleanJsonError(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, codes: answer.codes }).toEqual({ status, codes: [code] });
  expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  const body = JSON.parse(answer.text) as { errors: { message: unknown }[] };
  expect(typeof body.errors[0].message).toBe('string');
  expect(answer.text).not.toMatch(/stacktrace|\n\s+at |\.(ts|js):\d+/);
  expect(answer.text).not.toContain(REPO_ROOT);
  expect(answer.text).not.toContain('node_modules');
}

describe.each(['development', 'production'])('%s mode', (mode) => {
  let server: TestServer;
  beforeAll(async () => {
    // The requests are the spec's own documents, not the web app's persisted ones.
    server = await startTestServer({ env: { NODE_ENV: mode, GRAPHQL_DOCUMENTS: 'any' } });
  });
  afterAll(() => server?.close());

  const cases = CASES.map(([name, request, status, code]) => [name, status, code, request] as const);
  test.each(cases)('%s → %i %s', async (_name, status, code, request) => {
    expectCleanJsonError(await send(server, request), status, code);
  });

  test('a gzip-encoded JSON body is still read', async () => {
    const answer = await send(server, {
      headers: { ...json, 'content-encoding': 'gzip' },
      body: gzipSync('{"query":"{ __typename }"}'),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { __typename: 'Query' } });
  });

  test('security headers for a JSON API', async () => {
    const { headers } = await send(server, { body: '{"query":"{ __typename }"}' });
    expect(headers.get('content-security-policy')).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
    );
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
    expect(headers.get('strict-transport-security')).toBe(
      mode === 'production' ? 'max-age=31536000; includeSubDomains' : null,
    );
    // Error answers carry them too.
    const notFound = await send(server, { method: 'GET', path: '/nope' });
    expect(notFound.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  test('the sandbox landing page: its own CSP in development, absent in production', async () => {
    const answer = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await answer.text();
    if (mode === 'production') {
      // No landing page: Apollo refuses a GET without a query.
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
      return;
    }
    expect(answer.status).toBe(200);
    expect(text).toContain('embeddable-sandbox');
    // The page's scripts are allowed by its own meta CSP (with a nonce); the header only forbids framing.
    expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
    expect(answer.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('the final error handler', () => {
  test('an unexpected error is answered 500 INTERNAL_SERVER_ERROR without its message or stack, and logged', async () => {
    const logged: string[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => logged.push(line) });
    const app = express();
    app.get('/boom', () => {
      throw new Error(`secret detail at ${REPO_ROOT}/src/boom.ts:1:1`);
    });
    app.use(finalErrorHandler(log));
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(listening.address() as AddressInfo).port}/boom`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
      expect(logged.join('')).toContain('secret detail');
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
  });

  test('a database error is logged without its SQL statement, parameters or row', () => {
    const driverError = new Error(
      `insert into "app_user" ("email", "name") values ('siti@desa.id', 'Siti') - invalid byte sequence for encoding "UTF8": 0x00`,
    );
    Object.assign(driverError, { code: '22021', routine: 'report_invalid_encoding', table: 'app_user' });
    const error = new DriverException(driverError);
    error.message += '\n - detail: Failing row contains (siti@desa.id, Siti).';
    const logged = JSON.stringify(loggableError(error));
    expect(JSON.parse(logged)).toMatchObject({
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
      sqlState: '22021',
      table: 'app_user',
    });
    expect(logged).not.toMatch(/insert into|siti@desa\.id|Failing row/);
  });
});
