import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../../src/shared/paths';

/**
 * Tests never touch the development data: they run on their own embedded PostgreSQL (a fresh
 * cluster under .data/test-postgres each run), or, when DATABASE_URL is set, on that server in
 * databases they create and drop themselves. Global setup migrates and seeds a template
 * database once; every spec file gets its own copy of it, so each starts from the same state.
 */
export const TEST_PG_DIR = path.join(REPO_ROOT, '.data/test-postgres');
export const TEST_PG_PORT = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339);

/** Set by global setup for the spec workers. */
export const ADMIN_URL_ENV = 'MITRADESA_TEST_ADMIN_URL';
export const TEMPLATE_DB_ENV = 'MITRADESA_TEST_TEMPLATE_DB';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function freshTestClusterDir(): string {
  fs.rmSync(TEST_PG_DIR, { recursive: true, force: true });
  return TEST_PG_DIR;
}
