import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SERVER_ROOT } from '../shared/paths';
import { WORD_SIMILARITY_THRESHOLD } from '../modules/text-search/text-search.terms';
import { namePreparedStatements } from '../shared/prepared-statements';

interface PgConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
}

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
    pool: {
      min: 0,
      max: poolMax,
      // Search treats a word as found from pg_trgm word similarity 0.5 (the `<%` operator, which
      // its trigram indexes serve, compares with this setting; pg_trgm's default is 0.6). JIT
      // compilation costs tens of milliseconds and only pays off for long analytical queries;
      // it kicked in on broad searches (the planner over-estimates their correlated subqueries) and
      // cost ~0.5 s on matching, which scores every cooperative in a statement that runs in ~30 ms.
      afterCreate: (
        connection: PgConnection,
        done: (error: Error | null, connection: PgConnection) => void,
      ) => {
        namePreparedStatements(connection);
        connection.query(
          `set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}; set jit = off`,
          (error) => done(error ?? null, connection),
        );
      },
    },
    // Maintained by database triggers (migrations 20261128083947, 20261128095000, 20261204171500,
    // 20261204174530, 20261204182000), read with SQL: no entity. sign_in_limit (20261204224400)
    // and api_token_limit (20261205222836) belong to rate-limiter-flexible's PostgreSQL store.
    // The job queue's schema is graphile-worker's own (db/job-queue.ts).
    schemaGenerator: {
      ignoreSchema: ['graphile_worker'],
      skipTables: [
        'search_document',
        'search_word',
        'cooperative_match_fact',
        'offering_count',
        'proposal_answer',
        'partner_responsiveness',
        'cooperative_stage_count',
        'proposal_status_count',
        'sign_in_limit',
        'api_token_limit',
      ],
    },
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
