import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import { isPlainGraphqlPost, GRAPHQL_BODY_LIMIT_BYTES } from '../src/graphql/http-endpoint';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Plain GraphQL POSTs skip Express's router (graphql/http-endpoint.ts directGraphqlRoute); every
 * other request to /graphql goes through it. Both roads must answer alike: the same request sent
 * with a Content-Length (the direct road) and chunked (Express's body parser) gets the same status,
 * body and headers.
 */

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One POST to /graphql; `chunked` sends no Content-Length, which only Express's road reads. */
function post(
  server: TestServer,
  body: string,
  options: { chunked?: boolean; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const url = new URL('/graphql', server.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.chunked ? {} : { 'content-length': Buffer.byteLength(body) }),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: text }),
        );
      },
    );
    request.on('error', reject);
    if (options.chunked) {
      // Two writes: the body arrives in parts, as a streaming client would send it.
      const middle = Math.floor(body.length / 2);
      request.write(body.slice(0, middle));
      request.end(body.slice(middle));
    } else request.end(body);
  });
}

/** The headers that differ between any two answers (their time and request id), left out. */
function comparable(answer: RawAnswer) {
  const { date, 'x-request-id': requestId, 'content-length': _length, ...headers } = answer.headers;
  expect(date).toBeDefined();
  expect(requestId).toMatch(/^[\w.-]+$/);
  return { status: answer.status, headers, body: answer.body };
}

describe('isPlainGraphqlPost', () => {
  const request = (method: string, url: string, headers: Record<string, string>) =>
    ({ method, url, headers }) as unknown as IncomingMessage;
  const plain = { 'content-type': 'application/json', 'content-length': '27' };

  test.each([
    ['a JSON POST with a length', request('POST', '/graphql', plain), true],
    [
      'charset utf-8',
      request('POST', '/graphql', { ...plain, 'content-type': 'application/json; charset=utf-8' }),
      true,
    ],
    [
      'another charset',
      request('POST', '/graphql', { ...plain, 'content-type': 'application/json; charset=latin1' }),
      false,
    ],
    ['a GET', request('GET', '/graphql', plain), false],
    ['another path', request('POST', '/graphql/', plain), false],
    ['a query string', request('POST', '/graphql?x=1', plain), false],
    ['gzip', request('POST', '/graphql', { ...plain, 'content-encoding': 'gzip' }), false],
    ['identity encoding', request('POST', '/graphql', { ...plain, 'content-encoding': 'identity' }), true],
    ['no length', request('POST', '/graphql', { 'content-type': 'application/json' }), false],
    ['an empty body', request('POST', '/graphql', { ...plain, 'content-length': '0' }), false],
    [
      'at the limit',
      request('POST', '/graphql', { ...plain, 'content-length': String(GRAPHQL_BODY_LIMIT_BYTES) }),
      true,
    ],
    [
      'over the limit',
      request('POST', '/graphql', { ...plain, 'content-length': String(GRAPHQL_BODY_LIMIT_BYTES + 1) }),
      false,
    ],
    ['text/plain', request('POST', '/graphql', { ...plain, 'content-type': 'text/plain' }), false],
  ])('%s', (_name, req, expected) => {
    expect(isPlainGraphqlPost(req)).toBe(expected);
  });
});

describe('the direct road answers as Express does', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Its documents are the test's own, not the web app's persisted ones.
    server = await startTestServer({ env: { NODE_ENV: 'production', GRAPHQL_DOCUMENTS: 'any' } });
  });
  afterAll(() => server?.close());

  test.each([
    [
      'a query',
      JSON.stringify({ query: '{ cooperatives(first: 2) { totalCount edges { node { name } } } }' }),
    ],
    ['a query with a byte order mark', `\uFEFF${JSON.stringify({ query: '{ __typename }' })}`],
    ['a syntax error', JSON.stringify({ query: '{ a' })],
    ['a validation error', JSON.stringify({ query: '{ nope }' })],
    ['a body that is not JSON', '{"query": '],
    ['JSON that is not an object', '"{ __typename }"'],
    ['an array (batching is off)', JSON.stringify([{ query: '{ __typename }' }])],
    [
      'a mutation whose input lacks its fields',
      JSON.stringify({ query: 'mutation { createCooperative(input: {}) { __typename } }' }),
    ],
  ])('%s', async (_name, body) => {
    const direct = await post(server, body);
    const throughExpress = await post(server, body, { chunked: true });
    expect(comparable(direct)).toEqual(comparable(throughExpress));
    // Not every case succeeds; each is a JSON answer with the API's security headers.
    expect(direct.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    expect(direct.headers['content-security-policy']).toContain("default-src 'none'");
  });

  test('a caller’s request id is kept on both roads', async () => {
    const headers = { 'x-request-id': 'web-proxy.42' };
    const body = JSON.stringify({ query: '{ __typename }' });
    expect((await post(server, body, { headers })).headers['x-request-id']).toBe('web-proxy.42');
    expect((await post(server, body, { headers, chunked: true })).headers['x-request-id']).toBe(
      'web-proxy.42',
    );
  });

  test('sign-in sets the session cookie on the direct road, and the cookie signs the next request in', async () => {
    const signIn = await post(
      server,
      JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { message } } }',
        variables: { input: { email: 'admin@demo.mitradesa.id', password: DEMO_PASSWORD } },
      }),
    );
    expect(JSON.parse(signIn.body)).toEqual({ data: { signIn: { userErrors: [] } } });
    const cookie = signIn.headers['set-cookie']?.[0];
    expect(cookie).toMatch(/HttpOnly/i);
    const viewer = await post(server, JSON.stringify({ query: '{ viewer { user { email } } }' }), {
      headers: { cookie: cookie!.split(';')[0]! },
    });
    expect(JSON.parse(viewer.body)).toEqual({
      data: { viewer: { user: { email: 'admin@demo.mitradesa.id' } } },
    });
  });
});
