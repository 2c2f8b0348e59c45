import 'reflect-metadata';
import { connect, migrate } from '../../src/db/database';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch-database';
import { seedDemoData } from '../../src/db/seeders/demo-seed';
import { portFromEnv } from './free-port';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './test-database';

/** Builds the migrated, seeded template database that every spec file copies. */
export default async function globalSetup(): Promise<void> {
  const template = `mitradesa_test_template_${process.pid}`;
  const scratch = await createScratchDatabase({
    name: template,
    clusterFolder: 'test-postgres',
    clusterPort: await portFromEnv('TEST_EMBEDDED_PG_PORT'),
  });
  (globalThis as { testTemplate?: ScratchDatabase }).testTemplate = scratch;
  const orm = await connect(scratch.url, 2);
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork(), { reset: false });
  } finally {
    await orm.close(true);
  }
  process.env[ADMIN_URL_ENV] = scratch.adminUrl;
  process.env[TEMPLATE_DB_ENV] = template;
}
