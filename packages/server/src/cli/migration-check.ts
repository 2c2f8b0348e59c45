import { runCli } from './run-cli';

/** Fails when the entities declare a schema that the committed migrations do not produce. */
runCli(async (db) => {
  if (!(await db.orm.getMigrator().checkMigrationNeeded())) {
    console.log('Migrations match the entities.');
    return;
  }
  const missing = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  console.error(`The entities and the migrations disagree. Missing SQL:\n${missing}`);
  console.error('Run `pnpm migration:create` and commit the new migration.');
  process.exitCode = 1;
});
