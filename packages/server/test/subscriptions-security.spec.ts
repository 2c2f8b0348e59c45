import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { startTestServer, type TestServer } from './support/test-server';
import { DEMO } from './authorization/fixture';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import { tokenHash } from '../src/modules/account/credentials';

/** WebSocket subscriptions: who may open a socket, and that a socket ends with its session. */
const WEB_ORIGIN = 'http://desa.test:3000';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { WEB_ORIGINS: `${WEB_ORIGIN},https://mitradesa.example` } });
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();
const wsUrl = () => `${server.url.replace('http', 'ws')}/graphql`;
const NOTIFICATIONS = 'subscription { notificationAdded { kind } }';

interface Socket {
  client: Client;
  /** Resolves when the server acknowledged the connection (the socket is authenticated). */
  connected: Promise<void>;
  /** Resolves with the close code and reason when the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with what ends the subscription: errors sent by the server, or the close event. */
  ended: Promise<unknown>;
}

/** A graphql-ws client on `ws` with the given upgrade headers and connection parameters. */
function open(
  options: { origin?: string; cookie?: string; bearer?: string },
  query = NOTIFICATIONS,
  variables?: Record<string, unknown>,
): Socket {
  const headers: Record<string, string> = {};
  if (options.origin) headers.origin = options.origin;
  if (options.cookie) headers.cookie = options.cookie;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let onConnected!: () => void;
  let onClosed!: (event: { code: number; reason: string }) => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: wsUrl(),
    webSocketImpl: HeaderWebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: options.bearer ? { authorization: `Bearer ${options.bearer}` } : {},
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string | Buffer };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  const ended = new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => result.errors && resolve(result.errors),
        error: resolve,
        complete: () => resolve('complete'),
      },
    );
  });
  return { client, connected, closed, ended };
}

function within<T>(promise: Promise<T>, what: string, ms = 5000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms).unref(),
    ),
  ]);
}

const sessionCookie = (token: string) => `mitradesa_session=${token}`;

describe('who may open a socket', () => {
  test('an upgrade from a foreign Origin is refused with 403, even with a valid session cookie', async () => {
    const token = await server.signIn(DEMO.ketua);
    for (const origin of ['http://evil.example', 'http://desa.test:3001', 'null']) {
      const status = await new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', {
          headers: { origin, cookie: sessionCookie(token) },
        });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => reject(new Error(`the upgrade from ${origin} was accepted`)));
        socket.on('error', () => undefined);
      });
      expect({ origin, status }).toEqual({ origin, status: 403 });
    }
  });

  test('the web app’s origins may use the session cookie', async () => {
    const token = await server.signIn(DEMO.ketua);
    for (const origin of [WEB_ORIGIN, 'https://mitradesa.example']) {
      const socket = open({ origin, cookie: sessionCookie(token) });
      await within(socket.connected, `the socket from ${origin}`);
      await socket.client.dispose();
    }
  });

  test('a socket without an Origin (not a browser page) cannot use a cookie, only a Bearer token', async () => {
    const token = await server.signIn(DEMO.ketua);
    const withCookie = open({ cookie: sessionCookie(token) });
    expect(await within(withCookie.closed, 'the cookie-only socket to close')).toMatchObject({ code: 4403 });
    await withCookie.client.dispose();

    const withBearer = open({ bearer: token });
    await within(withBearer.connected, 'the Bearer socket');
    await withBearer.client.dispose();
  });
});

describe('a socket ends with its session', () => {
  test('signing out closes the sockets of that session with 4401, and only those', async () => {
    const leaving = await server.signIn(DEMO.pengurus);
    const staying = await server.signIn(DEMO.pengurus);
    const leavingSocket = open({ origin: WEB_ORIGIN, cookie: sessionCookie(leaving) });
    const stayingSocket = open({ origin: WEB_ORIGIN, cookie: sessionCookie(staying) });
    await within(Promise.all([leavingSocket.connected, stayingSocket.connected]), 'both sockets');
    const sessionId = await sessionIdOf(leaving);
    expect(server.services.sessionSockets.count(sessionId)).toBe(1);

    const signOut = await server.graphql('mutation { signOut { isSignedOut } }', {}, { token: leaving });
    expect(signOut.errors).toBeUndefined();
    expect(await within(leavingSocket.closed, 'the signed-out socket to close')).toEqual({
      code: 4401,
      reason: 'Signed out',
    });
    expect(server.services.sessionSockets.count(sessionId)).toBe(0);
    expect(server.services.sessionSockets.count(await sessionIdOf(staying))).toBe(1);
    await Promise.all([leavingSocket.client.dispose(), stayingSocket.client.dispose()]);
  });

  test('changing the password closes the sockets of the other sessions, not this one', async () => {
    const admin = await server.signIn(DEMO.admin);
    await server.graphql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }',
      { input: { email: 'soket@example.id', name: 'Soket', password: DEMO_PASSWORD, memberships: [] } },
      { token: admin },
    );
    const here = await server.signIn('soket@example.id');
    const elsewhere = await server.signIn('soket@example.id');
    const hereSocket = open({ origin: WEB_ORIGIN, cookie: sessionCookie(here) });
    const elsewhereSocket = open({ bearer: elsewhere });
    await within(Promise.all([hereSocket.connected, elsewhereSocket.connected]), 'both sockets');

    const changed = await server.graphql<{ changePassword: { revokedSessionCount: number } }>(
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessionCount } }',
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'kopi-gayo-pagi-hari' } },
      { token: here },
    );
    expect(changed.data!.changePassword.revokedSessionCount).toBe(1);
    expect(await within(elsewhereSocket.closed, 'the other session’s socket to close')).toEqual({
      code: 4401,
      reason: 'Session revoked',
    });
    expect(server.services.sessionSockets.count(await sessionIdOf(here))).toBe(1);
    await Promise.all([hereSocket.client.dispose(), elsewhereSocket.client.dispose()]);
  });

  test('an admin’s password reset closes all the user’s sockets', async () => {
    const admin = await server.signIn(DEMO.admin);
    await server.graphql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }',
      { input: { email: 'reset.soket@example.id', name: 'Reset', password: DEMO_PASSWORD, memberships: [] } },
      { token: admin },
    );
    const token = await server.signIn('reset.soket@example.id');
    const socket = open({ origin: WEB_ORIGIN, cookie: sessionCookie(token) });
    await within(socket.connected, 'the socket');
    const userId = (await knex()('app_user').where('email', 'reset.soket@example.id').first('id')).id;
    const reset = await server.graphql<{ resetUserPassword: { userErrors: unknown[] } }>(
      'mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { userErrors { code } } }',
      { input: { userId: Buffer.from(`User:${userId}`).toString('base64url') } },
      { token: admin },
    );
    expect(reset.data!.resetUserPassword.userErrors).toEqual([]);
    expect(await within(socket.closed, 'the socket to close')).toEqual({
      code: 4401,
      reason: 'Session revoked',
    });
    await socket.client.dispose();
  });

  test('a socket closes when its session expires', async () => {
    const token = await server.signIn(DEMO.mentor);
    await knex()('session')
      .where('token_hash', tokenHash(token))
      .update({ expires_at: new Date(Date.now() + 1500) });
    const socket = open({ origin: WEB_ORIGIN, cookie: sessionCookie(token) });
    await within(socket.connected, 'the socket');
    const started = Date.now();
    expect(await within(socket.closed, 'the expired socket to close')).toEqual({
      code: 4401,
      reason: 'Session expired',
    });
    expect(Date.now() - started).toBeLessThan(3000);
    await socket.client.dispose();
  });
});

describe('refused subscriptions carry a proper code', () => {
  const cases: [what: string, query: string, code: string, variables?: Record<string, unknown>][] = [
    ['an unknown field', 'subscription { notificationAdded { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', 'subscription { notificationAdded { kind }', 'GRAPHQL_PARSE_FAILED'],
    ['a NUL byte', 'subscription { notificationAdded { kind \u0000 } }', 'GRAPHQL_PARSE_FAILED'],
    ['a bad argument value', '{ notifications(first: "many") { totalCount } }', 'BAD_USER_INPUT'],
    ['a query instead of a subscription', '{ unreadNotificationCount }', 'BAD_USER_INPUT'],
    [
      'a NUL byte in a variable',
      'subscription { notificationAdded { kind } }',
      'BAD_USER_INPUT',
      { note: 'a\u0000b' },
    ],
    ['too many tokens', `subscription { notificationAdded { ${'kind '.repeat(2100)}} }`, 'TOO_MANY_TOKENS'],
  ];
  // One argument: test.each would take a fourth parameter of the callback for jest's `done`.
  test.each(cases.map((testCase) => ({ testCase, name: testCase[0], code: testCase[2] })))(
    '$name → $code',
    async ({ testCase: [, query, code, variables] }) => {
      const socket = open({ bearer: await server.signIn(DEMO.bankOfficer) }, query, variables);
      const errors = (await within(socket.ended, 'the refusal')) as { extensions?: { code?: string } }[];
      expect(Array.isArray(errors)).toBe(true);
      expect(errors.map((error) => error.extensions?.code)).toEqual(errors.map(() => code));
      expect(JSON.stringify(errors)).not.toContain('INTERNAL_SERVER_ERROR');
      await socket.client.dispose();
    },
  );
});

async function sessionIdOf(token: string): Promise<number> {
  const row = await knex()('session').where('token_hash', tokenHash(token)).first('id');
  return row.id;
}
