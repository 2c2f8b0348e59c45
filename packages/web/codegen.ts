import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Types for every operation in src/graphql/operations, generated from the API's committed schema.
 * The output is committed; `pnpm codegen:check` fails when it is out of date. Pages and the
 * signed-in workspaces import the typed `…Document` constants from generated/graphql.ts; the
 * production build does not split that module export by export, so the islands of public pages
 * import hash-only constants from generated/island-documents.ts instead (scripts/island-documents.mjs,
 * run after this). The preset's `graphql()` function in gql.ts is not used.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/graphql/operations/**/*.graphql'],
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      // Apollo Client's cache adds __typename to every selection before a request; the API runs
      // the persisted text, so the text must carry them already for the answers to fit the cache.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        // Components read fragment fields directly; masking would add a runtime helper to islands.
        fragmentMasking: false,
        // Each document carries its hash (document.__meta__.hash) and persisted-documents.json maps
        // hashes to documents: the app sends hashes, the API runs only documents from that file.
        // The hash is the SHA-256 of the document text in hex, as the API computes it (and as the
        // automatic-persisted-queries protocol names it): no prefix.
        persistedDocuments: {
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          Decimal: 'string',
        },
      },
    },
  },
};

export default config;
