import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ormOptions } from './mikro-orm.config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';
import { countSqlStatement } from '../shared/sql-statement-counter';
import { loadRegions } from './regions';
import { installJobQueue } from './job-queue';

export const EMBEDDED_DATABASE_NAME = 'mitradesa';

export interface Database {
  orm: MikroORM;
  /** Human-readable description of where the data lives, for the start-up log. */
  location: string;
  /**
   * False while the embedded PostgreSQL is down and being restarted. With DATABASE_URL it stays
   * true: the pool reconnects by itself once the server answers again (dead connections are
   * dropped when next acquired, and new ones are opened on demand).
   */
  available(): boolean;
  close(): Promise<void>;
  /** The process is stopping: an exit of the embedded PostgreSQL from now on is not restarted. */
  expectExit(): void;
  /** For a process that must exit at once: asks the embedded PostgreSQL to stop, without waiting. */
  requestStop(): void;
}

/**
 * Connects to `DATABASE_URL`, or starts the embedded PostgreSQL when it is unset, then applies
 * pending migrations.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  let location = 'DATABASE_URL';
  if (!url) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedPostgres.dataDir,
      port: config.embeddedPostgres.port,
      log: (message) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
      events: log,
    });
    await embedded.createDatabase(EMBEDDED_DATABASE_NAME);
    url = embedded.url(EMBEDDED_DATABASE_NAME);
    location = `embedded PostgreSQL on port ${config.embeddedPostgres.port}, data in ${config.embeddedPostgres.dataDir}`;
    log.info({ ms: Date.now() - started }, 'embedded PostgreSQL started');
  }
  try {
    const orm = await connect(url, config.dbPoolMax, (message) => log.debug(message));
    const applied = await migrate(orm);
    if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    return {
      orm,
      location,
      available: () => embedded?.isRunning() ?? true,
      requestStop: () => embedded?.requestStop(),
      expectExit: () => embedded?.expectExit(),
      async close() {
        await orm.close(true);
        log.debug('database pool closed');
        await embedded?.stop();
        log.debug('embedded PostgreSQL stopped');
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Any fixed number; it only has to be the same in every process of this application. */
const MIGRATION_LOCK_KEY = 724_061_301;

/**
 * Applies pending migrations and the job queue's, then loads the reference regions, while holding a session-level
 * advisory lock, so that several processes starting together on a new database migrate one after
 * the other instead of racing to create the same tables. Needs a pool of at least two connections.
 */
export async function migrate(orm: MikroORM): Promise<{ name: string }[]> {
  const knex = orm.em.getConnection().getKnex();
  const lockConnection = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(?)', [MIGRATION_LOCK_KEY]).connection(lockConnection);
    try {
      const applied = await orm.getMigrator().up();
      await installJobQueue(orm.config.getClientUrl());
      await loadRegions(knex);
      return applied;
    } finally {
      await knex.raw('select pg_advisory_unlock(?)', [MIGRATION_LOCK_KEY]).connection(lockConnection);
    }
  } finally {
    await knex.client.releaseConnection(lockConnection);
  }
}

/** Initialises MikroORM on a URL and hooks the per-request SQL statement counter. */
export async function connect(url: string, poolMax = 10, log?: (message: string) => void): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url, poolMax, log));
  orm.em.getConnection().getKnex().on('query', countSqlStatement);
  return orm;
}
