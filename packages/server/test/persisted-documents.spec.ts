import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DEMO } from './authorization/fixture';
import { PersistedDocuments } from '../src/graphql/trusted-documents';
import { startTestServer, type TestServer } from './support/test-server';

/** What the web app's codegen writes: documents by the SHA-256 of their text. */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const COOPERATIVES =
  'query Cooperatives($first: Int!) { cooperatives(first: $first) { totalCount edges { node { id name } } } }';
// The test server's own sign-in and token documents, so that the spec can sign in and get a token.
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { message } } }';
const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { code } } }`;
const VIEWER = 'query Viewer { viewer { user { email } } }';
const BELL = 'subscription Bell { notificationAdded { kind } }';
const MANIFEST = Object.fromEntries(
  [COOPERATIVES, SIGN_IN, CREATE_TOKEN, VIEWER, BELL].map((text) => [sha256(text), text]),
);

const persisted = (text: string) => ({
  extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(text) } }),
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request over node:http, which (unlike fetch) neither asks for nor undoes compression. */
function raw(
  server: TestServer,
  method: 'GET' | 'POST',
  parameters: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const url = new URL('/graphql', server.url);
  const body =
    method === 'POST'
      ? JSON.stringify(
          Object.fromEntries(
            Object.entries(parameters).map(([name, value]) => [
              name,
              name === 'query' ? value : JSON.parse(value),
            ]),
          ),
        )
      : undefined;
  if (method === 'GET') url.search = new URLSearchParams(parameters).toString();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function json(answer: RawAnswer): {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
} {
  const encoding = answer.headers['content-encoding'];
  const bytes =
    encoding === 'br'
      ? brotliDecompressSync(answer.body)
      : encoding === 'gzip'
        ? gunzipSync(answer.body)
        : answer.body;
  return JSON.parse(bytes.toString('utf8'));
}

let server: TestServer;
let manifestDir: string;

beforeAll(async () => {
  manifestDir = await mkdtemp(path.join(tmpdir(), 'mitradesa-persisted-'));
  const file = path.join(manifestDir, 'persisted-documents.json');
  await writeFile(file, JSON.stringify(MANIFEST));
  server = await startTestServer({ env: { GRAPHQL_DOCUMENTS: 'trusted', PERSISTED_DOCUMENTS_FILE: file } });
});
afterAll(async () => {
  await server?.close();
  await rm(manifestDir, { recursive: true, force: true });
});

describe('trusted documents', () => {
  test('a persisted query runs by its hash, over POST and over GET', async () => {
    const variables = JSON.stringify({ first: 2 });
    for (const method of ['POST', 'GET'] as const) {
      const answer = json(await raw(server, method, { variables, ...persisted(COOPERATIVES) }));
      expect(answer.errors).toBeUndefined();
      const cooperatives = answer.data!.cooperatives as { totalCount: number; edges: unknown[] };
      expect(cooperatives.edges).toHaveLength(2);
      expect(cooperatives.totalCount).toBeGreaterThan(2);
    }
  });

  test('a browser’s own document is refused, signed in or not; the same text as a persisted one is not', async () => {
    const session = await server.signIn(DEMO.ketua);
    const before = await server.orm.em.getKnex()('session').count({ n: '*' }).first();
    const callers: Record<string, string>[] = [
      {},
      { cookie: `mitradesa_session=${session}` },
      { authorization: `Bearer ${session}` },
    ];
    for (const headers of callers) {
      const answer = await raw(
        server,
        'POST',
        { query: '{ cooperatives(first: 1) { totalCount } }' },
        headers,
      );
      expect(answer.status).toBe(400);
      expect(json(answer).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
      expect(json(answer).data).toBeUndefined();
      // A mutation is refused before it runs: nothing is written.
      const signIn = await raw(
        server,
        'POST',
        {
          query:
            'mutation { signIn(input: { email: "ketua@demo.mitradesa.id", password: "mitradesa-demo" }) { token } }',
        },
        headers,
      );
      expect(json(signIn).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    }
    const after = await server.orm.em.getKnex()('session').count({ n: '*' }).first();
    expect(after).toEqual(before);
    const viewer = json(
      await raw(server, 'POST', { query: VIEWER }, { cookie: `mitradesa_session=${session}` }),
    );
    expect(viewer.data).toEqual({ viewer: { user: { email: DEMO.ketua } } });
  });

  test('an API token may send any document', async () => {
    const admin = await server.signIn(DEMO.bankAdmin);
    const partner = await server.orm.em
      .getKnex()('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', DEMO.bankAdmin)
      .first('m.partner_id');
    const created = await server.graphql<{ createApiToken: { token: string } }>(
      CREATE_TOKEN,
      {
        input: { partnerId: Buffer.from(`Partner:${partner.partner_id}`).toString('base64url'), name: 'LOS' },
      },
      { token: admin },
    );
    const token = created.data!.createApiToken.token;
    const own = await server.graphql<{ cooperatives: { totalCount: number } }>(
      '{ cooperatives(first: 1) { totalCount } }',
      {},
      { token },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.cooperatives.totalCount).toBeGreaterThan(0);
  });

  test('an unknown hash is not found, and sending a document with its hash does not register it', async () => {
    const text = '{ cooperatives(first: 3) { totalCount } }';
    const register = await raw(server, 'POST', { query: text, ...persisted(text) });
    expect(json(register).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    const byHash = await raw(server, 'GET', persisted(text));
    expect(json(byHash).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  test('a mutation is never run over GET, persisted or not', async () => {
    const variables = JSON.stringify({ input: { email: DEMO.ketua, password: 'mitradesa-demo' } });
    const answer = await raw(server, 'GET', { variables, ...persisted(SIGN_IN) });
    expect(answer.status).toBe(405);
    expect(answer.headers['cache-control']).not.toMatch(/public/);
  });

  test('the API does not start without its manifest when it is to trust only it', () => {
    const missing = path.join(manifestDir, 'missing.json');
    expect(() => new PersistedDocuments(missing, { required: true, reloadOnMiss: false })).toThrow(
      /does not exist/,
    );
    expect(new PersistedDocuments(missing, { required: false, reloadOnMiss: true }).size).toBe(0);
  });

  test('a manifest that is not one is refused', async () => {
    const bad = path.join(manifestDir, 'bad.json');
    await writeFile(bad, JSON.stringify({ 'not-a-hash': '{ __typename }' }));
    expect(() => new PersistedDocuments(bad, { required: true, reloadOnMiss: false })).toThrow(
      /not a SHA-256/,
    );
  });
});

describe('cache headers of GET queries', () => {
  const variables = JSON.stringify({ first: 1 });

  test('an anonymous answer is public for a short while', async () => {
    const answer = await raw(server, 'GET', { variables, ...persisted(COOPERATIVES) });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=60');
    expect(answer.headers.vary).toMatch(/Cookie/);
    expect(answer.headers.vary).toMatch(/Authorization/);
  });

  test('a signed-in viewer’s answer is private and not kept; POSTs carry no cache header', async () => {
    const session = await server.signIn(DEMO.ketua);
    const signedIn = await raw(server, 'GET', persisted(VIEWER), { cookie: `mitradesa_session=${session}` });
    expect(json(signedIn).data).toEqual({ viewer: { user: { email: DEMO.ketua } } });
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
    const post = await raw(server, 'POST', { variables, ...persisted(COOPERATIVES) });
    expect(post.headers['cache-control']).toBeUndefined();
  });

  test('an answer with errors is not public', async () => {
    const answer = await raw(server, 'GET', {
      variables: JSON.stringify({ first: -1 }),
      ...persisted(COOPERATIVES),
    });
    expect(json(answer).errors?.length).toBeGreaterThan(0);
    expect(answer.headers['cache-control']).toBe('private, no-store');
  });
});

describe('compression', () => {
  const variables = JSON.stringify({ first: 50 });

  test.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('Accept-Encoding %s is answered with %s, the same JSON', async (accepted, expected) => {
    const plain = await raw(server, 'POST', { variables, ...persisted(COOPERATIVES) });
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const method of ['POST', 'GET'] as const) {
      const compressed = await raw(
        server,
        method,
        { variables, ...persisted(COOPERATIVES) },
        { 'accept-encoding': accepted },
      );
      expect(compressed.headers['content-encoding']).toBe(expected);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
      expect(json(compressed)).toEqual(json(plain));
    }
  });

  test('a small answer is sent as it is', async () => {
    const answer = await raw(server, 'POST', { query: VIEWER }, { 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(json(answer).data).toEqual({ viewer: null });
  });
});

describe('subscriptions over WebSocket', () => {
  /** What a subscription gets first: the errors it is refused with, or "running" when it is not. */
  async function subscribe(payload: { query: string; extensions?: Record<string, unknown> }) {
    const session = await server.signIn(DEMO.ketua);
    class BrowserSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, {
          headers: { origin: 'http://localhost:3000', cookie: `mitradesa_session=${session}` },
        });
      }
    }
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: BrowserSocket,
      retryAttempts: 0,
    });
    try {
      return await new Promise<unknown>((resolve) => {
        client.subscribe(payload, {
          next: (result) => resolve(result.errors ?? result),
          error: (error) => resolve(error),
          complete: () => resolve('complete'),
        });
        // A subscription that is running sends nothing until a notification comes.
        setTimeout(() => resolve('running'), 500).unref();
      });
    } finally {
      await client.dispose();
    }
  }

  const codesOf = (errors: unknown) =>
    (errors as { extensions?: { code?: string } }[]).map((error) => error.extensions?.code);
  const byHash = (text: string) => ({
    query: '',
    extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } },
  });

  test('a persisted subscription runs by its hash; an unknown hash is not found', async () => {
    expect(await subscribe(byHash(BELL))).toBe('running');
    expect(codesOf(await subscribe(byHash('subscription { notificationAdded { id } }')))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
  });

  test('a browser’s own subscription is refused; the same text as a persisted one is not', async () => {
    expect(codesOf(await subscribe({ query: 'subscription { notificationAdded { id kind } }' }))).toEqual([
      'PERSISTED_QUERY_REQUIRED',
    ]);
    expect(await subscribe({ query: BELL })).toBe('running');
  });
});
