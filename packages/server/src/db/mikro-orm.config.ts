import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SERVER_ROOT } from '../shared/paths';

/** Where `migration:create` writes new migration files (the TypeScript sources). */
export const MIGRATIONS_SOURCE_DIR = path.join(SERVER_ROOT, 'src/db/migrations');

/** MikroORM options for one database URL. Everything else about the database is derived here. */
export function ormOptions(
  clientUrl: string,
  poolMax = 10,
  log: (message: string) => void = () => undefined,
): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    // Entities declare every type explicitly, so no TypeScript reflection is needed at start.
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    // No JIT compilation: the API runs short statements, and a planner estimate above
    // jit_above_cost (e.g. matching, which scores every cooperative) made PostgreSQL spend ~0.5 s
    // compiling a statement that runs in ~30 ms.
    driverOptions: { connection: { options: '-c jit=off' } },
    forceUtcTimezone: true,
    // Reads go through QueryBuilder/SQL into plain objects; entities are for writes.
    allowGlobalContext: false,
    debug: false,
    logger: log,
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: MIGRATIONS_SOURCE_DIR,
      pathTs: MIGRATIONS_SOURCE_DIR,
      migrationsList: MIGRATIONS,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
  });
}
