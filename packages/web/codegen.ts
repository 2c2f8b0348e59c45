import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/graphql/operations, generated from the API's committed schema.
 * The output is committed; `pnpm codegen:check` fails when it is out of date. Pages import the
 * typed `…Document` constants from generated/graphql.ts (tree-shaken one by one); the preset's
 * `graphql()` function in gql.ts is not used, so its map of every document never reaches a bundle.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/graphql/operations/**/*.graphql'],
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Components read fragment fields directly; masking would add a runtime helper to islands.
        fragmentMasking: false,
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
