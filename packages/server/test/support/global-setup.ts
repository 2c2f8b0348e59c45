import 'reflect-metadata';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { connect, migrate } from '../../src/db/database';
import { seedDemoData } from '../../src/db/seeders/demo-seed';
import {
  ADMIN_URL_ENV,
  TEMPLATE_DB_ENV,
  TEST_PG_PORT,
  databaseUrl,
  freshTestClusterDir,
  withAdminClient,
} from './test-database';

/** Starts (or reaches) PostgreSQL and builds the migrated, seeded template database. */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const cluster = await startEmbeddedPostgres({ dataDir: freshTestClusterDir(), port: TEST_PG_PORT });
    (globalThis as { testCluster?: unknown }).testCluster = cluster;
    adminUrl = cluster.url('postgres');
  }
  const template = `mitradesa_test_template_${process.pid}`;
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`drop database if exists "${template}"`);
    await client.query(`create database "${template}"`);
  });
  const orm = await connect(databaseUrl(adminUrl, template), 2);
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork(), { reset: false });
  } finally {
    await orm.close(true);
  }
  process.env[ADMIN_URL_ENV] = adminUrl;
  process.env[TEMPLATE_DB_ENV] = template;
}
