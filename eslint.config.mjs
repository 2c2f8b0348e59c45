import path from 'node:path';
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '**/coverage/**',
      'packages/server/src/db/migrations/Migration*.ts',
      // Web build output, browser-test output and generated code.
      'packages/web/.next/**',
      // Builds into another NEXT_DIST_DIR (a second test run on the same checkout).
      'packages/web/.next-*/**',
      'packages/web/test-output/**',
      'packages/web/next-env.d.ts',
      'packages/web/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The Next.js app: React hooks rules and Next's core-web-vitals rules, with browser globals.
    files: ['packages/web/**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    ...reactHooks.configs.flat.recommended,
    plugins: {
      ...reactHooks.configs.flat.recommended.plugins,
      ...nextPlugin.configs['core-web-vitals'].plugins,
    },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
    // Absolute, so the rule finds the app whether ESLint runs from the root or from packages/web.
    settings: { next: { rootDir: path.join(import.meta.dirname, 'packages/web') } },
  },
  prettier,
);
