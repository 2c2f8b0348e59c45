/**
 * Module boundaries of the web app (`src/`), checked by dependency-cruiser: `pnpm deps:check`,
 * run by the root `pnpm lint`, fails on any violation. Same tool and version as the API's check
 * (packages/server/.dependency-cruiser.cjs).
 *
 * The folders: `app/` holds the routes, `features/<feature>/` the pieces of one feature (mirroring
 * the API's modules), `components/` the shared UI, `lib/` the shared helpers, `i18n/` and
 * `graphql/` the translations and the typed operations. The shared folders are the ground the
 * features stand on, and the routes compose everything: `app/` may import anything, a feature may
 * import the shared folders, and a shared folder imports no feature.
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      severity: 'error',
      // A cycle makes the order of module evaluation matter and ties files that should be apart.
      comment: 'Files that import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-feature',
      severity: 'error',
      // Shared code that knows a feature is not shared: it drags the feature into every page that
      // uses it. What composes features belongs in a feature or in app/.
      comment:
        'src/lib/, src/components/, src/i18n/ and src/graphql/ import no feature (src/features/): move the code to a feature or to app/, or what it needs to a shared folder.',
      from: { path: '^src/(lib|components|i18n|graphql)/' },
      to: { path: '^src/features/' },
    },
  ],
  options: {
    includeOnly: '^src/',
    doNotFollow: { path: 'node_modules' },
    // Keep imports that compile away (`import type`): they couple the files all the same.
    tsPreCompilationDeps: 'specify',
    // Resolves the `@/` alias.
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
