/*
 * Bytes per page view: what a phone downloads to show the discover page (/cooperatives), a
 * cooperative's page and a proposal's page, measured in Debian's Chromium against a running web
 * app (production build) and API, as the network sees them (headers and compressed bodies:
 * Chromium's encodedDataLength).
 *
 *   node scripts/page-bytes.mjs http://localhost:3000
 *
 * Each page is measured twice in a fresh browser profile at 360 × 780: the first view (an empty
 * cache, after the sign-in page for the proposal) and a second view of the same page (reload, with
 * what the first left in the cache). The cooperative and proposal are the first ones the discover
 * page and the chair's proposal list link to, so two builds on the same demo data compare alike.
 */
import { chromium } from '@playwright/test';

const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/+$/, '');
const CHAIR = 'ketua@demo.mitradesa.id';
const PASSWORD = 'mitradesa-demo';

const KINDS = { Document: 'html', Script: 'js', Stylesheet: 'css', Font: 'font' };
const COLUMNS = ['html', 'js', 'css', 'graphql', 'rsc', 'other'];

/** What a response is: GraphQL, Next's data for a page (RSC, mostly link prefetches), or its type. */
function kindOf(event) {
  const url = new URL(event.response.url);
  if (url.pathname === '/graphql') return 'graphql';
  if (url.searchParams.has('_rsc')) return 'rsc';
  return KINDS[event.type] ?? 'other';
}

/**
 * Loads a page and returns the bytes received per kind (headers and compressed bodies), and the
 * bytes the page sent to /graphql (the URL of a GET, or a POST's body).
 */
async function measure(page, cdp, load) {
  const kinds = new Map();
  const totals = { graphqlSent: 0 };
  const onRequest = (event) => {
    const url = new URL(event.request.url);
    if (url.pathname !== '/graphql') return;
    totals.graphqlSent += event.request.url.length + (event.request.postData?.length ?? 0);
  };
  const onResponse = (event) => kinds.set(event.requestId, kindOf(event));
  const onFinished = (event) => {
    const kind = kinds.get(event.requestId) ?? 'other';
    totals[kind] = (totals[kind] ?? 0) + event.encodedDataLength;
  };
  cdp.on('Network.requestWillBeSent', onRequest);
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  await load();
  await page.waitForLoadState('networkidle');
  cdp.off('Network.requestWillBeSent', onRequest);
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return totals;
}

async function newPhone(browser) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  return { context, page, cdp };
}

async function signIn(page) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(CHAIR);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByTestId('viewer-name').waitFor();
}

async function firstLink(browser, path, pattern, signedIn) {
  const { context, page } = await newPhone(browser);
  if (signedIn) await signIn(page);
  await page.goto(`${base}${path}`);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await context.close();
  const href = hrefs.find((candidate) => pattern.test(candidate));
  if (!href) throw new Error(`no link matching ${pattern} on ${path}`);
  return href;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  const cooperative = await firstLink(browser, '/cooperatives', /^\/cooperatives\/[A-Za-z0-9_-]+$/, false);
  const proposal = await firstLink(browser, '/proposals', /^\/proposals\/[A-Za-z0-9_-]+$/, true);
  const pages = [
    { name: 'discover (/cooperatives)', path: '/cooperatives', signedIn: false },
    { name: 'cooperative', path: cooperative, signedIn: false },
    { name: 'proposal (signed in)', path: proposal, signedIn: true },
  ];
  const rows = [];
  for (const { name, path, signedIn } of pages) {
    const { context, page, cdp } = await newPhone(browser);
    if (signedIn) await signIn(page);
    const first = await measure(page, cdp, () => page.goto(`${base}${path}`));
    const again = await measure(page, cdp, () => page.reload());
    rows.push({ name, first, again });
    await context.close();
  }
  const kB = (bytes) => ((bytes ?? 0) / 1024).toFixed(1);
  console.log(`Bytes per page view at ${base} (kB, 360 px, Chromium; received unless "sent")`);
  console.log(
    '| page | view | received without prefetches | html | js | css | GraphQL | GraphQL sent | page data (RSC prefetches) | other |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { name, first, again } of rows) {
    for (const [view, totals] of [
      ['first', first],
      ['again', again],
    ]) {
      const received = COLUMNS.filter((kind) => kind !== 'rsc').reduce(
        (a, kind) => a + (totals[kind] ?? 0),
        0,
      );
      const cells = ['html', 'js', 'css', 'graphql'].map((kind) => kB(totals[kind]));
      console.log(
        `| ${name} | ${view} | ${kB(received)} | ${cells.join(' | ')} | ${kB(totals.graphqlSent)} | ${kB(totals.rsc)} | ${kB(totals.other)} |`,
      );
    }
  }
} finally {
  await browser.close();
}
