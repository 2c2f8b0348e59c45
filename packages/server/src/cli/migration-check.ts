import { createScratchDatabase } from '../db/scratch-database';
import { connect, migrate } from '../db/database';

/**
 * Fails when the entities declare a schema that the committed migrations do not produce. Runs on a
 * scratch database, so it never touches development data and works while the server runs.
 */
async function main(): Promise<void> {
  const scratch = await createScratchDatabase({
    name: 'mitradesa_migration_check',
    clusterFolder: 'migration-check-postgres',
    clusterPort: Number(process.env.MIGRATION_CHECK_PG_PORT ?? 54379),
  });
  try {
    const orm = await connect(scratch.url, 2);
    try {
      await migrate(orm);
      if (!(await orm.getMigrator().checkMigrationNeeded())) {
        console.log('Migrations match the entities.');
        return;
      }
      const missing = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      console.error(`The entities and the migrations disagree. Missing SQL:\n${missing}`);
      console.error('Run `pnpm migration:create` and commit the new migration.');
      process.exitCode = 1;
    } finally {
      await orm.close(true);
    }
  } finally {
    await scratch.dispose();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => process.exit(process.exitCode ?? 0));
