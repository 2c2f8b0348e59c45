// `pnpm lighthouse`: scores every public page with Lighthouse 12.8 (mobile, simulated slow 4G: its
// defaults) in Debian's Chromium, against the production build on the demo data, and prints a
// table. A benchmark, not a test: scores move with the machine's load, so nothing gates on them.
//
// It builds and starts the product through scripts/start.mjs (its own ports and embedded database,
// so a running stack is not touched), finds one cooperative, offering, partner and program through
// the pages' own links, then scores the pages in rounds (every page once per round, so a burst of
// load hits all pages alike) and prints each page's median with the range over the rounds.
//
// Environment: LIGHTHOUSE_RUNS (3), LIGHTHOUSE_WEB_PORT (3300), LIGHTHOUSE_API_PORT (4300),
// LIGHTHOUSE_PG_PORT (54300), SKIP_BUILD=1 to score the last build, CHROME_PATH (/usr/bin/chromium),
// LIGHTHOUSE_CPU_SLOWDOWN (Lighthouse's 4 by default): simulated throttling slows the host's CPU
// down by this factor, so a fast host needs more to stand for the same phone (the table prints the
// host's benchmark index; Chrome's DevTools put a mid-tier phone at 1,000, a low-tier one at 264).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const webPort = process.env.LIGHTHOUSE_WEB_PORT ?? '3300';
const apiPort = process.env.LIGHTHOUSE_API_PORT ?? '4300';
const pgPort = process.env.LIGHTHOUSE_PG_PORT ?? '54300';
const base = `http://localhost:${webPort}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const cpuSlowdown = process.env.LIGHTHOUSE_CPU_SLOWDOWN;

async function waitUntilUp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs / 1000} s`);
}

/** The first link on `path` whose target matches `pattern` (a detail page to score). */
async function firstLink(path, pattern) {
  const html = await (await fetch(`${base}${path}`)).text();
  for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
    if (pattern.test(href)) return href.replace(/&amp;/g, '&');
  }
  throw new Error(`no link like ${pattern} on ${path}`);
}

async function publicPages() {
  const partner = await firstLink('/partners', /^\/partners\/[^/?#]+$/);
  return [
    ['home', '/'],
    ['cooperatives', '/cooperatives'],
    ['cooperative profile', await firstLink('/cooperatives', /^\/cooperatives\/[^/?#]+$/)],
    ['offerings', '/offerings'],
    ['offering detail', await firstLink('/offerings', /^\/offerings\/[^/?#]+$/)],
    ['partners', '/partners'],
    ['program', await firstLink(partner, /^\/programs\/[^/?#]+$/)],
    ['search', '/search?q=sawit%20Sanggau'],
  ];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values, format) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : `${format(median(values))} (${format(low)}–${format(high)})`;
};
const score = (value) => String(Math.round(value * 100));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms) => `${Math.round(ms)} ms`;

/**
 * Lighthouse's own CLI, fetched by npx on first use and kept in npm's cache: as a dependency of
 * the workspace its OpenTelemetry packages would become peers of the web app's Next.js.
 */
const LIGHTHOUSE = 'lighthouse@12.8.2';

/**
 * Chromium reads only the last --disable-features, so this repeats the list Lighthouse's launcher
 * passes and adds the omnibox popups, which Chromium 15x renders in a WebUI process of its own even
 * when headless: that process ran tasks of 1.6–1.7 s beside the page's load (seen in the traces)
 * on a 2-core host, and simulated throttling multiplies the page's wall time, so the score measured
 * the browser's own start-up as well as the page. Puppeteer switches the same two features off.
 */
const DISABLED_CHROME_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'CalculateNativeWinOcclusion',
  'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
  'RenderDocument',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
].join(',');

function scorePage(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-features=${DISABLED_CHROME_FEATURES}`,
        ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`] : []),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CHROME_PATH: chromePath } },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} failed (exit code ${code})`));
      const { categories, audits, environment } = JSON.parse(output);
      // What holds a category other than performance below 100 (its weighted audits that failed).
      const failed = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
        categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
          .map((ref) => `${category}: ${ref.id}`),
      );
      resolve({
        failed,
        benchmarkIndex: environment.benchmarkIndex,
        performance: categories.performance.score,
        accessibility: categories.accessibility.score,
        bestPractices: categories['best-practices'].score,
        seo: categories.seo.score,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
      });
    });
  });
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART) and asks to be run again. */
async function scoreWithRetries(url, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await scorePage(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`${error instanceof Error ? error.message : error}; running it again`);
    }
  }
}

function printTable(pages, results) {
  const header = ['page', 'performance', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
  const rows = pages.map(([name, path]) => {
    const scores = results.get(path);
    const of = (key) => scores.map((entry) => entry[key]);
    return [
      `${name} (${path})`,
      spread(of('performance'), score),
      spread(of('accessibility'), score),
      spread(of('bestPractices'), score),
      spread(of('seo'), score),
      seconds(median(of('fcp'))),
      seconds(median(of('lcp'))),
      millis(median(of('tbt'))),
      median(of('cls')).toFixed(3),
    ];
  });
  const table = [header, header.map(() => '---'), ...rows];
  console.log(
    `\nLighthouse ${runs > 1 ? `medians of ${runs} rounds (range)` : '(one round)'}: mobile, simulated slow 4G, CPU slowed ${cpuSlowdown ?? 4}×\n`,
  );
  for (const row of table) console.log(`| ${row.join(' | ')} |`);
  console.log('\nFCP, LCP, TBT and CLS are medians.');
  const all = [...results.values()].flat();
  // Lighthouse's measure of the host's speed: simulated throttling slows the page down from it, so
  // scores from machines of different speed are not comparable.
  console.log(
    `Host benchmark index (Lighthouse): median ${Math.round(median(all.map((entry) => entry.benchmarkIndex)))}.`,
  );
  for (const [name, path] of pages) {
    const failed = [...new Set(results.get(path).flatMap((entry) => entry.failed))];
    if (failed.length > 0) console.log(`${name}: ${failed.join(', ')}`);
  }
}

const product = spawn('node', [fileURLToPath(new URL('start.mjs', import.meta.url))], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: apiPort,
    WEB_PORT: webPort,
    EMBEDDED_PG_PORT: pgPort,
    EMBEDDED_PG_DIR: `.data/lighthouse-postgres-${pgPort}`,
    LOG_LEVEL: 'warn',
  },
});
const productExited = new Promise((resolve) => product.once('exit', resolve));
let exitCode = 0;
try {
  await Promise.race([
    waitUntilUp(`${base}/sign-in`, 30 * 60_000),
    productExited.then(() => {
      throw new Error('the product stopped before it was up');
    }),
  ]);
  const pages = await publicPages();
  // One unscored visit each, so the first round does not pay for the server's cold caches.
  for (const [, path] of pages) await fetch(`${base}${path}`);
  const results = new Map(pages.map(([, path]) => [path, []]));
  for (let round = 1; round <= runs; round += 1) {
    for (const [name, path] of pages) {
      const scores = await scoreWithRetries(`${base}${path}`);
      results.get(path).push(scores);
      console.log(`round ${round}/${runs} ${name}: performance ${score(scores.performance)}`);
    }
  }
  printTable(pages, results);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  product.kill('SIGTERM');
  await productExited;
}
process.exit(exitCode);
