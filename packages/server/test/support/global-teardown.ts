import { runSql, type ScratchDatabase } from '../../src/db/scratch-database';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  // The mid-size template, if a spec built one (test/support/mid-size-database.ts).
  const adminUrl = process.env[ADMIN_URL_ENV];
  if (adminUrl)
    await runSql(adminUrl, `drop database if exists "${process.env[TEMPLATE_DB_ENV]}_midsize" with (force)`);
  await (globalThis as { testTemplate?: ScratchDatabase }).testTemplate?.dispose();
}
