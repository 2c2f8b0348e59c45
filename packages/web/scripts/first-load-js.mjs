// Prints the first-load JavaScript of app routes from the last `next build`, gzipped.
// Next 16 no longer prints sizes, so this adds what a first visit downloads: the root main files
// (framework, router, runtime; build-manifest.json) and every client chunk of the route's
// layouts, boundaries and page (its client-reference manifest). Polyfills are left out: modern
// browsers skip them (nomodule).
//
//   node scripts/first-load-js.mjs [route …] [--max-kb=200]
//   e.g. node scripts/first-load-js.mjs /[locale]/cooperatives --max-kb=200
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

const nextDir = path.resolve(import.meta.dirname, '..', process.env.NEXT_DIST_DIR || '.next');
const args = process.argv.slice(2);
const maxKbArg = args.find((arg) => arg.startsWith('--max-kb='));
const maxKb = maxKbArg ? Number(maxKbArg.split('=')[1]) : undefined;
const requested = args.filter((arg) => !arg.startsWith('--'));

function manifestOf(route) {
  const file = path.join(nextDir, 'server', 'app', route, 'page_client-reference-manifest.js');
  const sandbox = { self: {}, globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const manifests = sandbox.__RSC_MANIFEST ?? sandbox.self.__RSC_MANIFEST;
  return manifests[`${route}/page`];
}

function appRoutes(dir = path.join(nextDir, 'server', 'app'), prefix = '') {
  const routes = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'page_client-reference-manifest.js') routes.push(prefix || '/');
    else if (statSync(full).isDirectory()) routes.push(...appRoutes(full, `${prefix}/${name}`));
  }
  return routes;
}

const gzipCache = new Map();
function gzippedBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(nextDir, file))).length);
  return gzipCache.get(file);
}

const buildManifest = JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8'));
const routes = requested.length > 0 ? requested : appRoutes().filter((route) => !route.startsWith('/_'));
let failed = false;
for (const route of routes) {
  const manifest = manifestOf(route);
  const files = new Set(buildManifest.rootMainFiles);
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const chunk of chunks) files.add(chunk);
  const bytes = [...files].reduce((sum, file) => sum + gzippedBytes(file), 0);
  const kb = bytes / 1024;
  const verdict =
    maxKb === undefined ? '' : kb <= maxKb ? ` (≤ ${maxKb} kB: ok)` : ` (> ${maxKb} kB: TOO BIG)`;
  if (maxKb !== undefined && kb > maxKb) failed = true;
  console.log(
    `${route.padEnd(32)} first-load JS ${kb.toFixed(1)} kB gzipped in ${files.size} files${verdict}`,
  );
}
process.exitCode = failed ? 1 : 0;
