import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import { expect, test } from './persisted-only';
import { signInAs } from './workspace-sign-in';
import { openFilters } from './layout';

const API_PORT = Number(process.env.E2E_API_PORT ?? 4200);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3200);

/** The same on every response, pages and static files alike. */
const FIXED_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'cross-origin-opener-policy': 'same-origin',
};

function expectFixedHeaders(response: APIResponse): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(FIXED_HEADERS)) expect(headers[name], name).toBe(value);
}

/** No header names the API's internal address (nor Next's rewrite destination at all). */
function expectNoInternalAddress(response: APIResponse): void {
  const headers = response.headers();
  expect(headers['x-middleware-rewrite']).toBeUndefined();
  for (const [name, value] of Object.entries(headers)) {
    expect(`${name}: ${value}`).not.toContain(`:${API_PORT}`);
  }
}

/** The nonce of a page's policy; asserts the policy is the strict one. */
function pageNonce(response: APIResponse): string {
  const policy = response.headers()['content-security-policy'];
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  const host = `localhost:${WEB_PORT}`;
  expect(policy).toBe(
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      `style-src 'self' 'nonce-${nonce}'`,
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      `connect-src 'self' ws://${host} wss://${host}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  return nonce!;
}

test.describe('response headers', () => {
  test('pages carry a strict policy with a fresh nonce, which every script of theirs bears', async ({
    request,
  }) => {
    const nonces = new Set<string>();
    // English last: it sets the locale cookie, which then redirects unprefixed addresses.
    for (const path of ['/', '/cooperatives', '/sign-in', '/en/partners']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectFixedHeaders(response);
      expectNoInternalAddress(response);
      const nonce = pageNonce(response);
      nonces.add(nonce);
      const html = await response.text();
      const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scriptTags.length).toBeGreaterThan(0);
      for (const tag of scriptTags) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4);
  });

  test("static files and Next's own 404 carry the fixed headers and a policy that runs nothing inline", async ({
    request,
  }) => {
    const html = await (await request.get('/sign-in')).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    for (const path of [script!, '/robots-does-not-exist.txt']) {
      const response = await request.get(path);
      expectFixedHeaders(response);
      expect(response.headers()['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
    }
  });

  test('/graphql and document files through the web app do not reveal where the API is', async ({
    request,
  }) => {
    const graphql = await request.post('/graphql', { data: { query: '{ __typename }' } });
    expect(graphql.status()).toBe(200);
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expectNoInternalAddress(graphql);
    const document = await request.get('/documents/does-not-exist/file');
    expect(document.status()).toBeGreaterThanOrEqual(400);
    expectNoInternalAddress(document);
  });
});

test('the site has its icons and a manifest for the home screen, linked from every page, with the fixed headers', async ({
  page,
  request,
}) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/icons/icon-192.png', 'image/png'],
    ['/icons/icon-512.png', 'image/png'],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
    expectFixedHeaders(response);
  }
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({
    name: 'MitraDesa',
    theme_color: '#a51616',
    icons: expect.arrayContaining([
      expect.objectContaining({ src: '/icons/icon-512.png', sizes: '512x512' }),
    ]),
  });
  // Each page names them, so a browser asks for nothing that is not there.
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto('/cooperatives');
  await expect(page.locator('head link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  expect(missing).toEqual([]);
});

test.describe('not found', () => {
  test('an unknown address answers 404 with the localised page; real pages still answer 200', async ({
    request,
  }) => {
    const expectStatus = async (path: string, status: number, text?: string) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      if (text) expect(await response.text()).toContain(text);
    };
    await expectStatus('/no-such-page', 404, 'Halaman tidak ditemukan');
    await expectStatus('/cooperativez/deeper/still', 404, 'Halaman tidak ditemukan');
    for (const path of ['/', '/cooperatives', '/offerings', '/partners', '/search?q=sawit']) {
      await expectStatus(path, 200);
    }
    // English last: it sets the locale cookie, which then redirects unprefixed addresses.
    await expectStatus('/en', 200);
    await expectStatus('/en/no-such-page', 404, 'Page not found');
  });

  test('the sign-in page keeps its loading skeleton; the public pages render whole', async ({ request }) => {
    // The skeleton is part of the streamed page: its markup (role=status, animate-pulse) is sent
    // with the route tree whether or not the data was quick enough to replace it at once. (The
    // public pages Lighthouse scores have none: their data is quick, and swapping a skeleton for
    // it delayed their largest paint and shifted their layout.)
    const skeleton =
      /\\"role\\":\\"status\\",\\"aria-live\\":\\"polite\\",\\"className\\":\\"animate-pulse\\"/;
    expect(await (await request.get('/sign-in')).text()).toMatch(skeleton);
    for (const path of ['/', '/cooperatives', '/offerings', '/partners', '/search?q=sawit']) {
      expect(await (await request.get(path)).text(), path).not.toMatch(skeleton);
    }
  });

  test('an anonymous visitor of a workspace page gets a real redirect to sign in', async ({ request }) => {
    const response = await request.get('/proposals', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe('/sign-in');
  });
});

/** Every report of the page breaking its policy, from the console and from the DOM event. */
async function collectPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.exposeFunction('reportPolicyViolation', (report: string) => violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`;
      (window as unknown as { reportPolicyViolation: (report: string) => void }).reportPolicyViolation(
        report,
      );
    });
  });
  return violations;
}

test('the pages work under the policy: public pages, a profile, search, sign-in and a workspace with its live bell', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const violations = await collectPolicyViolations(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/cooperatives');
  await expect(page.getByRole('heading', { level: 1, name: 'Cari koperasi' })).toBeVisible();
  // Client-side JavaScript runs: the filter form navigates on change.
  const filters = page.getByRole('form', { name: 'Saring' });
  await openFilters(page);
  await filters.getByLabel('Provinsi').selectOption({ label: 'Kalimantan Barat' });
  await expect(page).toHaveURL(/province=61(&|$)/);
  await filters.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Sanggau' });
  await expect(page).toHaveURL(/regency=61\.03/);
  const profile = page
    .getByRole('region', { name: 'Cari koperasi' })
    .getByRole('article')
    .first()
    .getByRole('link');
  const name = (await profile.textContent())?.trim() ?? '';
  await profile.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.goto('/search?q=sawit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Signing in (Apollo Client in the browser), then a workspace page loaded afresh: its bell
  // subscribes over a WebSocket to the same origin.
  await signInAs(page, 'ketua@demo.mitradesa.id', '/cooperative');
  const socketAcknowledged = page
    .waitForEvent('websocket', (socket) => socket.url() === `ws://localhost:${WEB_PORT}/graphql`)
    .then((socket) =>
      socket.waitForEvent('framereceived', (frame) => String(frame.payload).includes('connection_ack')),
    );
  await page.goto('/cooperative');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await socketAcknowledged;
  // And in English (which also sets the locale cookie: last).
  await page.goto('/en/partners');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(violations).toEqual([]);
});

test.describe('what reaches the API through the web server', () => {
  let echo: http.Server;
  const webServers: ChildProcess[] = [];
  const seen: {
    path: string;
    upgrade: boolean;
    headers: http.IncomingHttpHeaders;
    bytes: number;
    /** Whether the request came on a connection that had carried one before. */
    reusedConnection?: boolean;
  }[] = [];
  /** Connections that have carried a request to the recorder. */
  const usedConnections = new WeakSet<object>();
  const echoWebPort = WEB_PORT + 1;
  const behindProxyWebPort = WEB_PORT + 2;

  /** A web server from the same build, whose API is the recorder of what reaches it. */
  async function startWebServer(port: number, env: Record<string, string>): Promise<void> {
    webServers.push(
      spawn(process.execPath, ['server.mjs'], {
        cwd: path.join(__dirname, '..'),
        env: { ...process.env, ...env, WEB_PORT: String(port) },
        stdio: 'ignore',
      }),
    );
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/robots.txt`).then(
            () => true,
            () => false,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
  }

  test.beforeAll(async () => {
    echo = http.createServer((request, response) => {
      const reusedConnection = usedConnections.has(request.socket);
      usedConnections.add(request.socket);
      const record = {
        path: request.url ?? '',
        upgrade: false,
        headers: request.headers,
        bytes: 0,
        reusedConnection,
      };
      seen.push(record);
      // As an API closing an idle kept-alive connection just as a request is sent on it (or always).
      const hangUp = request.headers['x-recorder-hangs-up'];
      if (hangUp === 'always' || (hangUp === 'on-reused-connection' && reusedConnection)) {
        request.socket.destroy();
        return;
      }
      request.on('data', (chunk: Buffer) => (record.bytes += chunk.length));
      request.on('end', () => {
        response.setHeader('content-type', 'application/json');
        response.end('{"data":{}}');
      });
    });
    echo.on('upgrade', (request, socket) => {
      seen.push({ path: request.url ?? '', upgrade: true, headers: request.headers, bytes: 0 });
      socket.destroy();
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    await startWebServer(echoWebPort, { API_URL: apiUrl });
    // As if a TLS terminator on this machine stood in front of the web server.
    await startWebServer(behindProxyWebPort, { API_URL: apiUrl, WEB_TRUSTED_PROXIES: '127.0.0.1' });
  });

  test.afterAll(async () => {
    for (const server of webServers) server.kill('SIGTERM');
    await new Promise((resolve) => echo.close(resolve));
  });

  const signInBody = JSON.stringify({
    query: 'mutation { signIn(input: { email: "a@b.id", password: "wrong" }) { token } }',
  });

  test('35 sign-ins with rotating forged addresses all reach the API from the one real address', async () => {
    seen.length = 0;
    for (let attempt = 0; attempt < 35; attempt += 1) {
      const response = await fetch(`http://127.0.0.1:${echoWebPort}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `203.0.113.${attempt}, 198.51.100.${attempt}`,
          'x-real-ip': `192.0.2.${attempt}`,
          forwarded: `for=192.0.2.${attempt}`,
        },
        body: signInBody,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    }
    const graphql = seen.filter((request) => request.path === '/graphql');
    expect(graphql).toHaveLength(35);
    // Our own connection to the web server.
    expect(new Set(graphql.map((request) => request.headers['x-forwarded-for']))).toEqual(
      new Set(['127.0.0.1']),
    );
    for (const request of graphql) {
      expect(request.headers['x-real-ip']).toBeUndefined();
      expect(request.headers.forwarded).toBeUndefined();
    }
  });

  test('a request that meets a kept-alive connection the API has just closed is sent again on a new one, once', async () => {
    const post = (hangUp?: string) =>
      fetch(`http://127.0.0.1:${echoWebPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(hangUp ? { 'x-recorder-hangs-up': hangUp } : {}) },
        body: signInBody,
      });
    // The first (read to its end) leaves a kept-alive connection to the API in the web server's
    // pool; the second is sent on it, which the API closes unanswered.
    const opening = async () => expect(await (await post()).json()).toEqual({ data: {} });
    await opening();
    seen.length = 0;
    const resent = await post('on-reused-connection');
    expect(resent.status).toBe(200);
    expect(await resent.json()).toEqual({ data: {} });
    const bodyBytes = Buffer.byteLength(signInBody);
    expect(seen.map(({ reusedConnection, bytes }) => ({ reusedConnection, bytes }))).toEqual([
      { reusedConnection: true, bytes: 0 },
      { reusedConnection: false, bytes: bodyBytes },
    ]);

    // An API that closes new connections too is not reachable: told once, in the API's error shape.
    await opening();
    seen.length = 0;
    const lost = await post('always');
    expect(lost.status).toBe(502);
    expect(await lost.json()).toEqual({
      errors: [{ message: 'The API could not be reached.', extensions: { code: 'BAD_GATEWAY' } }],
    });
    for (const [name, value] of Object.entries(FIXED_HEADERS))
      expect(lost.headers.get(name), name).toBe(value);
    expect(seen.map(({ reusedConnection }) => reusedConnection)).toEqual([true, false]);
  });

  test('a /graphql body over 1 MiB is refused by the web server and never reaches the API', async () => {
    seen.length = 0;
    const response = await fetch(`http://127.0.0.1:${echoWebPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(1024 * 1024)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'The request body is larger than the limit.', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
    expect(seen).toEqual([]);
  });

  test('behind a trusted proxy, the address that proxy saw counts, not what the client wrote before it', async () => {
    seen.length = 0;
    for (const forwardedFor of [
      '198.51.100.7',
      '203.0.113.1, 198.51.100.7',
      '10.9.9.9,203.0.113.1 , 198.51.100.7',
    ]) {
      await fetch(`http://127.0.0.1:${behindProxyWebPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: signInBody,
      });
    }
    // The proxy itself, without a forwarded address: its own address.
    await fetch(`http://127.0.0.1:${behindProxyWebPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signInBody,
    });
    expect(seen.map((request) => request.headers['x-forwarded-for'])).toEqual([
      '198.51.100.7',
      '198.51.100.7',
      '198.51.100.7',
      '127.0.0.1',
    ]);
  });

  test('a document upload and the WebSocket upgrade get the real address too', async () => {
    seen.length = 0;
    await fetch(`http://127.0.0.1:${echoWebPort}/documents/abc/file`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.9', 'content-type': 'application/pdf' },
      body: '%PDF-1.4',
    });
    // Next adds its WebSocket handling on the first request it serves: the one above at the latest.
    await new Promise<void>((resolve, reject) => {
      const upgrade = http.request({
        host: '127.0.0.1',
        port: echoWebPort,
        path: '/graphql',
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'sec-websocket-protocol': 'graphql-transport-ws',
          'x-forwarded-for': '203.0.113.10',
        },
      });
      // The recorder hangs up on the upgrade: any end of the exchange will do.
      for (const event of ['upgrade', 'response', 'error', 'close']) upgrade.on(event, () => resolve());
      upgrade.setTimeout(10_000, () => reject(new Error('the upgrade hung')));
      upgrade.end();
    });
    await expect
      .poll(() => seen.map((request) => `${request.upgrade ? 'upgrade' : 'http'} ${request.path}`))
      .toEqual(['http /documents/abc/file', 'upgrade /graphql']);
    for (const request of seen) expect(request.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  test("a SIMKOPDES upload is streamed to the API whole, past the proxy's 10 MB, from the real address, answered with the fixed headers", async () => {
    seen.length = 0;
    const body = Buffer.alloc(12 * 1024 * 1024, 'a');
    const response = await fetch(`http://127.0.0.1:${echoWebPort}/simkopdes/imports?from=test`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.11', 'content-type': 'text/csv' },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: {} });
    for (const [name, value] of Object.entries(FIXED_HEADERS))
      expect(response.headers.get(name), name).toBe(value);
    expect(seen.map((request) => `${request.path} ${request.bytes}`)).toEqual([
      `/simkopdes/imports?from=test ${body.length}`,
    ]);
    expect(seen[0].headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen[0].headers.host).not.toContain(String(echoWebPort));
  });
});
