import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { connect, migrate } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createScratchDatabase, databaseUrl, runSql } from '../src/db/scratch-database';
import { seedDemoData } from '../src/db/seeders/demo-seed';
import { REPO_ROOT } from '../src/shared/paths';

/** The two data sets the benchmark runs on. */
export type Scale = 'demo' | 'national';

export interface BenchDatabase {
  scale: Scale;
  url: string;
  /** How long seeding took in this run; null when an earlier run's national set was reused. */
  seedMs: number | null;
  /** Drops a demo database (and its embedded cluster); the national one is kept for the next run. */
  dispose(): Promise<void>;
}

/** Where the seeders live, compiled next to this file: their hash versions the national set. */
const SEEDERS_DIR = path.join(__dirname, '../src/db/seeders');

/**
 * The demo set, seeded fresh every run (a few seconds) into a scratch database: on the
 * DATABASE_URL server when set, otherwise on an embedded cluster of its own.
 */
export async function demoDatabase(options: { name: string; pgPort: number }): Promise<BenchDatabase> {
  const database = await createScratchDatabase({
    name: options.name,
    clusterFolder: 'bench-postgres',
    clusterPort: options.pgPort,
  });
  try {
    const orm = await connect(database.url, 2);
    let seedMs: number;
    try {
      await migrate(orm);
      const started = performance.now();
      await seedDemoData(orm.em.fork(), { reset: false });
      seedMs = Math.round(performance.now() - started);
    } finally {
      await orm.close(true);
    }
    await prepareForProduction(database.url);
    // A freshly seeded database has no planner statistics until autovacuum runs; production has.
    await runSql(database.url, 'analyze');
    return { scale: 'demo', url: database.url, seedMs, dispose: () => database.dispose() };
  } catch (error) {
    await database.dispose();
    throw error;
  }
}

/**
 * The national set takes minutes to seed, so it is kept between runs: in the database `name` on
 * the DATABASE_URL server, or in a persistent embedded cluster under .data/bench-national-postgres.
 * A marker table holds the version of the seeders that filled it (a hash of their code); when the
 * seeders changed, or an earlier seed did not finish, the database is dropped and seeded again.
 * Migrations added since are applied to the kept data.
 */
export async function nationalDatabase(options: {
  name: string;
  pgPort: number;
  seed: (url: string) => Promise<void>;
  log: (message: string) => void;
}): Promise<BenchDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopCluster = async (): Promise<void> => undefined;
  if (!serverUrl) {
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(REPO_ROOT, '.data', 'bench-national-postgres'),
      port: options.pgPort,
    });
    serverUrl = cluster.url('postgres');
    stopCluster = () => cluster.stop();
  }
  try {
    const url = databaseUrl(serverUrl, options.name);
    const version = seedVersion();
    let seedMs: number | null = null;
    const seededVersion = await markerVersion(serverUrl, options.name);
    if (seededVersion === version) {
      options.log(`national set: reusing database ${options.name} (seed version ${version})`);
      const applied = await migrateDatabase(url);
      if (applied > 0) await runSql(url, 'analyze');
    } else {
      options.log(
        seededVersion === null
          ? `national set: seeding database ${options.name} (takes minutes; kept for later runs)`
          : `national set: the seeders changed (${seededVersion} → ${version}); seeding ${options.name} again`,
      );
      await runSql(serverUrl, `drop database if exists "${options.name}" with (force)`);
      await runSql(serverUrl, `create database "${options.name}"`);
      await migrateDatabase(url);
      const started = performance.now();
      await options.seed(url);
      seedMs = Math.round(performance.now() - started);
      // Production tables are vacuumed by autovacuum, which sets the visibility map that
      // index-only scans rely on; a database seeded a moment ago has not been yet.
      await runSql(url, 'vacuum (analyze)');
      await runSql(
        url,
        `create table bench_seed as select '${version}'::text as version, now() as seeded_at, ${seedMs} as seed_ms`,
      );
    }
    await prepareForProduction(url);
    return { scale: 'national', url, seedMs, dispose: stopCluster };
  } catch (error) {
    await stopCluster();
    throw error;
  }
}

/** A hash of the compiled seeders (national and the helpers it shares with the demo). */
function seedVersion(): string {
  const hash = crypto.createHash('sha256');
  const files = (fs.readdirSync(SEEDERS_DIR, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(SEEDERS_DIR, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The seed version recorded in the database, or null when it does not exist or never finished. */
async function markerVersion(serverUrl: string, name: string): Promise<string | null> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) return null;
  } finally {
    await client.end();
  }
  const database = new Client({ connectionString: databaseUrl(serverUrl, name) });
  await database.connect();
  try {
    const { rows } = await database.query<{ version: string }>('select version from bench_seed');
    return rows[0]?.version ?? null;
  } catch {
    return null; // no marker table: the seed did not finish
  } finally {
    await database.end();
  }
}

async function migrateDatabase(url: string): Promise<number> {
  const orm = await connect(url, 2);
  try {
    return (await migrate(orm)).length;
  } finally {
    await orm.close(true);
  }
}

/**
 * The API runs as in production, which refuses to start while accounts with the published demo
 * password exist: they keep their rows (proposals and events name them) but lose the password.
 */
async function prepareForProduction(url: string): Promise<void> {
  await runSql(url, "update app_user set is_demo = false, password_hash = '!' where is_demo");
}
