import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';
import { MIGRATIONS_SOURCE_DIR } from '../db/mikro-orm.config';

/**
 * Writes a migration for whatever the entities declare that the database (with every committed
 * migration applied) lacks, then regenerates `migrations/index.ts`.
 */
runCli(async (db) => {
  const initial = process.argv.includes('--initial');
  const result = await db.orm.getMigrator().createMigration(MIGRATIONS_SOURCE_DIR, false, initial);
  if (!result.fileName) {
    console.log('No changes: the entities and the migrations agree.');
    return;
  }
  console.log(`Created ${path.join(MIGRATIONS_SOURCE_DIR, result.fileName)}`);
  writeMigrationIndex();
});

function writeMigrationIndex(): void {
  const names = fs
    .readdirSync(MIGRATIONS_SOURCE_DIR)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}';`),
    '',
    '/** Every migration in order. `pnpm migration:create` regenerates this list. */',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  fs.writeFileSync(path.join(MIGRATIONS_SOURCE_DIR, 'index.ts'), lines.join('\n'));
}
