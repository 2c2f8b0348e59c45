import { ADMIN_URL_ENV, TEMPLATE_DB_ENV, withAdminClient } from './test-database';
import type { EmbeddedPostgresHandle } from '../../src/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { testCluster?: EmbeddedPostgresHandle }).testCluster;
  if (cluster) {
    await cluster.stop();
    return;
  }
  // On an external server, leave nothing behind.
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_DB_ENV];
  if (adminUrl && template) {
    await withAdminClient(adminUrl, (client) => client.query(`drop database if exists "${template}"`));
  }
}
