/**
 * Module boundaries of the API (`src/`), checked by dependency-cruiser in `pnpm lint`.
 *
 * Why dependency-cruiser: it reads the TypeScript import graph itself (type-only imports
 * included, and marked as such, so they can be counted apart), finds cycles between files and,
 * with `scope: 'folder'`, between module folders; its rules are path patterns, so the layer stack
 * below is a table rather than a plugin's element model; and its result lists every violation
 * with its rule, so a baseline of known violations lets the check fail on every new one today
 * while the existing ones are removed one by one (scripts/deps-check.mjs keeps that baseline
 * itself, because `--ignore-known` does not cover folder-level violations). eslint-plugin-boundaries
 * checks element types per import and needs another plugin for cycles; madge finds cycles but
 * has no rules. Version 17 is the last line that runs on Node 20.
 *
 * The rules:
 * - no cycle between files, and none between module folders (`src/modules/<name>`);
 * - the modules form a stack of layers, and a module imports modules of its own layer and of the
 *   layers below it only; every module folder must be placed in a layer;
 * - `src/shared/` imports nothing of ours outside `src/shared/`, and `src/read-layer/` nothing but
 *   `src/shared/` and the request context;
 * - in `src/modules/`, only the GraphQL edge files (`*.resolver.ts`, `*.fields.ts`, `*.type.ts`,
 *   `*.input.ts`) import `src/graphql/` (services have a rule of their own, so they are counted
 *   apart);
 * - `src/graphql/`, the kit the modules' edge files build on, imports no module.
 *
 * `pnpm deps:check` (run by the root `pnpm lint`, see scripts/deps-check.mjs) fails on any
 * violation: there is none to tolerate.
 */

/** Lowest first. A module imports modules of its own layer and the layers below only. */
const LAYERS = [
  // Places, commodities, full-text matching (used by every list's `q`), identity/accounts and the
  // permission rules.
  { name: 'base', modules: ['region', 'commodity', 'text-search', 'account'] },
  // The parties; verification checks cooperatives and partners and is imported by no one.
  { name: 'actors', modules: ['cooperative', 'partner', 'mentor', 'verification'] },
  // What the actors publish; eligibility states a program's requirements on cooperatives and
  // their documents.
  { name: 'listings', modules: ['offering', 'program', 'request', 'document', 'eligibility'] },
  { name: 'deals', modules: ['proposal', 'attestation'] },
  // simkopdes reads registry exports against cooperatives, regions and documents.
  {
    name: 'readers',
    modules: ['search', 'matching', 'dashboard', 'saved-search', 'notification', 'readiness', 'simkopdes'],
  },
  // What tells the world outside: webhooks react to proposals, listings and saved searches;
  // email reads notifications, documents and saved-search hits; team mails its invitations.
  { name: 'outbound', modules: ['webhook', 'email', 'team'] },
];

const modulesPath = (names) => `^src/modules/(${names.join('|')})/`;
const allModules = LAYERS.flatMap((layer) => layer.modules);

/** The GraphQL edge of a module: the files that may speak GraphQL. */
const EDGE_FILE = '\\.(resolver|fields|type|input)\\.ts$';

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer.name}-imports-up`,
  severity: 'error',
  comment: `A ${layer.name} module imports a module of a higher layer (${LAYERS.slice(index + 1)
    .map((higher) => higher.name)
    .join(', ')}).`,
  from: { path: modulesPath(layer.modules) },
  to: { path: modulesPath(LAYERS.slice(index + 1).flatMap((higher) => higher.modules)) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'Files that import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      comment: 'Module folders that reach each other.',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+' },
      to: { path: '^src/modules/[^/]+', circular: true },
    },
    ...layerRules,
    {
      name: 'module-without-layer',
      severity: 'error',
      comment: 'Every module folder belongs to a layer: add it to LAYERS in .dependency-cruiser.cjs.',
      from: { path: '^src/modules/', pathNot: modulesPath(allModules) },
      to: {},
    },
    {
      name: 'shared-imports-ours',
      severity: 'error',
      comment: 'src/shared/ imports nothing of ours outside src/shared/.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'read-layer-imports-up',
      severity: 'error',
      comment: 'src/read-layer/ builds on src/shared/ and the request context only: no module, no GraphQL.',
      from: { path: '^src/read-layer/' },
      to: { path: '^src/(modules|graphql|api)/' },
    },
    {
      name: 'service-imports-graphql',
      severity: 'error',
      comment: 'A service speaks the domain, not GraphQL: it imports nothing from src/graphql/.',
      from: { path: '^src/modules/.+\\.service\\.ts$' },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'module-core-imports-graphql',
      severity: 'error',
      comment:
        'In a module only the GraphQL edge files (*.resolver.ts, *.fields.ts, *.type.ts, *.input.ts) import src/graphql/.',
      from: { path: '^src/modules/', pathNot: [EDGE_FILE, '\\.service\\.ts$'] },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'graphql-imports-module',
      severity: 'error',
      comment: 'src/graphql/ is the kit the modules build on: it imports no module.',
      from: { path: '^src/graphql/' },
      to: { path: '^src/modules/' },
    },
  ],
  options: {
    includeOnly: '^src/',
    doNotFollow: { path: 'node_modules' },
    // Keep imports that compile away (`import type`, types used only in annotations): they still
    // couple the modules. They are marked `type-only` / `pre-compilation-only` in the output.
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
