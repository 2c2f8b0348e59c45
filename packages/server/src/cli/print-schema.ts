import fs from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../api/schema';
import { SERVER_ROOT } from '../shared/paths';

/** Writes schema.graphql, or with --check fails when the committed file differs from the code. */
const SCHEMA_FILE = path.join(SERVER_ROOT, 'schema.graphql');

void printedSchema().then((sdl) => {
  if (!process.argv.includes('--check')) {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
    return;
  }
  const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema.graphql is out of date: run `pnpm schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql matches the code.');
});
